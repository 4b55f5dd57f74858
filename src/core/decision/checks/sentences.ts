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
  // A line wrapped mid-sentence ends in a word or a comma and the next starts with a lower-case word.
  if (/[a-z,]/.test(prev) && /[a-z(]/.test(next)) return false;
  return true;
}

/** The sentence holding an offset: bounded by ". ", "; ", "? ", a blank line or a line that starts a new item. */
export function sentenceSpan(text: string, offset: number): Span {
  let start = Math.min(offset, text.length);
  while (start > 0 && !isSentenceEnd(text, start - 1) && !isBreak(text, start - 1)) start--;
  let end = Math.max(offset, 0);
  while (end < text.length && !isBreak(text, end)) {
    if (isSentenceEnd(text, end)) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}

/** The text of the sentence holding an offset, with the sentence's start. */
export function sentenceAt(text: string, offset: number): { text: string; start: number; end: number } {
  const s = sentenceSpan(text, offset);
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

/**
 * The block of text holding an offset: a paragraph or list item, bounded by blank lines, list markers ("-", "•")
 * and numbered-paragraph starts ("3.2 ").
 */
export function blockSpan(text: string, offset: number): Span {
  const startsItem = (lineStart: number): boolean =>
    /^[ \t]*(?:[-•*][ \t]|[-•*]?$|\d+(?:\.\d+)+\.?[ \t])/.test(
      text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart)),
    );
  const isBlank = (lineStart: number): boolean =>
    /^[ \t]*(?:\n|$)/.test(text.slice(lineStart, lineStart + 200));
  let start = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  while (start > 0 && !startsItem(start)) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    if (isBlank(prevStart)) break;
    start = prevStart;
  }
  let end = text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  while (end < text.length) {
    const nextStart = end + 1;
    if (isBlank(nextStart) || startsItem(nextStart)) break;
    const nextEnd = text.indexOf("\n", nextStart);
    end = nextEnd < 0 ? text.length : nextEnd;
  }
  return { start, end };
}
