import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// Funding-source names: a source that pays one part of a sum (the £51,230 above the budget met from a contingency,
// £42.5m drawn from a reserve) is that part's source, not the whole's; and a source's kind alone ("the budget",
// "the underspend") names no source unless its year does ("the 2024/25 underspend").

describe("a source that pays part of a sum", () => {
  it("is the part's source, not the whole's", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval of the 2023/24 external audit fee of £811,230 payable to Ernst & Young LLP, which exceeds the budget by £51,230.",
      recommendation: [
        "1. Approve the 2023/24 external audit fee of £811,230 payable to Ernst & Young LLP; and",
        "2. Approve that the amount of £51,230 above the 2023/24 external audit budget is met from the MPS central contingency.",
      ].join("\n"),
      financial:
        "3.1. The 2023/24 budget for external audit fees is £760,000. The balance of £51,230 will be met from the MPS central contingency, as set out in recommendation 2.",
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.approvals.map((a) => [a.pence, a.kind, a.fundingSource])).toEqual([
      [81123000, "funding", null],
      [5123000, "contingency", "MPS central contingency"],
    ]);
  });
});

describe("a source named by its kind alone", () => {
  const secondment = (source: string): string =>
    decisionText({
      summary:
        "This decision seeks approval for the secondment of a Home Office official to MOPAC from 1 June 2024 to 31 May 2026, at a cost of up to £170,000.",
      recommendation:
        "1. Approve expenditure of up to £170,000 for the secondment of a Home Office official to MOPAC from 1 June 2024 to 31 May 2026.",
      financial: `3.1. The cost of up to £170,000 will be met from ${source}.`,
    });
  const sourceOf = (text: string): string | null | undefined =>
    extractDecision(text, "synthetic.txt").approvals[0]?.fundingSource;

  it("names no source: 'the budget for the vacant post', 'the underspend'", () => {
    expect(
      sourceOf(secondment("the budget for the vacant Head of Police Funding and Reform post")),
    ).toBeNull();
    expect(sourceOf(secondment("the remaining underspend"))).toBeNull();
  });

  it("is named by its year, or by whose it is", () => {
    expect(sourceOf(secondment("the 2023/24 underspend"))).toBe("2023/24 underspend");
    expect(sourceOf(secondment("the MOPAC Commissioning budget"))).toBe("MOPAC Commissioning budget");
  });
});
