import { isReconcilerError } from "../../errors";
import type { Finding } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import { delegationLevel, type DelegationResult } from "../../delegation/delegation-level";
import { isAtLeastAsSenior, levelForRole } from "../../delegation/scheme-levels";
import { kindForApproval } from "../../delegation/scheme-kinds";
import { officerDelegation } from "../../delegation/officer-delegation";
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
 * A scheme's answers per question asked, kept for the scheme's lifetime: the role and kind lookups normalise every
 * name in the scheme, and the same few roles and kinds come up in every decision.
 */
const memo = new WeakMap<object, Map<string, unknown>>();
function remembered<T>(scheme: object, key: string, f: () => T): T {
  let answers = memo.get(scheme);
  if (!answers) memo.set(scheme, (answers = new Map()));
  if (answers.has(key)) return answers.get(key) as T;
  if (answers.size >= 4096) answers.clear();
  const value = f();
  answers.set(key, value);
  return value;
}

/**
 * DELEGATION_LEVEL_TOO_LOW (error): the decision maker is below the level the scheme of delegation requires for
 * what is approved — an officer approving a £750,000 business case the scheme reserves to the DMPC. An error,
 * because a decision taken without delegated authority is not a valid approval of the money: nothing should be
 * budgeted against it until the right person approves it. Raised only when the decision maker's role, the kind of
 * approval and the scheme's rule are all known; anything unknown is left alone rather than guessed. An officer below
 * the level the scheme's fallback names is not flagged within a delegation the scheme gives that officer's level
 * (the Chief Finance Officer's virements of £0.5m or less).
 */
export const delegationLevelTooLow: DecisionCheck = (ctx) => {
  const role = ctx.record.decisionBy;
  if (!role) return [];
  const maker = remembered(ctx.scheme, `role\u0000${role}`, () => levelForRole(ctx.scheme, role));
  if (!maker) return [];
  const when = decisionDate(ctx);
  const out: Finding[] = [];
  for (const a of ctx.record.approvals) {
    const kind = remembered(ctx.scheme, `kind\u0000${a.kind}`, () => kindForApproval(ctx.scheme, a.kind));
    if (!kind) continue;
    const date = when?.basis === "signed" ? when.date : undefined;
    const required: DelegationResult | null = remembered(
      ctx.scheme,
      `level\u0000${a.pence}\u0000${kind}\u0000${date ?? ""}`,
      () =>
        orNull(() =>
          delegationLevel(ctx.scheme, { amountPence: a.pence as Pence, kind, ...(date ? { date } : {}) }),
        ),
    );
    if (!required) continue;
    if (orNull(() => isAtLeastAsSenior(ctx.scheme, maker, required.level)) !== false) continue;
    // An officer below the fallback's level acting within its own delegation (the CFO's virements of £0.5m or less).
    const query = { amountPence: a.pence as Pence, kind, ...(date ? { date } : {}) };
    const own = remembered(
      ctx.scheme,
      `own\u0000${maker.id}\u0000${a.pence}\u0000${kind}\u0000${date ?? ""}`,
      () => orNull(() => officerDelegation(ctx.scheme, maker.id, query)),
    );
    if (own) continue;
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
