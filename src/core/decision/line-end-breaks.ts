/**
 * Words, financial years and figures a PDF's text breaks over a line end, read whole: a word hyphenated at the line
 * end ("to Goodchild Ma-" / "rine Services Ltd", "the MOPAC Victims Com-" / "missioning budget"), a year label cut
 * after its stroke ("£415,000 in 2025/" / "26") and a figure cut after a thousands separator ("£2,850," / "000").
 *
 * The text keeps its length: the characters of the break are taken out, what follows on the same line moves up, and
 * as many spaces as were taken out end the line, where trailing spaces change nothing. `origin` tells, for each
 * character of the result, where it stands in the text given, so that a quote read across a mended break is told
 * again in the document's own words ("£2,850,\n000").
 *
 * A hyphen at a line end is dropped when the next line goes on in lower case ("Ma-" / "rine"), unless the word is a
 * compound: the document writes it hyphenated elsewhere ("co-funded"), or, where it writes it nowhere else whole,
 * its first part is a number, an acronym ("MPS-" / "wide") or a prefix hyphenated as a rule ("co-", "non-",
 * "multi-"), or its second part ends compounds as a rule ("faith-" / "based"), or it is itself part of a hyphenated
 * compound ("value-for-" / "money"). Before a capital ("pan-" / "London") the hyphen is kept and the halves meet. A year is mended only when
 * its second part is the next year ("2025/" / "26"); a figure only when the next line starts with exactly three
 * digits. Table rows (lines with tabs) are left as they are.
 */
export interface MendedText {
  text: string;
  /** Where each character of `text` stands in the text given; null when nothing was mended (each stands where it was). */
  origin: number[] | null;
}

/**
 * `lined` is the text with its line breaks as the PDF gave them; `read` is the same text, of the same length, as it
 * is read (line breaks in wrapped prose become spaces). The breaks are found in the first and mended in the second.
 */
export function mendLineEndBreaks(lined: string, read: string): MendedText {
  const cuts = breaks(lined);
  if (cuts.length === 0) return { text: read, origin: null };
  const chars = read.split("");
  const origin = chars.map((_, i) => i);
  // From the last to the first, so that each cut's offsets are still those of the text given.
  for (const cut of cuts.reverse()) {
    const n = cut.end - cut.start;
    chars.splice(cut.start, n);
    origin.splice(cut.start, n);
    let lineEnd = chars.indexOf("\n", cut.start);
    if (lineEnd < 0) lineEnd = chars.length;
    const before = origin[lineEnd - 1] ?? cut.start;
    chars.splice(lineEnd, 0, ...Array<string>(n).fill(" "));
    origin.splice(lineEnd, 0, ...Array<number>(n).fill(before));
  }
  return { text: chars.join(""), origin };
}

/** Characters of a line break: spaces a blanked footer left, the break, and at most one blank line. */
const BREAK = String.raw`[ \t]*\n(?:[ \t]*\n)?[ \t]*`;
/** A hyphen at a line end: where a word broken over the line may be. */
const HYPHEN_AT_LINE_END = /-[ \t]*\n/g;
/** From that hyphen: the break and the letters that go on after it. */
const HYPHEN_BREAK = new RegExp(String.raw`-(${BREAK})([A-Za-z]+)`, "y");
const YEAR = new RegExp(String.raw`(?<![\d/])(?:19|20)(\d\d)\/(${BREAK})(\d\d(?:\d\d)?)(?![\d/])`, "g");
const FIGURE = new RegExp(String.raw`£[ \t]?\d{1,3}(?:,\d{3})*,(${BREAK})(?=\d{3}(?!\d))`, "g");

/** First parts of words that are hyphenated as a rule, not where a line happens to end. */
const COMPOUND_PREFIXES = new Set([
  "co",
  "non",
  "pre",
  "post",
  "anti",
  "multi",
  "pan",
  "cross",
  "self",
  "well",
  "long",
  "short",
  "part",
  "full",
  "half",
  "semi",
  "ex",
  "mid",
]);

