import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDecision } from "../../src/core/decision/extract-decision";
import type { DecisionRecord } from "../../src/core/decision/decision-record";
import { readPdfText } from "../../src/files/pdf-text";
import { readDecisionText } from "../../src/files/decision-file";
import { htmlToText } from "../../src/core/text/html-to-text";
import { normaliseText } from "../../src/core/text/normalise-text";
import { fixtureNames, fixturePath, repoRoot } from "../helpers/fixtures";

// The same decision read from its text, from real PDFs made by two independent producers (LibreOffice, Chromium)
// and from HTML must give the same record; only the offsets differ, each referring to its own text.
const pdfDir = join(repoRoot, "test/fixtures/pdf");
const producers = ["libreoffice", "chromium"] as const;

/** What must agree between readings of one decision: everything but offsets and quotes' exact text. */
function essentials(r: DecisionRecord) {
  return {
    ref: r.ref,
    title: r.title,
    decisionBy: r.decisionBy,
    dateSigned: r.dateSigned,
    approvals: r.approvals.map((a) => ({
      pence: a.pence,
      qualifier: a.qualifier,
      recipient: a.recipient,
      kind: a.kind,
      start: a.start,
      end: a.end,
    })),
    allocations: r.allocations.map((a) => ({
      line: a.line,
      fy: a.fy,
      pence: a.pence,
      fundingSource: a.fundingSource,
    })),
    amounts: r.amounts.map((a) => a.pence),
    related: r.related,
    findings: r.findings.map((f) => f.code).sort(),
  };
}

/** Every quote in the record is found in its own text at its offset. */
function expectQuotesInText(r: DecisionRecord): void {
  const quotes = [...r.approvals, ...r.allocations, ...r.amounts, ...r.findings.flatMap((f) => f.quotes)];
  for (const q of quotes) expect(r.text.slice(q.offset, q.offset + q.quote.length)).toBe(q.quote);
}

async function fromText(name: string): Promise<DecisionRecord> {
  return extractDecision((await readDecisionText(fixturePath(name))).text, name);
}

describe("a decision reads the same from its text, its PDFs and its HTML", () => {
  for (const name of fixtureNames()) {
    const stem = name.replace(/\.txt$/, "");
    for (const producer of producers) {
      it(`${stem}: the ${producer} PDF gives the same record as the text`, async () => {
        const want = await fromText(name);
        const text = await readPdfText(
          new Uint8Array(readFileSync(join(pdfDir, `${stem}.${producer}.pdf`))),
          name,
        );
        const got = extractDecision(text, name);
        expect(essentials(got)).toEqual(essentials(want));
        expectQuotesInText(got);
        expect(got.text).toBe(text);
      });
    }
    it(`${stem}: the printable HTML gives the same record as the text`, async () => {
      const want = await fromText(name);
      const html = readFileSync(join(pdfDir, "html", `${stem}.html`), "utf8");
      const got = extractDecision(normaliseText(htmlToText(html)), name);
      expect(essentials(got)).toEqual(essentials(want));
      expectQuotesInText(got);
    });
  }

  it("pcd-1513: the web-page style HTML gives the same record as the text", async () => {
    const want = await fromText("pcd-1513.txt");
    const got = extractDecision(
      (await readDecisionText(join(pdfDir, "html", "pcd-1513.web.html"))).text,
      "pcd-1513.txt",
    );
    expect(essentials(got)).toEqual(essentials(want));
    expectQuotesInText(got);
  });

  it("the comparison can fail: a PDF of another decision does not match", async () => {
    const want = await fromText("pcd-1307.txt");
    const text = await readPdfText(
      new Uint8Array(readFileSync(join(pdfDir, "pcd-1732.chromium.pdf"))),
      "x.pdf",
    );
    expect(essentials(extractDecision(text, "x.pdf"))).not.toEqual(essentials(want));
  });
});
