import { NOT_APPROVING, neverApprovedBefore } from "../approval-words";
import { itemWordsBefore } from "../recommendation-items";
import type { Finding, Quote } from "../../findings/finding";
import type { CheckContext, DecisionCheck, MoneyFigure } from "./check-context";
import { isApproximate } from "./figure-precision";
import { makeFinding, quoteOf } from "./make-finding";
import { partAt, placeOf } from "./places";
import { pounds } from "./pounds";

const qualifierBefore =
  /(?:\bcirca\s+|\bapprox(?:imately|\.)?\s+|\baround\s+|\babout\s+|\broughly\s+|\bin the region of\s+|\ban? estimated\s+|\bestimated\s+|\bc\.\s*)$/i;

/** The figure with an approximate word written before it: "approximately £2m", "c£450,000". */
function approximateQuote(ctx: CheckContext, f: MoneyFigure): Quote {
  const before = ctx.text.slice(Math.max(0, f.offset - 24), f.offset);
  const m = qualifierBefore.exec(before);
  return quoteOf(ctx.text, m ? f.offset - m[0].length : f.offset, f.end);
}

/**
 * APPROXIMATE_AMOUNT (info): the decision approves an approximate amount ("c£450,000", "approximately £2m"), so
 * it does not fix what may be spent. One finding per approximate approval.
 */
export const approximateAmount: DecisionCheck = (ctx) => {
  const out: Finding[] = [];
  const approximate = ctx.figures.filter((f) => isApproximate(ctx.text, f));
  const taken = new Set<number>();
  const report = (f: MoneyFigure | null, quote: Quote, pence: number) => {
    const q = f ? approximateQuote(ctx, f) : quote;
    if (taken.has(q.offset)) return;
    taken.add(q.offset);
    const exact = ctx.figures.find(
      (g) =>
        g !== f && !isApproximate(ctx.text, g) && g.pence === pence && partAt(ctx, g.offset) === "financial",
    );
    const exactNote = exact
      ? ` ${placeOf(ctx, exact.offset)} gives ${pounds(exact.pence)} without the qualifier.`
      : "";
    const message =
      `${placeOf(ctx, q.offset) === "the Recommendation" ? "The Recommendation approves" : `${placeOf(ctx, q.offset)} approves`} ` +
      `"${q.quote}", an approximate figure, so the decision does not fix the amount.${exactNote} ` +
      `Treat ${pounds(pence)} as an estimate and confirm the amount actually committed before budgeting against it.`;
    out.push(
      makeFinding(
        ctx,
        "APPROXIMATE_AMOUNT",
        "info",
        message,
        exact ? [q, quoteOf(ctx.text, exact.offset, exact.end)] : [q],
      ),
    );
  };
  for (const a of ctx.record.approvals) {
    const inside = approximate.find(
      (f) => f.offset >= a.offset && f.offset < a.offset + a.quote.length && f.pence === a.pence,
    );
    if (inside) report(inside, approximateQuote(ctx, inside), a.pence);
    else if (a.qualifier === "approximately") report(null, { quote: a.quote, offset: a.offset }, a.pence);
  }
  // Approximate figures in the Recommendation the extractor did not read as approvals (a saving, or the budget a
  // withheld sum sits within, is no approval at all).
  for (const f of approximate) {
    if (partAt(ctx, f.offset) !== "recommendation") continue;
    if (neverApprovedBefore.test(ctx.text.slice(Math.max(0, f.offset - 80), f.offset))) continue;
    // An item that only notes or delegates ("Note that ongoing costs of approximately £1.8m …") approves nothing.
    if (NOT_APPROVING.test(itemWordsBefore(ctx.text, f.offset))) continue;
    report(f, approximateQuote(ctx, f), f.pence);
  }
  return out;
};
