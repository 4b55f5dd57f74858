import { addDays, addMonths, endOfMonth, isIsoDate, isoFromParts, isoParts } from "../dates/calendar";
import { findDates } from "../dates/find-dates";
import {
  financialYearEnd,
  financialYearOf,
  financialYearStart,
  financialYearStartYear,
  financialYearsBetween,
  findFinancialYears,
  financialYearFromStartYear,
  nextFinancialYear,
  type FinancialYearMention,
} from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Approval } from "./decision-record";
import { yearsSpentIn } from "./source-years";
import { count, numberWord } from "../text/number-words";
import { isAcademicYearLabel, namedYearPeriod } from "./named-year-periods";
import { rangeWords, reversedPeriods } from "./reversed-periods";

/** A period of time as ISO dates, both days included. */
export interface Period {
  start: string;
  end: string;
}

const startWords =
  /(?:from|starting|start(?:ing)? on|commencing|beginning|begins|with effect from|w\.e\.f\.?|effective)[ \t\n]+(?:on[ \t\n]+)?(?:the[ \t\n]+)?$/i;

const endWords =
  /(?:\bto|until|till|ending|ending on|up to|through)[ \t\n]+(?:on[ \t\n]+)?(?:the[ \t\n]+)?(?:end[ \t\n]+of[ \t\n]+)?$/i;

/** Before a year, words that make it a year money is paid back: "repayable with interest over 15 years from 2026/27". */
const repaidFrom = /\brepa(?:y|id|yable|yment)\w*\b[^.;£]{0,60}$/i;

/** The words before the old date of a changed end date: "the grant end date from", "its expiry date from". */
const endDateChange =
  /\b(?:end|expiry|completion|termination|finish)[ \t\n]+dates?[ \t\n]+(?:of[ \t\n]+[^.;\n]{0,40}?[ \t\n]+)?from[ \t\n]+(?:the[ \t\n]+)?$/i;

const duration = new RegExp(`\\b${numberWord}[ \\t\\n-]+(month|year)s?\\b`, "i");
/** A term in weeks: "for 104 weeks", "for a period of 52 weeks" (not "with 8 weeks' notice"). */
const weeksDuration = new RegExp(
  `\\b(?:for|over)[ \\t\\n]+(?:a[ \\t\\n]+(?:further[ \\t\\n]+)?(?:period|term)[ \\t\\n]+of[ \\t\\n]+)?${numberWord}[ \\t\\n-]+weeks\\b(?![ \\t\\n]*['’])`,
  "i",
);
const relative = new RegExp(
  `\\b(?:(?:the[ \\t\\n]+)?(?:next|following|coming|forthcoming)[ \\t\\n]+${numberWord}|over[ \\t\\n]+${numberWord})[ \\t\\n]+(financial[ \\t\\n]+)?years?\\b`,
  "i",
);

/** "over the full five-year term", "a maximum 48-month period": the whole length a sum is stated over. */
const fullTerm = new RegExp(
  `\\b(?:full|total|whole|entire|maximum)[ \\t\\n]+(?:contract[ \\t\\n]+)?${numberWord}[ \\t\\n-]+(month|year)s?[ \\t\\n-]+(?:contract[ \\t\\n]+)?(?:term|period|duration)\\b`,
  "i",
);
const initialTerm = new RegExp(
  `\\binitial[ \\t\\n]+(?:contract[ \\t\\n]+)?(?:term|period)[ \\t\\n]+of[ \\t\\n]+${numberWord}[ \\t\\n-]+(month|year)s?\\b`,
  "i",
);
const extensionTerm = new RegExp(
  `\\bextend(?:ed)?[ \\t\\n]+(?:it[ \\t\\n]+)?(?:for|by)[ \\t\\n]+(?:a[ \\t\\n]+further[ \\t\\n]+|up[ \\t\\n]+to[ \\t\\n]+|an[ \\t\\n]+(?:additional|extra|further)[ \\t\\n]+)?${numberWord}[ \\t\\n-]+(month|year)s?\\b`,
  "i",
);
/** Words that state a sum over the term with its extensions: "over the full term", "including the extension". */
const withExtensions =
  /\b(?:full|whole|entire|total|maximum)[ \t\n]+(?:possible[ \t\n]+)?(?:contract[ \t\n]+)?(?:term|period|duration)\b|\bincluding[ \t\n]+(?:the|any|all)[ \t\n]+(?:optional[ \t\n]+|possible[ \t\n]+)?extensions?\b/i;

