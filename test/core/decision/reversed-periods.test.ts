import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A period written with its end before its start ("from 1 November 2025 to 31 March 2025") is a slip in one of its
// dates: the reader invents no period from it, and PERIOD_REVERSED reports it wherever the decision's own text says it.

function read(recommendation: string, financial: string) {
  const text = decisionText({
    summary:
      "The IOM Housing Support Service is delivered by St Mungo's under a contract awarded in PCD 1776, which runs until 31 October 2025.",
    recommendation,
    financial,
    approverDate: "18/09/2025",
    ceoDate: "15/09/2025",
  });
  const r = extractDecision(text, "synthetic.txt");
  expectQuotesHold(text, r.findings);
  return r;
}

describe("a period that ends before it starts", () => {
  it("gives a recommendation so dated no period, and reports it", () => {
    const r = read(
      "1. Approve a variation to extend the contract with St Mungo's for the IOM Housing Support Service from 1 November 2025 to 31 March 2025, at an additional cost of £80,000.",
      "3.1. The cost of the extension is £80,000 (five months at £16,000 per month), met from the 2025/26 Reducing Reoffending budget.",
    );
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([[8_000_000, null, null]]);
    expect(withCode(r.findings, "SPLIT_UNDETERMINED")).toEqual([]);
    const reversed = withCode(r.findings, "PERIOD_REVERSED");
    expect(reversed.map((f) => [f.severity, f.quotes.map((q) => q.quote)])).toEqual([
      ["error", ["1 November 2025 to 31 March 2025"]],
    ]);
    expect(reversed[0]!.message).toContain("The Recommendation");
  });

  it("reports one in the Financial Comments, keeping the Recommendation's own period", () => {
    const r = read(
      "1. Approve a variation to extend the contract with St Mungo's for the IOM Housing Support Service from 1 November 2025 to 31 March 2026, at an additional cost of £80,000.",
      "3.1. The cost of the extension is £80,000 for the period 1 November 2025 to 31 March 2025 (five months at £16,000 per month), met from the 2025/26 Reducing Reoffending budget.",
    );
    expect(r.approvals.map((a) => [a.start, a.end])).toEqual([["2025-11-01", "2026-03-31"]]);
    expect(withCode(r.findings, "PERIOD_REVERSED").map((f) => f.message)).toEqual([
      expect.stringContaining("Financial Comments 3.1"),
    ]);
  });

  it("reads an end date brought forward as no period", () => {
    const r = read(
      "1. Approve a variation to the contract with St Mungo's for the IOM Housing Support Service, changing its end date from 31 March 2027 to 31 March 2026 and reducing its value by £80,000.",
      "3.1. The saving of £80,000 falls in 2026/27 in the Reducing Reoffending budget.",
    );
    expect(withCode(r.findings, "PERIOD_REVERSED")).toEqual([]);
  });
});
