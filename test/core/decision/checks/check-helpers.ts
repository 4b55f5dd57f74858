import { expect } from "vitest";
import type { Finding } from "../../../../src/core/findings/finding";
import { readDecisionDocument } from "../../../../src/core/decision/read-document";
import { extractFromDocument } from "../../../../src/core/decision/extract-decision";
import { checkDecision } from "../../../../src/core/decision/checks/check-decision";
import type { DecisionDocument } from "../../../../src/core/decision/decision-document";
import type { DecisionRecord } from "../../../../src/core/decision/decision-record";
import type { DecisionCheck } from "../../../../src/core/decision/checks/check-context";
import { checkContext } from "../../../../src/core/decision/checks/check-context";
import { mopacScheme } from "../../../../src/core/delegation/mopac-scheme";

export interface Checked {
  doc: DecisionDocument;
  record: DecisionRecord;
  findings: Finding[];
}

/** Reads a synthetic decision with the real reader and extractor, then runs every check (or one). */
export function check(
  text: string,
  only?: DecisionCheck,
  edit?: (r: DecisionRecord) => DecisionRecord,
): Checked {
  const doc = readDecisionDocument(text, "synthetic.txt");
  let record = extractFromDocument(doc);
  if (edit) record = edit(record);
  const findings = only ? only(checkContext(record, doc, mopacScheme())) : checkDecision(record, doc);
  expectQuotesHold(doc.text, findings);
  return { doc, record, findings };
}

/** Every quote sits at its offset, and every finding has a code, a severity, a message and a quote. */
export function expectQuotesHold(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.code).toMatch(/^[A-Z_]+$/);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(20);
    expect(f.quotes.length).toBeGreaterThan(0);
    for (const q of f.quotes) expect(text.slice(q.offset, q.offset + q.quote.length)).toBe(q.quote);
  }
}

export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

export function quotesOf(f: Finding): string[] {
  return f.quotes.map((q) => q.quote);
}

/** A decision in the MOPAC form, with the parts a test varies filled in. */
export function decisionText(parts: {
  summary: string;
  recommendation: string;
  financial: string;
  issues?: string;
  legal?: string;
  approverDate?: string;
  ceoDate?: string;
  extra?: string;
}): string {
  return [
    "DMPC Decision – PCD 9001",
    "",
    "Title: Youth Diversion and Mentoring Service",
    "",
    "Executive Summary:",
    "",
    parts.summary,
    "",
    "Recommendation:",
    "",
    "The Deputy Mayor for Policing and Crime is recommended to:",
    "",
    parts.recommendation,
    "",
    "Deputy Mayor for Policing and Crime",
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    `Date ${parts.approverDate ?? "14/03/2024"}`,
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
    "",
    "1. Introduction and background",
    "",
    "1.1. Youth diversion works with young people at risk of exploitation to reduce first-time entrants to the justice system.",
    "1.2. The service has run in six boroughs since 2021.",
    "",
    "2. Issues for consideration",
    "",
    parts.issues ??
      "2.1. The service will be recommissioned through an open procedure.\n2.2. Mobilisation will take three months.",
    "",
    "3. Financial Comments",
    "",
    parts.financial,
    "",
    "4. Legal Comments",
    "",
    parts.legal ??
      "4.1. MOPAC has the power to commission services under the Police Reform and Social Responsibility Act 2011.",
    "",
    parts.extra ?? "",
    "",
    "Chief Executive Officer",
    "",
    "I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account in the preparation of this report.",
    "",
    "Signature",
    "",
    `Date ${parts.ceoDate ?? "11/03/2024"}`,
    "",
  ].join("\n");
}
