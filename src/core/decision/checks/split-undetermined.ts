import type { FinancialYear } from "../../financial-year/financial-year-label";
import { movesMoney } from "../approval-words";
import type { Finding, Quote } from "../../findings/finding";
import type { Approval } from "../decision-record";
import type { DecisionCheck } from "./check-context";
import { financialYearsIn, financialYearsSpanned } from "./financial-years";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { sentenceAt } from "./sentences";
import { capitalise, listOf } from "./wording";

/** "the split between years is still to be determined", "profile to be confirmed", "phasing TBC". */
const undecidedSplit =
  /\b(?:split|profile|profiling|phasing|allocation)\b(?:(?!\.\s)[^\n]){0,80}?\b(?:(?:is|are|has|have|will be)\s+)?(?:still|yet)?\s*(?:to be|not yet(?: been)?|yet to be)\s+(?:determined|confirmed|agreed|finali[sz]ed|decided|set|profiled)\b|\b(?:split|profile|phasing)\b[^\n.]{0,40}\bTBC\b/gi;

function yearsOf(a: Approval): FinancialYear[] {
  return a.start && a.end && a.start <= a.end ? financialYearsSpanned(a.start, a.end) : [];
}

/**
 * SPLIT_UNDETERMINED (info): the decision says its split over financial years is still to be determined, or an
 * approval spans several financial years and nothing in the decision (a table, a sentence) fixes how much falls in
 * each. The amount then needs a profile over those years before it can be budgeted.
 */
export const splitUndetermined: DecisionCheck = (ctx) => {
  const out: Finding[] = [];
  const stated: Quote[] = [];
  for (const m of ctx.text.matchAll(undecidedSplit))
    stated.push(quoteOf(ctx.text, m.index!, m.index! + m[0].length));
  const fixedYears = new Set<string>(ctx.record.allocations.map((a) => a.fy));
  for (const t of ctx.doc.tables) for (const f of t.fyColumns) fixedYears.add(f.fy);

  // Money moved between years already has its years: the re-profile says them.
  const spanning = ctx.record.approvals.filter((a) => yearsOf(a).length > 1 && !movesMoney(a.kind));
  if (stated.length > 0) {
    const first = stated[0]!;
    const approval = spanning[0] ?? ctx.record.approvals[0];
    let years = approval ? yearsOf(approval) : [];
    if (years.length === 0) years = financialYearsIn(sentenceAt(ctx.text, first.offset).text);
    const amount = approval ? `the ${pounds(approval.pence)}` : "the amount";
    const over = years.length > 0 ? ` over ${listOf(years)}` : " over the financial years it covers";
    const message =
      `${placeOf(ctx, first.offset)} says the split over financial years is not yet decided ("${first.quote}"): ` +
      `${amount} needs a profile${over}. Profile it (e.g. by months of service) and confirm the profile with the budget holder.`;
    const quotes = approval ? [...stated, { quote: approval.quote, offset: approval.offset }] : stated;
    out.push(makeFinding(ctx, "SPLIT_UNDETERMINED", "info", capitalise(message), quotes));
    return out;
  }
  for (const a of spanning) {
    const years = yearsOf(a);
    // Profiled when every year it spans has its money fixed (a table column, a sentence, another approval's year);
    // a year left open still needs a profile.
    if (years.every((y) => fixedYears.has(y))) continue;
    const message =
      `The approval of ${pounds(a.pence)} runs from ${a.start} to ${a.end}, across ${listOf(years)}, but the decision does not say ` +
      `how much falls in each financial year. It needs a profile over ${listOf(years)} before it can be budgeted; agree one with the budget holder.`;
    out.push(makeFinding(ctx, "SPLIT_UNDETERMINED", "info", message, [{ quote: a.quote, offset: a.offset }]));
  }
  return out;
};
