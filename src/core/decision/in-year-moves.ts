/**
 * The year of money moved within a year's budget: a reserve drawn down, a virement, a transfer into a reserve. An
 * in-year change states its year once for all its recommendations ("1. Approve an increase of £3.82m in the 2024/25
 * MOPAC revenue budget … 3. Approve a drawdown of £0.65m …"): a move whose own recommendation gives no year is for
 * that year, whatever another sentence restating its sum says of later budgets ("£14.2m … transferred to the Budget
 * Resilience Reserve to support the 2026/27 budget"). A transfer of an underspend into a reserve is made in the year
 * the underspend arises ("the transfer of the remaining revenue underspend of £12.4m to the Budget Resilience Reserve"
 * in a decision carrying forward budget "from 2024/25 into 2025/26" is made in 2024/25).
 * (Whether a drawdown is spending or pays for the spending beside it: see sources-of-spending.ts.)
 */
import { financialYearEnd, financialYearStart, findFinancialYears } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";
import { yearsSpentIn } from "./source-years";
import { FROM_A_RESERVE } from "./sources-of-spending";

/** Money moved within a year's budget: a reserve drawn down, a virement. */
const IN_YEAR_MOVE = new RegExp(`${FROM_A_RESERVE.source}|\\bvirements?\\b`, "i");

/** Money left over that a transfer into a reserve takes: "the forecast 2025/26 underspend", "remaining underspend". */
const UNDERSPEND = /\bunder-?spends?\b/i;

/** The words of the sentence an approval is stated in. */
function ownSentence(doc: DecisionDocument, a: Approval): string {
  const s = sentenceAround(doc.text, a.offset);
  return doc.text.slice(s.start, s.end);
}

/** The words of the Recommendation. */
function recommendationWords(doc: DecisionDocument): string[] {
  return doc.sections.filter((s) => s.part === "recommendation").map((s) => doc.text.slice(s.start, s.end));
}

/** The one financial year the Recommendation names (not as where money comes from), or null. */
function recommendationYear(doc: DecisionDocument): FinancialYear | null {
  const years = new Set<FinancialYear>();
  for (const body of recommendationWords(doc))
    for (const m of findFinancialYears(body)) for (const y of yearsSpentIn(body, m)) years.add(y);
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The one financial year the words name only as where money comes from ("the forecast 2025/26 underspend", "carry
 * forwards … from 2024/25 into 2025/26"), or null.
 */
function leftOverYear(bodies: readonly string[]): FinancialYear | null {
  const years = new Set<FinancialYear>();
  for (const body of bodies)
    for (const m of findFinancialYears(body))
      if (m.years.length === 1 && yearsSpentIn(body, m).length === 0) years.add(m.years[0]!);
  return years.size === 1 ? [...years][0]! : null;
}

/** True where the sentence an approval is stated in names a financial year. */
function ownYear(doc: DecisionDocument, a: Approval): boolean {
  return findFinancialYears(ownSentence(doc, a)).length > 0;
}

function dateIn(a: Approval, fy: FinancialYear): void {
  a.start = financialYearStart(fy);
  a.end = financialYearEnd(fy);
}

/**
 * Dates the moves of an in-year budget change whose own recommendation names no year with the Recommendation's one
 * year, and a transfer of an underspend into a reserve with the year the underspend arises in.
 */
export function datedInRecommendationYear(doc: DecisionDocument, approvals: Approval[]): void {
  const rec = recommendationWords(doc);
  if (rec.length === 0) return;
  for (const a of approvals) {
    if (a.kind !== "transfer to reserve" || !UNDERSPEND.test(ownSentence(doc, a))) continue;
    const fy = leftOverYear([ownSentence(doc, a)]) ?? leftOverYear(rec);
    if (fy !== null) dateIn(a, fy);
  }
  const moves = approvals.filter(
    (a) =>
      (a.kind === "transfer to reserve" || IN_YEAR_MOVE.test(ownSentence(doc, a))) &&
      !(a.kind === "transfer to reserve" && UNDERSPEND.test(ownSentence(doc, a))) &&
      (a.start === null || !ownYear(doc, a)),
  );
  if (moves.length === 0) return;
  const fy = recommendationYear(doc);
  if (fy === null) return;
  for (const a of moves) dateIn(a, fy);
}
