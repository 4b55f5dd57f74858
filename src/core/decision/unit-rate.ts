/**
 * Unit rates: a price for each of something ("£1,200 per placement", "£650 per day", "£12.50 a call", "an hourly rate
 * of £45"). A rate is not a sum: a recommendation approves the rate times the number of units it states ("£1,200 per
 * placement for up to 1,470 placements" is up to £1,764,000), or, where it states none, no sum from the rate. A sum
 * for each year or month ("£950,000 per annum", "£95,833 per month") is a rate over the approval's period, which
 * read-approvals multiplies by its years or months, so it is no unit rate here.
 */
import type { Qualifier } from "./decision-record";
import { count, numberWord } from "../text/number-words";

/** "per year", "per annum", "per financial year", "per (calendar) month", "per cent": not units. */
const NOT_A_UNIT = String.raw`(?:(?:financial[ \t\n]+)?(?:year|annum)|(?:calendar[ \t\n]+)?month|cent|centum)\b`;
/** What a rate is for, after "per" ("per placement", "per full-time equivalent"), or after "a"/"an" for the few units
 * said so ("£15 an hour", "£40 a head"). The unit's first word is captured. */
const UNIT = String.raw`(?:per[ \t\n]+(?!${NOT_A_UNIT})([A-Za-z][\w'’-]*)|an?[ \t\n]+(hour|day|week|night|head|person|call|session|visit|placement|case|referral|unit|bed)\b)`;
const UNIT_AFTER = new RegExp(String.raw`^[ \t\n]*${UNIT}`, "i");
/** The words before a figure that make it a rate: "an hourly rate of", "a weekly rate of", "a unit cost of", "a cost
 * per placement of". A sum for each week, fortnight or quarter is a rate like a day's: read-approvals multiplies only
 * sums for each year or month by their period. */
const UNIT_RATE_BEFORE =
  /\b(?:(?:hourly|daily|day|nightly|weekly|fortnightly|quarterly|unit|per[ \t\n]+[A-Za-z][\w-]*)[ \t\n]+(?:rate|cost|price|fee|charge)|(?:rate|cost|price|fee|charge)[ \t\n]+per[ \t\n]+[A-Za-z][\w-]*)(?:[ \t\n]+of)?(?:[ \t\n]+up[ \t\n]+to)?[ \t\n]*$/i;

/** True where the words around a figure make it a unit rate: "£1,200 per placement", "a day rate of £650". */
export function isUnitRate(before: string, after: string): boolean {
  return UNIT_AFTER.test(after) || UNIT_RATE_BEFORE.test(before);
}

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${numberWord.slice(1, -1)})`;
const COUNT_QUALIFIER = String.raw`(up[ \t\n]+to(?:[ \t\n]+a[ \t\n]+maximum[ \t\n]+of)?|a[ \t\n]+maximum[ \t\n]+of|no[ \t\n]+more[ \t\n]+than|approximately|around|about|an[ \t\n]+estimated|some)`;
/** "… per placement for up to 1,470 placements", "… per day, for a maximum of 120 days", "… per call (around 4,800 calls)". */
const RATE_TIMES_COUNT = new RegExp(
  String.raw`^[ \t\n]*${UNIT}[ \t\n]*,?[ \t\n]*(?:\(|(?:for|across|covering|over)[ \t\n]+(?:\(?[ \t\n]*))(?:${COUNT_QUALIFIER}[ \t\n]+)?${COUNT}[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,2}?([A-Za-z][\w'’-]*)`,
  "i",
);

/** The unit a rate said before its figure is for: "an hourly rate of" is a rate per hour, "a weekly rate of" per week. */
const UNIT_OF_RATE_BEFORE =
  /\b(hour|dai|day|night|week|fortnight|quarter)(?:ly)?[ \t\n]+(?:rate|cost|price|fee|charge)(?:[ \t\n]+of)?(?:[ \t\n]+up[ \t\n]+to)?[ \t\n]*$/i;
/** "… at a weekly rate of £1,850 for 104 weeks", "… over 26 fortnights": how many of the units the words after count. */
const FOR_COUNT = new RegExp(
  String.raw`^[ \t\n]*,?[ \t\n]*(?:for|across|covering|over)[ \t\n]+(?:a[ \t\n]+period[ \t\n]+of[ \t\n]+)?(?:${COUNT_QUALIFIER}[ \t\n]+)?${COUNT}[ \t\n]+([A-Za-z][\w'’-]*)`,
  "i",
);

/** A unit's word without its plural ending: "placements" and "placement" name the same unit. */
function singular(word: string): string {
  return word.toLowerCase().replace(/(?:es|s)$/, "");
}

/** The unit a rate is for, the words that count units after it, and their length; null where none are counted. */
function countedUnits(
  after: string,
  before: string,
): { unit: string; qualifier: string; count: string; counted: string; length: number } | null {
  const m = RATE_TIMES_COUNT.exec(after);
  if (m !== null)
    return { unit: m[1] ?? m[2]!, qualifier: m[3] ?? "", count: m[4]!, counted: m[5]!, length: m[0].length };
  // "a weekly rate of £1,850 for 104 weeks": the unit is named before the figure.
  const named = UNIT_OF_RATE_BEFORE.exec(before);
  const f = named === null ? null : FOR_COUNT.exec(after);
  if (named === null || f === null) return null;
  const unit = named[1]!.toLowerCase() === "dai" ? "day" : named[1]!;
  return { unit, qualifier: f[1] ?? "", count: f[2]!, counted: f[3]!, length: f[0].length };
}

/**
 * The sum a unit rate comes to where the words after it state how many units ("£1,200 per placement for up to 1,470
 * placements", "a weekly rate of £1,850 for 104 weeks", `before` being the words before the figure): the count (1,470), how it is qualified ("up to" a ceiling, "approximately"; null where it is not),
 * and the words' length from the figure's end. Null unless the units counted are the units priced.
 */
export function unitCount(
  after: string,
  before = "",
): { count: number; qualifier: Qualifier | null; length: number } | null {
  const counted = countedUnits(after, before);
  if (counted === null || singular(counted.unit) !== singular(counted.counted)) return null;
  const digits = counted.count.replace(/,/g, "");
  const n = /^\d+$/.test(digits) ? Number(digits) : count(counted.count);
  if (n === null || n < 2 || n > 10_000_000) return null;
  const q = counted.qualifier.toLowerCase();
  const qualifier: Qualifier | null = q.startsWith("up")
    ? "up to"
    : /maximum|more/.test(q)
      ? "maximum"
      : q
        ? "approximately"
        : null;
  return { count: n, qualifier, length: counted.length };
}
