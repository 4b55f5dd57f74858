import { isReconcilerError } from "../../errors";
import type { Finding, Quote } from "../../findings/finding";
import type { Approval } from "../decision-record";
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
import {
  namesMaker,
  statedKind,
  statedOfficerLimits,
  withinLimit,
  type StatedOfficerLimit,
} from "./stated-officer-limits";

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

/** An approval the maker's level is too low for, with what the scheme requires. */
interface TooLow {
  approval: Approval;
  kind: string;
  required: DelegationResult;
}

/**
 * The approvals of a group, for a message: "£145,000 (funding)", or for several "£52,300 in 3 approvals (£47,250,
 * £3,900 and £1,150; funding)".
 */
function approvalsInWords(group: readonly TooLow[]): string {
  const kinds = [...new Set(group.map((g) => g.approval.kind))].join(", ");
  if (group.length === 1) return `${pounds(group[0]!.approval.pence)} (${kinds})`;
  const each = group.map((g) => pounds(g.approval.pence));
  const list = `${each.slice(0, -1).join(", ")} and ${each[each.length - 1]}`;
  return `${pounds(totalOf(group))} in ${group.length} approvals (${list}; ${kinds})`;
}

function totalOf(group: readonly TooLow[]): number {
  return group.reduce((sum, g) => sum + g.approval.pence, 0);
}