/**
 * The length, in months, of a term the text states its sum over in full: "over the full five-year term", or an
 * initial term and its extension ("an initial period of three years … an option to extend for a further two years
 * … over the full term"). Null where it says neither: a sum is then over the term the text names first.
 */
function fullTermMonths(text: string): number | null {
  const months = (m: RegExpExecArray | null): number | null => {
    const n = m ? count(m[1]!) : null;
    return n === null ? null : /^year/i.test(m![2]!) ? n * 12 : n;
  };
  const full = months(fullTerm.exec(text));
  if (full !== null) return full;
  if (!withExtensions.test(text)) return null;
  const initial = months(initialTerm.exec(text));
  const extension = months(extensionTerm.exec(text));
  return initial !== null && extension !== null ? initial + extension : null;
}

/**
 * The period a piece of text gives, read in this order:
 * 1. an explicit range: "between 1st April 2016 and 31st March 2017", "(April 2021 to March 2022)",
 *    "from 1st October 2024 until 30th September 2026", "April 2019-March 2020";
 * 2. a start and a length: "for 9-months from 01 July 2021" (ends the day before the anniversary), "for 104 weeks
 *    with effect from 6 January 2025" (ends the day before the 104th week's end), or a length and
 *    the day it runs to: "by six months to 30 September 2025" (starts the day after the end, six months back);
 * 3. a calendar or academic year named as the time a sum is for: "for calendar year 2025", "for the 2024/25
 *    academic year" (see named-year-periods);
 * 4. financial years named: "in 2023/24 and 2024/25" (from the first's 1 April to the last's 31 March), or from a
 *    start the text gives within them ("from 1 July 2023 … in 2023/24").
 * Null when it gives none, or when it writes a period that ends before it starts (see reversed-periods). Never throws.
 */
export function periodIn(text: string): Period | null {
  // "from 1 November 2025 to 31 March 2025": one of the dates is wrong, and which one the text cannot say.
  if (reversedPeriods(text).length > 0) return null;
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const between = text.slice(a.offset + a.quote.length, b.offset);
    if (between.length <= 12 && rangeWords.test(between) && b.end > a.iso) {
      // "the grant end date from 31 March 2026 until 31 March 2027": the old end, then the new; the added time
      // runs from the day after the old end.
      if (endDateChange.test(wordsBefore(text, a))) {
        const start = safe(() => addDays(a.end, 1));
        if (start !== null && start <= b.end) return { start, end: b.end };
      }
      return { start: a.iso, end: b.end };
    }
  }
  const length = duration.exec(text);
  const n = length ? count(length[1]!) : null;
  const inWeeks = length ? null : weeksDuration.exec(text);
  const weeks = inWeeks ? count(inWeeks[1]!) : null;
  if (((length && n) || weeks) && dates.length > 0) {
    const months = length && n ? (fullTermMonths(text) ?? (/^year/i.test(length[2]!) ? n * 12 : n)) : 0;
    /** The day `k` lengths after (or, with -1, before) a day: whole months, or weeks of seven days. */
    const after = (iso: string, k: 1 | -1): string =>
      weeks ? addDays(iso, 7 * weeks * k) : addMonths(iso, months * k);
    const starting = dates.find((d) => startWords.test(wordsBefore(text, d)));
    const ending = starting ? undefined : endingDate(text, dates);
    // "by six months to 30 September 2025": the length runs back from the day after the end.
    if (ending) return safe(() => ({ start: after(addDays(ending.end, 1), -1), end: ending.end }));
    const from = starting ?? (dates.length === 1 ? dates[0]! : null);
    if (from) return safe(() => ({ start: from.iso, end: addDays(after(from.iso, 1), -1) }));
  }
  // "for calendar year 2025", "for the 2024/25 academic year": a year that is not a financial year.
  const named = namedYearPeriod(text);
  if (named !== null) return named;
  // "the 2020/21 underspend", "from 2023/24 into 2024/25": the year money comes from, not a year it is for; nor is a
  // year a loan is repaid in; nor a school's year ("piloted in the 2023/24 academic year").
  const years = findFinancialYears(text)
    .filter((m) => !repaidFrom.test(text.slice(Math.max(0, m.offset - 80), m.offset)))
    .filter((m) => !isAcademicYearLabel(text, m.offset, m.quote.length))
    .flatMap((m) => yearsSpentIn(text, m));
  if (years.length > 0) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const y of years) {
      const start = financialYearStartYear(y);
      if (start < first) first = start;
      if (start > last) last = start;
    }
    if (last - first <= 20) {
      return safe(() => {
        const start = financialYearStart(financialYearFromStartYear(first));
        const end = financialYearEnd(financialYearFromStartYear(last));
        return laterStart(text, { start, end }, dates);
      });
    }
  }
  return null;
}

