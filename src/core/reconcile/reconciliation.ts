import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding, WorkbookPlace } from "../findings/finding";
import type { Pence } from "../money/pence";
import type { Evidence } from "../register/register-row";

/**
 * What reconciliation says about one budget row (one budget line in one financial year). Field names follow
 * `reconcile --json` in ../shared/contracts/cli.md.
 *
 * - MATCHED: the budget equals the approved figure.
 * - OVER / UNDER: the budget is more / less than the approved figure.
 * - NO_DECISION: the row has no decision reference, or one that no decision file or register row knows, or it names
 *   a budget line the decision does not.
 * - OUTSIDE_PERIOD: the decision exists but does not cover the row's financial year.
 * - UNPROFILED: the decision approves a total with no split by financial year; the row is checked together with the
 *   decision's other rows against that total, and a profile is suggested.
 * - DECISION_INCONSISTENT: the decision itself carries an error (its figures disagree), and no analyst's resolution
 *   settles it for this row.
 */
export type ReconciliationStatus =
  "MATCHED" | "OVER" | "UNDER" | "NO_DECISION" | "OUTSIDE_PERIOD" | "UNPROFILED" | "DECISION_INCONSISTENT";

export const RECONCILIATION_STATUSES: readonly ReconciliationStatus[] = [
  "MATCHED",
  "OVER",
  "UNDER",
  "NO_DECISION",
  "OUTSIDE_PERIOD",
  "UNPROFILED",
  "DECISION_INCONSISTENT",
];

/** An analyst's resolution applied to a row: the note, the register cell it is in, and the figure it sets (if any). */
export interface Resolution {
  note: string;
  place: WorkbookPlace | null;
  approvedPence: Pence | null;
}

/** The budget rows checked together: those sharing (ref, line, FY), or all the FYs of an unprofiled approval. */
export interface Check {
  /** How many budget rows were summed. */
  rows: number;
  readonly fys: readonly FinancialYear[];
  budgetPence: Pence;
  approvedPence: Pence | null;
  variancePence: Pence | null;
}

export interface ReconciliationRow {
  sheet: string;
  row: number;
  cell: string;
  table: string;
  /** The normalised decision reference, or null. */
  ref: string | null;
  /** The reference as written in the sheet. */
  refText: string | null;
  /** The budget line as written (or as read from the reference cell, "PCD 1234 Outreach"). */
  line: string | null;
  /** The decision's name for the line it was matched to, where it names one. */
  decisionLine: string | null;
  fy: FinancialYear;
  budgetPence: Pence;
  /** The approved figure the row was checked against (for a group of rows, the group's). */
  approvedPence: Pence | null;
  /** Budget minus approved, for the whole check (the rows summed together). */
  variancePence: Pence | null;
  status: ReconciliationStatus;
  evidence: Evidence | null;
  message: string;
  resolution?: Resolution;
  check: Check;
  /** UNPROFILED: this FY's share of the approval on the suggested profile. */
  suggestedPence?: Pence;
}

export interface SuggestedProfile {
  ref: string;
  file: string | null;
  totalPence: Pence;
  start: string;
  end: string;
  basis: "months";
  buckets: { label: string; start: string; end: string; pence: Pence }[];
  /** What the budget holds for each of the approval's FYs. */
  budgetByFy: Record<string, Pence>;
  evidence: Evidence | null;
}

export interface ReconciliationFinding extends Finding {
  /** The decision file a decision's finding came from. */
  file?: string;
  /** An analyst's note that settles it (its severity is then "info"). */
  resolution?: string;
}

export interface Reconciliation {
  /** One result for each budget row, in the order of the rows (made when first read, then kept). */
  readonly rows: ReconciliationRow[];
  /** Budget over every row; approved and variance over every check that has an approved figure, each counted once. */
  totals: { budgetPence: Pence; approvedPence: Pence; variancePence: Pence };
  findings: ReconciliationFinding[];
  profiles: SuggestedProfile[];
  counts: Record<ReconciliationStatus, number>;
}
