/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). Writes are cut into chunks whose
 * estimated JSON payload stays under this budget, leaving room for the request's own envelope.
 */
export const MAX_SYNC_PAYLOAD_BYTES = 4 * 1024 * 1024;

/** Bytes of a string once UTF-8 encoded (what goes over the wire), without allocating. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The estimated JSON size of one row of cell values (as it travels inside a `values` 2D array). */
export function rowPayloadBytes(row: readonly unknown[]): number {
  return utf8Bytes(JSON.stringify(row)) + 1;
}

/** Consecutive row ranges [start, end) whose payloads each stay within `maxBytes` (a lone huge row goes alone). */
export function planChunks(
  rowBytes: readonly number[],
  maxBytes = MAX_SYNC_PAYLOAD_BYTES,
): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    const b = rowBytes[i]!;
    if (i > start && size + b > maxBytes) {
      chunks.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  }
  if (start < rowBytes.length) chunks.push([start, rowBytes.length]);
  return chunks;
}
