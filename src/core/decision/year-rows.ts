import { financialYearInHeader, findFinancialYears } from "../financial-year/financial-year";
import type { DocumentTable, TableCell } from "./decision-document";
import type { ColumnSum } from "./table-sums";

const text = (cell: TableCell | undefined): string => cell?.text ?? "";

/**
 * A long table's column of financial years ("Financial year | Months | Amount" over "2024/25 | 7 | £87,500"): the
 * first column in which at least half the rows name a year, or null where the rows are not years.
 */
export function yearColumnOf(t: DocumentTable): number | null {
  const width = t.rows.reduce((w, r) => Math.max(w, r.length), t.header.length);
  for (let i = 0; i < width; i++) {
    const years = t.rows.filter((r) => financialYearInHeader(text(r[i])) !== null).length;
    if (years > 0 && years * 2 >= t.rows.length) return i;
  }
  return null;
}

/**
 * The money columns of a long table beside its year column: one ("Amount"), or several that each name a part of the
 * money ("Capital", "Revenue"). A column of row totals ("Total") adds nothing of its own, unless it is the only one.
 */
export function yearRowMoneyColumns(t: DocumentTable, yearCol: number): number[] {
  const money = t.moneyColumns.filter((i) => i !== yearCol);
  const parts = money.filter((i) => !/\btotal\b/i.test(text(t.header[i])));
  return parts.length > 0 ? parts : money.slice(0, 1);
}

/** The one financial year a row's year cell names; null for none, or a row over several ("2024/25 and 2025/26"). */
export function yearOfRow(
  row: readonly TableCell[],
  yearCol: number,
): ReturnType<typeof financialYearInHeader> {
  const cell = text(row[yearCol]);
  const fy = financialYearInHeader(cell);
  if (!fy || findFinancialYears(cell).flatMap((m) => m.years).length > 1) return null;
  return fy;
}

/**
 * Each year's money in a table whose rows are years and which has no year columns, as a year column's sum would be:
 * its money cells in the rows of that year, added up. Empty where the table's rows are not years.
 */
export function yearRowSums(t: DocumentTable): ColumnSum[] {
  if (t.fyColumns.length > 0) return [];
  const yearCol = yearColumnOf(t);
  if (yearCol === null) return [];
  const moneyCols = yearRowMoneyColumns(t, yearCol);
  if (moneyCols.length === 0) return [];
  const byYear = new Map<string, ColumnSum>();
  for (const row of t.rows) {
    const fy = yearOfRow(row, yearCol);
    if (!fy) continue;
    const cells = moneyCols
      .map((i) => row[i])
      .filter((c): c is TableCell => c !== undefined && c.pence !== null);
    if (cells.length === 0) continue;
    const sum = byYear.get(fy) ?? {
      index: moneyCols[0]!,
      header: text(t.header[moneyCols[0]!]),
      fy,
      pence: 0,
      cells: [],
      totalCells: [],
    };
    sum.cells.push(...cells);
    sum.pence += cells.reduce((n, c) => n + (c.pence ?? 0), 0);
    byYear.set(fy, sum);
  }
  return [...byYear.values()];
}
