import type { DecisionRecord } from "../decision/decision-record";
import type { RegisterRow } from "./register-row";

/**
 * The register rows a decision record gives: one per allocation (money fixed for a line in a financial year), and
 * one whole-period total per approval (fy null), with the period it covers. Where the decision fixes a split, the
 * allocations are what budget rows are checked against; where it fixes none, the approval totals are.
 */
export function registerFromDecision(record: DecisionRecord): RegisterRow[] {
  const rows: RegisterRow[] = [];
  const period = decisionPeriod(record);
  for (const a of record.allocations) {
    rows.push({
      ref: record.ref,
      line: a.line === "" ? null : a.line,
      fy: a.fy,
      approvedPence: a.pence,
      recipient: null,
      start: period.start,
      end: period.end,
      fundingSource: a.fundingSource,
      resolution: null,
      source: "extracted",
      evidence: { file: record.file, quote: a.quote, offset: a.offset },
      file: record.file,
    });
  }
  for (const a of record.approvals) {
    rows.push({
      ref: record.ref,
      line: null,
      fy: null,
      approvedPence: a.pence,
      recipient: a.recipient,
      start: a.start,
      end: a.end,
      fundingSource: a.fundingSource,
      resolution: null,
      source: "extracted",
      evidence: { file: record.file, quote: a.quote, offset: a.offset },
      kind: a.kind,
      qualifier: a.qualifier,
      file: record.file,
    });
  }
  return rows;
}

export function registerFromDecisions(records: readonly DecisionRecord[]): RegisterRow[] {
  return records.flatMap(registerFromDecision);
}

/** The earliest start and latest end of a decision's approvals (null where none is dated). */
export function decisionPeriod(record: DecisionRecord): { start: string | null; end: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  for (const a of record.approvals) {
    if (a.start && (start === null || a.start < start)) start = a.start;
    if (a.end && (end === null || a.end > end)) end = a.end;
  }
  return { start, end };
}
