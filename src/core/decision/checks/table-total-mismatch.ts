import { PENCE_ROUNDING } from "./figure-precision";
import type { Finding } from "../../findings/finding";
import { financialYearInHeader } from "../../financial-year/financial-year";
import type { DocumentTable, TableCell } from "../decision-document";
import { isTotalHeader } from "../read-table";
import type { CheckContext, DecisionCheck } from "./check-context";
import { makeFinding } from "./make-finding";
import { tablePlace } from "./places";
import { pounds } from "./pounds";
import { columnSums, totalParts } from "../table-sums";

/** A total that its parts do not make: a Total row's cell against its column, or a Total column's cell against its row. */
interface Miss {
  total: TableCell;
  parts: TableCell[];
  /** For a column's Total row: what the parts are ("the rows above it"); for a row: its label. */
  name: string;
  /** The column's index (a Total row's miss), or the row (a Total column's miss). */
  column?: { index: number; header: string };
  row?: TableCell[];
}

const sum = (cells: readonly TableCell[]): number => cells.reduce((s, c) => s + (c.pence ?? 0), 0);
const gap = (m: Miss): number => sum(m.parts) - (m.total.pence ?? 0);
const added = (cells: readonly TableCell[]): string =>
  `${cells.map((c) => pounds(c.pence ?? 0)).join(" + ")} = ${pounds(sum(cells))}`;

function columnName(header: string, index: number): string {
  const h = header.trim();
  return h ? `the "${h}" column` : `column ${index + 1}`;
}

function rowLabel(row: readonly TableCell[]): string {
  return row.find((c) => c.pence === null && c.text)?.text ?? "a row";
}

/** Total rows whose figure is not the sum of what it totals, one per column. */
function totalRowMisses(table: DocumentTable): Miss[] {
  const out: Miss[] = [];
  for (const col of columnSums(table)) {
    for (const cell of col.totalCells) {
      const parts = totalParts(table, col, cell);
      if (parts.length === 0) continue;
      if (parts.some((p) => Math.abs(sum(p.cells) - (cell.pence ?? 0)) < PENCE_ROUNDING)) continue;
      // A total that takes in the rows not approved ("Optional extension … subject to future approval") too.
      const unapproved = (table.notApprovedRows ?? [])
        .map((r) => r[col.index])
        .filter((c): c is TableCell => c !== undefined && c.pence !== null && c.offset < cell.offset);
      if (
        unapproved.length > 0 &&
        parts.some((p) => Math.abs(sum(p.cells) + sum(unapproved) - (cell.pence ?? 0)) < PENCE_ROUNDING)
      )
        continue;
      const shown = parts[0]!;
      out.push({
        total: cell,
        parts: shown.cells,
        name: shown.name,
        column: { index: col.index, header: col.header },
      });
    }
  }
  return out;
}

/**
 * Rows whose "Total" column is not the sum of their financial-year cells. A total that also takes in a year not
 * approved ("2028/29 (optional extension)") agrees with its row too.
 */
function totalColumnMisses(table: DocumentTable): Miss[] {
  const totalIndex = table.header.findIndex(
    (h, i) => isTotalHeader(h.text) && !table.fyColumns.some((f) => f.index === i),
  );
  if (totalIndex < 0 || table.fyColumns.length < 2) return [];
  const allYears = table.header
    .map((h, i) => (i !== totalIndex && !isTotalHeader(h.text) && financialYearInHeader(h.text) ? i : -1))
    .filter((i) => i >= 0);
  const out: Miss[] = [];
  for (const row of [...table.rows, ...table.totalRows, ...(table.notApprovedRows ?? [])]) {
    const total = row[totalIndex];
    if (!total || total.pence === null) continue;
    const cellsOf = (indexes: readonly number[]) =>
      indexes.map((i) => row[i]).filter((c): c is TableCell => c !== undefined && c.pence !== null);
    const parts = cellsOf(table.fyColumns.map((f) => f.index));
    if (parts.length < 2) continue;
    if (Math.abs(sum(parts) - total.pence) < PENCE_ROUNDING) continue;
    if (Math.abs(sum(cellsOf(allYears)) - total.pence) < PENCE_ROUNDING) continue;
    out.push({ total, parts, name: rowLabel(row), row });
  }
  return out;
}

