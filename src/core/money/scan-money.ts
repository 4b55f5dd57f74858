import { MAX_PENCE, type Pence } from "./pence";
import { isListLabelC } from "./list-label";
import { decimalToPence, multiplierOf } from "./money-multiplier";
import { approximateBefore, scanCurrencyWords } from "./currency-words";

/** A money figure found in running text. `text.slice(offset, offset + quote.length) === quote`. */
export interface MoneyMention {
  pence: Pence;
  /** The figure as written: "£1,250,000", "c£650,000", "£15 million", "£2.5m", "-£1,000". */
  quote: string;
  offset: number;
  /** True for "c£650,000" and for a figure just after "approximately", "circa", "c.", "around", "an estimated"… */
  approximate: boolean;
}

const MAX = BigInt(MAX_PENCE);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && c !== 0xa3 && /\p{L}/u.test(String.fromCharCode(c)))
  );
}
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

// Multiplier words after the figure, longest first ("£1.5 m" as PDF text sometimes sets it); "b" only joined.
const spacedWords = ["billion", "million", "thousand", "bn", "mn", "m", "k"];
const joinedWords = ["billion", "million", "thousand", "bn", "mn", "b", "m", "k"];

function matchWord(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) {
    if (text.length < at + w.length) continue;
    if (text.slice(at, at + w.length).toLowerCase() !== w) continue;
    const after = text.charCodeAt(at + w.length);
    // "£1,500,000 by the Home Office": a letter only counts when it is not the start of a longer word.
    if (!Number.isNaN(after) && (isLetter(after) || isDigit(after))) continue;
    return w;
  }
  return null;
}

/** Reads one mention whose pound sign is at `pound`; null when what follows is not a well-formed figure. */
function readAt(text: string, pound: number): (MoneyMention & { end: number }) | null {
  let j = pound + 1;
  if (isSpace(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) j++;
  if (!isDigit(text.charCodeAt(j))) return null;
  let k = j;
  while (isDigit(text.charCodeAt(k))) k++;
  let intDigits = text.slice(j, k);
  // "£000" (a table's unit: thousands of pounds) is no figure; nor is any run of digits led by a zero.
  if (intDigits.length > 1 && intDigits.charCodeAt(0) === 48) return null;
  let groupedDigits = false;
  while (
    text.charCodeAt(k) === 44 &&
    isDigit(text.charCodeAt(k + 1)) &&
    isDigit(text.charCodeAt(k + 2)) &&
    isDigit(text.charCodeAt(k + 3)) &&
    !isDigit(text.charCodeAt(k + 4))
  ) {
    intDigits += text.slice(k + 1, k + 4);
    groupedDigits = true;
    k += 4;
  }
  // "£1,00,000" or "£1000,000": misplaced separators. Not trusted as any amount.
  if (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1))) return null;
  if (groupedDigits && k - j > 0 && text.slice(j, k).indexOf(",") > 3) return null;

  let frac = "";
  let afterNumber = k;
  if (text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) {
    let f = k + 1;
    while (isDigit(text.charCodeAt(f))) f++;
    frac = text.slice(k + 1, f);
    afterNumber = f;
    // "£1.2.3" is not a figure.
    if (text.charCodeAt(f) === 46 && isDigit(text.charCodeAt(f + 1))) return null;
  }

  let end = afterNumber;
  let multiplier = 1n;
  let word = matchWord(text, afterNumber, joinedWords);
  if (word) end = afterNumber + word.length;
  else if (isSpace(text.charCodeAt(afterNumber))) {
    word = matchWord(text, afterNumber + 1, spacedWords);
    if (word) end = afterNumber + 1 + word.length;
  }
  if (word) multiplier = multiplierOf(word) ?? 1n;
  else if (frac.length > 2) return null;

  if (intDigits.length + frac.length > 30) return null;
  let value: number;
  if (multiplier === 1n && intDigits.length <= 13) {
    // Fast path, exact: at most 13 digits of pounds and 2 of pence stay well inside a safe integer.
    value = Number(intDigits) * 100 + (frac === "" ? 0 : Number(frac.length === 1 ? frac + "0" : frac));
  } else {
    const pence = decimalToPence(intDigits, frac, multiplier);
    if (pence === null || pence > MAX) return null;
    value = Number(pence);
  }

  let start = pound;
  let approximate = false;
  const c1 = text.charCodeAt(pound - 1);
  if ((c1 === 99 || c1 === 67) && !isLetter(text.charCodeAt(pound - 2))) {
    start = pound - 1;
    approximate = true;
  } else if (
    c1 === 46 &&
    (text.charCodeAt(pound - 2) | 32) === 99 &&
    !isLetter(text.charCodeAt(pound - 3)) &&
    !isListLabelC(text, pound - 2)
  ) {
    start = pound - 2;
    approximate = true;
  }
  let negative = false;
  const minus = text.charCodeAt(start - 1);
  if (minus === 45 || minus === 0x2212) {
    const before = text.charCodeAt(start - 2);
    if (Number.isNaN(before) || isSpace(before) || before === 10 || before === 9 || before === 40) {
      start--;
      negative = true;
    }
  }
  if (!approximate) {
    let b = start - 1;
    while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
    const last = text.charCodeAt(b);
    // Only a word or "c." just before the figure can make it approximate.
    if (b >= 0 && (isLetter(last) || last === 46)) {
      approximate = approximateBefore.test(text.slice(Math.max(0, start - 20), start));
      // "c. £0.2m from …" as a list's item c.: a label, not "circa".
      if (approximate && last === 46 && isListLabelC(text, b - 1)) approximate = false;
    }
  }
  return {
    pence: (negative && value !== 0 ? -value : value) as Pence,
    quote: text.slice(start, end),
    offset: start,
    approximate,
    end,
  };
}

