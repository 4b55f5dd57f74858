import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold } from "./checks/check-helpers";

// A quarterly monitoring decision opens with how the year is going: a forecast set against the current budget. Both
// figures describe the year; the decision's own money is the new scheme it approves, profiled by year.

function monitoring(summaryOpening: string): string {
  return decisionText({
    summary: `${summaryOpening} The variance arises mainly from slippage on the estates programme. This decision moves £18.0m of capital budget into 2025/26 and approves a new scheme to replace custody CCTV at a cost of £3.0m.`,
    recommendation: [
      "1. Approve the re-profiling of £18.0m of capital budget from 2024/25 into 2025/26; and",
      "2. Approve a new capital scheme, Custody CCTV Replacement, with a budget of £3.0m, profiled as £1.2m in 2024/25 and £1.8m in 2025/26.",
    ].join("\n"),
    financial:
      "3.1. The re-profile moves existing budget between years. The new scheme adds £3.0m to the programme, of which £1.2m falls in 2024/25 and £1.8m in 2025/26, and is funded from borrowing.",
  });
}

describe("a forecast set against the year's budget", () => {
  it("gives no allocations: the year's money is the new scheme's", () => {
    const text = monitoring(
      "At the end of Quarter 3 the MPS is forecasting capital expenditure of £284.6m in 2024/25 against the current capital budget of £305.2m.",
    );
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([
      ["2024/25", 120000000],
      ["2025/26", 180000000],
    ]);
  });

  it("nor does projected spend measured against an approved budget", () => {
    const r = extractDecision(
      monitoring("The MPS is projecting spend of £284.6m in 2024/25 against an approved budget of £305.2m."),
      "synthetic.txt",
    );
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([
      ["2024/25", 120000000],
      ["2025/26", 180000000],
    ]);
  });

  it("but a figure measured against a budget with no forecast in its sentence is still the year's", () => {
    const r = extractDecision(
      monitoring(
        "The scheme will be delivered for £3.0m in 2024/25 against the capital budget of the programme.",
      ),
      "synthetic.txt",
    );
    expect(r.allocations.map((a) => [a.fy, a.pence])).toContainEqual(["2024/25", 120000000]);
  });
});
