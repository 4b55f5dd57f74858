import { mendLineEndBreaks } from "./line-end-breaks";
import { withoutPageFurniture } from "./page-furniture";
import { joinSoftWraps } from "./soft-wraps";
import type { DecisionRecord } from "./decision-record";

/** The text the decision's readers read, and where each of its characters stands in the document's own text. */
export interface ReadingText {
  text: string;
  /** For each character of `text`, its offset in the document's text; null where every character stands where it was. */
  origin: readonly number[] | null;
}

/**
 * The text the decision's readers read: the document's text with what a PDF's text dump adds undone, of the same
 * length, with the offset in the document's own text of each of its characters.
 * - Running page headers and footers ("OFFICIAL", "PCD 1789 … Page 2 of 4") are blanked, so that what runs on over
 *   a page break meets again ({@link withoutPageFurniture}).
 * - A form feed (pdftotext starts each page with one: "\f3. Financial Comments") is a line break.
 * - Prose hard-wrapped at the page's width reads one paragraph a line ({@link joinSoftWraps}).
 * - Words, year labels and figures broken over a line end read whole ("Ma-" / "rine", "2025/" / "26", "£2,850," /
 *   "000"; {@link mendLineEndBreaks}).
 */
export function readText(text: string): ReadingText {
  const read = withoutPageFurniture(text);
  const lined = read.includes("\f") ? read.replace(/\f/g, "\n") : read;
  return mendLineEndBreaks(lined, joinSoftWraps(lined));
}

/**
 * The record read from the reading text, told in the document's own text: its text, and every quote taken afresh from
 * the document at its offset there (a quote that runs over a page break keeps the form feed the document has there;
 * one read across a mended break, "£2,850,000", is the document's "£2,850,\n000").
 */
export function inOwnText(
  record: DecisionRecord,
  text: string,
  origin: readonly number[] | null = null,
): DecisionRecord {
  if (record.text === text) return record;
  const own = <Q extends { quote: string; offset: number }>(q: Q): Q => {
    if (origin === null || q.offset >= origin.length) {
      return { ...q, quote: text.slice(q.offset, q.offset + q.quote.length) };
    }
    const start = origin[q.offset]!;
    const last = Math.min(q.offset + q.quote.length, origin.length) - 1;
    const end = last < q.offset ? start : origin[last]! + 1;
    return { ...q, offset: start, quote: text.slice(start, end) };
  };
  return {
    ...record,
    text,
    approvals: record.approvals.map(own),
    allocations: record.allocations.map(own),
    amounts: record.amounts.map(own),
    findings: record.findings.map((f) => ({ ...f, quotes: f.quotes.map(own) })),
  };
}
