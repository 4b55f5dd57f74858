import type { Span } from "../decision-document";

const abbreviations =
  /(?:\b(?:e\.g|i\.e|c|ca|approx|no|para|paras|etc|vs|st|nr|ref|fig|incl|cf|mr|mrs|ms|dr)|\b[A-Z])$/i;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "." && c !== "!" && c !== "?" && c !== ";") return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (c === ".") {
    const before = text.slice(Math.max(0, i - 8), i);
    if (abbreviations.test(before)) return false;
    // "£288,000 inc. VAT", "£240,000 exc. VAT": a word shortened before VAT.
    if (/\b(?:inc|incl|exc|excl|ex)$/i.test(before) && /^\s+VAT\b/.test(text.slice(i + 1, i + 7)))
      return false;
    // A paragraph number ("3.1." or "2.") is a boundary of its own: the sentence starts after it.
  }
  return true;
}

/** True when the line break at `i` ends a sentence (a blank line, a list item, a heading) rather than wrapping one. */
function isBreak(text: string, i: number): boolean {
  if (text[i] !== "\n") return false;
  let before = i - 1;
  while (before >= 0 && (text[before] === " " || text[before] === "\t")) before--;
  let after = i + 1;
  while (after < text.length && (text[after] === " " || text[after] === "\t")) after++;
  const prev = before >= 0 ? text[before]! : "\n";
  const next = after < text.length ? text[after]! : "\n";
  if (prev === "\n" || next === "\n") return true;
  // A line wrapped mid-sentence ends in a word, a comma or a figure and the next starts with a lower-case word or a
  // sum ("… of this decision is" / "£864,500 over two financial years", "£415,000 in 2025/26" / "and £445,000 in").
  if (/[a-z0-9,]/.test(prev) && /[a-z(£]/.test(next)) return false;
  return true;
}

/** The sentence holding an offset: bounded by ". ", "; ", "? ", a blank line or a line that starts a new item. */
export function sentenceSpan(text: string, offset: number): Span {
  let start = Math.min(offset, text.length);
  // Only ". ! ? ;" and line breaks can bound a sentence: other characters are passed over without a call.
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (isBoundaryChar(c) && (isSentenceEnd(text, start - 1) || isBreak(text, start - 1))) break;
    start--;
  }
  let end = Math.max(offset, 0);
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isBoundaryChar(c)) {
      if (isBreak(text, end)) break;
      if (isSentenceEnd(text, end)) {
        end++;
        break;
      }
    }
    end++;
  }
  return { start, end };
}

/** ".", "!", "?", ";" or "\n". */
function isBoundaryChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
}

/** The text of the sentence holding an offset, with the sentence's start. */
export function sentenceAt(text: string, offset: number): { text: string; start: number; end: number } {
  const s = sentenceSpan(text, offset);
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

/** A line that starts a list item: "- ", "• ", a lone marker, or a numbered paragraph "3.2 ". */
const itemStart = /[ \t]*(?:[-•*][ \t]|[-•*]?(?:\n|$)|\d+(?:\.\d+)+\.?[ \t])/y;
/** A blank line. */
const blankLine = /[ \t]*(?:\n|$)/y;

function startsItem(text: string, lineStart: number): boolean {
  itemStart.lastIndex = lineStart;
  return itemStart.test(text);
}

function isBlankLine(text: string, lineStart: number): boolean {
  blankLine.lastIndex = lineStart;
  return blankLine.test(text);
}

/**
 * The block of text holding an offset: a paragraph or list item, bounded by blank lines, list markers ("-", "•")
 * and numbered-paragraph starts ("3.2 ").
 */
export function blockSpan(text: string, offset: number): Span {
  let start = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  while (start > 0 && !startsItem(text, start)) {
    // The line before starts after the newline before it; lastIndexOf with a negative index would still look at
    // index 0, so the first line is handled apart (else a text opening with "\n" never moves on).
    const prevStart = start < 2 ? 0 : text.lastIndexOf("\n", start - 2) + 1;
    if (isBlankLine(text, prevStart)) break;
    start = prevStart;
  }
  let end = text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  while (end < text.length) {
    const nextStart = end + 1;
    if (isBlankLine(text, nextStart) || startsItem(text, nextStart)) break;
    const nextEnd = text.indexOf("\n", nextStart);
    end = nextEnd < 0 ? text.length : nextEnd;
  }
  return { start, end };
}