/**
 * Every £ figure in running text, in order, with the exact quote and its offset, so that
 * `text.slice(offset, offset + quote.length) === quote`.
 *
 * The quote includes an approximate marker joined to the pound sign ("c£650,000"), a leading minus ("-£1,000")
 * and a multiplier ("£15 million", "£15million", "£1.3 billion", "£14b", "£14bn", "£450k", "£2.5m", "£1.5 m").
 * A multiplier letter only counts when it does not start a longer word: "£1,500,000 by the Home Office" is
 * £1,500,000. A full stop after a figure ("£2,500,000.") ends the sentence; "£650,000.00" keeps its pence.
 * Malformed figures ("£1,00,000", "£1.234", "£1.2.3") and unit labels ("£000") are skipped rather than guessed at.
 * Brackets are not read as negative here (in prose "(£402,151)" is an aside). Money written with the currency's code
 * or name instead of the sign ("GBP 450,000", "450,000 pounds") is found too (see scanCurrencyWords). Linear in the text's length and
 * never throws.
 *
 * @example scanMoney("up to £300,000 and c£650,000.")
 * // [{ pence: 30000000, quote: "£300,000", offset: 6, approximate: false },
 * //  { pence: 65000000, quote: "c£650,000", offset: 19, approximate: true }]
 */
export function scanMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  if (typeof text !== "string") return out;
  let from = 0;
  for (;;) {
    const pound = text.indexOf("£", from);
    if (pound < 0) break;
    from = pound + 1;
    let found: (MoneyMention & { end: number }) | null = null;
    try {
      found = readAt(text, pound);
    } catch {
      found = null;
    }
    if (found) {
      out.push({
        pence: found.pence,
        quote: found.quote,
        offset: found.offset,
        approximate: found.approximate,
      });
      from = found.end;
    }
  }
  const spelled = scanCurrencyWords(text).filter(
    (w) => !out.some((m) => m.offset < w.offset + w.quote.length && w.offset < m.offset + m.quote.length),
  );
  if (spelled.length === 0) return out;
  return [...out, ...spelled].sort((a, b) => a.offset - b.offset);
}
