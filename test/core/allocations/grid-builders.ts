import type { CellValue, Grid, Workbook } from "../../../src/core/workbook/grid";

/** A sheet from rows of values, A1 at rows[0][0]. */
export function grid(sheet: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet, rows, origin: { row: 1, col: 1 }, ...extra };
}

export function book(...sheets: Grid[]): Workbook {
  return { file: "budget.xlsx", sheets };
}
