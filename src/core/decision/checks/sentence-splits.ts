import type { Allocation } from "../decision-record";
import type { CheckContext } from "./check-context";
import { tableAt } from "./places";
import { sentenceSpan } from "./sentences";
import { inDecidingPart } from "./stated-figures";

/** Words that make a year split a plan or a forecast, not the split of the money approved. */
export const NOT_THE_SPLIT =
  /\b(?:indicative|subject[ \t\n]+to|future|further[ \t\n]+approval|provisional|estimated|forecast|previous|previously)\b/i;

/** A sentence that splits money by year: its span, and its allocations, each for its own financial year. */
export interface SentenceSplit {
  start: number;
  end: number;
  allocations: Allocation[];
}

/**
 * The sentences outside tables and outside the approvals' own words that split money by year ("The grant will be
 * paid as £195,000 in 2025/26 and £180,000 in 2026/27"): two or more of the decision's allocations, each for its own
 * financial year, in one sentence of the deciding parts, not called indicative or a forecast.
 */
export function sentenceSplits(ctx: CheckContext, inApproval: (offset: number) => boolean): SentenceSplit[] {
  const bySentence = new Map<number, SentenceSplit>();
  for (const al of ctx.record.allocations) {
    if (inApproval(al.offset) || tableAt(ctx, al.offset) || !inDecidingPart(ctx, al.offset)) continue;
    const span = sentenceSpan(ctx.text, al.offset);
    const entry = bySentence.get(span.start) ?? { start: span.start, end: span.end, allocations: [] };
    entry.allocations.push(al);
    bySentence.set(span.start, entry);
  }
  return [...bySentence.values()].filter(
    ({ start, end, allocations }) =>
      allocations.length >= 2 &&
      new Set(allocations.map((a) => a.fy)).size === allocations.length &&
      !NOT_THE_SPLIT.test(ctx.text.slice(start, end)),
  );
}
