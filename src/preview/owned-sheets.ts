import type ExcelJS from "exceljs";
import { MARKER_HEADER, OWNED_SHEETS_MARKER, headerSignature } from "../core/reconcile/output-sheets";
import { penceToPoundsNumber, statusFills, type OutputSheet } from "../core/report/output-sheet";
import type { CellValue } from "../core/workbook/grid";

/**
 * The add-in's own sheets in an exceljs workbook held by the preview, marked exactly as the CLI's --out copy marks
 * them (src/files/reconciliation-workbook.ts): a very hidden sheet "reconciler-owned-sheets" lists each sheet the
 * tool wrote with its header signature, which the core's `ownedSheetNames` reads. A sheet is replaced only when the
 * marker lists it and its header is still the tool's; an analyst's sheet of the same name is never touched, and the
 * tool's sheet is written beside it as "Name (reconciler)".
 */

/** Money cells: pounds with pence, negatives in red (the CLI's format). */
export const MONEY_FORMAT = '"£"#,##0.00;[Red]-"£"#,##0.00';

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

/** `wanted`, or "wanted (reconciler)", "wanted (reconciler 2)", … when a sheet of that name exists (as the CLI does). */
function freeName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = (n: string): boolean => wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase());
  if (!taken(wanted)) return wanted;
  for (let i = 1; ; i++) {
    const name = `${wanted} (reconciler${i > 1 ? ` ${i}` : ""})`.slice(0, 31);
    if (!taken(name)) return name;
  }
}

function columnLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function render(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const last = columnLetter(Math.max(1, sheet.columns.length));
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width ?? 14,
    ...(c.kind === "money" ? { style: { numFmt: MONEY_FORMAT } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  const money = sheet.columns.map((c) => c.kind === "money");
  for (const values of sheet.rows) {
    ws.addRow(values.map((v, i) => (money[i] && typeof v === "number" ? penceToPoundsNumber(v) : v)));
  }
  const bottom = Math.max(1, sheet.rows.length + 1);
  ws.autoFilter = `A1:${last}${bottom}`;
  if (sheet.statusColumn !== undefined && sheet.rows.length > 0) {
    const col = columnLetter(sheet.statusColumn + 1);
    ws.addConditionalFormatting({
      ref: `A2:${last}${bottom}`,
      rules: Object.entries(statusFills).map(([status, fill], i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`$${col}2="${status}"`],
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            bgColor: { argb: `FF${fill.replace("#", "").toUpperCase()}` },
          },
        },
      })),
    });
  }
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
  render(ws, sheet);
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
