/**
 * Sentence and clause boundaries around an offset, found by scanning a bounded distance either way (so the cost is
 * constant per lookup, whatever the document's size). A sentence ends at ". ", "; ", "? ", "! ", a blank line, or a
 * line that is a bullet ("-" alone, or a new "- " item).
 */
const REACH = 600;

export interface Bounds {
  start: number;
  end: number;
}

export function sentenceAround(text: string, offset: number, reach = REACH): Bounds {
  return { start: sentenceStart(text, offset, reach), end: sentenceEnd(text, offset, reach) };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 59 || c === 63 || c === 33;
}

/** Start of the sentence holding `offset`. */
export function sentenceStart(text: string, offset: number, reach = REACH): number {
  const floor = Math.max(0, offset - reach);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // a blank line, or a bullet-only line, ends the sentence before
      let j = i - 1;
      while (j >= floor && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
      if (j < floor || text.charCodeAt(j) === 10) return i + 1;
      if (text.charCodeAt(j) === 45 && (j === 0 || text.charCodeAt(j - 1) === 10)) return i + 1;
      if (isTerminal(text.charCodeAt(j))) return i + 1;
      if (text.charCodeAt(j) === 58) return i + 1;
      if (text.charCodeAt(j) === 9) return i + 1;
    } else if (isTerminal(c) && isSpace(text.charCodeAt(i + 1)) && !isAbbreviation(text, i)) {
      return i + 1;
    }
  }
  return floor;
}

/** End of the sentence holding `offset` (after its full stop, where it has one). */
export function sentenceEnd(text: string, offset: number, reach = REACH): number {
  const ceil = Math.min(text.length, offset + reach);
  for (let i = offset; i < ceil; i++) {
    const c = text.charCodeAt(i);
    if (
      isTerminal(c) &&
      (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) &&
      !isAbbreviation(text, i)
    )
      return i + 1;
    if (c === 10) {
      let j = i + 1;
      while (j < ceil && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j >= ceil || text.charCodeAt(j) === 10) return i;
      // a bullet line ("- item", or "-" alone before a web page's paragraph) starts something new
      if (text.charCodeAt(j) === 45 && (j + 1 >= text.length || isSpace(text.charCodeAt(j + 1)))) return i;
    }
  }
  return ceil;
}

/** "c. £5", "approx. £5", "No. 3", "e.g. this": a full stop that does not end the sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  const before = text.slice(Math.max(0, dot - 7), dot).toLowerCase();
  return /(?:^|[^a-z])(?:c|approx|no|e\.g|i\.e|etc|para|paras|ref|nos|vs|st|mr|mrs|ms|dr)$/.test(before);
}

/**
 * Text made easy to read across the breaks of PDF and web text: line breaks, "-" bullet lines and runs of spaces
 * become single spaces. Only for classifying words; quotes always come from the original text.
 */
export function flatten(text: string): string {
  return text
    .replace(/\n[ \t]*[-•*][ \t]*(?=\n)/g, "\n")
    .replace(/\s+/g, " ")
    .trim();
}
