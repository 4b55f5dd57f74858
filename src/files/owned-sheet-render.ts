import type ExcelJS from "exceljs";
import { penceToPoundsNumber, statusFills, type OutputSheet } from "../core/report/output-sheet";
import { columnLetters } from "../core/workbook/grid";

/**
 * How the tool's own sheets look in an exceljs workbook, shared by the CLI's --out copy (reconciliation-workbook.ts)
 * and the browser preview (src/preview/owned-sheets.ts). No Node built-ins here, so the browser bundle can use it.
 */

/** Money cells: pounds with pence, negatives in red. */
export const MONEY_FORMAT = '"£"#,##0.00;[Red]-"£"#,##0.00';

/** `wanted`, or "wanted (reconciler)", "wanted (reconciler 2)", … when a sheet of that name already exists. */
export function freeName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = (n: string): boolean => wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase());
  if (!taken(wanted)) return wanted;
  for (let i = 1; ; i++) {
    const name = `${wanted} (reconciler${i > 1 ? ` ${i}` : ""})`.slice(0, 31);
    if (!taken(name)) return name;
  }
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/**
 * Writes one output sheet: a bold header, money columns in pounds, an autofilter and status colours. Works on a
 * workbook's sheet and on a streaming one (each row is committed as it is written; commit is a no-op otherwise).
 * The frozen header is the caller's: it is a view option given when the sheet is added.
 */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const last = columnLetters(Math.max(1, sheet.columns.length));
  const bottom = Math.max(2, sheet.rows.length + 1);
  ws.autoFilter = `A1:${last}${bottom - (sheet.rows.length === 0 ? 1 : 0)}`;
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width ?? 14,
    ...(c.kind === "money" ? { style: { numFmt: MONEY_FORMAT } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  header.commit();
  const money = sheet.columns.map((c) => c.kind === "money");
  for (const values of sheet.rows) {
    ws.addRow(
      values.map((v, i) => (money[i] && typeof v === "number" ? penceToPoundsNumber(v) : v)),
    ).commit();
  }
  if (sheet.statusColumn !== undefined && sheet.rows.length > 0) {
    const col = columnLetters(sheet.statusColumn + 1);
    ws.addConditionalFormatting({
      ref: `A2:${last}${bottom}`,
      rules: Object.entries(statusFills).map(([status, fill], i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`$${col}2="${status}"`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } } },
      })),
    });
  }
}
