/**
 * Periods written with their end before their start ("from 1 November 2025 to 31 March 2025"): a slip in one of the
 * dates that the text alone cannot settle. The reader takes no period from them (it never guesses which date is
 * wrong), and the PERIOD_REVERSED check reports them. A date changed to an earlier one ("the end date from 31 March
 * 2027 to 31 March 2026", "brought forward from …") is no period.
 */
import { findDates, type DateMention } from "../dates/find-dates";

/** The words that join a period's two dates: "to", "until", "–", "and" (after "between"). */
export const rangeWords = /^[ \t\n]*(?:-|–|—|to|until|till|and|through|up to|-[ \t\n]*-)?[ \t\n]*$/i;

/** The words before the old date of a change of date: "the end date from", "brought forward from", "reduced from". */
const changedFrom =
  /\b(?:dates?|brought|bring(?:ing)?|mov(?:e|ed|es|ing)|chang(?:e|ed|es|ing)|amend(?:s|ed|ing)?|revis(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|shorten(?:s|ed|ing)?|forward|back)\b[^.;\n]{0,60}\bfrom[ \t\n]+(?:the[ \t\n]+)?$/i;

/** A period whose end comes before its start, as written: its two dates and the words from the first to the last. */
export interface ReversedPeriod {
  start: DateMention;
  end: DateMention;
  quote: string;
  offset: number;
}

/** Every period in the text written with its end before its start, in order. */
export function reversedPeriods(text: string): ReversedPeriod[] {
  const dates = findDates(text);
  const out: ReversedPeriod[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const between = text.slice(a.offset + a.quote.length, b.offset);
    if (between.length > 12 || !rangeWords.test(between) || b.end >= a.iso) continue;
    if (changedFrom.test(text.slice(Math.max(0, a.offset - 80), a.offset))) continue;
    out.push({ start: a, end: b, quote: text.slice(a.offset, b.offset + b.quote.length), offset: a.offset });
  }
  return out;
}
