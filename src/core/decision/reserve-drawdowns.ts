/**
 * Money drawn from a reserve. A drawdown is the decision's spending where it is all the decision approves ("Approve
 * the drawdown of £450,000 from the Managing Risk Reserve in 2024/25 to fund the recruitment marketing campaign"),
 * or where the other spending is paid for by income of its own. Where it pays for spending the decision approves
 * besides ("1. Approve an increase of £3.82m in the 2024/25 revenue budget; 2. Accept grant income of £1.75m …;
 * 3. Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the custody healthcare … pressures"), it
 * is a source of that spending, as the grant income is, and no more money spent. An in-year change states its year
 * once for all its recommendations ("1. Approve an increase of £3.82m in the 2024/25 MOPAC revenue budget … 3. Approve
 * a drawdown of £0.65m …"): a drawdown or virement given no period of its own is for that year.
 */
import { financialYearEnd, financialYearStart, findFinancialYears } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import { bringsMoneyIn, movesMoney } from "./approval-words";
import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";
import { yearsSpentIn } from "./source-years";

/** "a drawdown of £0.65m from the Budget Resilience Reserve", "the use of £2m from reserves". */
const FROM_A_RESERVE =
  /\b(?:draw[- \t]?downs?|drawing[ \t]+down|draw[ \t]+down|use|utilisation|release|transfer)\b(?:[^.;]|\.(?=\d)){0,60}?\bfrom[ \t]+(?:the[ \t]+|its[ \t]+|MOPAC['’]s[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?reserves?\b/i;

/** The kind an approval of money drawn from a reserve takes where it pays for the decision's other spending. */
export const RESERVE_DRAWDOWN = "reserve drawdown";

/**
 * Marks the approvals whose words (`wordsOf`: the recommendation stating each) draw money from a reserve as
 * `RESERVE_DRAWDOWN` where the decision approves other spending at least as large as the drawdowns and the income it
 * accepts together: what pays for that spending, not more of it.
 */
export function markDrawdownsThatFund(approvals: Approval[], wordsOf: (a: Approval) => string): void {
  const spends = (a: Approval): boolean => a.pence > 0 && !bringsMoneyIn(a.kind) && !movesMoney(a.kind);
  const drawdowns = approvals.filter((a) => spends(a) && FROM_A_RESERVE.test(wordsOf(a)));
  if (drawdowns.length === 0) return;
  const spending = approvals.filter((a) => spends(a) && !drawdowns.includes(a));
  if (spending.length === 0) return;
  const sum = (list: readonly Approval[]): number => list.reduce((n, a) => n + a.pence, 0);
  const income = approvals.filter((a) => a.pence > 0 && a.kind === "income");
  if (sum(drawdowns) + sum(income) > sum(spending)) return;
  for (const a of drawdowns) a.kind = RESERVE_DRAWDOWN;
}

/** Money moved within a year's budget: a reserve drawn down, a virement. */
const IN_YEAR_MOVE = new RegExp(`${FROM_A_RESERVE.source}|\\bvirements?\\b`, "i");

/** The words of the sentence an approval is stated in. */
function ownSentence(doc: DecisionDocument, a: Approval): string {
  const s = sentenceAround(doc.text, a.offset);
  return doc.text.slice(s.start, s.end);
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
