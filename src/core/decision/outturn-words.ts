/**
 * Figures the words give as a year's result, not as money a decision commits: an outturn, an underspend or an
 * overspend ("The revenue outturn for 2023/24 is an underspend of £6.3m", "forecast to underspend by £400,000 in
 * 2023/24", "a £1.2m overspend in 2024/25"). What is left over may be carried forward, but that is approved in words
 * of its own.
 */

/** Before a figure, the result it is: "outturn … is an underspend of", "forecast to underspend by". */
const RESULT_BEFORE =
  /\b(?:outturns?|(?:under|over)-?spen(?:d|ds|ding|t)|surplus|deficit)\b[^.;£]{0,80}?\b(?:of|is|was|are|were|be|at|by|to|totall?ing|totals?|shows?|showed)[ \t\n]+(?:(?:an?|the)[ \t\n]+)?(?:(?:forecast|projected|provisional|net|total|estimated|approximately|around|circa|c\.)[ \t\n]*)?$/i;
/** After a figure, the result it is: "£1.2m overspend", "£6.3m revenue underspend". */
const RESULT_AFTER =
  /^[ \t\n]*(?:(?:revenue|capital|net|forecast|projected|provisional|budget)[ \t\n]+)?(?:under-?spend|over-?spend|outturn|surplus|deficit)s?\b/i;

/** True where the words around a figure give it as an outturn, underspend or overspend. */
export function isOutturnFigure(before: string, after: string): boolean {
  return RESULT_BEFORE.test(before) || RESULT_AFTER.test(after);
}
