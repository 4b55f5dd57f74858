import type { CellValue } from "../core/workbook/grid";
import { MAX_SYNC_PAYLOAD_BYTES, planChunks, rowPayloadBytes, utf8Bytes } from "./payload-size";

export interface WriteRowsOptions {
  /** A number format per column ("£#,##0.00"), or null to leave the column's format alone. */
  numberFormats?: readonly (string | null)[];
  /** Payload budget of one sync; defaults to 4 MB (Excel on the web refuses requests over 5 MB). */
  maxBytes?: number;
}

/** Rows at or above this count are "big": Excel's recalculation is suspended while they are written. */
export const BIG_WRITE_ROWS = 2000;

/** Office.js treats null in `values` as "leave the cell as it is"; a written sheet means blank. */
function cellForExcel(v: CellValue): string | number | boolean {
  return v === null ? "" : v;
}

/**
 * Writes a block of rows with its top-left cell at (top, left), 1-based, in as many syncs as the payload needs:
 * each chunk's estimated JSON (values plus number formats) stays under `maxBytes`. Big writes suspend calculation
 * until each sync. Returns the number of syncs made.
 */
export async function writeRowsChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly CellValue[])[],
  options: WriteRowsOptions = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return 0;
  const formats = options.numberFormats ?? [];
  const formatBytes = formats.reduce((n, f) => n + (f ? utf8Bytes(JSON.stringify([f])) + 1 : 0), 0);
  const padded = rows.map((r) => Array.from({ length: width }, (_, c) => cellForExcel(r[c] ?? null)));
  const chunks = planChunks(
    padded.map((r) => rowPayloadBytes(r) + formatBytes),
    options.maxBytes ?? MAX_SYNC_PAYLOAD_BYTES,
  );
  const big = rows.length >= BIG_WRITE_ROWS || chunks.length > 1;
  for (const [start, end] of chunks) {
    const block = padded.slice(start, end);
    const range = sheet.getRangeByIndexes(top - 1 + start, left - 1, block.length, width);
    range.values = block;
    formats.forEach((format, c) => {
      if (!format) return;
      const column = sheet.getRangeByIndexes(top - 1 + start, left - 1 + c, block.length, 1);
      column.numberFormat = block.map(() => [format]);
    });
    if (big) context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  }
  return chunks.length;
}
