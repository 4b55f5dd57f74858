import type ExcelJS from "exceljs";
import type { DecisionRecord } from "../core/decision/decision-record";
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, headingKey } from "../core/register/register-columns";
import { registerFromDecision } from "../core/register/register-from-decisions";
import { findRegisterGrid } from "../core/register/register-from-sheet";
import { diffRegisterImport } from "../core/register/register-import-diff";
import type { RegisterRow } from "../core/register/register-row";
import {
  REGISTER_SOURCE_COLUMN,
  readRegisterCells,
  registerRowCells,
} from "../core/register/register-sheet-cells";
import type { CellValue, Workbook } from "../core/workbook/grid";
import { writeOwnedSheet } from "./owned-sheets";

/** Every register column, the add-in's mark last (as the Excel add-in's register table has them). */
const REGISTER_SHEET_COLUMNS: readonly string[] = [...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN];

/** A row's cells laid out by the sheet's own header (analysts may reorder or add columns). */
function cellsInHeaderOrder(header: readonly CellValue[], row: RegisterRow): CellValue[] {
  const cells = registerRowCells(row);
  const byName = new Map(REGISTER_SHEET_COLUMNS.map((c, i) => [headingKey(c), cells[i] ?? null]));
  return header.map((h) => {
    const key = headingKey(String(h ?? ""));
    return byName.has(key) ? (byName.get(key) ?? null) : null;
  });
}

/**
 * The preview's `importDecision`: writes a decision's register rows into the workbook's "Decisions" register (the
 * sheet or table the task pane read its differences from), appending the rows it lacks and overwriting only the
 * conflicting rows whose keys are in `replace`, keeping their resolution notes. With no register, the add-in's own
 * "Decisions" sheet is created with the register's header.
 */
export function importDecisionInto(
  book: ExcelJS.Workbook,
  workbook: Workbook,
  record: DecisionRecord,
  replace: readonly string[],
): { added: number; updated: number } {
  const incoming = registerFromDecision(record);
  const grid = findRegisterGrid(workbook);
  if (!grid) {
    const diff = diffRegisterImport([], incoming);
    writeOwnedSheet(book, {
      name: REGISTER_SHEET_NAME,
      columns: REGISTER_SHEET_COLUMNS.map((header) => ({ header, kind: "text" as const })),
      rows: diff.added.map((r) => registerRowCells(r)),
    });
    return { added: diff.added.length, updated: 0 };
  }
  const ws = book.getWorksheet(grid.sheet);
  if (!ws) return { added: 0, updated: 0 };
  const current = readRegisterCells(grid);
  const diff = diffRegisterImport(current.rows, incoming);
  let header: CellValue[] = [...(grid.rows[0] ?? [])];
  while (header.length && (header[header.length - 1] === null || header[header.length - 1] === ""))
    header.pop();
  const left = grid.origin.col;
  if (!header.some((h) => headingKey(String(h ?? "")) === headingKey(REGISTER_SOURCE_COLUMN))) {
    ws.getCell(grid.origin.row, left + header.length).value = REGISTER_SOURCE_COLUMN;
    header = [...header, REGISTER_SOURCE_COLUMN];
  }
  // Only the register's own columns are written: a column of the analyst's own ("My notes") is left as it is.
  const known = header.map((h) =>
    REGISTER_SHEET_COLUMNS.some((c) => headingKey(c) === headingKey(String(h ?? ""))),
  );
  const put = (sheetRow: number, cells: CellValue[]) => {
    cells.forEach((v, i) => {
      if (known[i]) ws.getCell(sheetRow, left + i).value = v;
    });
  };
  const accepted = diff.conflicts.filter((c) => replace.includes(c.key));
  for (const c of accepted) {
    put(
      c.existing.sheetRow,
      cellsInHeaderOrder(header, { ...c.incoming, resolution: c.existing.row.resolution }),
    );
  }
  let next = grid.origin.row + grid.rows.length;
  for (const r of diff.added) put(next++, cellsInHeaderOrder(header, r));
  return { added: diff.added.length, updated: accepted.length };
}
