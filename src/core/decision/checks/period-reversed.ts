import type { DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";
import { partAt, placeOf } from "./places";
import { reversedPeriods } from "../reversed-periods";
import { capitalise } from "./wording";

/** Parts of the form whose dates are not the decision's own periods: signatures, declarations, the legal advice. */
const NOT_PERIODS = new Set(["approval", "signature", "declaration", "legal"]);

/**
 * PERIOD_REVERSED (error): the decision writes a period that ends before it starts ("from 1 November 2025 to 31 March
 * 2025"). One of its dates is wrong, and the text alone cannot say which; a period so written in the Recommendation
 * gives its approval no start or end.
 */
export const periodReversed: DecisionCheck = (ctx) =>
  reversedPeriods(ctx.text)
    .filter((r) => !NOT_PERIODS.has(partAt(ctx, r.offset) ?? ""))
    .map((r) => {
      const inRecommendation = partAt(ctx, r.offset) === "recommendation";
      const message =
        `${capitalise(placeOf(ctx, r.offset))} gives the period "${r.quote}", which ends before it starts. ` +
        (inRecommendation ? "The approval's start and end are left empty rather than guessed. " : "") +
        `Confirm the dates with the decision's author before profiling the money by year.`;
      return makeFinding(ctx, "PERIOD_REVERSED", "error", message, [
        quoteOf(ctx.text, r.offset, r.offset + r.quote.length),
      ]);
    });
