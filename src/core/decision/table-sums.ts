import type { FinancialYear } from "../financial-year/financial-year-label";
import type { DocumentTable, TableCell } from "./decision-document";

/** The money in one column of a table's body rows (Total rows left out), and the Total rows' own figures. */
export interface ColumnSum {
  index: number;
  header: string;
  fy: FinancialYear | null;
  pence: number;
  cells: TableCell[];
  /** The column's cells in Total/Subtotal rows that hold money. */
  totalCells: TableCell[];
}

function isTotalHeader(text: string): boolean {
  return /\btotal\b/i.test(text);
}

/** Every column that holds money in its body rows, with its sum. */
export function columnSums(table: DocumentTable): ColumnSum[] {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length), 0);
  const out: ColumnSum[] = [];
  for (let index = 0; index < width; index++) {
    const cells = table.rows
      .map((r) => r[index])
      .filter((c): c is TableCell => c !== undefined && c.pence !== null);
    if (cells.length === 0) continue;
    const totalCells = table.totalRows
      .map((r) => r[index])
      .filter((c): c is TableCell => c !== undefined && c.pence !== null);
    out.push({
      index,
      header: table.header[index]?.text ?? "",
      fy: table.fyColumns.find((f) => f.index === index)?.fy ?? null,
      pence: cells.reduce((s, c) => s + (c.pence ?? 0), 0),
      cells,
      totalCells,
    });
  }
  return out;
}

/**
 * What the table as a whole comes to: the sum of its financial-year columns, or of its one money column when it has
 * no year columns. A "Total" column (row totals) is not added in. Null when the table's money cannot be summed
 * as one amount (several money columns, none a year).
 */
export function tableGrandSum(table: DocumentTable): { pence: number; columns: ColumnSum[] } | null {
  const sums = columnSums(table).filter((c) => !isTotalHeader(c.header));
  const years = sums.filter((c) => c.fy !== null);
  const columns = years.length > 0 ? years : sums.length === 1 ? sums : [];
  if (columns.length === 0) return null;
  return { pence: columns.reduce((s, c) => s + c.pence, 0), columns };
}
