import type { DecisionRecord } from "../core/decision/decision-record";
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, headingKey } from "../core/register/register-columns";
import { registerFromDecision } from "../core/register/register-from-decisions";
import { registerColumnOf } from "../core/register/register-from-sheet";
import { diffRegisterImport, type RegisterConflict } from "../core/register/register-import-diff";
import type { RegisterRow } from "../core/register/register-row";
import {
  REGISTER_SOURCE_COLUMN,
  readRegisterCells,
  registerRowCells,
  type RegisterCellsRead,
} from "../core/register/register-sheet-cells";
import type { CellValue } from "../core/workbook/grid";
import { boxAddress, columnLetters, parseAddress } from "./a1-address";
import { ownedSheet } from "./owned-sheets";
import { MAX_SYNC_PAYLOAD_BYTES, planChunks, rowPayloadBytes } from "./payload-size";
import { plainValues, readTableValues, tableGrid, type AlsoQueue, type TableValues } from "./read-table";
import { writeRowsChunked } from "./write-rows";

/** The register's table name (and its sheet's): analysts and the custom functions find it by this name. */
export const REGISTER_TABLE_NAME = REGISTER_SHEET_NAME;
/** Every column of the register table, the add-in's mark last (hidden). */
export const REGISTER_TABLE_COLUMNS: readonly string[] = [...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN];
/** Text format for Ref, Line, FY: keeps "2023/24" from being read as a date. */
const TEXT_COLUMNS = new Set([
  "Ref",
  "Line",
  "FY",
  "Recipient",
  "Funding source",
  "Resolution note",
  REGISTER_SOURCE_COLUMN,
]);
const FORMATS: Record<string, string> = {
  Approved: "£#,##0.00",
  "Period start": "yyyy-mm-dd",
  "Period end": "yyyy-mm-dd",
};

export interface RegisterRead extends RegisterCellsRead {
  /** The table as read, or null when the workbook has no register table yet. */
  table: TableValues | null;
  /** A register kept as a plain range on the "Decisions" sheet (no table), where there is one. */
  plain?: TableValues;
}

/**
 * Reads the register table in at most two syncs (plus `alsoQueue` in the second batch). A workbook with no
 * "Decisions" table but a "Decisions" sheet holding a register as a plain range (as the CLI and the preview accept)
 * is read from that range, so the custom functions, the import and the task pane all see the analyst's rows.
 */
export async function readRegister(
  context: Excel.RequestContext,
  alsoQueue?: AlsoQueue,
): Promise<RegisterRead> {
  const table = await readTableValues(context, REGISTER_TABLE_NAME, alsoQueue);
  if (table) return { table, ...readRegisterCells(tableGrid(table)) };
  const plain = await readPlainRegister(context);
  return plain ?? { table: null, rows: [], problems: [] };
}

/** A register kept as a plain range on the "Decisions" sheet: read as the table it would be, without its name. */
async function readPlainRegister(context: Excel.RequestContext): Promise<RegisterRead | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET_NAME);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,address");
  await context.sync();
  if (used.isNullObject) return null;
  const box = parseAddress(used.address);
  const values = plainValues(used.values);
  const headerAt = values.findIndex((r) => r.some((c) => registerColumnOf(c) === "Ref"));
  if (headerAt < 0) return null;
  const header = values[headerAt]!;
  let width = header.length;
  while (width > 0 && (header[width - 1] === null || header[width - 1] === "")) width--;
  let bottom = values.length;
  while (bottom > headerAt + 1 && values[bottom - 1]!.slice(0, width).every((c) => c === null || c === ""))
    bottom--;
  const rows = values.slice(headerAt, bottom).map((r) => r.slice(0, width));
  const top = box.top + headerAt;
  const table: TableValues = {
    name: REGISTER_TABLE_NAME,
    sheet: ws.name,
    box: { sheet: ws.name, top, left: box.left, bottom: top + rows.length - 1, right: box.left + width - 1 },
    header: rows[0]!,
    rows: rows.slice(1),
  };
  return { table: null, plain: table, ...readRegisterCells(tableGrid(table)) };
}

export interface ImportOptions {
  /** false (default): only report. true: write every addition and accept every conflict. A list: those conflict keys. */
  confirm?: boolean | readonly string[];
}

export interface ImportResult {
  added: RegisterRow[];
  unchanged: RegisterRow[];
  conflicts: RegisterConflict[];
  /** What was written: nothing unless confirmed. */
  written: { added: number; updated: number };
}

/** The cells of a row laid out in the table's own column order (analysts may reorder or add columns). */
function cellsInTableOrder(header: readonly CellValue[], row: RegisterRow): CellValue[] {
  const cells = registerRowCells(row);
  const byName = new Map(REGISTER_TABLE_COLUMNS.map((c, i) => [headingKey(c), cells[i] ?? null]));
  return header.map((h) => {
    const key = headingKey(String(h ?? ""));
    return byName.has(key) ? (byName.get(key) ?? null) : null;
  });
}