function totalRowFinding(ctx: CheckContext, table: DocumentTable, m: Miss): Finding {
  const column = m.column!;
  const message =
    `The Total row of ${tablePlace(ctx, table)} gives ${pounds(m.total.pence ?? 0)} for ${columnName(column.header, column.index)}, ` +
    `but ${m.name} add up to ${added(m.parts)}. ` +
    `Check the table's figures and its Total row against the decision's source workings.`;
  return makeFinding(ctx, "TABLE_TOTAL_MISMATCH", "error", message, [...m.parts, m.total]);
}

function totalColumnFinding(ctx: CheckContext, table: DocumentTable, m: Miss): Finding {
  const message =
    `In ${tablePlace(ctx, table)}, the row "${m.name}" totals ${pounds(m.total.pence ?? 0)}, but its financial-year figures add up to ` +
    `${added(m.parts)}. Check the row's figures.`;
  return makeFinding(ctx, "TABLE_TOTAL_MISMATCH", "error", message, [...m.parts, m.total]);
}

/**
 * One cell that fails both its row and its column (a row's Total cell one too high makes its row and the Total
 * column both miss by as much): one finding, naming the cell, its row and its column.
 */
function cellFinding(
  ctx: CheckContext,
  table: DocumentTable,
  cell: TableCell,
  byRow: Miss,
  byColumn: Miss,
): Finding {
  const column = byColumn.column!;
  const colName = columnName(column.header, column.index);
  const rowPart =
    cell === byRow.total
      ? `the row's financial-year figures add up to ${added(byRow.parts)}`
      : `the row's financial-year figures add up to ${added(byRow.parts)} against its total of ${pounds(byRow.total.pence ?? 0)}`;
  const columnPart =
    cell === byColumn.total
      ? `${byColumn.name} in ${colName} add up to ${added(byColumn.parts)}`
      : `${colName} adds up to ${added(byColumn.parts)} against its Total row's ${pounds(byColumn.total.pence ?? 0)}`;
  const header = column.header.trim() ? `"${column.header.trim()}"` : `column ${column.index + 1}`;
  const message =
    `In ${tablePlace(ctx, table)}, the ${header} figure of the row "${byRow.name}" (${pounds(cell.pence ?? 0)}) agrees with ` +
    `neither its row nor its column: ${rowPart}, and ${columnPart}. Check that cell.`;
  const quotes = [...new Set([...byRow.parts, byRow.total, ...byColumn.parts, byColumn.total])].sort(
    (a, b) => a.offset - b.offset,
  );
  return makeFinding(ctx, "TABLE_TOTAL_MISMATCH", "error", message, quotes);
}

/** The cell where a row's miss and a column's miss cross, where both take it in and both miss by as much. */
function crossing(byRow: Miss, byColumn: Miss): TableCell | null {
  const cell = byRow.row![byColumn.column!.index];
  if (!cell || cell.pence === null) return null;
  const inRow = cell === byRow.total || byRow.parts.includes(cell);
  const inColumn = cell === byColumn.total || byColumn.parts.includes(cell);
  if (!inRow || !inColumn) return null;
  return Math.abs(Math.abs(gap(byRow)) - Math.abs(gap(byColumn))) < PENCE_ROUNDING ? cell : null;
}

function checkTable(ctx: CheckContext, table: DocumentTable): Finding[] {
  const columnMisses = totalRowMisses(table);
  const rowMisses = totalColumnMisses(table);
  const merged = new Map<Miss, Finding>();
  const paired = new Set<Miss>();
  for (const byRow of rowMisses) {
    const matches = columnMisses
      .filter((c) => !paired.has(c))
      .map((byColumn) => ({ byColumn, cell: crossing(byRow, byColumn) }))
      .filter((m): m is { byColumn: Miss; cell: TableCell } => m.cell !== null);
    if (matches.length !== 1) continue;
    const { byColumn, cell } = matches[0]!;
    paired.add(byColumn);
    merged.set(byRow, cellFinding(ctx, table, cell, byRow, byColumn));
  }
  return [
    ...columnMisses.filter((m) => !paired.has(m)).map((m) => totalRowFinding(ctx, table, m)),
    ...rowMisses.map((m) => merged.get(m) ?? totalColumnFinding(ctx, table, m)),
  ];
}

/**
 * TABLE_TOTAL_MISMATCH: a table's Total row disagrees with the sum of the rows above it, or a row's Total column
 * with the sum of its financial-year cells. An error: the document's own arithmetic is wrong. One wrong cell that
 * fails both its row and its column is one finding.
 */
export const tableTotalMismatch: DecisionCheck = (ctx) => ctx.doc.tables.flatMap((t) => checkTable(ctx, t));
