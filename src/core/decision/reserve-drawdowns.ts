import { financialYearEnd, financialYearStart, findFinancialYears } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";
import { yearsSpentIn } from "./source-years";

/**
 * An in-year budget change states its year once for all its recommendations: "1. Approve an increase of £3.82m in the
 * 2024/25 MOPAC revenue budget … 3. Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the
 * pressures." A drawdown from a reserve or a virement the Recommendation gives no period of is for the one financial
 * year the Recommendation names, where it names only one.
 */

/** Money drawn from a reserve: "a drawdown of £0.65m from the Budget Resilience Reserve", "£1m from reserves". */
const FROM_RESERVE =
  /\bdraw(?:n|ing)?[ \t\n-]*downs?\b|\b(?:from|of)[ \t\n]+(?:the[ \t\n]+)?(?:[A-Z][\w'’-]*[ \t\n]+){0,5}[Rr]eserves?\b/;
/** Money moved within a year's budget: a reserve drawn down, a virement. */
const IN_YEAR_MOVE = new RegExp(`${FROM_RESERVE.source}|\\bvirements?\\b`);

/** The words of the sentence an approval is stated in. */
function ownSentence(doc: DecisionDocument, a: Approval): string {
  const s = sentenceAround(doc.text, a.offset);
  return doc.text.slice(s.start, s.end);
}

/**
 * True where the approval draws money from a reserve ("Approve a drawdown of £0.65m from the Budget Resilience
 * Reserve to fund the custody healthcare pressure"): it says where money comes from, as accepted income does, so
 * where the decision also approves the spending of that year it is no money of its own.
 */
export function drawsOnReserve(doc: DecisionDocument, a: Approval): boolean {
  return FROM_RESERVE.test(ownSentence(doc, a));
}

/** The one financial year the Recommendation names (not as where money comes from), or null. */
function recommendationYear(doc: DecisionDocument): FinancialYear | null {
  const years = new Set<FinancialYear>();
  for (const section of doc.sections) {
    if (section.part !== "recommendation") continue;
    const body = doc.text.slice(section.start, section.end);
    for (const m of findFinancialYears(body)) for (const y of yearsSpentIn(body, m)) years.add(y);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/** Dates the undated drawdowns and virements of an in-year budget change with the Recommendation's one year. */
export function datedInRecommendationYear(doc: DecisionDocument, approvals: Approval[]): void {
  const undated = approvals.filter((a) => a.start === null && a.end === null);
  if (undated.length === 0) return;
  const fy = recommendationYear(doc);
  if (fy === null) return;
  for (const a of undated) {
    if (!IN_YEAR_MOVE.test(ownSentence(doc, a))) continue;
    a.start = financialYearStart(fy);
    a.end = financialYearEnd(fy);
  }
}
