import { isReconcilerError } from "../../errors";
import type { Finding } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import { delegationLevel, type DelegationResult } from "../../delegation/delegation-level";
import { isAtLeastAsSenior, levelForRole } from "../../delegation/scheme-levels";
import type { DelegationScheme, Level } from "../../delegation/delegation-scheme";
import { kindForApproval } from "../../delegation/scheme-kinds";
import { officerDelegation } from "../../delegation/officer-delegation";
import type { CheckContext, DecisionCheck } from "./check-context";
import { decisionDate } from "./decision-date";
import { makeFinding } from "./make-finding";
import { pounds } from "./pounds";
import { citedDelegations, type CitedDelegation } from "./cited-delegations";

/**
 * True when a delegation the decision cites covers its maker: made by a role at least as senior as the level the
 * scheme requires, to the maker's level (or to no one named: "under the authority delegated by the DMPC in …").
 */
function delegatesTo(scheme: DelegationScheme, c: CitedDelegation, maker: Level, required: string): boolean {
  const from = levelForRole(scheme, c.delegator);
  if (!from || orNull(() => isAtLeastAsSenior(scheme, from, required)) !== true) return false;
  if (c.delegate === null) return true;
  return levelForRole(scheme, c.delegate)?.id === maker.id;
}

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
 * Of the delegations that cover the maker, the one the Recommendation states ("The Chief Executive Officer, under the
 * authority delegated by the DMPC in PCD 1402, is asked to:"), else the first.
 */
function statedInRecommendation(
  ctx: CheckContext,
  cited: readonly CitedDelegation[],
): CitedDelegation | undefined {
  const inRecommendation = (c: CitedDelegation) =>
    ctx.doc.sections.some(
      (s) => s.part === "recommendation" && s.start <= c.quote.offset && c.quote.offset < s.end,
    );
  return cited.find(inRecommendation) ?? cited[0];
}

/**
 * DELEGATION_LEVEL_TOO_LOW (error): the decision maker is below the level the scheme of delegation requires for
 * what is approved — an officer approving a £750,000 business case the scheme reserves to the DMPC. An error,
 * because a decision taken without delegated authority is not a valid approval of the money: nothing should be
 * budgeted against it until the right person approves it. Raised only when the decision maker's role, the kind of
 * approval and the scheme's rule are all known; anything unknown is left alone rather than guessed. An officer below
 * the level the scheme's fallback names is not flagged within a delegation the scheme gives that officer's level
 * (the Chief Finance Officer's virements of £0.5m or less).
 *
 * DELEGATED_AUTHORITY (info) instead, where the decision says its maker acts under authority delegated in another,
 * named decision by someone senior enough ("The Chief Executive Officer, under the authority delegated by the DMPC
 * in PCD 1402, is asked to:"): the approval may be valid, but only that decision shows whether it delegated this
 * approval and up to what amount, so the note names it for the analyst to confirm.
 */
export const delegationLevelTooLow: DecisionCheck = (ctx) => {
  const role = ctx.record.decisionBy;
  if (!role) return [];
  const maker = remembered(ctx.scheme, `role\u0000${role}`, () => levelForRole(ctx.scheme, role));
  if (!maker) return [];
  const when = decisionDate(ctx);
  const out: Finding[] = [];
  let cited: CitedDelegation[] | undefined;
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
    cited ??= citedDelegations(ctx.doc);
    const onward = statedInRecommendation(
      ctx,
      cited.filter((c) => delegatesTo(ctx.scheme, c, maker, required.level)),
    );
    if (onward) {
      const note =
        `${role} approves ${pounds(a.pence)} (${a.kind}); under ${required.scheme} ${required.rule}: this needs the ` +
        `${required.levelTitle}. The decision says it is taken under authority the ${onward.delegator} delegated in ` +
        `${onward.ref}: confirm that ${onward.ref} delegated this approval, and that ${pounds(a.pence)} is within it, ` +
        `before budgeting against it.`;
      out.push(
        makeFinding(ctx, "DELEGATED_AUTHORITY", "info", note, [
          onward.quote,
          { quote: a.quote, offset: a.offset },
        ]),
      );
      continue;
    }
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