/** Second parts of words that are hyphenated as a rule ("faith-based", "trauma-informed", "MPS-wide"). */
const COMPOUND_ENDS = new Set(["based", "funded", "wide", "informed", "focused", "specific", "agency"]);

interface Cut {
  start: number;
  end: number;
}

const isLetterOrDigit = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Words broken by a hyphen at a line end, in order: the letters and digits before the hyphen (`first`, from `start`),
 * the break, and the letters after it. Found from the hyphens at line ends, as few lines end in one; a word whose first
 * part is the last word's second ("co-" / "op-" / "erate") is not taken again.
 */
function hyphenatedWords(
  text: string,
): { start: number; hyphen: number; first: string; gap: string; rest: string }[] {
  const out: { start: number; hyphen: number; first: string; gap: string; rest: string }[] = [];
  let taken = 0;
  for (const m of text.matchAll(HYPHEN_AT_LINE_END)) {
    const hyphen = m.index!;
    let start = hyphen;
    while (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) start--;
    if (start === hyphen || start < taken) continue;
    HYPHEN_BREAK.lastIndex = hyphen;
    const b = HYPHEN_BREAK.exec(text);
    if (b === null) continue;
    out.push({ start, hyphen, first: text.slice(start, hyphen), gap: b[1]!, rest: b[2]! });
    taken = hyphen + b[0].length;
  }
  return out;
}

function breaks(text: string): Cut[] {
  const cuts: Cut[] = [];
  const inTable = (at: number): boolean => {
    const from = text.lastIndexOf("\n", at - 1) + 1;
    let to = text.indexOf("\n", text.indexOf("\n", at) + 1);
    if (to < 0) to = text.length;
    return text.slice(from, to).includes("\t");
  };
  for (const h of hyphenatedWords(text)) {
    if (inTable(h.hyphen)) continue;
    const keep = /^[A-Z]/.test(h.rest) || isCompound(text, h.first, h.rest, text[h.start - 1] === "-");
    cuts.push({ start: keep ? h.hyphen + 1 : h.hyphen, end: h.hyphen + 1 + h.gap.length });
  }
  for (const m of text.matchAll(YEAR)) {
    const [whole, , gap, next] = m as unknown as [string, string, string, string];
    const year = Number(whole.slice(0, 4));
    const nextYear = next.length === 4 ? Number(next) : Number(next) + Math.floor(year / 100) * 100;
    if (nextYear % 100 !== (year + 1) % 100 || (next.length === 4 && nextYear !== year + 1)) continue;
    const at = m.index! + 5;
    if (!inTable(at)) cuts.push({ start: at, end: at + gap.length });
  }
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (!inTable(at)) cuts.push({ start: at, end: at + m[1]!.length });
  }
  return cuts.sort((a, b) => a.start - b.start);
}

/**
 * Whether "first-" at a line end and "rest" on the next line are the parts of a hyphenated compound: the document
 * writes "first-rest" elsewhere, or never writes "firstrest" and the first part is a number, an acronym or a prefix
 * hyphenated as a rule, the second part ends compounds as a rule, or the first is already a hyphenated compound's
 * part ("value-for-" / "money"; `inCompound`).
 */
function isCompound(text: string, first: string, rest: string, inCompound: boolean): boolean {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(String.raw`\b${escape(first)}-${escape(rest)}\b`, "i").test(text)) return true;
  if (new RegExp(String.raw`\b${escape(first)}${escape(rest)}\b`, "i").test(text)) return false;
  return (
    inCompound ||
    /\d/.test(first) ||
    /^[A-Z]{2,}$/.test(first) ||
    COMPOUND_PREFIXES.has(first.toLowerCase()) ||
    COMPOUND_ENDS.has(rest.toLowerCase())
  );
}
