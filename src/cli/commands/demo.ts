import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DecisionRecord } from "../../core/decision/decision-record";
import { delegationLevel, mopacScheme } from "../../core/delegation";
import { isReconcilerError } from "../../core/errors";
import { formatPounds } from "../../core/money/format-money";
import type { Pence } from "../../core/money/pence";
import { summaryText } from "../../core/reconcile/summary-text";
import { procurementThreshold } from "../../core/thresholds";
import { option } from "../args";
import { printJson, type CliIO, type Command, type ExitCode } from "../command";
import { reconcileJson, runHeading, runReconciliation, writtenText } from "./reconcile";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const EXAMPLE_WORKBOOK = join(repoRoot, "examples", "budget-2023-25.xlsx");
/** The shared fixture decisions beside the checkout (CI clones main with shared/ beside it). */
export const FIXTURE_DECISIONS = resolve(repoRoot, "../shared/fixtures/decisions");

interface DecisionFacts {
  file: string;
  ref: string;
  approvedPence: number;
  kind: string | null;
  date: string | null;
  delegation: { level: string; rule: string } | { error: string };
  threshold: { pence: number; from: string; to: string | null } | { error: string } | null;
}

/** Who may approve each decision's money under MOPAC's scheme, and the procurement threshold in force. */
function decisionFacts(d: DecisionRecord): DecisionFacts {
  const approvedPence = d.approvals.reduce((s, a) => s + a.pence, 0);
  const kind = d.approvals[0]?.kind ?? null;
  const date = d.dateSigned ?? d.approvals.find((a) => a.start)?.start ?? null;
  let delegation: DecisionFacts["delegation"];
  try {
    const r = delegationLevel(mopacScheme(), {
      amountPence: approvedPence as Pence,
      kind: kind ?? "funding",
      ...(date ? { date } : {}),
    });
    delegation = { level: r.level, rule: r.rule };
  } catch (e) {
    if (!isReconcilerError(e)) throw e;
    delegation = { error: e.message };
  }
  let threshold: DecisionFacts["threshold"] = null;
  if (date) {
    try {
      const t = procurementThreshold({ date });
      threshold = { pence: t.pence, from: t.from, to: t.to };
    } catch (e) {
      if (!isReconcilerError(e)) throw e;
      threshold = { error: e.message };
    }
  }
  return { file: d.file, ref: d.ref, approvedPence, kind, date, delegation, threshold };
}

function factsText(facts: DecisionFacts[]): string {
  const lines = [
    "",
    "Decisions: who may approve them (MOPAC scheme of delegation) and the procurement threshold in force:",
  ];
  for (const f of facts) {
    const level =
      "level" in f.delegation
        ? `${f.delegation.level} — ${f.delegation.rule}`
        : `not determined (${f.delegation.error})`;
    const threshold =
      f.threshold === null
        ? "no date in the decision"
        : "pence" in f.threshold
          ? `${formatPounds(f.threshold.pence as Pence)} (in force ${f.threshold.from} to ${f.threshold.to ?? "now"})`
          : `not known (${f.threshold.error})`;
    lines.push(
      `  ${f.ref} (${f.file}): ${formatPounds(f.approvedPence as Pence)} ${f.kind ?? ""}${f.date ? `, as at ${f.date}` : ""}`,
    );
    lines.push(`    delegation: ${level}`);
    lines.push(`    procurement threshold (services, sub-central): ${threshold}`);
  }
  return lines.join("\n") + "\n";
}

export const demoCommand: Command = {
  name: "demo",
  summary: "reconcile the bundled example workbook against the fixture decisions and show the result",
  usage:
    "demo [--out OUT.xlsx] [--json]\n\n" +
    "Reconciles examples/budget-2023-25.xlsx against ../shared/fixtures/decisions and writes the output copy to\n" +
    "a temporary folder (or OUT.xlsx). Always exits 0 when the demo ran, whatever the checks found.",
  valued: ["out"],
  flags: [],
  run: async (args, io: CliIO): Promise<ExitCode> => {
    const haveFixtures = existsSync(FIXTURE_DECISIONS);
    const out =
      option(args, "out") ??
      join(mkdtempSync(join(tmpdir(), "decision-reconciler-demo-")), "budget-2023-25.reconciled.xlsx");
    const run = await runReconciliation({
      workbook: relative(io.cwd, EXAMPLE_WORKBOOK) || EXAMPLE_WORKBOOK,
      decisions: haveFixtures ? [relative(io.cwd, FIXTURE_DECISIONS) || FIXTURE_DECISIONS] : [],
      out,
      cwd: io.cwd,
    });
    const facts = run.decisions.map(decisionFacts);
    if (args.flags.has("json")) {
      printJson(io, { ...reconcileJson(run), delegation: facts });
      return 0;
    }
    let text = "decision-reconciler demo\n========================\n\n";
    if (!haveFixtures) {
      text += `note: the fixture decisions were not found at ${FIXTURE_DECISIONS}; the example is reconciled against its own register sheet only\n\n`;
    }
    text +=
      runHeading(run) +
      summaryText(run.result, { worst: 20, findings: 12 }) +
      factsText(facts) +
      writtenText(run.written);
    text +=
      "\nNext: open the written workbook in Excel, or run `decision-reconciler reconcile YOUR.xlsx --decisions FOLDER --out OUT.xlsx`.\n";
    io.stdout(text);
    return 0;
  },
};
