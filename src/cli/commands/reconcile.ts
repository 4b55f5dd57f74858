import { isAbsolute, relative, resolve } from "node:path";
import { readBudgetRows } from "../../core/allocations/recognise-tables";
import type { DecisionRecord } from "../../core/decision/decision-record";
import { extractDecision } from "../../core/decision/extract-decision";
import { ReconcilerError, isReconcilerError } from "../../core/errors";
import type { Finding } from "../../core/findings/finding";
import { reconciliationFailed } from "../../core/reconcile/attention";
import { ownedSheetNames, reconciliationOutputSheets } from "../../core/reconcile/output-sheets";
import { reconcile } from "../../core/reconcile/reconcile";
import type { Reconciliation } from "../../core/reconcile/reconciliation";
import { summaryText } from "../../core/reconcile/summary-text";
import { REGISTER_SHEET_NAME } from "../../core/register/register-columns";
import { findRegisterGrid } from "../../core/register/register-from-sheet";
import { readRegisterCells } from "../../core/register/register-sheet-cells";
import type { RegisterRow } from "../../core/register/register-row";
import { readDecisionFiles } from "../../files/decision-file";
import { writeReconciliationWorkbook, type WrittenWorkbook } from "../../files/reconciliation-workbook";
import { readWorkbook } from "../../files/xlsx-workbook";
import { option, type ParsedArgs } from "../args";
import { printJson, type CliIO, type Command, type ExitCode } from "../command";

export interface ReconcileRun {
  workbook: string;
  decisions: DecisionRecord[];
  /** The register sheet read, if any, and how many analyst rows it gave. */
  register: { sheet: string; rows: number } | null;
  tables: { name: string; sheet: string; range: string; layout: string }[];
  result: Reconciliation;
  written: WrittenWorkbook | null;
}

export interface ReconcileOptions {
  /** Paths as the user gave them (relative to cwd). */
  workbook: string;
  decisions: readonly string[];
  out?: string;
  /** The register sheet or table name; default "Decisions" where present. */
  register?: string;
  aliases?: Record<string, string[]>;
  cwd: string;
}

/** Reads the workbook and the decisions, reconciles them and (with `out`) writes the output copy. */
export async function runReconciliation(o: ReconcileOptions): Promise<ReconcileRun> {
  const workbookPath = resolve(o.cwd, o.workbook);
  if (o.out !== undefined && resolve(o.cwd, o.out) === workbookPath) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `--out ${JSON.stringify(o.out)} is the input workbook; the input is never written: give another file name`,
      {
        argument: "--out",
      },
    );
  }
  // Read in a function of its own, so the workbook's grids can be freed before the output copy is written.
  const { budget, registerRows, registerProblems, registerSheet } = await readBudgetWorkbook(o, workbookPath);

  const decisions: DecisionRecord[] = [];
  const unreadable: Finding[] = [];
  const texts = await readDecisionFiles(o.decisions.map((p) => resolve(o.cwd, p)));
  for (const t of texts) {
    const file = relativeName(o.cwd, t.file);
    try {
      // The record carries its self-consistency findings: a decision that contradicts itself is flagged per row.
      decisions.push(extractDecision(t.text, file));
    } catch (e) {
      if (!isReconcilerError(e)) throw e;
      unreadable.push({
        code: "DECISION_UNREADABLE",
        severity: "warning",
        message: `${file} was skipped: ${e.message}`,
        quotes: [],
      });
    }
  }

  const result = reconcile({
    budgetRows: budget.rows,
    totals: budget.totals,
    unread: budget.unread,
    decisions,
    registerRows,
    registerProblems: [...registerProblems, ...unreadable],
    ...(o.aliases ? { aliases: o.aliases } : {}),
  });
  const written =
    o.out === undefined
      ? null
      : await writeReconciliationWorkbook(
          workbookPath,
          resolve(o.cwd, o.out),
          reconciliationOutputSheets(result),
        );
  return {
    workbook: o.workbook,
    decisions,
    register: registerSheet ? { sheet: registerSheet, rows: registerRows.length } : null,
    tables: budget.tables.map((t) => ({ name: t.name, sheet: t.sheet, range: t.range, layout: t.layout })),
    result,
    written,
  };
}

/** The budget rows, totals and unread cells of the workbook, and its register sheet's rows. */
async function readBudgetWorkbook(o: ReconcileOptions, workbookPath: string) {
  const workbook = await readWorkbook(workbookPath);
  workbook.file = o.workbook;
  const owned = ownedSheetNames(workbook);
  const userSheets = { ...workbook, sheets: workbook.sheets.filter((g) => !owned.has(g.sheet)) };

  const registerGrid = findRegisterGrid(userSheets, o.register ?? REGISTER_SHEET_NAME);
  if (o.register !== undefined && registerGrid === null) {
    throw new ReconcilerError(
      "NOT_FOUND",
      `no sheet or table named ${JSON.stringify(o.register)} holds a decision register`,
      {
        file: o.workbook,
        argument: "--register",
      },
    );
  }
  let registerRows: RegisterRow[] = [];
  let registerProblems: Finding[] = [];
  if (registerGrid) {
    // Rows the add-in wrote and nobody has edited since count as the decisions' own figures, not the analyst's.
    const read = readRegisterCells(registerGrid);
    registerRows = read.rows.map((r) => r.row);
    registerProblems = read.problems;
  }

  const budgetSheets = userSheets.sheets.filter((g) => g.sheet !== registerGrid?.sheet).map((g) => g.sheet);
  const budget = readBudgetRows(userSheets, { sheets: budgetSheets });

  return { budget, registerRows, registerProblems, registerSheet: registerGrid?.sheet ?? null };
}

