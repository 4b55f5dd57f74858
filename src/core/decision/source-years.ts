import type { FinancialYearMention } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";

/**
 * The years a text names only as where money comes from, not as years it is spent in: "the carry forward of £2.45m
 * of 2023/24 revenue underspends into the 2024/25 budget" spends in 2024/25 alone. A period is read from the
 * other years.
 */

/** Words that leave a year's place in a clause unchanged: "2023/24 revenue underspends", "2022/23 MOPAC outturn". */
const QUALIFYING_WORDS = String.raw`(?:(?!(?:and|or|to|into|in|for|from|of|the|by|with)\b)[A-Za-z'’-]+[ \t\n]+){0,3}`;
/** After a year, words that make it the year money comes from: "2020/21 underspend", "2023/24 revenue underspends". */
const LEFT_OVER_AFTER = new RegExp(
  String.raw`^[ \t\n]*(?:['’]s[ \t\n]+)?${QUALIFYING_WORDS}(?:under-?spends?|outturn|surplus|slippage|carry[- ]forwards?)\b`,
  "i",
);
/** Before a year, "from": "from 2023/24", "from the financial year 2023/24". */
const FROM_BEFORE = /\bfrom[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+)?(?:FY[ \t]*)?$/i;
/** Before a year, money brought or pulled forward from it: "brought forward from 2025/26". */
const BROUGHT_FORWARD_FROM =
  /\b(?:br(?:ought|ing|inging)|pull(?:ed|ing)?|accelerat\w*|advanc\w*)[ \t\n]+forward[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+)?$/i;
/** After a year moved from, the year it goes into: "from 2023/24 into 2024/25", "… into the 2024/25 budget". */
const INTO_YEAR_AFTER =
  /^[^.;£]{0,40}?\b(?:into|in[ \t\n]+to)[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+)?(?:FY[ \t]*)?(?:20)?\d{2}[/-]/i;
/** After a year moved from, "to" the next year named: "slippage from 2023/24 to 2024/25". */
const TO_YEAR_AFTER =
  /^[^.;£]{0,40}?\bto[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+)?(?:FY[ \t]*)?(?:20)?\d{2}[/-]/i;
/** A mention of a range of years written "2023/24 to 2024/25". */
const RANGE_TO = /[ \t\n](?:to|into)[ \t\n]/i;
/** Words of money left over and moved on: "carry forward", "carried forward", "slippage", "roll forward", "underspend". */
const MOVED_BETWEEN_YEARS =
  /\b(?:carr(?:y|ied|ying)[ \t\n-]+forwards?|slippage|slipp(?:ed|ing)|roll(?:ed|ing)?[ \t\n-]+(?:forward|over)|rollover|under-?spen(?:d|ds|t))\b/i;
/**
 * Where the words of money moved on between years ("carry forward", "slippage") last start in `text`, or -1: a
 * figure's clause "approve carry forwards totalling £18,347,000 from 2024/25 into 2025/26" moves money, though the
 * words after its figure do not say so.
 */
export function movedBetweenYearsAt(text: string): number {
  const g = new RegExp(MOVED_BETWEEN_YEARS.source, "gi");
  let at = -1;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) at = m.index;
  return at;
}

/**
 * A re-profile ("re-profile £400,000 from 2023/24 into 2024/25") changes both years' budgets, one down and one up:
 * its period keeps both.
 */
const REPROFILE = /\bre-?(?:profil|phas)\w*/i;

/**
 * The years of the mention `m` that money is spent in: none where `text` names them only as where money comes from,
 * the last alone of a range money moves along ("slippage from 2023/24 to 2024/25"), else all.
 */
export function yearsSpentIn(text: string, m: FinancialYearMention): readonly FinancialYear[] {
  const end = m.offset + m.quote.length;
  const after = text.slice(end, end + 60);
  if (LEFT_OVER_AFTER.test(after)) return [];
  const before = text.slice(Math.max(0, m.offset - 60), m.offset);
  if (BROUGHT_FORWARD_FROM.test(before)) return [];
  if (!FROM_BEFORE.test(before) || REPROFILE.test(text) || !MOVED_BETWEEN_YEARS.test(text)) return m.years;
  // "carried forward from 2023/24 into 2024/25", "slippage from 2023/24 to 2024/25": money left over and moved on,
  // spent in the year it goes into. "from 2023/24 to 2025/26" alone is a range; a re-profile moves a budget out of
  // one year and into another, so both are its years.
  if (m.years.length > 1 && RANGE_TO.test(m.quote)) return m.years.slice(-1);
  return INTO_YEAR_AFTER.test(after) || TO_YEAR_AFTER.test(after) ? [] : m.years;
}
