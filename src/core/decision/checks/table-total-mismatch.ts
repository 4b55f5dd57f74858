import type { Finding } from "../../findings/finding";
import type { DocumentTable, TableCell } from "../decision-document";
import type { CheckContext, DecisionCheck } from "./check-context";
import { makeFinding } from "./make-finding";
import { tablePlace } from "./places";
import { pounds } from "./pounds";
import { columnSums, totalParts } from "../table-sums";

const PENCE_ROUNDING = 100;

function columnName(header: string, index: number): string {
  const h = header.trim();
  return h ? `the "${h}" column` : `column ${index + 1}`;
}

function checkTotalRows(ctx: CheckContext, table: DocumentTable): Finding[] {
  const out: Finding[] = [];
  const sum = (cells: readonly TableCell[]) => cells.reduce((s, c) => s + (c.pence ?? 0), 0);
  for (const col of columnSums(table)) {
    for (const cell of col.totalCells) {
      const parts = totalParts(table, col, cell);
      if (parts.some((p) => Math.abs(sum(p.cells) - (cell.pence ?? 0)) < PENCE_ROUNDING)) continue;
      const shown = parts[0] ?? { cells: [], name: "the rows above it" };
      const message =
        `The Total row of ${tablePlace(ctx, table)} gives ${pounds(cell.pence ?? 0)} for ${columnName(col.header, col.index)}, ` +
        `but ${shown.name} add up to ${shown.cells.map((c) => pounds(c.pence ?? 0)).join(" + ")} = ${pounds(sum(shown.cells))}. ` +
        `Check the table's figures and its Total row against the decision's source workings.`;
      out.push(makeFinding(ctx, "TABLE_TOTAL_MISMATCH", "error", message, [...shown.cells, cell]));
    }
  }
  return out;
}

/** A "Total" column: each row's total against the sum of its financial-year cells. */
function checkTotalColumn(ctx: CheckContext, table: DocumentTable): Finding[] {
  const totalIndex = table.header.findIndex(
    (h, i) => /\btotal\b/i.test(h.text) && !table.fyColumns.some((f) => f.index === i),
  );
  if (totalIndex < 0 || table.fyColumns.length < 2) return [];
  const out: Finding[] = [];
  for (const row of [...table.rows, ...table.totalRows]) {
    const total = row[totalIndex];
    if (!total || total.pence === null) continue;
    const parts = table.fyColumns
      .map((f) => row[f.index])
      .filter((c): c is TableCell => c !== undefined && c.pence !== null);
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, c) => s + (c.pence ?? 0), 0);
    if (Math.abs(sum - total.pence) < PENCE_ROUNDING) continue;
    const label = row.find((c) => c.pence === null && c.text)?.text ?? "a row";
    const message =
      `In ${tablePlace(ctx, table)}, the row "${label}" totals ${pounds(total.pence)}, but its financial-year figures add up to ` +
      `${parts.map((c) => pounds(c.pence ?? 0)).join(" + ")} = ${pounds(sum)}. Check the row's figures.`;
    out.push(makeFinding(ctx, "TABLE_TOTAL_MISMATCH", "error", message, [...parts, total]));
  }
  return out;
}

/**
 * TABLE_TOTAL_MISMATCH: a table's Total row disagrees with the sum of the rows above it, or a row's Total column
 * with the sum of its financial-year cells. An error: the document's own arithmetic is wrong.
 */
export const tableTotalMismatch: DecisionCheck = (ctx) =>
  ctx.doc.tables.flatMap((t) => [...checkTotalRows(ctx, t), ...checkTotalColumn(ctx, t)]);
