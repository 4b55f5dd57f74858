import type { Finding, Quote } from "../findings/finding";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";

/**
 * What a decision record says, as read off its text. Field names follow ../shared/contracts/cli.md: others
 * read this JSON. Every figure carries the quote it came from and its offset in `text`.
 */
export type Qualifier = "exact" | "up to" | "maximum" | "approximately";

export interface Approval extends Quote {
  pence: Pence;
  qualifier: Qualifier;
  recipient: string | null;
  /** What is approved: "grant", "contract", "funding", "grant variation", "business case", … */
  kind: string;
  /** ISO dates of the period the money covers, where the document gives it. */
  start: string | null;
  end: string | null;
  /** The budget or grant the decision says pays for it ("Violence Reduction budget"), where it names one. */
  fundingSource: string | null;
}

export interface Allocation extends Quote {
  line: string;
  fy: FinancialYear;
  pence: Pence;
  fundingSource: string | null;
}

export interface Amount extends Quote {
  pence: Pence;
}

export interface DecisionRecord {
  file: string;
  /** Normalised reference, "PCD 1234" (older "DMPCD 2014 23" style kept as written, normalised spacing). */
  ref: string;
  title: string | null;
  /** The role that decides, e.g. "Deputy Mayor for Policing and Crime". */
  decisionBy: string | null;
  /** ISO date of the approving signature (not the CEO's or officers'). */
  dateSigned: string | null;
  approvals: Approval[];
  allocations: Allocation[];
  amounts: Amount[];
  related: string[];
  findings: Finding[];
  /** The extracted text every offset refers to. Not printed by `extract --json` unless asked. */
  text: string;
}
