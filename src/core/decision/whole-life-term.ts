/**
 * A contract's whole-life value: the sum over its initial term and the options to extend it ("for an initial term of
 * three years from 1 October 2025 to 30 September 2028 with the option to extend for a further two years (3+1+1), at
 * an estimated whole-life contract value of £4,750,000"). Such a sum is not the initial term's: it runs to the end of
 * the last option (30 September 2030). Budgeting it over the dates the recommendation names would put the options'
 * money into the initial years.
 */
import { addDays, addMonths, type IsoDate } from "../dates/calendar";
import { findDates } from "../dates/find-dates";
import { count, numberWord } from "../text/number-words";
import type { Period } from "./decision-period";

/** The words before a figure that state it over the contract's whole life: "an estimated whole-life contract value of". */
const WHOLE_LIFE_BEFORE =
  /\b(?:whole[- \t\n]+life|lifetime|including[ \t\n]+(?:the[ \t\n]+|any[ \t\n]+|all[ \t\n]+)?(?:optional[ \t\n]+|possible[ \t\n]+)?(?:extensions?|extension[ \t\n]+options?|options?[ \t\n]+to[ \t\n]+extend))\b[^£.;]{0,40}$/i;
/** The words after one that say it: "£4,750,000 (including the extension options)", "£4.75m including all extensions". */
const WHOLE_LIFE_AFTER =
  /^[ \t\n]*(?:\([ \t\n]*(?:excluding|exclusive[ \t\n]+of|ex\.?)[ \t\n]+VAT[ \t\n]*\)[ \t\n]*)?,?[ \t\n]*\(?[ \t\n]*(?:including|inclusive[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+|any[ \t\n]+|all[ \t\n]+|both[ \t\n]+)?(?:optional[ \t\n]+|possible[ \t\n]+)?(?:extensions?|extension[ \t\n]+(?:options?|periods?)|options?[ \t\n]+to[ \t\n]+extend)\b/i;

const N = numberWord;
const UNIT = "(month|year)s?";
/** "(3+1+1)", "(2+1)": the initial term in years, then each option's. */
const TERMS_IN_SUM = /\([ \t]*(\d{1,2})((?:[ \t]*\+[ \t]*\d{1,2})+)[ \t]*\)/;
/** "the option to extend for a further two years", "options to extend by up to 24 months". */
const OPTION_TO_EXTEND = new RegExp(
  String.raw`\boptions?[ \t\n]+to[ \t\n]+extend[ \t\n]+(?:(?:it|the[ \t\n]+contract)[ \t\n]+)?(?:for|by)[ \t\n]+(?:up[ \t\n]+to[ \t\n]+)?(?:a[ \t\n]+|an[ \t\n]+)?(?:further|additional|extra)?[ \t\n]*${N}[ \t\n-]+${UNIT}\b`,
  "i",
);
/** "two further periods of twelve months", "two optional extensions of 12 months". */
const PERIODS_OF = new RegExp(
  String.raw`\b${N}[ \t\n]+(?:further[ \t\n]+|additional[ \t\n]+|optional[ \t\n]+)?(?:periods|extensions|options)[ \t\n]+of[ \t\n]+(?:up[ \t\n]+to[ \t\n]+)?${N}[ \t\n-]+${UNIT}\b`,
  "i",
);
/** "two 12-month extension options", "two one-year extensions". */
const SIZED_OPTIONS = new RegExp(
  String.raw`\b${N}[ \t\n]+(?:further[ \t\n]+|optional[ \t\n]+)?${N}[ \t\n-]+(month|year)[ \t\n]+(?:extension[ \t\n]+options|extensions|options)\b`,
  "i",
);

const inMonths = (n: number | null, unit: string): number | null =>
  n === null ? null : /^year/i.test(unit) ? n * 12 : n;

/** The months the options to extend add, as the words give them; null where they give none. */
export function optionMonths(text: string): number | null {
  const terms = TERMS_IN_SUM.exec(text);
  if (terms !== null) {
    const options = terms[2]!
      .split("+")
      .slice(1)
      .map((s) => Number(s.trim()));
    // "(3+1+1)" counts years; "(24+12)" months.
    const years = Number(terms[1]) <= 10 && options.every((n) => n <= 10);
    const sum = options.reduce((a, b) => a + b, 0);
    if (sum > 0) return years ? sum * 12 : sum;
  }
  const option = OPTION_TO_EXTEND.exec(text);
  if (option !== null) return inMonths(count(option[1]!), option[2]!);
  const periods = PERIODS_OF.exec(text) ?? SIZED_OPTIONS.exec(text);
  if (periods !== null) {
    const n = count(periods[1]!);
    const each = inMonths(count(periods[2]!), periods[3]!);
    return n === null || each === null ? null : n * each;
  }
  return null;
}

/**
 * The period of a sum stated over a contract's whole life (`before` and `after` are the words either side of the
 * figure): the period the recommendation dates (`period`, its end a date `itemText` names) run on by the options to
 * extend it describes. Null where the sum is not so stated, the end is not a date the words name (the period then
 * already counts the options: "over the full five-year term"), or no option's length is given.
 */
export function wholeLifePeriod(
  period: Period,
  before: string,
  after: string,
  itemText: string,
): Period | null {
  if (!WHOLE_LIFE_BEFORE.test(before) && !WHOLE_LIFE_AFTER.test(after)) return null;
  if (!findDates(itemText).some((d) => d.end === period.end)) return null;
  const months = optionMonths(itemText);
  if (months === null || months <= 0 || months > 240) return null;
  const end: IsoDate = addDays(addMonths(addDays(period.end, 1), months), -1);
  return { start: period.start, end };
}
