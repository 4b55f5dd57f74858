import type { Approval } from "../decision-record";
import { daysBetweenInclusive } from "../../dates/calendar";
import { monthsByFinancialYear, wholeYears } from "../decision-period";
import type { CheckContext, DecisionCheck, MoneyFigure } from "./check-context";
import { figureClause } from "./figure-clause";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { sentenceAt } from "./sentences";
import { capitalise } from "./wording";

/** "running costs are an estimated £480,000 per year", "annual running costs of £50,000". */
const costBefore =
  /\b(?:project|operational|operating|running|delivery|service|programme|staffing|annual|yearly|full)\s+(?:[\w-]+\s+)?costs?\b[^£\n]{0,60}$/i;
const perYearAfter =
  /^\s*(?:\)\s*)?(?:per\s+(?:year|annum)|a\s+year|each\s+year|annually|p\.?\s?a\.?\b|every\s+year)/i;
const annualBefore = /\b(?:annual|yearly|per\s+(?:year|annum))\b/i;
const oneYearWords =
  /\b(?:one[- ]year|1[- ]year|12[- ]months?|twelve[- ]months?|per\s+(?:year|annum)|annual|for a year)\b/i;

/** A figure stated as what the service costs a year. */
function annualCosts(ctx: CheckContext): MoneyFigure[] {
  return ctx.figures.filter((f) => {
    const c = figureClause(ctx, f);
    return costBefore.test(c.before) && (perYearAfter.test(c.after) || annualBefore.test(c.before));
  });
}

/** What an approval provides a year: pro rata over its period, or as is when its words say it is for one year. */
function perYear(ctx: CheckContext, a: Approval): number | null {
  if (a.start && a.end && a.start <= a.end) {
    // Whole years or whole months share the sum out by them (a leap day makes no year shorter of money); else by days.
    const period = { start: a.start, end: a.end };
    const years = wholeYears(period);
    if (years !== null) return Math.round(a.pence / years);
    const months = monthsByFinancialYear(period);
    if (months !== null) return Math.round((a.pence * 12) / months.reduce((n, y) => n + y.months, 0));
    const days = daysBetweenInclusive(a.start, a.end);
    return days > 0 ? Math.round((a.pence * 365) / days) : null;
  }
  const words = a.quote + " " + sentenceAt(ctx.text, a.offset).text;
  return oneYearWords.test(words) ? a.pence : null;
}

/**
 * FUNDED_BELOW_COST (info): the decision estimates what the service costs a year but approves less for it (the
 * largest approval, pro rata per year, falls short of the cost while covering at least half of it — below half it
 * reads as a contribution). The rest must come from somewhere: the analyst should find out where.
 */
export const fundedBelowCost: DecisionCheck = (ctx) => {
  const costs = annualCosts(ctx);
  if (costs.length === 0) return [];
  const approvals = ctx.record.approvals
    .map((a) => ({ a, yearly: perYear(ctx, a) }))
    .filter((x): x is { a: Approval; yearly: number } => x.yearly !== null && x.yearly > 0);
  if (approvals.length === 0) return [];
  const best = approvals.reduce((m, x) => (x.yearly > m.yearly ? x : m));
  return costs
    .filter((cost) => best.yearly < cost.pence && best.yearly * 2 >= cost.pence)
    .map((cost) => {
      const gap = cost.pence - best.yearly;
      const message =
        `${capitalise(placeOf(ctx, cost.offset))} estimates the cost at ${pounds(cost.pence)} a year, but ${placeOf(ctx, best.a.offset)} ` +
        `approves ${best.a.qualifier === "up to" ? "up to " : ""}${pounds(best.a.pence)}${best.yearly !== best.a.pence ? ` (${pounds(best.yearly)} a year)` : " for the year"}: ` +
        `${pounds(gap)} a year short. Find out how the shortfall is funded (another funder, match funding, reduced delivery) before relying on the service running at that cost.`;
      return makeFinding(ctx, "FUNDED_BELOW_COST", "info", message, [
        quoteOf(ctx.text, cost.offset, cost.end),
        { quote: best.a.quote, offset: best.a.offset },
      ]);
    });
};
