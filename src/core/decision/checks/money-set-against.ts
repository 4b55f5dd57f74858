/**
 * Money a decision's spending is set against or paid with, which is no commitment of its own: the size of a budget
 * line the spending is met from ("The 2024/25 insurance budget is £3,350,000", "from the corporate subscriptions
 * budget of £55,000 for 2024/25"), what a budget already provides for ("The 2024/25 budget included provision for a 3%
 * pay award (£364,500)"), a reserve's balance ("which had a balance of £1,420,000 at 1 April 2024"), a statutory limit
 * or prudential indicator ("an authorised limit for external debt of £1,950m for 2026/27"), and borrowing that
 * finances spending approved beside it ("Approve external borrowing of up to £248.3m in 2026/27").
 *
 * Each test reads the words of the figure's clause before it (`before`, from the sentence's start or the previous
 * figure).
 */

/** Words that make a budget this decision's own, or the one it sets: "the budget for this project", "a new budget". */
const ownBudget =
  /\b(?:total|overall|whole|new|proposed|requested|revised|additional|a|an)[ \t\n]+(?:[\w/'’()-]+[ \t\n]+){0,3}?budgets?\b|\bbudgets?[ \t\n]+(?:for|of)[ \t\n]+(?:this|the[ \t\n]+(?:decision|proposal|project|programme|scheme|contract|service|work))\b/i;

/** Verbs that make a decision set the budget it names: "approve the 2025/26 budget of", "sets the budget at". */
const settingBudget =
  /\b(?:approv\w*|seek\w*|sought|request\w*|allocat\w*|agree\w*|set|sets|setting|establish\w*|creat\w*)\b/i;

/** A named budget line's size: "The 2024/25 insurance budget is", "the 2023/24 budget for external audit fees is", "from the … budget of". */
const budgetSize =
  /\bbudgets?\b(?:[ \t\n]+(?:for|of)[ \t\n]+[^£.;]{1,60}?)?[ \t\n]+(?:is|was|of|stands[ \t\n]+at|stood[ \t\n]+at|amounts?[ \t\n]+to|totals|totalled|totaled)[ \t\n]*(?:\([ \t\n]*)?$/i;

/** What a budget or plan already holds: "The 2024/25 budget included provision for a 3% pay award (", "the MTFP provides". */
const budgetHolds =
  /\b(?:budgets?|MTFP|Medium[ \t\n]+Term[ \t\n]+Financial[ \t\n]+Plan)\b[^£.;]{0,30}?\b(?:includes?|included|contains?|contained|provides?|provided|allows?|allowed|holds?|held)\b[^£.;]{0,60}$/i;

/** A reserve's or fund's balance, or where it stands: "which had a balance of", "The Insurance Reserve stood at". */
const balance =
  /\bbalances?\b[^£.;]{0,40}$|\b(?:reserves?|funds?|provisions?)\b[^£.;]{0,40}\b(?:stood|stands|standing)[ \t\n]+at[ \t\n]*$/i;

/** A limit, boundary or indicator set for borrowing, not money spent: "the authorised limit for external debt of". */
const limitOrIndicator =
  /\b(?:authori[sz]ed[ \t\n]+(?:borrowing[ \t\n]+)?limit|operational[ \t\n]+boundary|(?:borrowing|debt)[ \t\n]+(?:limit|boundary|ceiling|cap)|limit[ \t\n]+(?:for|on)[ \t\n]+(?:external[ \t\n]+)?(?:debt|borrowing)|prudential[ \t\n]+indicators?|capital[ \t\n]+financing[ \t\n]+requirement|CFR|liability[ \t\n]+benchmark)\b[^£.;]{0,60}$/i;

/**
 * Borrowing, which finances spending rather than being spent: "Approve new external borrowing of up to", "the
 * borrowing requirement is" (not "a budget of £6.5m funded from borrowing, profiled as £2.0m in 2025/26").
 */
const borrowing =
  /\bborrowings?\b[^£.;,]{0,40}?\b(?:of|is|was|at|totalling|totals|to)[ \t\n]+(?:up[ \t\n]+to[ \t\n]+|(?:a[ \t\n]+)?maximum[ \t\n]+of[ \t\n]+|approximately[ \t\n]+|around[ \t\n]+)?$/i;

/** True when the words before a figure make it a budget's size or provision, not this decision's money. */
function isBudgetHeld(before: string): boolean {
  if (!budgetSize.test(before) && !budgetHolds.test(before)) return false;
  // "Approve a budget of", "the total budget for 2025/26 is": this decision's own money, or the budget it sets.
  return !ownBudget.test(before) && !settingBudget.test(before);
}

/**
 * True for a figure that is money the decision's spending is set against or financed by (a budget line's size or
 * provision, a balance, a limit or indicator, borrowing), read from the words of its clause before it.
 */
export function isMoneySetAgainst(before: string): boolean {
  return (
    isBudgetHeld(before) || balance.test(before) || limitOrIndicator.test(before) || borrowing.test(before)
  );
}
