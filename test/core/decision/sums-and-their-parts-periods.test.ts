import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold } from "./checks/check-helpers";

// A recommendation that states a sum and then the figures it is made of, each in its year ("£37.4m … out of
// 2025/26, into 2026/27 (£24.1m) and 2027/28 (£13.3m)"): the sum runs over every year its parts name, not only the
// years written before its first part.

function capitalDecision(recommendation: string): string {
  return decisionText({
    summary:
      "At the end of Quarter 2 the MPS is forecasting capital expenditure of £361.9m in 2025/26 against the current capital budget of £402.0m. This decision re-profiles £37.4m of capital budget out of 2025/26 into later years and approves a new custody ventilation scheme of £6.5m.",
    recommendation,
    financial:
      "3.1. The re-profile moves £37.4m of existing capital budget between years and does not change the total approved programme. The new scheme adds £6.5m to the programme, of which £2.0m falls in 2025/26 and £4.5m in 2026/27, funded from borrowing.",
  });
}

describe("a sum followed by the parts that make it up", () => {
  it("runs a re-profile to the end of the last year it moves money into", () => {
    const text = capitalDecision(
      [
        "1. Approve the re-profiling of £37.4m of capital budget out of 2025/26, into 2026/27 (£24.1m) and 2027/28 (£13.3m), as set out in Table 1;",
        "2. Approve a new capital scheme, Custody Ventilation Upgrade, with a budget of £6.5m funded from borrowing, profiled as £2.0m in 2025/26 and £4.5m in 2026/27.",
      ].join("\n"),
    );
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.approvals.map((a) => [a.pence, a.kind, a.start, a.end])).toEqual([
      [3740000000, "re-profile", "2025-04-01", "2028-03-31"],
      [650000000, "funding", "2025-04-01", "2027-03-31"],
    ]);
  });

  it("keeps each figure to its own clause where the figures after it are not its parts", () => {
    const text = capitalDecision(
      "1. Approve capital budget of £37.4m in 2025/26 for the estates programme, £24.1m in 2026/27 for the Command and Control replacement and £6.5m in 2027/28 for custody ventilation.",
    );
    const r = extractDecision(text, "synthetic.txt");
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [3740000000, "2025-04-01", "2026-03-31"],
      [2410000000, "2026-04-01", "2027-03-31"],
      [650000000, "2027-04-01", "2028-03-31"],
    ]);
  });
});
