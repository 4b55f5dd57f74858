import {
  penceToPoundsNumber,
  statusFills,
  type ColumnKind,
  type OutputSheet,
} from "../core/report/output-sheet";
import type { CellValue } from "../core/workbook/grid";
import { boxAddress, columnLetters } from "./a1-address";
import { ownedSheet } from "./owned-sheets";
import { writeRowsChunked, type WriteRowsOptions } from "./write-rows";

/** Number formats by column kind; money is written as pounds. "@" keeps text such as "2023/24" from becoming a date. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  money: "£#,##0.00",
  integer: "0",
  date: "yyyy-mm-dd",
  text: "@",
  status: "@",
};

/** The body cells as Excel takes them: pence become pounds in money columns. */
export function excelRows(sheet: OutputSheet): CellValue[][] {
  const money = sheet.columns.map((c) => c.kind === "money");
  return sheet.rows.map((row) =>
    sheet.columns.map((_, c) => {
      const v = row[c] ?? null;
      return money[c] && typeof v === "number" ? penceToPoundsNumber(v) : v;
    }),
  );
}

/**
 * Writes an OutputSheet onto the add-in's own sheet of that name (creating it, or clearing the add-in's previous
 * one; never an analyst's sheet of the same name), in syncs of at most 4 MB, then formats it: bold frozen header,
 * autofilter, "£#,##0.00" on money, and a fill on each row by its status. Returns the sheet's name.
 */
export async function writeOutputSheet(
  context: Excel.RequestContext,
  out: OutputSheet,
  options: Pick<WriteRowsOptions, "maxBytes"> = {},
): Promise<string> {
  const { sheet, name, created } = await ownedSheet(context, out.name);
  if (!created) {
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.clear("All");
    sheet.freezePanes.unfreeze();
    sheet.autoFilter.remove();
  }
  const width = out.columns.length;
  const header = sheet.getRangeByIndexes(0, 0, 1, width);
  header.values = [out.columns.map((c) => c.header)];
  await writeRowsChunked(context, sheet, 2, 1, excelRows(out), {
    numberFormats: out.columns.map((c) => NUMBER_FORMATS[c.kind]),
    ...options,
  });

  const lastRow = out.rows.length + 1;
  header.format.font.bold = true;
  header.format.fill.color = "#F2F2F2";
  sheet.freezePanes.freezeRows(1);
  const whole = sheet.getRange(boxAddress({ top: 1, left: 1, bottom: lastRow, right: width }));
  sheet.autoFilter.apply(whole);
  out.columns.forEach((c, i) => {
    if (c.width)
      sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = c.width * 7;
  });
  if (out.statusColumn !== undefined && out.rows.length > 0) {
    const body = sheet.getRange(boxAddress({ top: 2, left: 1, bottom: lastRow, right: width }));
    const statusCol = `$${columnLetters(out.statusColumn + 1)}2`;
    for (const [status, fill] of Object.entries(statusFills)) {
      const cf = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${statusCol}="${status}"`;
      cf.custom.format.fill.color = fill;
    }
  }
  sheet.activate();
  await context.sync();
  return name;
}
