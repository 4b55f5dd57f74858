import { findFinancialYears } from "../../financial-year/financial-year";
import { bringsMoneyIn, movesMoney } from "../approval-words";
import type { Approval } from "../decision-record";
import type { CheckContext, MoneyFigure } from "./check-context";
import { keyOf, partial, partsOf, type FundedFromParts } from "./funded-from-parts";
import { sentenceSpan } from "./sentences";
import { inDecidingPart } from "./stated-figures";
import { THING_FUNDED, thingApproved } from "../thing-funded";

/**
 * A sentence that names what the decision pays for and the funders that pay all of it, each with its sum ("The pilot
 * is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £450K"): the sums make the
 * whole cost, which is the total the sentence states after them ("…, a total of £1.25m") or else what the decision
 * approves.
 */
export interface FundersOfWhole {
  /** The thing funded as the sentence names it: "The pilot". */
  subject: string;
  parts: FundedFromParts["parts"];
  /** The total stated after the parts in the sentence, or null where the parts are held to what is approved. */
  total: MoneyFigure | null;
  /** The spending the decision approves, where the sentence states no total. */
  approvals: Approval[];
  /** The whole the parts should make. */
  whole: number;
}

/** A total said after the parts it is made of: "…, a total of £1.25m", "… totalling £1.2m", "…, making £1.2m in total". */
const TOTAL_AFTER_PARTS =
  /(?:,\s*|\s+)(?:(?:making|giving)\s+)?(?:a\s+(?:combined\s+)?total\s+of|totall?ing)\s+$/i;

/** A part named by its kind of money ("capital of £4.18m and revenue of £2.24m"): a split of the cost, not a funder. */
const COST_SPLIT = /^(?:capital|revenue)\b/i;

/** The spending the decision approves: not income, a source of the spending beside it, or money moved between years. */
function spending(ctx: CheckContext): Approval[] {
  return ctx.record.approvals.filter((a) => !bringsMoneyIn(a.kind) && !movesMoney(a.kind));
}

/** Whether the approvals' own words name the thing ("Approve a grant of £1.25m to Catch22 for … the pilot"). */
function approvalsName(ctx: CheckContext, approvals: readonly Approval[], noun: string): boolean {
  return thingApproved(
    noun,
    approvals.map((a) => {
      const s = sentenceSpan(ctx.text, a.offset);
      return ctx.text.slice(s.start, s.end);
    }),
  );
}

export function fundersOfWhole(ctx: CheckContext): FundersOfWhole[] {
  const out: FundersOfWhole[] = [];
  const seen = new Set<number>();
  for (const figure of ctx.figures) {
    const span = sentenceSpan(ctx.text, figure.offset);
    if (seen.has(span.start)) continue;
    seen.add(span.start);
    if (!inDecidingPart(ctx, span.start)) continue;
    const sentence = ctx.text.slice(span.start, span.end);
    const opening = THING_FUNDED.exec(sentence);
    if (opening === null || partial.test(sentence)) continue;
    const from = span.start + opening[0].length;
    let figures = ctx.figures.filter((f) => f.offset >= from && f.end <= span.end);
    const last = figures[figures.length - 1];
    const total =
      last !== undefined && TOTAL_AFTER_PARTS.test(ctx.text.slice(from, last.offset)) ? last : null;
    let to = span.end;
    if (total !== null) {
      figures = figures.slice(0, -1);
      to = from + TOTAL_AFTER_PARTS.exec(ctx.text.slice(from, total.offset))!.index;
    }
    if (figures.length < 2) continue;
    const parts = partsOf(ctx.text, from, to, figures, false);
    if (parts === null || new Set(parts.map((p) => keyOf(p.source))).size !== parts.length) continue;
    if (parts.some((p) => COST_SPLIT.test(p.source))) continue;
    const sum = parts.reduce((n, p) => n + p.figure.pence, 0);
    if (total !== null) {
      if (parts.some((p) => p.figure.pence >= total.pence)) continue;
      out.push({ subject: opening[1]!, parts, total, approvals: [], whole: total.pence });
      continue;
    }
    // Held to what the decision approves only where that is plainly the whole: the thing is what the approvals name,
    // the sentence is about no one year, no funder's share is itself an approval (the decision approving MOPAC's
    // share of a joint cost), the sums are of the order of the whole, not of a wider programme's, and they make no
    // other sum the decision states.
    const approvals = spending(ctx);
    if (approvals.length === 0 || !approvalsName(ctx, approvals, opening[2]!)) continue;
    if (findFinancialYears(sentence).length > 0) continue;
    const whole = approvals.reduce((n, a) => n + a.pence, 0);
    if (parts.some((p) => p.figure.pence >= whole || approvals.some((a) => a.pence === p.figure.pence)))
      continue;
    if (Math.abs(sum - whole) * 2 > whole) continue;
    // Funders that make a sum the decision states elsewhere ("The total funding for the service is £600,000") fund
    // that, not only what is approved.
    if (ctx.figures.some((f) => f.pence === sum && !parts.some((p) => p.figure === f))) continue;
    out.push({ subject: opening[1]!, parts, total: null, approvals, whole });
  }
  return out;
}