function relativeName(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === "" || isAbsolute(rel) ? file : rel;
}

/** `--alias "London Stalking Threat Assessment Centre=S-TAC"` (repeatable) as the aliases reconcile takes. */
export function parseAliases(values: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of values) {
    const eq = v.indexOf("=");
    const a = eq > 0 ? v.slice(0, eq).trim() : "";
    const b = eq > 0 ? v.slice(eq + 1).trim() : "";
    if (!a || !b) {
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        `--alias ${JSON.stringify(v)} is not NAME=OTHER NAME (e.g. "London Stalking Threat Assessment Centre=S-TAC")`,
        {
          argument: "--alias",
        },
      );
    }
    (out[a] ??= []).push(b);
  }
  return out;
}

/** The one JSON document `reconcile --json` prints (fields per ../shared/contracts/cli.md, with more added). */
export function reconcileJson(run: ReconcileRun): Record<string, unknown> {
  const r = run.result;
  return {
    workbook: run.workbook,
    decisions: run.decisions.map((d) => ({ file: d.file, ref: d.ref })),
    register: run.register,
    tables: run.tables,
    rows: r.rows,
    totals: r.totals,
    counts: r.counts,
    profiles: r.profiles,
    findings: r.findings,
    ...(run.written ? { out: run.written.out, sheets: run.written.sheets } : {}),
  };
}

/** The heading lines of the human summary: what was read. */
/** A list for a heading line: the first dozen, then how many more. */
function listed(items: string[], sep = ", "): string {
  const shown = items.slice(0, 12).join(sep);
  return items.length > 12 ? `${shown}${sep}… and ${items.length - 12} more` : shown;
}

export function runHeading(run: ReconcileRun): string {
  const lines = [
    `Reconciled ${run.workbook} against ${run.decisions.length} decision${run.decisions.length === 1 ? "" : "s"}${
      run.decisions.length ? `: ${listed(run.decisions.map((d) => d.ref))}` : ""
    }`,
    `${run.result.rows.length} budget figures in ${run.tables.length} table${run.tables.length === 1 ? "" : "s"}: ${listed(
      run.tables.map((t) => `${t.name} (${t.layout})`),
      "; ",
    )}`,
  ];
  if (run.register)
    lines.push(
      `Register sheet "${run.register.sheet}": ${run.register.rows} analyst row${run.register.rows === 1 ? "" : "s"}`,
    );
  return lines.join("\n") + "\n\n";
}

export function writtenText(w: WrittenWorkbook | null): string {
  if (!w) return "";
  const renamed = w.sheets.filter((s) => s.wanted !== s.written);
  let text = `\nWrote ${w.out} with sheets ${w.sheets.map((s) => `"${s.written}"`).join(", ")}`;
  if (w.replaced.length) text += ` (replacing the previous run's)`;
  text += "\n";
  for (const s of renamed)
    text += `  note: the workbook already has a sheet "${s.wanted}" that is not ours; it was kept and ours is "${s.written}"\n`;
  return text;
}

export const reconcileCommand: Command = {
  name: "reconcile",
  summary: "check a budget workbook's allocations against the decisions that approve them",
  usage:
    "reconcile WORKBOOK.xlsx --decisions PATH… [--out OUT.xlsx] [--register SHEET] [--alias NAME=OTHER]… [--json]\n\n" +
    "  --decisions PATH  decision records (.pdf, .html, .txt, .md) or folders of them; repeat, or list several paths\n" +
    "  --out OUT.xlsx    write a copy of the workbook with Reconciliation, Findings and Profiles sheets (never the input)\n" +
    '  --register SHEET  the analyst\'s decision register sheet or table (default "Decisions" where present)\n' +
    "  --alias A=B       two names for the same budget line (repeatable)\n\n" +
    "Exit 0: every row matched, under its approval or within an unprofiled total, and no error findings.\n" +
    "Exit 1: a row is OVER, NO_DECISION, OUTSIDE_PERIOD or DECISION_INCONSISTENT, an unprofiled group is over its\n" +
    "        total, or there is an error finding (e.g. a table total that does not add up).\n" +
    "Exit 2: bad usage or an unreadable workbook or decision file.",
  valued: ["decisions", "out", "register", "alias"],
  flags: [],
  run: async (args: ParsedArgs, io: CliIO): Promise<ExitCode> => {
    const [workbook, ...more] = args.positionals;
    if (!workbook)
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        "give the budget workbook: reconcile WORKBOOK.xlsx --decisions PATH…",
        { argument: "WORKBOOK" },
      );
    const decisions = [...(args.options.get("decisions") ?? []), ...more];
    if (!args.options.has("decisions") || decisions.length === 0) {
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        "--decisions is required: the decision records (files or folders) to check the workbook against",
        {
          argument: "--decisions",
        },
      );
    }
    const out = option(args, "out");
    const register = option(args, "register");
    const run = await runReconciliation({
      workbook,
      decisions,
      cwd: io.cwd,
      ...(out !== undefined ? { out } : {}),
      ...(register !== undefined ? { register } : {}),
      aliases: parseAliases(args.options.get("alias") ?? []),
    });
    if (args.flags.has("json")) printJson(io, reconcileJson(run));
    else io.stdout(runHeading(run) + summaryText(run.result) + writtenText(run.written));
    return reconciliationFailed(run.result) ? 1 : 0;
  },
};