/** Office.js skips null in `values`; a register cell written empty must be "". */
const forExcel = (cells: CellValue[]) => cells.map((v) => (v === null ? "" : v));

/**
 * The cells to write over a register row the add-in wrote: its own columns (empty ones as ""), and null, which
 * Office.js leaves untouched, in every column of the analyst's own ("My notes"), so nothing they typed is lost.
 */
function replacementCells(header: readonly CellValue[], row: RegisterRow): CellValue[] {
  const known = new Set(REGISTER_TABLE_COLUMNS.map((c) => headingKey(c)));
  const cells = cellsInTableOrder(header, row);
  return header.map((h, i) => (known.has(headingKey(String(h ?? ""))) ? (cells[i] ?? "") : null));
}

/**
 * Creates the register with its first rows: a "Decisions" table on the add-in's "Decisions" sheet, text columns
 * formatted as text, money as pounds, the mark column hidden. Rows are written first (chunked), then the table is
 * laid over them, so it has no blank first row.
 */
async function createRegisterTable(context: Excel.RequestContext, rows: CellValue[][]): Promise<void> {
  const { sheet } = await ownedSheet(context, REGISTER_SHEET_NAME);
  const header = [...REGISTER_TABLE_COLUMNS];
  const last = columnLetters(header.length);
  header.forEach((name, i) => {
    const col = columnLetters(i + 1);
    const format = FORMATS[name] ?? (TEXT_COLUMNS.has(name) ? "@" : null);
    // A single value (not a 2D array) applies to every cell of the range: the only way to format whole columns.
    if (format) sheet.getRange(`${col}:${col}`).numberFormat = format as unknown as string[][];
  });
  sheet.getRangeByIndexes(0, 0, 1, header.length).values = [header];
  await writeRowsChunked(context, sheet, 2, 1, rows);
  const table = sheet.tables.add(`A1:${last}${rows.length + 1}`, true);
  table.name = REGISTER_TABLE_NAME;
  sheet.getRange(`${last}:${last}`).columnHidden = true;
  sheet.freezePanes.freezeRows(1);
  await context.sync();
}

/**
 * Imports a decision into the workbook's register. Works out, field by field, what the register already holds for
 * the decision and returns { added, unchanged, conflicts } for the task pane to show. Nothing is written unless
 * `confirm` says so: then the additions are appended (in chunks under the payload limit) and the confirmed
 * conflicts are overwritten, keeping any resolution note the analyst wrote.
 */
export async function importDecision(
  context: Excel.RequestContext,
  record: DecisionRecord,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const incoming = registerFromDecision(record);
  const current = await readRegister(context);
  const diff = diffRegisterImport(current.rows, incoming);
  const confirm = options.confirm ?? false;
  const accepted =
    confirm === true
      ? diff.conflicts
      : confirm === false
        ? []
        : diff.conflicts.filter((c) => confirm.includes(c.key));
  const result: ImportResult = { ...diff, written: { added: 0, updated: 0 } };
  if (confirm === false || (diff.added.length === 0 && accepted.length === 0)) return result;

  if (!current.table && current.plain) {
    // The analyst's plain-range register becomes the "Decisions" table, in place, before anything is written to it:
    // their rows stay where they are and the custom functions read the same rows the task pane showed.
    const plain = current.plain;
    const ws = context.workbook.worksheets.getItem(plain.sheet);
    ws.tables.add(boxAddress(plain.box), true).name = REGISTER_TABLE_NAME;
    await context.sync();
    return importDecision(context, record, options);
  }

  if (!current.table) {
    const header = [...REGISTER_TABLE_COLUMNS];
    await createRegisterTable(
      context,
      diff.added.map((r) => cellsInTableOrder(header, r)),
    );
    result.written.added = diff.added.length;
    return result;
  }

  const table = context.workbook.tables.getItem(REGISTER_TABLE_NAME);
  const sheet = table.worksheet;
  let header = current.table.header;
  if (!header.some((h) => headingKey(String(h ?? "")) === headingKey(REGISTER_SOURCE_COLUMN))) {
    table.columns.add(undefined, undefined, REGISTER_SOURCE_COLUMN);
    header = [...header, REGISTER_SOURCE_COLUMN];
  }
  const left = current.table.box.left;
  for (const c of accepted) {
    const row: RegisterRow = { ...c.incoming, resolution: c.existing.row.resolution };
    sheet.getRangeByIndexes(c.existing.sheetRow - 1, left - 1, 1, header.length).values = [
      replacementCells(header, row),
    ];
  }
  if (accepted.length > 0) await context.sync();
  result.written.updated = accepted.length;

  const rows = diff.added.map((r) => forExcel(cellsInTableOrder(header, r)));
  for (const [start, end] of planChunks(rows.map(rowPayloadBytes), MAX_SYNC_PAYLOAD_BYTES)) {
    table.rows.add(undefined, rows.slice(start, end));
    await context.sync();
  }
  result.written.added = rows.length;
  return result;
}
