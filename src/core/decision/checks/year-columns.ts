import type { DocumentTable } from "../decision-document";
import { isChangeTable, isIndicatorTable } from "../read-table";
import { isIncomeTable } from "../income-tables";
import { columnSums, type ColumnSum } from "../table-sums";
import { yearRowSums } from "../year-rows";
import type { CheckContext } from "./check-context";
import { agrees } from "./figure-precision";
import { movesMoneyOnly } from "./money-moved-table";
import type { StatedFigure } from "./stated-figures";

/** A financial year's column of a table of the decision's spending. */
export interface YearColumn {
  table: DocumentTable;
  column: ColumnSum;
  /** Where the table's rows are years ("Financial year | Months | Amount"): the year's rows, not a column. */
  byRow?: boolean;
}

/** How a message names a year's money in a table: "the 2024/25 column", "the 2024/25 row". */
export function yearPlaceIn(c: YearColumn): string {
  return `the ${c.column.fy} ${c.byRow ? (c.column.cells.length > 1 ? "rows" : "row") : "column"}`;
}

/**
 * The year columns of the tables `decided` picks that hold a year's spending. A table of money moved between years (a
 * re-profile: -£12.4m in 2024/25, +£9.1m in 2025/26 …) gives no year's commitment: a year's new money is not
 * compared with what the re-profile takes out of or puts into it. Nor does a table of the income the decision accepts
 * (the grant offer by year): money coming in. Nor a table of prudential indicators (limits and measures). A table
 * whose rows are years ("Financial year | Months | Amount" over "2024/25 | 7 | £87,500") gives each year's rows.
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
    .flatMap((t) => [
      ...columnSums(t)
        .filter((c) => c.fy !== null)
        .map((c) => ({ table: t, column: c })),
      ...yearRowSums(t).map((c) => ({ table: t, column: c, byRow: true })),
    ]);
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