/** The groups of approvals that break the same rule of the scheme, in the order first met. */
function byRule(items: readonly TooLow[], extra: (t: TooLow) => string = () => ""): TooLow[][] {
  const groups = new Map<string, TooLow[]>();
  for (const t of items) {
    const key = `${t.required.scheme}\u0000${t.required.rule}\u0000${extra(t)}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

function quotesOfGroup(group: readonly TooLow[]): Quote[] {
  return group.map((g) => ({ quote: g.approval.quote, offset: g.approval.offset }));
}

/** "the Chief Finance Officer may approve expenditure up to £100,000 (paragraph 5.4)". */
function statedInWords(s: StatedOfficerLimit, maker: Level): string {
  const who = s.roles[0] ? `the ${s.roles[0]}` : `its ${maker.title}`;
  const what = s.kindWords ? `${s.kindWords} ` : "";
  const bound = s.limit.comparison === "at-most" ? "up to" : "below";
  const where = s.paragraph ? ` (paragraph ${s.paragraph})` : "";
  return `${who} may approve ${what}${bound} ${pounds(s.limit.pence)}${where}`;
}

/**
 * DELEGATION_LEVEL_TOO_LOW (error): the decision maker is below the level the scheme of delegation requires for
 * what is approved — an officer approving a £750,000 business case the scheme reserves to the DMPC. An error,
 * because a decision taken without delegated authority is not a valid approval of the money: nothing should be
 * budgeted against it until the right person approves it. Raised only when the decision maker's role, the kind of
 * approval and the scheme's rule are all known; anything unknown is left alone rather than guessed. An officer below
 * the level the scheme's fallback names is not flagged within a delegation the scheme gives that officer's level
 * (the Chief Finance Officer's virements of £0.5m or less). One finding per rule broken, naming every approval that
 * breaks it (a decision's three subscriptions are one approval of expenditure, not three).
 *
 * DELEGATED_AUTHORITY (info) instead, where the decision says its maker acts under authority delegated in another,
 * named decision by someone senior enough ("The Chief Executive Officer, under the authority delegated by the DMPC
 * in PCD 1402, is asked to:"): the approval may be valid, but only that decision shows whether it delegated this
 * approval and up to what amount, so the note names it for the analyst to confirm. Likewise where what the scheme
 * leaves to its general delegation (the CEO's, below the DMPC's thresholds) is approved by an officer the decision
 * itself says the scheme lets approve it up to a limit, and the approvals together are within that limit ("Under
 * paragraph 5.4 …, the Chief Finance Officer may approve expenditure of up to £100,000 within approved budgets"):
 * the bundled scheme does not record officers' own limits, so the decision's statement is taken, and the note asks
 * for it to be confirmed. Above the stated limit it is still an error, saying so.
 */
export const delegationLevelTooLow: DecisionCheck = (ctx) => {
  const role = ctx.record.decisionBy;
  if (!role) return [];
  const maker = remembered(ctx.scheme, `role\u0000${role}`, () => levelForRole(ctx.scheme, role));
  if (!maker) return [];
  const when = decisionDate(ctx);
  const tooLow: TooLow[] = [];
  const onwards = new Map<TooLow, CitedDelegation>();
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
    const item = { approval: a, kind, required };
    if (onward) onwards.set(item, onward);
    tooLow.push(item);
  }
  if (tooLow.length === 0) return [];

  const out: Finding[] = [];
  const underDelegation = tooLow.filter((t) => onwards.has(t));
  for (const group of byRule(underDelegation, (t) => onwards.get(t)!.ref)) {
    const { required } = group[0]!;
    const onward = onwards.get(group[0]!)!;
    // A delegation may limit each approval ("individual grants of up to £150,000") or their total.
    const amount =
      group.length === 1
        ? pounds(group[0]!.approval.pence)
        : `each of them, and their ${pounds(totalOf(group))} total,`;
    const note =
      `${role} approves ${approvalsInWords(group)}; under ${required.scheme} ${required.rule}: this needs the ` +
      `${required.levelTitle}. The decision says it is taken under authority the ${onward.delegator} delegated in ` +
      `${onward.ref}: confirm that ${onward.ref} delegated ${group.length === 1 ? "this approval" : "these approvals"}, and that ${amount} is within it, ` +
      `before budgeting against it.`;
    out.push(makeFinding(ctx, "DELEGATED_AUTHORITY", "info", note, [onward.quote, ...quotesOfGroup(group)]));
  }

  let stated: StatedOfficerLimit[] | undefined;
  for (const group of byRule(tooLow.filter((t) => !onwards.has(t)))) {
    const { required, kind } = group[0]!;
    const total = totalOf(group);
    // The decision's own word on its maker's limit, only for what the scheme leaves to its general delegation:
    // nothing a decision says reaches what the scheme reserves to a level (the DMPC's £500,000 business cases).
    stated ??= required.fallback ? statedOfficerLimits(ctx) : undefined;
    const theirs = required.fallback
      ? (stated ?? []).filter(
          (s) =>
            (s.roles.length === 0 || s.roles.some((r) => namesMaker(ctx.scheme, r, role, maker))) &&
            (s.kindWords === "" || statedKind(ctx.scheme, s.kindWords) === kind),
        )
      : [];
    const covering = theirs.find((s) => withinLimit(s.limit, total));
    if (covering) {
      const note =
        `${role} approves ${approvalsInWords(group)}; under ${required.scheme} ${required.rule}, and the ` +
        `scheme as bundled records no limit of the ${maker.title}'s own. The decision says ` +
        `${statedInWords(covering, maker)}, and ${pounds(total)} is within that: confirm the scheme says so ` +
        `before budgeting against it.`;
      out.push(
        makeFinding(ctx, "DELEGATED_AUTHORITY", "info", note, [covering.quote, ...quotesOfGroup(group)]),
      );
      continue;
    }
    const exceeded = theirs[0];
    const beyond = exceeded
      ? ` The decision says ${statedInWords(exceeded, maker)}; ${pounds(total)} is above that.`
      : "";
    const message =
      `${role} approves ${approvalsInWords(group)}, but under ${required.scheme} ${required.rule}: ` +
      `this needs the ${required.levelTitle}, above the ${maker.title}.${beyond} Do not budget against this ` +
      `approval until the ${required.levelTitle} has approved it (or find the delegation that allows it).`;
    const quotes = [...quotesOfGroup(group), ...(exceeded ? [exceeded.quote] : [])];
    out.push(makeFinding(ctx, "DELEGATION_LEVEL_TOO_LOW", "error", message, quotes));
  }
  return out;
};
