/**
 * A sheet as plain values: what exceljs (CLI, preview) and Office.js (Excel) both turn a worksheet into, so that
 * table recognition, matching and every check run on the same values whichever host read them.
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  sheet: string;
  /** Row-major values; rows[0] is the sheet's row `origin.row`. Formula cells hold their cached result. */
  rows: CellValue[][];
  /** 1-based row and column of rows[0][0] on the sheet (A1 = {row:1, col:1}). */
  origin: { row: number; col: number };
  /** Merged ranges in sheet coordinates (1-based, inclusive). */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** Excel tables (ListObjects) on the sheet, in sheet coordinates, where the host knows them. */
  tables?: { name: string; top: number; left: number; bottom: number; right: number; headerRow: boolean }[];
  /** Cells whose value came from a formula, as "row:col" in sheet coordinates (for evidence and warnings). */
  formulas?: Set<string>;
  /**
   * Cells the host could not turn into a value (e.g. a formula saved without a cached result), in sheet
   * coordinates; their place in `rows` holds null. Recognition reports those that fall inside a table as unread.
   */
  unread?: { row: number; col: number; value: string; reason: string }[];
}

export interface Workbook {
  file: string;
  sheets: Grid[];
}

/** "A" for column 1, "AA" for column 27. */
export function columnLetters(col: number): string {
  return cellAddress(1, col).replace(/\d+$/, "");
}

/** "C7" for row 7, column 3. */
export function cellAddress(row: number, col: number): string {
  let letters = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}
