import { expect } from "vitest";
import type { DecisionRecord } from "../../src/core/decision/decision-record";

/** The approvals as an analyst compares them (expected.json's shape): no quotes or offsets. */
export function approvalsOf(r: DecisionRecord) {
  return r.approvals.map(({ pence, qualifier, recipient, kind, start, end }) => ({
    pence,
    qualifier,
    recipient,
    kind,
    start,
    end,
  }));
}

/** The allocations as [line, FY, pence]. */
export function allocationsOf(r: DecisionRecord) {
  return r.allocations.map(({ line, fy, pence }) => [line, fy, pence]);
}

/** Every amount, approval, allocation and finding quote sits at its offset in the record's text. */
export function expectQuotesHold(r: DecisionRecord): void {
  for (const q of [...r.amounts, ...r.approvals, ...r.allocations, ...r.findings.flatMap((f) => f.quotes)]) {
    expect(r.text.slice(q.offset, q.offset + q.quote.length)).toBe(q.quote);
  }
}
