import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { ReconcilerError } from "../core/errors";
import { MARKER_HEADER, OWNED_SHEETS_MARKER, headerSignature } from "../core/reconcile/output-sheets";
import type { OutputSheet } from "../core/report/output-sheet";
import { freeName, renderSheet } from "./owned-sheet-render";
import type { CellValue } from "../core/workbook/grid";

export { MONEY_FORMAT } from "./owned-sheet-render";

export interface WrittenWorkbook {
  out: string;
  /** Each output sheet and the name it was written under (a user's sheet of the same name is never replaced). */
  sheets: { wanted: string; written: string }[];
  /** Sheets of an earlier run that were replaced. */
  replaced: string[];
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/**
 * Writes a copy of the input workbook with the tool's output sheets added to `outPath`. The input file is only read.
 * Sheets a previous run wrote (listed on the hidden marker sheet, header unchanged) are removed and written afresh;
 * a user's sheet with the same name as one of ours is kept, and ours is written as "Findings (reconciler)".
 */
export interface WriteOptions {
  /**
   * Above this many output rows the copy is written with exceljs's streaming writer (the user's sheets are copied
   * cell by cell with their values, formulas, styles, merges, column widths, views and conditional formats), so
   * that half a million budget rows fit in memory. Below it the workbook model is saved whole, which also keeps
   * Excel tables, data validation and defined names. Default 100,000.
   */
  streamAbove?: number;
}

export async function writeReconciliationWorkbook(
  inputPath: string,
  outPath: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions = {},
): Promise<WrittenWorkbook> {
  if (await samePath(inputPath, outPath)) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `--out ${JSON.stringify(outPath)} is the input workbook; the input is never written: give another file name`,
      {
        argument: "--out",
      },
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inputPath);
  } catch (e) {
    throw new ReconcilerError(
      "BAD_WORKBOOK",
      `cannot read the workbook to copy it (${e instanceof Error ? e.message.slice(0, 120) : String(e)})`,
      {
        file: inputPath,
      },
    );
  }
  const replaced = removeOwnedSheets(wb);
  const names = sheets.map((sheet) => ({ sheet, name: freeName(wb, sheet.name) }));
  const written = names.map(({ sheet, name }) => ({ wanted: sheet.name, written: name }));
  const marker = names.map(({ sheet, name }) => [name, headerSignature(sheet.columns.map((c) => c.header))]);
  const outputRows = sheets.reduce((n, s) => n + s.rows.length, 0);
  try {
    if (outputRows > (options.streamAbove ?? 100_000)) {
      await writeStreamed(wb, outPath, names, marker);
    } else {
      for (const { sheet, name } of names)
        renderSheet(wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] }), sheet);
      const mk = wb.addWorksheet(OWNED_SHEETS_MARKER, { state: "veryHidden" });
      mk.addRow([...MARKER_HEADER]);
      for (const m of marker) mk.addRow(m);
      await wb.xlsx.writeFile(outPath);
    }
  } catch (e) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `cannot write ${JSON.stringify(outPath)} (${e instanceof Error ? e.message : String(e)})`,
      {
        argument: "--out",
      },
    );
  }
  return { out: outPath, sheets: written, replaced };
}

/** Removes the marker sheet and the sheets it lists whose header row is still ours; returns their names. */
function removeOwnedSheets(wb: ExcelJS.Workbook): string[] {
  const mk = wb.getWorksheet(OWNED_SHEETS_MARKER);
  if (!mk) return [];
  const removed: string[] = [];
  mk.eachRow((row, n) => {
    if (n === 1) return;
    const name = row.getCell(1).text;
    const signature = row.getCell(2).text;
    const ws = wb.getWorksheet(name);
    if (!ws) return;
    const header: CellValue[] = [];
    ws.getRow(1).eachCell({ includeEmpty: false }, (c) => void header.push(c.text));
    if (headerSignature(header) !== signature) return;
    wb.removeWorksheet(ws.id);
    removed.push(name);
  });
  wb.removeWorksheet(mk.id);
  return removed;
}

/** The user's sheets copied cell by cell into a streaming writer, then ours: memory stays flat however many rows. */
async function writeStreamed(
  wb: ExcelJS.Workbook,
  outPath: string,
  names: { sheet: OutputSheet; name: string }[],
  marker: string[][],
): Promise<void> {
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: outPath,
    useStyles: true,
    useSharedStrings: true,
  });
  out.creator = wb.creator;
  for (const src of wb.worksheets) {
    const ws = out.addWorksheet(src.name, {
      state: src.state,
      views: src.views,
      properties: src.properties,
      pageSetup: src.pageSetup,
    });
    const columns = (src.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: c.style }));
    if (columns.length) ws.columns = columns;
    // Merges first: a streaming sheet cannot touch a row once it is committed.
    for (const range of (src.model as { merges?: string[] }).merges ?? []) ws.mergeCells(range);
    src.eachRow({ includeEmpty: true }, (row, n) => {
      const r = ws.getRow(n);
      if (row.height) r.height = row.height;
      if (row.hidden) r.hidden = true;
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const c = r.getCell(col);
        if (cell.isMerged && cell.master !== cell) {
          c.style = cell.style; // a merged cell's value lives in its master; its borders and fills are its own
          return;
        }
        c.value =
          cell.type === ExcelJS.ValueType.Formula
            ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
            : cell.value;
        c.style = cell.style;
      });
      r.commit();
    });
    const formats = (src as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    for (const cf of formats ?? []) ws.addConditionalFormatting(cf);
    if (src.autoFilter) ws.autoFilter = src.autoFilter;
    ws.commit();
  }
  for (const { sheet, name } of names) {
    const ws = out.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    renderSheet(ws as unknown as ExcelJS.Worksheet, sheet);
    ws.commit();
  }
  const mk = out.addWorksheet(OWNED_SHEETS_MARKER, { state: "veryHidden" });
  mk.addRow([...MARKER_HEADER]).commit();
  for (const m of marker) mk.addRow(m).commit();
  mk.commit();
  await out.commit();
}
