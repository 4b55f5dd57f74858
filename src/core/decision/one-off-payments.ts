/**
 * The year of a one-off payment the decision names no period for. A settlement ("Approve the settlement of the
 * Employment Tribunal claim … in the sum of £145,000, together with the claimant's reasonable legal costs capped at
 * £35,000"), compensation or an ex gratia payment is paid once, when approved: it falls in the financial year the
 * decision is signed in. Not where the decision's other approvals fall in another year, or in several: the payment's
 * year is then in doubt.
 */
import { financialYearEnd, financialYearOf, financialYearStart } from "../financial-year/financial-year";
import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";

/** Words of a payment made once: "the settlement of the claim", "compensation of", "an ex gratia payment". */
const ONE_OFF = /\b(?:settle(?:ment)?s?|compensation|ex[ -]gratia|damages|one[ -]off[ \t]+payments?)\b/i;

/** Dates the undated one-off payments with the financial year the decision is signed in (`signed`, ISO). */
export function datedWhenSigned(doc: DecisionDocument, approvals: Approval[], signed: string | null): void {
  if (signed === null) return;
  const fy = financialYearOf(signed);
  const start = financialYearStart(fy);
  const end = financialYearEnd(fy);
  const dated = approvals.filter((a) => a.start !== null || a.end !== null);
  if (dated.some((a) => a.start !== start || a.end !== end)) return;
  for (const a of approvals) {
    if (a.start !== null || a.end !== null) continue;
    const s = sentenceAround(doc.text, a.offset);
    if (!ONE_OFF.test(doc.text.slice(s.start, s.end))) continue;
    a.start = start;
    a.end = end;
  }
}
