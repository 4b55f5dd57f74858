import type { Reconciliation, ReconciliationRow } from "./reconciliation";

/**
 * Which results an analyst must act on, and so when `reconcile` exits 1 ("checks found errors"):
 * - a row that is OVER its approval, has NO_DECISION, lies OUTSIDE_PERIOD, or whose decision is
 *   DECISION_INCONSISTENT;
 * - an UNPROFILED group whose rows together exceed the approval total;
 * - any finding of severity "error" (a decision contradicting itself and not resolved, a table total that does
 *   not add up, a register cell that cannot be read).
 * MATCHED, UNDER (spending below an approval is allowed) and UNPROFILED within the total do not fail the run.
 */
export function needsAttention(row: ReconciliationRow): boolean {
  switch (row.status) {
    case "MATCHED":
    case "UNDER":
      return false;
    case "UNPROFILED":
      return (row.check.variancePence ?? 0) > 0;
    default:
      return true;
  }
}

export function reconciliationFailed(r: Reconciliation): boolean {
  return r.rows.some(needsAttention) || r.findings.some((f) => f.severity === "error");
}

/** Severity order for "worst rows first": problems with no approval at all, then the largest variances. */
const statusWeight: Record<ReconciliationRow["status"], number> = {
  NO_DECISION: 6,
  OUTSIDE_PERIOD: 5,
  DECISION_INCONSISTENT: 4,
  OVER: 3,
  UNPROFILED: 2,
  UNDER: 1,
  MATCHED: 0,
};

/** The rows needing attention, worst first: by status, then by the size of the budget at stake. */
export function worstRows(r: Reconciliation, limit: number): ReconciliationRow[] {
  return r.rows
    .filter(needsAttention)
    .sort(
      (a, b) =>
        statusWeight[b.status] - statusWeight[a.status] ||
        Math.abs(b.variancePence ?? b.budgetPence) - Math.abs(a.variancePence ?? a.budgetPence) ||
        a.sheet.localeCompare(b.sheet) ||
        a.row - b.row,
    )
    .slice(0, limit);
}
