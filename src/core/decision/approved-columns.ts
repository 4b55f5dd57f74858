import { approvedYears } from "./decision-period";
import type { DocumentTable } from "./decision-document";
import type { Approval } from "./decision-record";

/**
 * The year columns of a table whose money the decision approves. Where every approval is dated, a column of a year
 * none of them covers is background: last year's budget beside the one approved ("2025/26 Budget | 2026/27
 * Budget"), an actual or a forecast ("2024/25 Actual | 2025/26 Forecast"), or a later year of a plan that is only
 * indicative ("The years 2027/28 to 2030/31 are indicative and do not form part of this approval"). As with a
 * sentence's years, all the columns count where their money makes an approval's whole sum (the table then says more
 * than the approval's period), or where none is a year approved.
 */
export function approvedColumns(
  t: DocumentTable,
  approvals: readonly Approval[],
): DocumentTable["fyColumns"] {
  const years = approvals.length > 0 ? approvedYears(approvals) : null;
  if (years === null) return t.fyColumns;
  const kept = t.fyColumns.filter((f) => years.has(f.fy));
  if (kept.length === 0 || kept.length === t.fyColumns.length) return t.fyColumns;
  const all = t.rows.reduce((n, r) => n + t.fyColumns.reduce((m, f) => m + (r[f.index]?.pence ?? 0), 0), 0);
  return approvals.some((a) => a.pence === all) ? t.fyColumns : kept;
}
