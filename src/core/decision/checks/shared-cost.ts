import type { CheckContext, MoneyFigure } from "./check-context";
import { figureClause } from "./figure-clause";
import { sentenceSpan } from "./sentences";

/** A share another body pays: "with the balance of £260,000 met by the London Borough of Newham". */
const ANOTHER_PAYS_BEFORE = /\b(?:balance|remainder|rest)[ \t\n]+of[ \t\n]*$/i;
const ANOTHER_PAYS_AFTER =
  /^[^.;£]{0,40}?\b(?:met|paid|funded|provided|contributed|covered)[ \t\n]+(?:in[ \t\n]+full[ \t\n]+)?by[ \t\n]+(?!MOPAC\b|the[ \t\n]+MOPAC\b)/i;

/**
 * Whether a total stated for a scheme is shared with another funder that pays the rest ("The total scheme cost is
 * £1,060,000. This decision approves a capital grant of up to £800,000 from MOPAC towards the scheme, with the balance
 * of £260,000 met by the London Borough of Newham"): the scheme's whole cost, not what the decision approves. It is
 * shared where the sentence, or the next, says another body pays a balance, and that balance and what the decision
 * approves make the total.
 */
export function sharedWithAnotherFunder(ctx: CheckContext, total: MoneyFigure): boolean {
  const here = sentenceSpan(ctx.text, total.offset);
  const next = here.end < ctx.text.length ? sentenceSpan(ctx.text, here.end + 1) : here;
  const near = ctx.figures.filter((f) => f !== total && f.offset >= here.start && f.end <= next.end);
  const approved = new Set(ctx.record.approvals.map((a) => a.pence as number));
  return near.some((f) => {
    const clause = figureClause(ctx, f);
    if (!ANOTHER_PAYS_BEFORE.test(clause.before) || !ANOTHER_PAYS_AFTER.test(clause.after)) return false;
    return approved.has(total.pence - f.pence);
  });
}
