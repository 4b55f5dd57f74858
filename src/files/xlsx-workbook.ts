import ExcelJS from "exceljs";
import { ReconcilerError } from "../core/errors";
import type { CellValue, Grid, Workbook } from "../core/workbook/grid";
import { parseRangeAddress, type SheetRange } from "../core/workbook/grid-range";

/**
 * An .xlsx file turned into plain grids (the Workbook every check reads), with exceljs. The buffer form uses no
 * Node built-ins so the preview task pane can read a file the user picked; `readWorkbook` adds reading from disk.
 *
 * - formula cells hold their cached result; a formula saved without one is null and listed in `Grid.unread`
 * - rich text becomes its plain text; hyperlinks their text; dates ISO "YYYY-MM-DD"; errors their code ("#N/A")
 * - merged ranges keep their value in the top-left cell only (as Excel reports them) and are listed in `merges`
 * - Excel tables (ListObjects) are listed in `tables`
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

const EXPECTED = "expected an Excel workbook saved as .xlsx";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)) return false;
  }
  return true;
}

function bad(file: string, message: string): ReconcilerError {
  return new ReconcilerError("BAD_WORKBOOK", message, { file });
}

/** Refuses, with a message that says what the file is instead, anything that is not an .xlsx (zip) file. */
function checkSignature(file: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw bad(file, `the file is empty; ${EXPECTED}`);
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    throw bad(
      file,
      `the workbook is password-protected or an old Excel 97-2003 (.xls) file; ${EXPECTED} without a password (remove the password, or use File > Save As > Excel Workbook)`,
    );
  }
  if (startsWith(bytes, PDF)) throw bad(file, `this is a PDF, not a workbook; ${EXPECTED}`);
  if (startsWith(bytes, EMPTY_ZIP))
    throw bad(file, `this is an empty zip archive, not a workbook; ${EXPECTED}`);
  if (looksLikeText(bytes)) {
    throw bad(
      file,
      `this is a text file (CSV or similar), not a workbook; ${EXPECTED} (open it in Excel and save it as .xlsx)`,
    );
  }
  throw bad(file, `this is not an .xlsx workbook (it is not a zip archive); ${EXPECTED}`);
}

function isoDate(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return d.toISOString().slice(0, 10);
}

interface PlainCell {
  value: CellValue;
  formula: string | null;
  /** A formula saved without a result. */
  noResult: boolean;
}

function richText(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  let s = "";
  for (const p of parts)
    if (p && typeof (p as { text?: unknown }).text === "string") s += (p as { text: string }).text;
  return s;
}

/** An exceljs cell value as a plain value. */
function plain(v: unknown, cell: ExcelJS.Cell): PlainCell {
  if (v === null || v === undefined) return { value: null, formula: null, noResult: false };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, formula: null, noResult: false };
  if (v instanceof Date) return { value: isoDate(v), formula: null, noResult: false };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      const formula =
        typeof o.formula === "string" ? o.formula : (cell.formula ?? String(o.sharedFormula ?? ""));
      if (o.result === undefined || o.result === null) return { value: null, formula, noResult: true };
      const result = plain(o.result, cell);
      return { value: result.value, formula, noResult: false };
    }
    if ("richText" in o) return { value: richText(o.richText), formula: null, noResult: false };
    if ("error" in o) return { value: String(o.error), formula: null, noResult: false };
    if ("text" in o) {
      const t = o.text;
      return {
        value: typeof t === "string" ? t : richText((t as { richText?: unknown })?.richText),
        formula: null,
        noResult: false,
      };
    }
  }
  return { value: String(v), formula: null, noResult: false };
}

function mergesOf(ws: ExcelJS.Worksheet): SheetRange[] {
  // exceljs keeps merges by their top-left cell; `model.merges` lists them as "A1:C1" but builds the whole model.
  const internal = (ws as unknown as { _merges?: Record<string, { model?: SheetRange }> })._merges;
  if (internal) {
    const out: SheetRange[] = [];
    for (const m of Object.values(internal)) {
      const r = m?.model;
      if (r) out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
    }
    return out;
  }
  return (ws.model.merges ?? []).flatMap((a) => parseRangeAddress(a) ?? []);
}

