import { bringsMoneyIn } from "./approval-words";
import type { Approval } from "./decision-record";
import type { RecommendationItem } from "./recommendation-items";

/** A noun for a sum already approved: "sum", "total", "funding", "budget", "allocation", … */
const SUM_NOUN = String.raw`(?:sum|total|amount|funding|budget|allocation|envelope|approval|figure|money)`;
/**
 * The words of a recommendation that take its figure out of a sum approved in an earlier one: "£200,000 of this sum",
 * "from within the above", "within this total", "of the approved funding", "of the £1,200,000 in recommendation 1".
 */
const OUT_OF_AN_EARLIER_SUM = new RegExp(
  String.raw`\b(?:of|from|within|out[ \t]+of)[ \t]+(?:within[ \t]+)?(?:` +
    String.raw`(?:this|that|the[ \t]+above|the[ \t]+same|the[ \t]+said|the[ \t]+approved)[ \t]+(?:(?:approved|overall|total)[ \t]+)?${SUM_NOUN}\b` +
    String.raw`|the[ \t]+above\b(?![ \t]+(?!(?:on|for|to|towards|in)\b)\w)` +
    String.raw`|the[ \t]+${SUM_NOUN}[ \t]+(?:approved|above|set[ \t]+out|in[ \t]+(?:recommendation|paragraph))` +
    String.raw`|the[ \t]+£[\d,.]+[ \t]*(?:m|k|bn|million|billion)?[ \t]+(?:approved|above|set[ \t]+out|in[ \t]+(?:recommendation|paragraph))` +
    `)`,
  "i",
);
const OUT_OF_THE_SUM_AFTER = new RegExp(String.raw`^[ \t\n]*(?:${OUT_OF_AN_EARLIER_SUM.source})`, "i");

/** True where the words just after a figure take it out of a sum said before: "£50,000 of this sum may be spent on". */
export function takesFromTheSum(after: string): boolean {
  return OUT_OF_THE_SUM_AFTER.test(after) && !MORE_MONEY.test(after.slice(0, 40));
}

/** Words that make a figure more money, not a part of what is approved: "a further £200,000 from this budget". */
const MORE_MONEY =
  /\b(?:further|additional|extra|in[ \t]+addition|on[ \t]+top|over[ \t]+and[ \t]+above|increase)\b/i;

/**
 * The approvals of a recommendation that takes its figures out of a sum an earlier recommendation approves ("1.
 * Approve expenditure of £1,200,000 on the programme in 2025/26." then "2. Approve that £200,000 of this sum is
 * used for an independent evaluation."): parts of that sum, not more money. The earlier sum is the nearest
 * recommendation before with approvals of the same direction (spending, or income brought in), and the parts come to
 * no more than it, and say nothing more than it: of the same kind, with no recipient of their own. Spending "of this
 * funding" after a grant is accepted is another flow of money, and stays.
 * Returns the approvals to drop.
 */
export function partsOfAnEarlierSum(
  items: readonly RecommendationItem[],
  byItem: ReadonlyMap<RecommendationItem, readonly Approval[]>,
): Set<Approval> {
  const parts = new Set<Approval>();
  for (let j = 1; j < items.length; j++) {
    const own = byItem.get(items[j]!);
    if (own === undefined || own.length === 0) continue;
    const words = items[j]!.words;
    if (!OUT_OF_AN_EARLIER_SUM.test(words) || MORE_MONEY.test(words)) continue;
    const income = bringsMoneyIn(own[0]!.kind);
    if (own.some((a) => bringsMoneyIn(a.kind) !== income)) continue;
    let whole: readonly Approval[] | undefined;
    for (let i = j - 1; i >= 0 && whole === undefined; i--) {
      const earlier = (byItem.get(items[i]!) ?? []).filter((a) => !parts.has(a));
      if (earlier.length > 0) whole = earlier;
    }
    if (whole === undefined || whole.some((a) => bringsMoneyIn(a.kind) !== income)) continue;
    const sum = (list: readonly Approval[]) => list.reduce((n, a) => n + a.pence, 0);
    if (sum(own) > sum(whole)) continue;
    // A part that says more than the sum does (a contract awarded "within the budget approved at recommendation 1",
    // its contractor named) is an approval in its own right: what is awarded, and to whom.
    const kinds = new Set(whole.map((a) => a.kind));
    const recipients = new Set(whole.map((a) => a.recipient));
    if (own.some((a) => !kinds.has(a.kind) || (a.recipient !== null && !recipients.has(a.recipient))))
      continue;
    for (const a of own) parts.add(a);
  }
  return parts;
}