/**
 * The period starting where the text says it starts ("from 1 July 2023"), where that day falls within it after its
 * first day: a pay award "from 1 July 2023, costing … £36.5m in 2023/24" runs from 1 July, not 1 April.
 */
export function laterStart(
  text: string,
  period: Period,
  dates: readonly { iso: string; offset: number }[] = findDates(text),
): Period {
  const from = dates.find(
    (d) => startWords.test(wordsBefore(text, d)) && d.iso > period.start && d.iso <= period.end,
  );
  return from === undefined ? period : { start: from.iso, end: period.end };
}

/**
 * The period a paragraph of the text gives that ends on `end` ("Delivery will run from 1 July 2025 until 31 March
 * 2026"): the start of an approval whose own words give only its end. Null where none does.
 */
export function periodEndingOn(text: string, end: string): Period | null {
  for (const line of text.split("\n")) {
    if (line.length > 2000 || !/\d/.test(line)) continue;
    if (findDates(line).length < 2) continue;
    const p = periodIn(line);
    if (p !== null && p.end === end && p.start < end) return p;
  }
  return null;
}

/**
 * The day a period runs to where the text gives no start: "until 31 March 2026", "to 31/03/2026" (an extension
 * whose start is the end of what it extends). Null where no date follows such words.
 */
export function endIn(text: string): string | null {
  return endingDate(text, findDates(text))?.end ?? null;
}

/** "… thereafter until 2026/27", "… to the end of financial year 2026-27": the last year of a yearly sum. */
const untilYear =
  /^[^.;£]{0,40}?\b(?:to|until|till|up[ \t\n]+to|through|ending(?:[ \t\n]+in)?)[ \t\n]+(?:the[ \t\n]+end[ \t\n]+of[ \t\n]+)?(?:(?:the[ \t\n]+)?financial[ \t\n]+year[ \t\n]+)?(?=(?:FY[ \t]?)?(?:20)?\d{2}[/-])/i;
/** "… thereafter for a further two years": how many years follow the first. */
const furtherYears = new RegExp(
  `^[^.;£]{0,40}?\\bfor[ \\t\\n]+(?:a[ \\t\\n]+further|another|the[ \\t\\n]+(?:next|following|remaining))[ \\t\\n]+${numberWord}[ \\t\\n-]+(?:full[ \\t\\n]+)?(?:financial[ \\t\\n]+)?years?\\b`,
  "i",
);

/**
 * The period of a yearly sum "thereafter", after the year of a first sum ("£106,250 in 2022/23 and £425,000 in each
 * full financial year thereafter to 31 March 2026"): from the start of the next financial year to the end its own
 * words give (a date, a financial year, or a number of further years). Null where they give no end: a yearly sum
 * with no end approves no sum that can be counted.
 */
export function periodThereafter(firstYear: FinancialYear, words: string): Period | null {
  const next = nextFinancialYear(firstYear);
  const start = financialYearStart(next);
  let end = endIn(words);
  const until = end === null ? untilYear.exec(words) : null;
  if (until !== null) {
    const fy = findFinancialYears(words.slice(until[0].length))[0];
    if (fy !== undefined && fy.offset === 0) end = financialYearEnd(fy.years[fy.years.length - 1]!);
  }
  const further = end === null ? furtherYears.exec(words) : null;
  const n = further ? count(further[1]!) : null;
  if (n !== null && n > 0 && n <= 20)
    end = financialYearEnd(financialYearFromStartYear(financialYearStartYear(next) + n - 1));
  return end !== null && end >= start ? { start, end } : null;
}

