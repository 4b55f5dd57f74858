import { recogniseSheetTables, NO_TABLE_MESSAGE } from "../core/allocations/recognise-tables";
import type { BudgetRow, TableTotal, UnreadCell } from "../core/allocations/budget-row";
import type { DecisionRecord } from "../core/decision/decision-record";
import { ReconcilerError } from "../core/errors";
import { compareFinancialYears } from "../core/financial-year/financial-year";
import {
  headerSignature,
  ownedSheetNames,
  reconciliationOutputSheets,
  RECONCILIATION_SHEET,
} from "../core/reconcile/output-sheets";
import { reconcile } from "../core/reconcile/reconcile";
import type { Reconciliation } from "../core/reconcile/reconciliation";
import type { OutputSheet } from "../core/report/output-sheet";
import type { Grid, Workbook } from "../core/workbook/grid";
import type { ChartSpec, WorkbookHost } from "../host/workbook-host";
import { yieldToEventLoop, type TaskControl } from "./long-task";
import { profileSheet } from "./profile-sheet";
import { registerOf } from "./workbook-register";

/** What to reconcile: the whole workbook, one Excel table, or the cells the analyst selected. */
export type ReconcileScope = { kind: "workbook" } | { kind: "table"; name: string } | { kind: "selection" };

export function scopeText(scope: ReconcileScope, selection?: string): string {
  if (scope.kind === "workbook") return "the whole workbook";
  if (scope.kind === "table") return `table ${scope.name}`;
  return selection ? `the selection ${selection}` : "the selection";
}

/** The header rows of the sheets the task pane writes: such sheets are output, never budget tables. */
function outputSignatures(): Set<string> {
  const empty: Reconciliation = {
    rows: [],
    findings: [],
    profiles: [],
    totals: { budgetPence: 0, approvedPence: 0, variancePence: 0 } as Reconciliation["totals"],
    counts: {} as Reconciliation["counts"],
  };
  const sheets: OutputSheet[] = [...reconciliationOutputSheets(empty), profileSheet(null)];
  return new Set(sheets.map((s) => headerSignature(s.columns.map((c) => c.header))));
}

/** The sheets that hold budget tables: not the register, not a sheet the add-in wrote. */
function budgetGrids(workbook: Workbook, registerSheet: string | null): Grid[] {
  const owned = ownedSheetNames(workbook);
  const ours = outputSignatures();
  return workbook.sheets.filter(
    (g) => g.sheet !== registerSheet && !owned.has(g.sheet) && !ours.has(headerSignature(g.rows[0] ?? [])),
  );
}

export interface ReconcileOutcome {
  result: Reconciliation;
  scope: string;
  /** The output sheets written, in order. */
  written: string[];
}

/**
 * Reconciles the chosen budget cells against the workbook's register and the decisions imported this session,
 * like `reconcile` on the command line, then writes the Reconciliation, Findings and Profiles sheets and the chart.
 * Tables are recognised one sheet at a time, with a turn for the browser (and a chance to cancel) between sheets.
 */
export async function runReconcile(
  host: WorkbookHost,
  scope: ReconcileScope,
  decisions: readonly DecisionRecord[],
  control: TaskControl,
): Promise<ReconcileOutcome> {
  control.report({ label: "Reading the workbook", fraction: 0.05 });
  const workbook = await host.readWorkbook();
  await yieldToEventLoop(control.signal);
  const register = registerOf(workbook);

  let grids: Grid[];
  let scopeName = scopeText(scope);
  if (scope.kind === "workbook") {
    grids = budgetGrids(workbook, register.sheet);
  } else if (scope.kind === "table") {
    control.report({ label: `Reading table ${scope.name}`, fraction: 0.1 });
    grids = [await host.readTable(scope.name)];
  } else {
    control.report({ label: "Reading the selection", fraction: 0.1 });
    const g = await host.readSelection();
    grids = [g];
    scopeName = scopeText(scope, selectionAddress(g));
  }

  const rows: BudgetRow[] = [];
  const totals: TableTotal[] = [];
  const unread: UnreadCell[] = [];
  for (const [i, grid] of grids.entries()) {
    control.report({
      label: `Finding budget tables on ${grid.sheet}`,
      fraction: 0.1 + (0.5 * i) / Math.max(1, grids.length),
    });
    await yieldToEventLoop(control.signal);
    for (const t of recogniseSheetTables(grid)) {
      rows.push(...t.rows);
      totals.push(...t.totals);
      unread.push(...t.unread);
    }
  }
  if (rows.length === 0 && totals.length === 0) {
    throw new ReconcilerError("NO_TABLE", `${NO_TABLE_MESSAGE} (in ${scopeName})`, { file: workbook.file });
  }

  control.report({ label: `Checking ${rows.length} budget figures`, fraction: 0.65 });
  await yieldToEventLoop(control.signal);
  const result = reconcile({
    budgetRows: rows,
    totals,
    unread,
    decisions,
    registerRows: register.rows.map((r) => r.row),
    registerProblems: register.problems,
  });

  const written: string[] = [];
  const sheets = reconciliationOutputSheets(result);
  for (const [i, sheet] of sheets.entries()) {
    control.report({ label: `Writing the ${sheet.name} sheet`, fraction: 0.7 + (0.25 * i) / sheets.length });
    await yieldToEventLoop(control.signal);
    await host.writeOutputSheet(sheet);
    written.push(sheet.name);
  }
  control.report({ label: "Drawing the chart", fraction: 0.97 });
  await yieldToEventLoop(control.signal);
  await host.writeChart(approvedAgainstBudget(result));
  return { result, scope: scopeName, written };
}

function selectionAddress(g: Grid): string {
  const rows = g.rows.length;
  const cols = Math.max(0, ...g.rows.map((r) => r.length));
  const a1 = (row: number, col: number) => {
    let letters = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${row}`;
  };
  if (rows === 0 || cols === 0) return `${g.sheet}!${a1(g.origin.row, g.origin.col)}`;
  return `${g.sheet}!${a1(g.origin.row, g.origin.col)}:${a1(g.origin.row + rows - 1, g.origin.col + cols - 1)}`;
}

/**
 * The chart's data: for each financial year, the budget (every row) against what is approved (each check's approved
 * figure counted once; for an approval with no split by year, its suggested profile's share of that year).
 */
export function approvedAgainstBudget(r: Reconciliation): ChartSpec {
  const budget = new Map<string, number>();
  const approved = new Map<string, number>();
  const counted = new Set<string>();
  for (const row of r.rows) {
    budget.set(row.fy, (budget.get(row.fy) ?? 0) + row.budgetPence);
    let key: string;
    let pence: number | null;
    if (row.status === "UNPROFILED") {
      key = `${row.ref}|profile|${row.fy}`;
      pence = row.suggestedPence ?? null;
    } else {
      key = `${row.ref}|${(row.decisionLine ?? row.line ?? "").toLowerCase()}|${row.fy}`;
      pence = row.approvedPence;
    }
    if (pence === null || counted.has(key)) continue;
    counted.add(key);
    approved.set(row.fy, (approved.get(row.fy) ?? 0) + pence);
  }
  const categories = [...budget.keys()].sort(compareFinancialYears);
  return {
    sheet: RECONCILIATION_SHEET,
    title: "Approved against budget by financial year",
    categories,
    series: [
      { name: "Approved", pence: categories.map((fy) => approved.get(fy) ?? 0) },
      { name: "Budget", pence: categories.map((fy) => budget.get(fy) ?? 0) },
    ],
  };
}
