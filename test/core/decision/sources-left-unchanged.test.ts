import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A source the decision says it leaves as it was ("The use of £42.5m from the Budget Resilience Reserve approved in
// PCD 2101 is unchanged") is an earlier decision's funding, restated: it pays for none of what this one approves.

const decision = (financial: string): string =>
  decisionText({
    summary: "This decision seeks approval of £250,000 for additional neighbourhood patrols in 2026/27.",
    recommendation: "1. Approve expenditure of £250,000 on additional neighbourhood patrols in 2026/27.",
    financial,
  });

const sources = (text: string): (string | null)[] =>
  extractDecision(text, "synthetic.txt").approvals.map((a) => a.fundingSource);

describe("a source the decision leaves unchanged", () => {
  it("is not the source of what it approves", () => {
    const text = decision(
      "3.1. The cost of £250,000 will be met in 2026/27. The use of £42.5m from the Budget Resilience Reserve approved in PCD 2101 is unchanged.",
    );
    expect(sources(text)).toEqual([null]);
  });

  it("nor where it remains unaffected by this decision", () => {
    const text = decision(
      "3.1. The cost of £250,000 will be met in 2026/27. The drawdown of £3.0m from the Transformation Reserve agreed in PCD 2050 remains unaffected by this decision.",
    );
    expect(sources(text)).toEqual([null]);
  });

  it("is still the source where the decision draws on it", () => {
    const text = decision(
      "3.1. The cost of £250,000 will be met from the Budget Resilience Reserve in 2026/27. The reserve's balance is otherwise unchanged at £120.0m.",
    );
    expect(sources(text)).toEqual(["Budget Resilience Reserve"]);
  });
});
