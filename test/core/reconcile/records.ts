// Hand-built decision records and budget rows for unit tests of matching (the integration tests use the extractor).
import type { BudgetRow } from "../../../src/core/allocations/budget-row";
import type { Allocation, Approval, DecisionRecord } from "../../../src/core/decision/decision-record";
import type { FinancialYear } from "../../../src/core/financial-year/financial-year-label";
import type { Finding } from "../../../src/core/findings/finding";
import type { Pence } from "../../../src/core/money/pence";
import type { RegisterRow } from "../../../src/core/register/register-row";

export const fy = (s: string): FinancialYear => s as FinancialYear;
export const p = (n: number): Pence => n as Pence;

export function approval(
  pence: number,
  start: string | null,
  end: string | null,
  extra: Partial<Approval> = {},
): Approval {
  return {
    pence: p(pence),
    qualifier: "exact",
    recipient: null,
    kind: "grant",
    start,
    end,
    fundingSource: null,
    quote: `£${pence / 100}`,
    offset: 10,
    ...extra,
  };
}

export function allocation(line: string, year: string, pence: number): Allocation {
  return {
    line,
    fy: fy(year),
    pence: p(pence),
    fundingSource: null,
    quote: `${line}\t£${pence / 100}`,
    offset: 100,
  };
}

export function record(
  ref: string,
  parts: { approvals?: Approval[]; allocations?: Allocation[]; findings?: Finding[]; text?: string },
): DecisionRecord {
  return {
    file: `${ref.toLowerCase().replace(/ /g, "-")}.txt`,
    ref,
    title: null,
    decisionBy: null,
    dateSigned: null,
    approvals: parts.approvals ?? [],
    allocations: parts.allocations ?? [],
    amounts: [],
    related: [],
    findings: parts.findings ?? [],
    text: parts.text ?? "",
  };
}

let nextRow = 2;
export function budget(
  refText: string | null,
  line: string | null,
  year: string,
  pence: number,
  extra: Partial<BudgetRow> = {},
): BudgetRow {
  const row = nextRow++;
  return {
    sheet: "Budget",
    row,
    cell: `C${row}`,
    refText,
    line,
    provider: null,
    fundingSource: null,
    fy: fy(year),
    pence: p(pence),
    table: "Budget!A1:D99",
    ...extra,
  };
}

export const mismatch: Finding = {
  code: "TOTAL_MISMATCH",
  severity: "error",
  message: "the approval and the table disagree",
  quotes: [],
};

/** A row of the analyst's register for `ref`: empty but for what `parts` gives (an analyst's row unless it says). */
export function registerRow(ref: string, parts: Partial<RegisterRow>): RegisterRow {
  return {
    ref,
    line: null,
    fy: null,
    approvedPence: null,
    recipient: null,
    start: null,
    end: null,
    fundingSource: null,
    resolution: null,
    source: "analyst",
    evidence: null,
    ...parts,
  };
}
