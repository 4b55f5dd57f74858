import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";
import type { WorkbookPlace } from "../findings/finding";

/** Where a figure was read: the decision file, the words quoted and their offset in its extracted text. */
export interface Evidence {
  file: string;
  quote: string;
  offset: number;
}

/**
 * One line of the decision register: what a decision approves, for a budget line in a financial year (or, where the
 * decision fixes no split, over its whole period: `fy` null). Rows come from the decision records ("extracted") or
 * from the "Decisions" sheet an analyst keeps ("analyst"); an analyst's row overrides the extracted figure for the
 * same reference (and line and year, where it names them).
 */
export interface RegisterRow {
  /** Normalised decision reference, "PCD 1307". */
  ref: string;
  /** Budget line the money is for, or null where the decision names none (a single approval). */
  line: string | null;
  /** The financial year the figure is for, or null for a whole-period total. */
  fy: FinancialYear | null;
  /** The approved money, or null (an analyst's note that only resolves a finding). */
  approvedPence: Pence | null;
  recipient: string | null;
  /** ISO dates of the period the money covers, where known. */
  start: string | null;
  end: string | null;
  fundingSource: string | null;
  /** An analyst's note settling a question about the decision ("confirmed at £… per the table"), or null. */
  resolution: string | null;
  source: "extracted" | "analyst";
  /** The decision text the figure was read from (extracted rows), or null. */
  evidence: Evidence | null;
  /** The register sheet's row (analyst rows). */
  place?: WorkbookPlace;
  /** For an extracted whole-period total: what kind of approval it is ("grant", "contract"…) and its qualifier. */
  kind?: string;
  qualifier?: string;
  /** The decision file the row came from (extracted rows). */
  file?: string;
}
