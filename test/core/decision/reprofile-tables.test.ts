import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A capital decision that re-profiles schemes between years and approves one new scheme: the re-profile's table
// (bracketed reductions in one year, additions in later ones, netting to nothing) moves money approved before and
// holds none of the decision's new money.

function reprofile(rows: readonly string[]): string {
  return decisionText({
    summary:
      "This decision re-profiles £12.4m of slippage on three capital schemes out of 2024/25 into 2025/26 and 2026/27. It also approves additional capital budget of £1.8m in 2024/25 for the replacement of end-of-life ANPR cameras.",
    recommendation: [
      "1. Approve the re-profiling of £12.4m of capital budget from 2024/25 into 2025/26 and 2026/27, as set out in Table 2; and",
      "2. Approve additional capital budget of £1.8m in 2024/25 for the ANPR camera replacement scheme, funded from capital receipts.",
    ].join("\n"),
    financial: [
      "3.1. The re-profiling by scheme and year is shown in Table 2. Bracketed figures are reductions.",
      "",
      "Table 2: Capital re-profile (£m)",
      "",
      "Scheme\t2024/25\t2025/26\t2026/27\tTotal",
      ...rows,
    ].join("\n"),
  });
}

describe("a re-profile's table", () => {
  const rows = [
    "Estates – custody suite refurbishment\t(6.2)\t4.9\t1.3\t0.0",
    "Estates – training centre\t(2.8)\t1.4\t1.4\t0.0",
    "Digital – Command and Control\t(3.4)\t2.8\t0.6\t0.0",
    "Total\t(12.4)\t9.1\t3.3\t0.0",
  ];

  it("gives no allocations: the decision's new money is the £1.8m it approves for 2024/25", () => {
    const text = reprofile(rows);
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2024/25", 180000000]]);
  });

  it("is not a year's budget: the new £1.8m for 2024/25 raises no FY_MISMATCH against its -£12.4m column", () => {
    const r = extractDecision(reprofile(rows), "synthetic.txt");
    expect(withCode(r.findings, "FY_MISMATCH")).toEqual([]);
  });

  it("still gives allocations where the table adds money (its years do not net to nothing)", () => {
    const r = extractDecision(
      reprofile([
        "Estates – custody suite refurbishment\t(6.2)\t4.9\t1.3\t0.0",
        "ANPR camera replacement\t1.8\t0.0\t0.0\t1.8",
        "Total\t(4.4)\t4.9\t1.3\t1.8",
      ]),
      "synthetic.txt",
    );
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toContainEqual([
      "ANPR camera replacement",
      "2024/25",
      180000000,
    ]);
  });
});
