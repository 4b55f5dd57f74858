import { sectionPartOf } from "./section-headings";

/**
 * Prose that a PDF's text hard-wraps (pdftotext breaks every line at about the page's width) read as the extractor
 * reads every other text, one paragraph a line: where a line of prose is full and the next line goes on with the
 * same paragraph, the line break between them becomes a space. The text keeps its length, so every offset stays
 * where it was; a word hyphenated over the break keeps its hyphen ("com- mitment") until mendLineEndBreaks
 * joins it.
 *
 * Only a text that is hard-wrapped is touched: its lines of prose keep to one width (few are much longer), and many
 * of them are full and go straight on into the next line. A line is full when the next line's first word would not
 * have fitted on it. A line goes on with the paragraph unless it is blank, a table row, a bullet or numbered item,
 * or a heading after a line that ends a sentence, or unless the line before ends in ";", "; and" or ":" (a list's
 * item or lead-in, with or without bullets).
 */
export function joinSoftWraps(text: string): string {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  if (width === null) return text;
  const chars = text.split("");
  let joined = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!wraps(lines[i]!, lines[i + 1]!, width)) continue;
    chars[lines[i]!.end] = " ";
    joined = true;
  }
  return joined ? chars.join("") : text;
}

interface Line {
  start: number;
  /** Where the line's "\n" is. */
  end: number;
  /** The line without trailing spaces (leading ones kept: its indent). */
  text: string;
  prose: boolean;
}

/** Widths of wrapped prose: a page's text is 60 to 130 characters wide. */
const MIN_WIDTH = 50;
const MAX_WIDTH = 130;
/** How many full lines that go on into the next a text needs before it counts as hard-wrapped. */
const MIN_WRAPS = 5;
/** A line of a table: a tab, or a run of two or more spaces between its words. */
const TABLE_LIKE = /\t|\S {2,}\S/;
const ITEM =
  /^(?:[-–•*·\u2022\u25AA\u25CF\uF0B7\u2023\u2043](?:\s|$)|\(?\d{1,2}(?:\.\d{1,3})*[.)](?:\s|$)|\d{1,2}\.\d{1,3}(?:\s|$)|\(?(?:[a-z]|[ivx]{2,4})\)\s)/;
const SENTENCE_END = /[.:;!?]["'”’)]?$/;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).trimEnd();
    out.push({ start, end, text: raw, prose: raw.trim() !== "" && !TABLE_LIKE.test(raw.trim()) });
    start = end + 1;
  }
  return out;
}

/**
 * The width the text's prose is wrapped at (the length most of its prose lines keep under), or null when the text
 * is not hard-wrapped: long lines of prose are common in it, or few full lines go on into the next.
 */
function wrapWidth(lines: readonly Line[]): number | null {
  const lengths = lines.filter((l) => l.prose).map((l) => l.text.length);
  if (lengths.length < MIN_WRAPS * 2) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  if (lengths.filter((n) => n > width * 1.2).length > lengths.length * 0.02) return null;
  let wraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (fullBefore(lines[i]!, lines[i + 1]!, width)) wraps++;
  return wraps >= MIN_WRAPS ? width : null;
}

/** Whether `line` is prose that the next line's first word would not have fitted on, the next line being prose. */
function fullBefore(line: Line, next: Line, width: number): boolean {
  if (!line.prose || !next.prose) return false;
  const word = /^\s*(\S+)/.exec(next.text)?.[1] ?? "";
  return line.text.length + 1 + word.length > width * 0.85;
}

function wraps(line: Line, next: Line, width: number): boolean {
  if (!fullBefore(line, next, width)) return false;
  const t = next.text.trim();
  // A list's items end with ";" and its lead-in with ":", whether or not the items carry bullets.
  if (ITEM.test(t) || /(?:[;:]|;[ \t]+(?:and|or))$/.test(line.text)) return false;
  if (SENTENCE_END.test(line.text) && (sectionPartOf(t) !== null || /^[A-Z][^.]{0,60}:$/.test(t)))
    return false;
  return true;
}
