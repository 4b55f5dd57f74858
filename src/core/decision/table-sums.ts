import type { FinancialYear } from "../financial-year/financial-year-label";
import type { DocumentTable, TableCell } from "./decision-document";
import { isIndicatorTable, isNetLabel, isTotalHeader } from "./read-table";

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
  // Limits and indicators (an authorised limit, the Capital Financing Requirement) are no parts of one sum.
  if (isIndicatorTable(table)) return null;
  const sums = columnSums(table).filter((c) => !isTotalHeader(c.header));
  const years = sums.filter((c) => c.fy !== null);
  const columns = years.length > 0 ? years : sums.length === 1 ? sums : [];
  if (columns.length === 0) return null;
  return { pence: columns.reduce((s, c) => s + c.pence, 0), columns };
}

/** The cells a Total row's figure may be the sum of, and how a message names them. */
export interface TotalParts {
  cells: TableCell[];
  /** "the rows above it", "the "Capital" rows", "the subtotals above it". */
  name: string;
}

/**
 * What a Total row's figure in one column may stand for, most specific first. In a table divided by label rows
 * ("Capital", "Revenue", "Funded by"), a subtotal stands for the rows of its own section since the section's label
 * (or the last total in it), and a total right after another total or a label (a grand total) for the subtotals
 * above it, or for every row of its kind above it. A table without sections keeps the looser reading: the rows since
 * the last total, every row above, every row, or the subtotals above.
 */
export function totalParts(table: DocumentTable, column: ColumnSum, total: TableCell): TotalParts[] {
  const at = (rows: readonly TableCell[][]): TableCell[] =>
    rows.map((r) => r[column.index]).filter((c): c is TableCell => c !== undefined && c.pence !== null);
  const section = [...table.sections].reverse().find((s) => s.start < total.offset);
  const kind = section?.funding ? at(table.fundingRows) : column.cells;
  const totals = column.totalCells;
  const previous = totals.filter((t) => t.offset < total.offset).pop();
  const from = Math.max(section?.start ?? -1, previous?.offset ?? -1);
  const own = kind.filter((c) => c.offset > from && c.offset < total.offset);
  const above = kind.filter((c) => c.offset < total.offset);
  const subtotals = totals.filter(
    (t) =>
      t.offset < total.offset &&
      isSubtotal(t, kind, totals) &&
      (!section?.funding || t.offset > section.start),
  );
  // A net row ("Net impact on council tax requirement", after "Total expenditure" and "Total funding") is what the
  // costs come to after the money that meets them: a difference, never the sum of the totals above it. It is checked
  // only against rows of its own, where it follows some ("Gross cost", "Income (100)", "Net cost").
  // After a gross subtotal ("Gross expenditure 4,626.0", then "Specific grants (624.0)", "Other income (341.2)",
  // "Net revenue expenditure"), the net row is that subtotal less the income rows after it.
  if (isNetRow(table, total)) {
    if (own.length === 0) return [];
    const gross =
      previous && previous.offset > (section?.start ?? -1) && !isNetRow(table, previous) ? previous : null;
    return [
      ...(gross
        ? [{ cells: [gross, ...own], name: `the "${rowLabelOf(table, gross)}" row and the rows after it` }]
        : []),
      { cells: own, name: "the rows above it" },
    ];
  }
  if (table.sections.length > 0) {
    if (own.length > 0) {
      const name = section ? `the "${section.label.text}" rows above it` : "the rows above it";
      // A grand total under a last part that has no subtotal of its own ("Grant to London Boroughs", one line, then
      // "Total") is the sum of every line above it.
      return [
        { cells: own, name },
        ...(above.length > own.length ? [{ cells: above, name: "the rows above it" }] : []),
      ];
    }
    return [
      { cells: subtotals, name: "the subtotals above it" },
      { cells: above, name: "the rows above it" },
    ].filter((p) => p.cells.length > 0);
  }
  const totalsAbove = totals.filter((t) => t.offset < total.offset);
  const loose = [
    { cells: above, name: "the rows above it" },
    { cells: own, name: "the rows above it" },
    { cells: column.cells, name: "the rows of the table" },
    ...(totalsAbove.length > 1 ? [{ cells: totalsAbove, name: "the subtotals above it" }] : []),
  ];
  // The message names what the total most likely covers: its own rows, else the subtotals, else every row above.
  const likely = own.length > 0 ? loose[1]! : totalsAbove.length > 1 ? loose[3]! : loose[0]!;
  return [likely, ...loose.filter((p) => p !== likely)];
}

/** The label of the Total row a cell stands in ("Gross expenditure", "Net revenue"), or "". */
function rowLabelOf(table: DocumentTable, cell: TableCell): string {
  const row = table.totalRows.find((r) => r.includes(cell));
  return row?.find((c) => c.text !== "" && c.pence === null)?.text ?? "";
}

/** Whether a Total row's cell stands in a net row ("Net revenue", "Net impact on …"). */
function isNetRow(table: DocumentTable, cell: TableCell): boolean {
  return isNetLabel(rowLabelOf(table, cell));
}

/** A total with rows of its own kind between it and the total before it: a subtotal, not a grand total. */
function isSubtotal(total: TableCell, kind: readonly TableCell[], totals: readonly TableCell[]): boolean {
  const previous = totals.filter((t) => t.offset < total.offset).pop();
  return kind.some((c) => c.offset < total.offset && c.offset > (previous?.offset ?? -1));
}
