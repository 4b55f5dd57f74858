import { isReconcilerError } from "../../errors";
import type { Finding } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import { addDays } from "../../dates/calendar";
import { thresholdCitedOn, type CitedThreshold } from "../../thresholds/threshold-cited-on";
import type { DecisionCheck } from "./check-context";
import { decisionDate } from "./decision-date";
import { figureClause } from "./figure-clause";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { capitalise } from "./wording";

/** A sentence about the procurement rules: the Regulations, a procurement threshold, procuring in accordance. */
const procurementContext =
  /\b(?:Public Contracts? Regulations|Procurement Act|(?:procurement|contract|financial)\s+thresholds?|threshold|procured|procurement rules|the Regulations)\b/i;
/** The delegation scheme's amounts ("business cases of £500,000 and above are for the DMPC") are not thresholds. */
const delegationContext =
  /\b(?:Scheme of (?:Consent and )?Delegation|delegated authority|DMPC|Deputy Mayor|business cases?|call[- ]in)\b/i;
const thresholdWording =
  /(?:\bvalued at|\bvalue of|\bthreshold (?:of|is|was)|\bexceed(?:s|ing)?|\babove|\bover)\s*$|^\s*(?:\(?(?:inc|incl|including|exc|excluding)[^)]{0,20}\)?\s*)?(?:or|and)\s+(?:above|over|more)\b/i;

function citedOn(pence: Pence, date: string): CitedThreshold | null {
  try {
    return thresholdCitedOn(pence, date);
  } catch (e) {
    if (isReconcilerError(e)) return null;
    throw e;
  }
}

/**
 * THRESHOLD_OUT_OF_DATE (warning): the Legal Comments cite a procurement threshold ("contracts valued at £X or
 * services will be bought in line with the Regulations") that was not the threshold in force when the
 * decision was taken. The decision's date is its signature date; failing that, the start of its approval period,
 * when a threshold in force in the year before the start is accepted too (the decision precedes the start).
 */
export const thresholdOutOfDate: DecisionCheck = (ctx) => {
  const when = decisionDate(ctx);
  if (!when) return [];
  const out: Finding[] = [];
  for (const figure of ctx.figures) {
    const clause = figureClause(ctx, figure);
    if (!procurementContext.test(clause.sentence) || delegationContext.test(clause.sentence)) continue;
    if (!thresholdWording.test(clause.before) && !thresholdWording.test(clause.after)) continue;
    const cited = citedOn(figure.pence, when.date);
    // A figure that was never a threshold is some other rule (a contract regulation's own limit): not ours to judge.
    if (!cited || cited.inForce || cited.matchingVersions.length === 0) continue;
    if (when.basis === "period start") {
      const earlier = citedOn(figure.pence, addDays(when.date, -365));
      if (!earlier || earlier.inForce) continue;
    }
    const inForce = cited.inForceValue;
    const version = cited.matchingVersions[0]!;
    const was = `the threshold in force from ${version.from}${version.to ? ` to ${version.to}` : ""}`;
    const message =
      `${capitalise(placeOf(ctx, figure.offset))} cites a procurement threshold of ${pounds(figure.pence)}, ${was}; ` +
      `the decision is ${when.described}, when the threshold was ${pounds(inForce.pence)} (${inForce.category}, ${inForce.authority}, ` +
      `in force from ${inForce.from}). Ask Legal to confirm the procurement route was judged against the threshold in force.`;
    const quotes = [quoteOf(ctx.text, figure.offset, figure.end)];
    if (when.quote) quotes.push(when.quote);
    out.push(makeFinding(ctx, "THRESHOLD_OUT_OF_DATE", "warning", message, quotes));
  }
  return out;
};
