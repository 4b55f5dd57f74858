import type ExcelJS from "exceljs";
import { MARKER_HEADER, OWNED_SHEETS_MARKER, headerSignature } from "../core/reconcile/output-sheets";
import type { OutputSheet } from "../core/report/output-sheet";
import { freeName, renderSheet } from "../files/owned-sheet-render";
import type { CellValue } from "../core/workbook/grid";

/**
 * The add-in's own sheets in an exceljs workbook held by the preview, marked exactly as the CLI's --out copy marks
 * them (src/files/reconciliation-workbook.ts): a very hidden sheet "reconciler-owned-sheets" lists each sheet the
 * tool wrote with its header signature, which the core's `ownedSheetNames` reads. A sheet is replaced only when the
 * marker lists it and its header is still the tool's; an analyst's sheet of the same name is never touched, and the
 * tool's sheet is written beside it as "Name (reconciler)".
 */

interface MarkerEntry {
  name: string;
  signature: string;
}

function headerOf(ws: ExcelJS.Worksheet): CellValue[] {
  const header: CellValue[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (c) => void header.push(c.text));
  return header;
}

/** The marker's entries whose sheet still exists with the tool's header. */
export function ownedEntries(wb: ExcelJS.Workbook): MarkerEntry[] {
  const mk = wb.getWorksheet(OWNED_SHEETS_MARKER);
  if (!mk) return [];
  const out: MarkerEntry[] = [];
  mk.eachRow((row, n) => {
    if (n === 1) return;
    const name = row.getCell(1).text;
    const signature = row.getCell(2).text;
    const ws = wb.getWorksheet(name);
    if (ws && headerSignature(headerOf(ws)) === signature) out.push({ name, signature });
  });
  return out;
}

function writeMarker(wb: ExcelJS.Workbook, entries: readonly MarkerEntry[]): void {
  const old = wb.getWorksheet(OWNED_SHEETS_MARKER);
  if (old) wb.removeWorksheet(old.id);
  const mk = wb.addWorksheet(OWNED_SHEETS_MARKER, { state: "veryHidden" });
  mk.addRow([...MARKER_HEADER]);
  for (const e of entries) mk.addRow([e.name, e.signature]);
}

/**
 * Writes `sheet` as one of the tool's sheets and returns the name it went under. The tool's earlier sheet for the
 * same purpose (same name, or same header under a "(reconciler)" name) is replaced at its place in the sheet order;
 * otherwise a new sheet is added at the end. A sheet the marker does not list is never removed or changed.
 */
export function writeOwnedSheet(wb: ExcelJS.Workbook, sheet: OutputSheet): string {
  const signature = headerSignature(sheet.columns.map((c) => c.header));
  const entries = ownedEntries(wb);
  const previous =
    entries.find((e) => e.name === sheet.name) ??
    entries.find((e) => e.signature === signature && e.name.startsWith(`${sheet.name} (reconciler`));
  let name: string;
  let order: number | null = null;
  if (previous) {
    const old = wb.getWorksheet(previous.name);
    if (old) {
      order = (old as unknown as { orderNo: number }).orderNo;
      wb.removeWorksheet(old.id);
    }
    name = previous.name;
  } else {
    name = freeName(wb, sheet.name);
  }
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  if (order !== null) (ws as unknown as { orderNo: number }).orderNo = order;
  renderSheet(ws, sheet);
  const kept = entries.filter((e) => e.name !== name);
  writeMarker(wb, [...kept, { name, signature }]);
  return name;
}

/** The name of the tool's sheet for `purpose` (its name as asked, or its "(reconciler)" name), or null. */
export function ownedSheetFor(wb: ExcelJS.Workbook, purpose: string): string | null {
  const entries = ownedEntries(wb);
  const exact = entries.find((e) => e.name === purpose);
  if (exact) return exact.name;
  return entries.find((e) => e.name.startsWith(`${purpose} (reconciler`))?.name ?? null;
}

/** An empty sheet the tool owns for `purpose` (for a chart before any rows were written); returns its name. */
export function ensureOwnedSheet(wb: ExcelJS.Workbook, purpose: string): string {
  const existing = ownedSheetFor(wb, purpose);
  if (existing) return existing;
  const name = freeName(wb, purpose);
  wb.addWorksheet(name);
  writeMarker(wb, [...ownedEntries(wb), { name, signature: "" }]);
  return name;
}
