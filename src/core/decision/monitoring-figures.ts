/**
 * Figures of budget monitoring: a forecast (or outturn, or actual) set against the budget it is measured by ("At the
 * end of Quarter 2 the MPS is forecasting capital expenditure of £361.9m in 2025/26 against the current capital
 * budget of £402.0m"). Both say how the year is going, not money the decision fixes: what it does about them (a
 * re-profile, a carry forward) is approved in words of its own.
 */

/** Words of a year's expected or actual result: "forecasting", "projected", "outturn", "actual". */
const RESULT_WORD = /\b(?:forecast\w*|project(?:ed|ing|ions?)|outturns?|actuals?)\b/i;
/** The budget a result is measured by: "against the current capital budget", "compared with a revised budget". */
const MEASURED_BY =
  /\b(?:against|compared[ \t\n]+(?:with|to)|versus|vs\.?)[ \t\n]+(?:the[ \t\n]+|an?[ \t\n]+|its[ \t\n]+)?(?:[\w/-]+[ \t\n]+){0,4}?budget\b/i;
/** Just before the budget's figure: "against the current capital budget of", "compared to a budget of". */
const BUDGET_BEFORE = new RegExp(
  `${MEASURED_BY.source}(?:[ \\t\\n]+for[ \\t\\n]+[\\w/ ]{1,20}?)?[ \\t\\n]+of[ \\t\\n]*$`,
  "i",
);
/** After the result's figure, in the same clause: "… in 2025/26 against the current capital budget". */
const BUDGET_AFTER = new RegExp(`^[^.;£]{0,60}?${MEASURED_BY.source}`, "i");

/**
 * True where a figure is a forecast set against a budget, or the budget a forecast is set against. `sentenceBefore`
 * is the sentence up to the figure; `after` the words after it.
 */
export function isMonitoringFigure(sentenceBefore: string, after: string): boolean {
  if (!RESULT_WORD.test(sentenceBefore)) return false;
  return BUDGET_BEFORE.test(sentenceBefore) || BUDGET_AFTER.test(after);
}
