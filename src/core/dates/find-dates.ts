import { isRealDate, isoFromParts, daysInMonth, type IsoDate } from "./calendar";
import { MONTH_NAME_PATTERN, monthNumber } from "./month-names";

/** A date found in running text. `text.slice(offset, offset + quote.length) === quote`. */
export interface DateMention {
  /** The date; for a month alone ("October 2023") the 1st of the month. */
  iso: IsoDate;
  quote: string;
  offset: number;
  /** "month" when the text names only a month and year ("April 2020"); then `end` is the month's last day. */
  precision: "day" | "month";
  /** The last day the mention covers: `iso` itself, or the month's end for a month alone. */
  end: IsoDate;
}

const M = MONTH_NAME_PATTERN;
const weekday = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
// One alternation, longest forms first, so each place in the text yields at most one date.
const datePattern = new RegExp(
  [
    // 2023-10-01
    String.raw`(?<![\d.\-/])(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?![\d\-/])`,
    // 25/10/2022, 1/10/23, 25.10.2022, 25-10-2022
    String.raw`(?<![\d.\-/])(?<ukD>\d{1,2})(?<sep>[/.\-])(?<ukM>\d{1,2})\k<sep>(?<ukY>\d{4}|\d{2})(?![\d/\-]|\.\d)`,
    // 1st April 2024, 01 Oct 2023, Monday 1st of April, 2024
    String.raw`(?<![\w£])${weekday}(?<dmD>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+(?<dmM>${M})\.?,?[\s\-]+(?<dmY>\d{4})(?!\d)`,
    // April 1, 2024 / April 1st 2024
    String.raw`(?<![\w£])(?<mdM>${M})\.?\s+(?<mdD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdY>\d{4})(?!\d)`,
    // October 2023
    String.raw`(?<![\w£])(?<myM>${M})\.?,?\s+(?<myY>\d{4})(?![\d/])`,
  ].join("|"),
  "giu",
);

function twoDigitYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Every date in running text, in order: ISO ("2023-10-01"), UK numeric ("25/10/2022", "1/10/23": two-digit years
 * are 20xx), day month year ("1st April 2023", "01 October 2023") and month year ("April 2020", the 1st of the
 * month, with `precision: "month"`). Impossible dates ("31/02/2023") are skipped. Never throws.
 *
 * @example findDates("from 1st April 2023 until 31st March 2025")
 * // [{ iso: "2023-04-01", quote: "1st April 2023", offset: 5, … }, { iso: "2025-03-31", quote: "31st March 2025", offset: 26, … }]
 */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (typeof text !== "string") return out;
  datePattern.lastIndex = 0;
  for (const m of text.matchAll(datePattern)) {
    const g = m.groups ?? {};
    let y: number, mo: number | undefined, d: number;
    let precision: "day" | "month" = "day";
    if (g.isoY !== undefined) [y, mo, d] = [Number(g.isoY), Number(g.isoM), Number(g.isoD)];
    else if (g.ukY !== undefined) [y, mo, d] = [twoDigitYear(g.ukY), Number(g.ukM), Number(g.ukD)];
    else if (g.dmY !== undefined) [y, mo, d] = [Number(g.dmY), monthNumber(g.dmM ?? ""), Number(g.dmD)];
    else if (g.mdY !== undefined) [y, mo, d] = [Number(g.mdY), monthNumber(g.mdM ?? ""), Number(g.mdD)];
    else if (g.myY !== undefined) {
      [y, mo, d] = [Number(g.myY), monthNumber(g.myM ?? ""), 1];
      precision = "month";
    } else continue;
    if (mo === undefined || !isRealDate(y, mo, d)) continue;
    const iso = isoFromParts(y, mo, d);
    out.push({
      iso,
      quote: m[0],
      offset: m.index,
      precision,
      end: precision === "month" ? isoFromParts(y, mo, daysInMonth(y, mo)) : iso,
    });
  }
  return out;
}
