import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { readDecisionDocument } from "../../../src/core/decision/read-document";
import type { Quote } from "../../../src/core/findings/finding";
import { fixtureNames, fixtureText } from "../../helpers/fixtures";

function expectQuoted(text: string, q: Quote, what: string): void {
  expect(q.quote.length, `${what}: empty quote`).toBeGreaterThan(0);
  expect(text.slice(q.offset, q.offset + q.quote.length), `${what} at ${q.offset}`).toBe(q.quote);
}

// Every figure keeps its quote: text.slice(offset, offset + quote.length) === quote, for every amount, approval,
// allocation and finding, and for every quote the document reader gives the checks.
describe.each(fixtureNames().map((f) => [f]))("quotes in %s", (file) => {
  const text = fixtureText(file);

  it("every amount, approval, allocation and finding quote is at its offset", () => {
    const r = extractDecision(text, file);
    expect(r.text).toBe(text);
    expect(r.amounts.length).toBeGreaterThan(0);
    r.amounts.forEach((a, i) => expectQuoted(text, a, `amount ${i}`));
    r.approvals.forEach((a, i) => expectQuoted(text, a, `approval ${i}`));
    r.allocations.forEach((a, i) => expectQuoted(text, a, `allocation ${i}`));
    r.findings.forEach((f) =>
      f.quotes.forEach((q, i) => expectQuoted(text, q, `finding ${f.code} quote ${i}`)),
    );
  });

  it("every quote of the document's structure is at its offset", () => {
    const doc = readDecisionDocument(text, file);
    doc.sections.forEach((s) => expectQuoted(text, s.headingQuote, `heading ${s.heading}`));
    doc.paragraphs.forEach((p) => expectQuoted(text, p.quote, `paragraph ${p.number}`));
    doc.signatures.forEach((s) => {
      expectQuoted(text, s.roleQuote, `signature role ${s.role}`);
      if (s.dateQuote) expectQuoted(text, s.dateQuote, `signature date ${s.date}`);
    });
    for (const t of doc.tables) {
      for (const c of [...t.header, ...t.rows.flat(), ...t.totalRows.flat()]) {
        if (c.text) expectQuoted(text, c, `table cell ${c.text}`);
      }
    }
    doc.refs.forEach((r) => expectQuoted(text, r, `reference ${r.ref}`));
  });
});
