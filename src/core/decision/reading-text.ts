import { withoutPageFurniture } from "./page-furniture";
import { joinSoftWraps } from "./soft-wraps";
import type { DecisionRecord } from "./decision-record";

/**
 * The text the decision's readers read: the document's text with what a PDF's text dump adds undone, character for
 * character the same length, so that an offset found in it is the same offset in the document's own text.
 * - Running page headers and footers ("OFFICIAL", "PCD 1789 … Page 2 of 4") are blanked, so that what runs on over
 *   a page break meets again ({@link withoutPageFurniture}).
 * - A form feed (pdftotext starts each page with one: "\f3. Financial Comments") is a line break.
 * - Prose hard-wrapped at the page's width reads one paragraph a line ({@link joinSoftWraps}).
 */
export function readingText(text: string): string {
  const read = withoutPageFurniture(text);
  return joinSoftWraps(read.includes("\f") ? read.replace(/\f/g, "\n") : read);
}

/**
 * The record read from the reading text, told in the document's own text: its text, and every quote taken afresh from
 * the document at its offset (a quote that runs over a page break keeps the form feed the document has there).
 */
export function inOwnText(record: DecisionRecord, text: string): DecisionRecord {
  if (record.text === text) return record;
  const own = <Q extends { quote: string; offset: number }>(q: Q): Q => ({
    ...q,
    quote: text.slice(q.offset, q.offset + q.quote.length),
  });
  return {
    ...record,
    text,
    approvals: record.approvals.map(own),
    allocations: record.allocations.map(own),
    amounts: record.amounts.map(own),
    findings: record.findings.map((f) => ({ ...f, quotes: f.quotes.map(own) })),
  };
}
