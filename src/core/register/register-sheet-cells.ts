import { penceToPoundsNumber } from "../report/output-sheet";
import type { Finding } from "../findings/finding";
import { headingKey } from "./register-columns";
import { registerFromSheet } from "./register-from-sheet";
import type { RegisterRow } from "./register-row";
import type { CellValue, Grid } from "../workbook/grid";

/**
 * The register as cells of the "Decisions" table the add-in keeps in the workbook: the nine REGISTER_COLUMNS, then a
 * hidden "Add-in source" column marking the rows the add-in wrote with a fingerprint of what it wrote. A row with no
 * mark is an analyst's; a row whose cells no longer match its mark was edited by an analyst since. Either way the
 * analyst's values are the truth, and the add-in asks before it changes them. (The column is not called "Source":
 * that heading already means "Funding source" to the register reader.)
 */
export const REGISTER_SOURCE_COLUMN = "Add-in source";
const ADDIN_MARK = "add-in:";

/** A register row as read off the sheet, with where it is and who last wrote it. */
export interface RegisterSheetRow {
  row: RegisterRow;
  /** 1-based sheet row. */
  sheetRow: number;
  /** "add-in": written by the add-in and unchanged since; "analyst": typed or edited by a person. */
  writtenBy: "add-in" | "analyst";
}

/** A short, stable fingerprint of what a row shows (FNV-1a over its fields, 32 bits, hex). */
export function registerRowFingerprint(r: RegisterRow): string {
  const fields = [
    r.ref,
    r.line,
    r.fy,
    r.approvedPence,
    r.recipient,
    r.start,
    r.end,
    r.fundingSource,
    r.resolution,
  ];
  const text = JSON.stringify(fields);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The "Add-in source" cell for a row the add-in writes. */
export function addinMark(r: RegisterRow): string {
  return `${ADDIN_MARK}${registerRowFingerprint(r)}`;
}

/** A row's cells in REGISTER_COLUMNS order then the mark: money as pounds, dates and years as text. */
export function registerRowCells(r: RegisterRow): CellValue[] {
  return [
    r.ref,
    r.line,
    r.fy,
    r.approvedPence === null ? null : penceToPoundsNumber(r.approvedPence),
    r.recipient,
    r.start,
    r.end,
    r.fundingSource,
    r.resolution,
    addinMark(r),
  ];
}

export interface RegisterCellsRead {
  rows: RegisterSheetRow[];
  /** Cells that could not be read, with their sheet and cell (from registerFromSheet). */
  problems: Finding[];
}

function rowNumberOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? NaN);
}

/**
 * Reads the register table (a grid whose first row is its header) with registerFromSheet, and tells the add-in's
 * untouched rows from the analyst's by the mark column.
 */
export function readRegisterCells(grid: Grid): RegisterCellsRead {
  const read = registerFromSheet(grid);
  const header = grid.rows[0] ?? [];
  const markCol = header.findIndex((h) => headingKey(String(h ?? "")) === headingKey(REGISTER_SOURCE_COLUMN));
  const rows = read.rows.map((row): RegisterSheetRow => {
    const sheetRow = rowNumberOf(row.place?.cell ?? "");
    const mark = markCol >= 0 ? grid.rows[sheetRow - grid.origin.row]?.[markCol] : null;
    const untouched = typeof mark === "string" && mark === addinMark(row);
    return {
      row: untouched ? { ...row, source: "extracted" } : row,
      sheetRow,
      writtenBy: untouched ? "add-in" : "analyst",
    };
  });
  return { rows, problems: read.problems };
}
