import { isReconcilerError } from "../../errors";
import type { Finding } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import { delegationLevel, type DelegationResult } from "../../delegation/delegation-level";
import { isAtLeastAsSenior, levelForRole } from "../../delegation/scheme-levels";
import { kindForApproval } from "../../delegation/scheme-kinds";
import type { DecisionCheck } from "./check-context";
import { decisionDate } from "./decision-date";
import { makeFinding } from "./make-finding";
import { pounds } from "./pounds";

function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (isReconcilerError(e)) return null;
    throw e;
  }
}

/**
 * DELEGATION_LEVEL_TOO_LOW (error): the decision maker is below the level the scheme of delegation requires for
 * what is approved — an officer approving a £750,000 business case the scheme reserves to the DMPC. An error,
 * because a decision taken without delegated authority is not a valid approval of the money: nothing should be
 * budgeted against it until the right person approves it. Raised only when the decision maker's role, the kind of
 * approval and the scheme's rule are all known; anything unknown is left alone rather than guessed.
 */
export const delegationLevelTooLow: DecisionCheck = (ctx) => {
  const role = ctx.record.decisionBy;
  if (!role) return [];
  const maker = levelForRole(ctx.scheme, role);
  if (!maker) return [];
  const when = decisionDate(ctx);
  const out: Finding[] = [];
  for (const a of ctx.record.approvals) {
    const kind = kindForApproval(ctx.scheme, a.kind);
    if (!kind) continue;
    const date = when?.basis === "signed" ? when.date : undefined;
    const required: DelegationResult | null = orNull(() =>
      delegationLevel(ctx.scheme, { amountPence: a.pence as Pence, kind, ...(date ? { date } : {}) }),
    );
    if (!required) continue;
    if (orNull(() => isAtLeastAsSenior(ctx.scheme, maker, required.level)) !== false) continue;
    const message =
      `${role} approves ${pounds(a.pence)} (${a.kind}), but under ${required.scheme} ${required.rule}: ` +
      `this needs the ${required.levelTitle}, above the ${maker.title}. Do not budget against this approval until the ` +
      `${required.levelTitle} has approved it (or find the delegation that allows it).`;
    out.push(
      makeFinding(ctx, "DELEGATION_LEVEL_TOO_LOW", "error", message, [{ quote: a.quote, offset: a.offset }]),
    );
  }
  return out;
};
