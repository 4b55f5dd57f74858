/**
 * The lines of a document's text with where each starts, so every reader can quote a line by its offset.
 * `text` is the line without its "\n"; `trimmed` is the same text without leading/trailing spaces and tabs, and
 * `trimStart` is where `trimmed` begins in the decision text.
 */
export interface TextLine {
  index: number;
  start: number;
  end: number;
  text: string;
  trimmed: string;
  trimStart: number;
}

/** The last text split and its lines: the reader, the extractor and the checks all ask for the same text's lines. */
let last: { text: string; lines: readonly TextLine[] } | null = null;

/** Splits text into lines with their offsets. Linear in the text's length. The lines are shared: do not change them. */
export function textLines(text: string): readonly TextLine[] {
  if (last && last.text === text) return last.lines;
  const lines = splitLines(text);
  last = { text, lines };
  return lines;
}

function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    let lead = 0;
    while (lead < raw.length && isBlank(raw.charCodeAt(lead))) lead++;
    let tail = raw.length;
    while (tail > lead && isBlank(raw.charCodeAt(tail - 1))) tail--;
    lines.push({ index, start, end, text: raw, trimmed: raw.slice(lead, tail), trimStart: start + lead });
    index++;
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/** The index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
