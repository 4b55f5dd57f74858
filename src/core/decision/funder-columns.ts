import type { DocumentTable } from "./decision-document";
import { yearOfRow } from "./year-rows";

/**
 * A table whose rows are years and whose money columns are funders' shares ("Financial year | MOPAC | NHS England |
 * London Borough of Camden | Total"), where the decision approves one funder's share: that column alone, where its
 * years make what is approved and the columns together do not; the others are money the other funders pay, no
 * allocation of this decision. Null where no single column does (every column is then the decision's), as for a
 * table whose rows are funders.
 */
export function ownFunderColumn(
  t: DocumentTable,
  yearCol: number,
  moneyCols: readonly number[],
  approved: number,
): number | null {
  if (moneyCols.length < 2 || approved <= 0) return null;
  const yearRows = t.rows.filter((r) => yearOfRow(r, yearCol) !== null);
  const sum = (i: number): number => yearRows.reduce((n, r) => n + Math.max(0, r[i]?.pence ?? 0), 0);
  const sums = moneyCols.map(sum);
  if (sums.reduce((n, s) => n + s, 0) === approved) return null;
  const own = moneyCols.filter((_, k) => sums[k] === approved);
  return own.length === 1 ? own[0]! : null;
}
