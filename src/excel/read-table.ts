import type { CellValue, Grid } from "../core/workbook/grid";
import { parseAddress, type CellBox } from "./a1-address";

/** An Excel table read as plain values. */
export interface TableValues {
  name: string;
  sheet: string;
  /** The whole table (header and body) in sheet coordinates. */
  box: CellBox;
  header: CellValue[];
  /** The data rows; rows[0] is on sheet row box.top + 1. */
  rows: CellValue[][];
}

/** Called between the two syncs with the table proxy, to queue more work into the read's second batch. */
export type AlsoQueue = (table: Excel.Table) => void;

/** Office.js gives "" for a blank cell; the core's grids hold null. */
export function plainValues(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
}

/**
 * Reads a table's header, body and address in at most two syncs whatever its size: one to find the table (null when
 * the workbook has none of that name), one for its ranges. `alsoQueue` may add work (an event handler) to the
 * second batch without another round trip.
 */
export async function readTableValues(
  context: Excel.RequestContext,
  name: string,
  alsoQueue?: AlsoQueue,
): Promise<TableValues | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name");
  await context.sync();
  if (table.isNullObject) return null;
  const whole = table.getRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  alsoQueue?.(table);
  await context.sync();
  const box = parseAddress(whole.address);
  return {
    name: table.name,
    sheet: box.sheet,
    box,
    header: plainValues(header.values)[0] ?? [],
    rows: plainValues(body.values),
  };
}

/** A table as the core's Grid: header then body, with the table's place recorded. */
export function tableGrid(t: TableValues): Grid {
  return {
    sheet: t.sheet,
    rows: [t.header, ...t.rows],
    origin: { row: t.box.top, col: t.box.left },
    tables: [
      {
        name: t.name,
        top: t.box.top,
        left: t.box.left,
        bottom: t.box.bottom,
        right: t.box.right,
        headerRow: true,
      },
    ],
  };
}
