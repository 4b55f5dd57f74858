import type { Quote } from "../../findings/finding";
import type { CheckContext } from "./check-context";

/** When the decision was taken, and how sure we are of it. */
export interface DecisionDate {
  date: string;
  /** "signed": the approving signature's date; "consulted": a CEO's or officer's signature (days before the decision);
   * "period start": the start of the approved period (the decision comes before it, by how much is not known). */
  basis: "signed" | "consulted" | "period start";
  /** Words for a message: "signed on 2024-03-14", "its approval period starts on 2024-07-01". */
  described: string;
  quote: Quote | null;
}

/**
 * The decision's own date: the date signed, else the decision maker's signature date, else the latest CEO or officer
 * signature date, else the earliest start of an approved period. Dates of other decisions the text mentions ("PCD
 * 9002 was signed on 1 May 2024") are never used. Null when the document gives none of these.
 */
export function decisionDate(ctx: CheckContext): DecisionDate | null {
  const { record, doc } = ctx;
  const approver = doc.signatures.find((s) => s.capacity === "approver" && s.date);
  if (record.dateSigned) {
    return {
      date: record.dateSigned,
      basis: "signed",
      described: `signed on ${record.dateSigned}`,
      quote: approver?.dateQuote ?? null,
    };
  }
  if (approver?.date)
    return {
      date: approver.date,
      basis: "signed",
      described: `signed on ${approver.date}`,
      quote: approver.dateQuote,
    };
  const others = doc.signatures.filter((s) => s.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  const latest = others[0];
  if (latest?.date) {
    return {
      date: latest.date,
      basis: "consulted",
      described: `dated ${latest.date} by the ${latest.role}`,
      quote: latest.dateQuote,
    };
  }
  const starts = record.approvals.filter((a) => a.start).sort((a, b) => (a.start! < b.start! ? -1 : 1));
  const first = starts[0];
  if (first?.start) {
    return {
      date: first.start,
      basis: "period start",
      described: `not dated; its approval period starts on ${first.start}`,
      quote: null,
    };
  }
  return null;
}
