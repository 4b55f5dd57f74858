import type { DelegationScheme } from "../../delegation/delegation-scheme";
import { mopacScheme } from "../../delegation/mopac-scheme";
import { bySeverity, type Finding } from "../../findings/finding";
import type { DecisionDocument } from "../decision-document";
import type { DecisionRecord } from "../decision-record";
import { annualRateBesideTotal } from "./annual-rate-beside-total";
import { approximateAmount } from "./approximate-amount";
import { backgroundYearStatements } from "./background-year-statements";
import { checkContext, type DecisionCheck } from "./check-context";
import { danglingSectionReference } from "./dangling-section-reference";
import { delegationLevelTooLow } from "./delegation-level-too-low";
import { formIncomplete } from "./form-incomplete";
import { fundedBelowCost } from "./funded-below-cost";
import { fundingBreakdown } from "./funding-breakdown";
import { fundingBelowTheCostRow } from "./funding-below-the-cost-row";
import { fyMismatch } from "./fy-mismatch";
import { periodReversed } from "./period-reversed";
import { signatureOrder } from "./signature-order";
import { splitUndetermined } from "./split-undetermined";
import { tableTotalMismatch } from "./table-total-mismatch";
import { thresholdOutOfDate } from "./threshold-out-of-date";
import { totalMismatch } from "./total-mismatch";
import { runningTotalMismatch } from "./running-totals";
import { valueWithheld } from "./value-withheld";
import { incomeAccepted } from "./income-accepted";
import { wordsAndFigures } from "./words-and-figures";

/** Every self-consistency check, in the order their findings are listed (most serious kinds first). */
export const DECISION_CHECKS: readonly DecisionCheck[] = [
  totalMismatch,
  incomeAccepted,
  annualRateBesideTotal,
  wordsAndFigures,
  tableTotalMismatch,
  runningTotalMismatch,
  fyMismatch,
  periodReversed,
  backgroundYearStatements,
  delegationLevelTooLow,
  fundingBreakdown,
  fundingBelowTheCostRow,
  thresholdOutOfDate,
  signatureOrder,
  splitUndetermined,
  approximateAmount,
  valueWithheld,
  fundedBelowCost,
  danglingSectionReference,
  formIncomplete,
];

/**
 * The problems a decision record has with itself: totals that disagree, a sum in words and figures that differ, tables that do not add up, funding that
 * does not make its total, an out-of-date procurement threshold, signatures out of order, references to missing
 * paragraphs, approximate or unprofiled approvals, forms left unfinished, a decision maker below the delegation
 * scheme's level. Errors first, then warnings, then information; within a severity, in check order.
 *
 * @example checkDecision(record, doc) // [{ code: "TOTAL_MISMATCH", severity: "error", message: "The Recommendation approves …", quotes: […] }]
 */
export function checkDecision(
  record: DecisionRecord,
  doc: DecisionDocument,
  options: { scheme?: DelegationScheme } = {},
): Finding[] {
  const ctx = checkContext(record, doc, options.scheme ?? mopacScheme());
  const findings = DECISION_CHECKS.flatMap((check) => check(ctx));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => bySeverity(a.f, b.f) || a.i - b.i)
    .map(({ f }) => f);
}