/** The first of the text's dates that words such as "until" or "to" lead to. */
function endingDate<D extends { offset: number }>(text: string, dates: readonly D[]): D | undefined {
  return dates.find((d) => endWords.test(wordsBefore(text, d)));
}

function wordsBefore(text: string, d: { offset: number }): string {
  return text.slice(Math.max(0, d.offset - 30), d.offset);
}

/** "over the next four financial years", "the following two years": how many years, or null. */
export function relativeYears(text: string): number | null {
  const m = relative.exec(text);
  if (!m) return null;
  const n = count(m[1] ?? m[2] ?? "");
  return n && n <= 20 ? n : null;
}

/**
 * The financial years a whole document names, kept for the last document asked about: each of its items that says
 * "the next two years" asks again of the same text, and a long document may have many.
 */
let lastDocumentYears: { text: string; mentions: readonly FinancialYearMention[] } | null = null;

function yearMentionsOf(documentText: string): readonly FinancialYearMention[] {
  if (lastDocumentYears?.text !== documentText)
    lastDocumentYears = { text: documentText, mentions: findFinancialYears(documentText) };
  return lastDocumentYears.mentions;
}

/**
 * The period of "the next N financial years": the run of N financial years the document names elsewhere
 * ("financial years 2030-33"), else the N years after the one the decision was signed in.
 */
export function nextYearsPeriod(n: number, documentText: string, signed: string | null): Period | null {
  for (const m of yearMentionsOf(documentText)) {
    if (m.years.length === n) {
      const first = m.years[0]!;
      const last = m.years[m.years.length - 1]!;
      return safe(() => ({ start: financialYearStart(first), end: financialYearEnd(last) }));
    }
  }
  if (!signed) return null;
  return safe(() => {
    const from = financialYearStartYear(financialYearOf(signed)) + 1;
    return {
      start: financialYearStart(financialYearFromStartYear(from)),
      end: financialYearEnd(financialYearFromStartYear(from + n - 1)),
    };
  });
}

/**
 * The calendar months a period covers, by financial year in order, where it covers whole months (it starts on a
 * month's first day and ends on a month's last); null otherwise. 1 October 2023 to 31 March 2025: 6 in 2023/24,
 * 12 in 2024/25.
 */
export function monthsByFinancialYear(period: Period): { fy: FinancialYear; months: number }[] | null {
  if (!isIsoDate(period.start) || !isIsoDate(period.end) || period.end < period.start) return null;
  if (isoParts(period.start).day !== 1 || endOfMonth(period.end) !== period.end) return null;
  const out: { fy: FinancialYear; months: number }[] = [];
  const s = isoParts(period.start);
  const e = isoParts(period.end);
  const count = (e.year - s.year) * 12 + (e.month - s.month) + 1;
  if (count > 12 * 50) return null;
  for (let i = 0; i < count; i++) {
    const month = s.month - 1 + i;
    const fy = financialYearOf(isoFromParts(s.year + Math.floor(month / 12), (month % 12) + 1, 1));
    const last = out[out.length - 1];
    if (last?.fy === fy) last.months++;
    else out.push({ fy, months: 1 });
  }
  return out;
}

/**
 * The number of whole years a period runs, anniversary to anniversary (25 December 2022 to 24 December 2032: 10),
 * or null where it is not a whole number of years.
 */
export function wholeYears(period: Period): number | null {
  if (!isIsoDate(period.start) || !isIsoDate(period.end) || period.end < period.start) return null;
  return safe(() => {
    for (let n = 1; n <= 50; n++) {
      const end = addDays(addMonths(period.start, 12 * n), -1);
      if (end === period.end) return n;
      if (end > period.end) return null;
    }
    return null;
  });
}

/** The financial years the approvals' periods cover; null where any approval is undated (its years are not said). */
export function approvedYears(approvals: readonly Approval[]): Set<string> | null {
  const years = new Set<string>();
  for (const a of approvals) {
    if (a.start === null || a.end === null || a.start > a.end) return null;
    const fys = safe(() => financialYearsBetween(a.start!, a.end!));
    if (fys === null) return null;
    for (const fy of fys) years.add(fy);
  }
  return years;
}

/** The one financial year a period lies within, or null when it spans more than one. */
export function singleFinancialYear(period: Period): string | null {
  return safe(() => {
    const a = financialYearOf(period.start);
    return a === financialYearOf(period.end) ? a : null;
  });
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
