import type { FinancialYear } from "../financial-year/financial-year-label";
import { bringsMoneyIn } from "./approval-words";
import type { DocumentTable } from "./decision-document";
import type { Approval } from "./decision-record";
import {
  AFTER_HEADER,
  BEFORE_HEADER,
  CHANGE_HEADER,
  isChangeTable,
  isTotalHeader,
  movesBetweenYears,
} from "./read-table";

/**
 * The column of a table of a budget before and after a change ("Budget submission (PCD 2101) | Change | Final budget
 * 2026/27") that the decision approves: the one "after" column ("Final", "Revised", "Proposed"), where what it
 * adds up to (its Total row, else its rows) is the sum of an approval of spending ("Approve the final … budget for
 * 2026/27 with net revenue expenditure of £3,624.1m, as set out in Table 1"), and the year it is for (its header's,
 * else the table's title's). Its rows are then the lines of the budget approved; the columns before and the change
 * are background. Null where the table is no such table, or the decision approves no column of it (a re-profile, a
 * virement, a revised budget only noted).
 */
export function approvedAfterColumn(
  t: DocumentTable,
  approvals: readonly Approval[],
): { index: number; fy: FinancialYear } | null {
  if (!isChangeTable(t) || movesBetweenYears(t)) return null;
  const after = t.moneyColumns.filter((i) => {
    const h = t.header[i]?.text ?? "";
    return AFTER_HEADER.test(h) && !CHANGE_HEADER.test(h) && !BEFORE_HEADER.test(h) && !isTotalHeader(h);
  });
  if (after.length !== 1) return null;
  const index = after[0]!;
  const fy =
    t.fyColumns.find((f) => f.index === index)?.fy ?? (t.titleYears?.length === 1 ? t.titleYears[0]! : null);
  if (fy === null) return null;
  const sums = new Set<number>();
  for (const r of t.totalRows) if ((r[index]?.pence ?? 0) > 0) sums.add(r[index]!.pence!);
  if (sums.size === 0) sums.add(t.rows.reduce((n, r) => n + (r[index]?.pence ?? 0), 0));
  const approved = approvals.filter((a) => !bringsMoneyIn(a.kind)).some((a) => sums.has(a.pence));
  return approved ? { index, fy } : null;
}

/**
 * Whether a text offset lies in the header of a column other than the one read ("Budget submission (PCD 2101)"
 * beside "Final budget 2026/27"): the reference names where that column's money was approved, and makes the table
 * no history of other decisions' money.
 */
export function inOtherColumnHeader(t: DocumentTable, read: number, offset: number): boolean {
  return t.header.some(
    (h, i) => i !== read && offset >= h.offset && offset < h.offset + Math.max(h.quote.length, h.text.length),
  );
}
