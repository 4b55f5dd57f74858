import type { DocumentTable } from "../decision-document";
import { isChangeTable, isIndicatorTable } from "../read-table";
import { isIncomeTable } from "../income-tables";
import { columnSums, type ColumnSum } from "../table-sums";
import type { CheckContext } from "./check-context";
import { agrees } from "./figure-precision";
import { movesMoneyOnly } from "./money-moved-table";
import type { StatedFigure } from "./stated-figures";

/** A financial year's column of a table of the decision's spending. */
export interface YearColumn {
  table: DocumentTable;
  column: ColumnSum;
}

/**
 * The year columns of the tables `decided` picks that hold a year's spending. A table of money moved between years (a
 * re-profile: -£12.4m in 2024/25, +£9.1m in 2025/26 …) gives no year's commitment: a year's new money is not
 * compared with what the re-profile takes out of or puts into it. Nor does a table of the income the decision accepts
 * (the grant offer by year): money coming in. Nor a table of prudential indicators (limits and measures).
 */
export function yearColumns(ctx: CheckContext, decided: (table: DocumentTable) => boolean): YearColumn[] {
  return ctx.doc.tables
    .filter(
      (t) =>
        decided(t) &&
        !isChangeTable(t) &&
        !movesMoneyOnly(t) &&
        !isIndicatorTable(t) &&
        !isIncomeTable(t, ctx.record.approvals),
    )
    .flatMap((t) => columnSums(t).map((c) => ({ table: t, column: c })))
    .filter((c) => c.column.fy !== null);
}

/** True where a figure said for a year is that year's column's sum, or one of its cells or totals. */
export function fitsAColumn(columns: readonly YearColumn[], s: StatedFigure, tolerance: number): boolean {
  return columns.some(
    ({ column }) =>
      agrees(column.pence, s.figure.pence, tolerance) ||
      column.cells.some((cell) => agrees(cell.pence ?? 0, s.figure.pence, tolerance)) ||
      column.totalCells.some((cell) => agrees(cell.pence ?? 0, s.figure.pence, tolerance)),
  );
}
