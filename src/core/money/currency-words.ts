import { MAX_PENCE, type Pence } from "./pence";
import { decimalToPence, multiplierOf } from "./money-multiplier";
import type { MoneyMention } from "./scan-money";

const MAX = BigInt(MAX_PENCE);

// "GBP 450,000", "GBP450,000", "GBP 1.2m", "GBP 2.5 million": the ISO code before the figure.
const codeBefore =
  /\bGBP\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(million|billion|thousand|bn|mn|m|k)(?![A-Za-z\d]))?(?![\d,.]\d)/g;

// "450,000 pounds", "18,750.50 pounds", "1.2 million pounds", "450,000 pounds sterling". The figure must be
// written as money is ("450,000", "18,750.50") or carry a multiplier: a bare count ("10 pounds", "2024 pounds")
// is not read.
const wordAfter =
  /(?<![£\d,.]|£\s|GBP\s?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s(million|billion|thousand))?\s+pounds(?:\s+sterling)?(?![A-Za-z])/gi;

// "10,000 pounds of cannabis", "200 pounds in weight": pounds as a weight, not money.
const weightAfter = /^\s+(?:of|in\s+weight|weight)\b/i;

/** Words just before a figure that make it an estimate ("approximately £450,000", "circa GBP 1.2m"). */
export const approximateBefore =
  /(?:^|[^a-z])(?:approximately|approx\.?|circa|c\.|around|about|roughly|estimated)\s*$/i;

function mention(
  text: string,
  offset: number,
  quote: string,
  intGroup: string,
  frac: string | undefined,
  word: string | undefined,
): MoneyMention | null {
  const multiplier = word ? (multiplierOf(word) ?? 1n) : 1n;
  const fracDigits = frac ?? "";
  if (multiplier === 1n && fracDigits.length > 2) return null;
  const intDigits = intGroup.replace(/,/g, "");
  // "0450" is no figure; nor is a number so long it cannot be pounds.
  if (intDigits.length > 1 && intDigits.startsWith("0")) return null;
  if (intDigits.length + fracDigits.length > 30) return null;
  const pence = decimalToPence(intDigits, fracDigits, multiplier);
  if (pence === null || pence > MAX) return null;
  return {
    pence: Number(pence) as Pence,
    quote,
    offset,
    approximate: approximateBefore.test(text.slice(Math.max(0, offset - 20), offset)),
  };
}

/**
 * Money written without a pound sign: the currency code before the figure ("GBP 450,000") or the word after it
 * ("450,000 pounds", "£"-less as some authors and converted documents write it). A figure before "pounds" is only
 * read when it is written as money (thousands separators, pence, or a multiplier word: "1.2 million pounds"), and
 * not when "pounds" is a weight ("10,000 pounds of …"). Each quote is exact: `text.slice(offset, offset +
 * quote.length) === quote`.
 *
 * @example scanCurrencyWords("a grant of GBP 450,000 and 18,750.50 pounds")
 * // [{ pence: 45000000, quote: "GBP 450,000", offset: 11, … }, { pence: 1875050, quote: "18,750.50 pounds", … }]
 */
export function scanCurrencyWords(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  if (typeof text !== "string" || !/GBP|pounds/i.test(text)) return out;
  for (const m of text.matchAll(codeBefore)) {
    const found = mention(text, m.index, m[0], m[1]!, m[2], m[3]);
    if (found) out.push(found);
  }
  for (const m of text.matchAll(wordAfter)) {
    const [quote, intGroup, frac, word] = m;
    if (!intGroup!.includes(",") && frac === undefined && word === undefined) continue;
    if (weightAfter.test(text.slice(m.index + quote.length, m.index + quote.length + 20))) continue;
    const found = mention(text, m.index, quote, intGroup!, frac, word);
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.offset - b.offset);
}
