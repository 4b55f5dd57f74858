/**
 * Figures a recommendation states beside the sum it approves, to describe that sum, which are never the sum where the
 * sentence has one: what it is compared with ("…, a saving of £120,000 compared with the current contract value of
 * £1,245,000"), what it was before ("down from £1.2m", "the previous contract value of £1,245,000"), what it is drawn
 * from ("from the overall programme budget of £3m"), and a unit rate ("at a rate of £1,200 per placement, up to a
 * maximum contract value of £1,764,000"). Savings and envelopes named "within" are never approvals at all (see
 * `neverApprovedBefore`); these are kept where they are a recommendation's only figure, as the sum may be meant.
 */
import { isUnitRate } from "./unit-rate";

/** "compared with the current contract value of", "as against the 2024/25 cost of", "against the existing …". */
const COMPARED_BEFORE =
  /(?:\b(?:compared[ \t\n]+(?:with|to)|in[ \t\n]+comparison[ \t\n]+(?:with|to)|relative[ \t\n]+to|versus|vs\.?)|\b(?:as[ \t\n]+)?against[ \t\n]+(?:the|a|an|its|this)[ \t\n]+(?:current|existing|previous|original|former|old|present|prior|baseline|last)\b)[^£.;]{0,60}$/i;

/**
 * "the current contract value of", "the previous annual cost of", "its original budget of": a value before the
 * decision. Not where the sum is approved at it ("an extension at the current contract price of £1.08m").
 */
const PREVIOUS_BEFORE =
  /(?<!\bat[ \t\n]+(?:the|its|a|an)[ \t\n]+)\b(?:current|existing|previous|original|former|old|present|prior|last[ \t\n]+year['’]?s)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:value|cost|price|spend|budget|sum|fee|amount)[ \t\n]+(?:of|was|is|stands[ \t\n]+at)[ \t\n]*$/i;

/** "down from", "up from", "reduced from" with no "to" after: the value the sum replaces. */
const DOWN_FROM_BEFORE = /\b(?:down|up|reduced|increased|decreased|fallen|risen)[ \t\n]+from[ \t\n]*$/i;

/** "from the overall programme budget of", "out of a total allocation of", "part of the £… fund of": an envelope. */
const DRAWN_FROM_BEFORE =
  /\b(?:from|out[ \t\n]+of|part[ \t\n]+of)[ \t\n]+(?:the|a|an|its|this)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:programme|envelope|budget|allocation|fund|pot|total|value|provision)[ \t\n]+of[ \t\n]*$/i;

/** True where the words before (`before`, to the figure) and after a figure describe the sum beside it, not approve one. */
export function besideTheSum(before: string, after: string): boolean {
  return (
    COMPARED_BEFORE.test(before) ||
    PREVIOUS_BEFORE.test(before) ||
    DOWN_FROM_BEFORE.test(before) ||
    DRAWN_FROM_BEFORE.test(before) ||
    isUnitRate(before, after)
  );
}