function tablesOf(ws: ExcelJS.Worksheet): NonNullable<Grid["tables"]> {
  const out: NonNullable<Grid["tables"]> = [];
  for (const entry of ws.getTables() as unknown[]) {
    const t = (Array.isArray(entry) ? entry[0] : entry) as {
      table?: Record<string, unknown>;
      model?: Record<string, unknown>;
    };
    const model = t?.table ?? t?.model;
    if (!model) continue;
    const ref =
      typeof model.tableRef === "string" ? model.tableRef : typeof model.ref === "string" ? model.ref : null;
    const range = ref ? parseRangeAddress(ref) : null;
    if (!range) continue;
    // exceljs sets headerRow only where the file says headerRowCount="1", but Excel leaves that attribute out
    // (one header row is its default), so a table is taken to have its header row; recognition checks it anyway.
    out.push({ name: String(model.name ?? model.displayName ?? ref), ...range, headerRow: true });
  }
  return out;
}

function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  const formulas = new Set<string>();
  const unread: NonNullable<Grid["unread"]> = [];
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const p = plain(cell.value, cell);
      if (p.formula !== null) formulas.add(`${rowNumber}:${colNumber}`);
      if (p.noResult) {
        unread.push({
          row: rowNumber,
          col: colNumber,
          value: `=${p.formula ?? ""}`,
          reason: `the formula =${p.formula ?? ""} has no saved result (the workbook was saved without calculating; open it in Excel, recalculate and save)`,
        });
      }
      if (p.value === null) return;
      cells.push({ row: rowNumber, col: colNumber, value: p.value });
      if (rowNumber > maxRow) maxRow = rowNumber;
      if (colNumber > maxCol) maxCol = colNumber;
    });
  });
  const rows: CellValue[][] = new Array<CellValue[]>(maxRow);
  for (let r = 0; r < maxRow; r++) rows[r] = new Array<CellValue>(maxCol).fill(null);
  for (const c of cells) (rows[c.row - 1] as CellValue[])[c.col - 1] = c.value;
  const grid: Grid = { sheet: ws.name, rows, origin: { row: 1, col: 1 } };
  const merges = mergesOf(ws);
  if (merges.length) grid.merges = merges;
  const tables = tablesOf(ws);
  if (tables.length) grid.tables = tables;
  if (formulas.size) grid.formulas = formulas;
  if (unread.length) grid.unread = unread;
  return grid;
}

/**
 * Reads an .xlsx workbook held in memory. `name` is the file name used in messages. Throws ReconcilerError
 * BAD_WORKBOOK, naming the file and saying what was expected, for an empty, damaged, encrypted, old .xls or
 * non-workbook file (a CSV or PDF renamed .xlsx).
 */
export async function readWorkbookFromBuffer(
  name: string,
  bytes: Uint8Array | ArrayBuffer,
): Promise<Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkSignature(name, data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw bad(name, `the file is damaged or is not an Excel workbook (${why.slice(0, 120)}); ${EXPECTED}`);
  }
  const sheets: Grid[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetToGrid(ws));
  });
  if (sheets.length === 0) {
    throw bad(name, `the file holds no worksheets (a zip archive that is not a workbook?); ${EXPECTED}`);
  }
  return { file: name, sheets };
}

/** Reads an .xlsx workbook from disk; the file is reported under the path as given. */
export async function readWorkbook(path: string): Promise<Workbook> {
  const fs = (await import(
    /* webpackIgnore: true */ "node:fs/promises"
  )) as typeof import("node:fs/promises");
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (code === "ENOENT") throw bad(path, `no such file; ${EXPECTED}`);
    if (code === "EISDIR") throw bad(path, `is a folder; ${EXPECTED}`);
    if (code === "EACCES" || code === "EPERM") throw bad(path, "permission denied reading the file");
    throw bad(path, `cannot read the file (${code || String(e)})`);
  }
  return readWorkbookFromBuffer(path, bytes);
}
