import { describe, expect, it } from "vitest";
import { fundingBelowTheCostRow } from "../../../../src/core/decision/checks/funding-below-the-cost-row";
import { check, decisionText, quotesOf } from "./check-helpers";

// A table of costs and their funding whose "Total funding" row does not meet its "Total cost" row in a year: that
// year's costs are not all funded. FUNDING_FIGURES_DISAGREE names the year and the two rows.

const decision = (fundingRows: string[]): string =>
  decisionText({
    summary: "This decision approves a women's justice pathway for 2025/26 and 2026/27.",
    recommendation:
      "1. Approve expenditure of £966,000 on the women's justice pathway in 2025/26 and 2026/27.",
    financial: [
      "3.1. The costs and funding of the pathway are:",
      "",
      "\t2025/26\t2026/27\tTotal",
      "Women's centre caseworkers\t£410,000\t£430,000\t£840,000",
      "Specialist mental health practitioner\t£62,000\t£64,000\t£126,000",
      "Total cost\t£472,000\t£494,000\t£966,000",
      "Funded by",
      ...fundingRows,
    ].join("\n"),
  });

describe("a funding Total row against the cost Total row", () => {
  it("is FUNDING_FIGURES_DISAGREE where a year's funding falls short of its costs", () => {
    const findings = check(
      decision([
        "MOPAC Reducing Reoffending budget\t£272,000\t£254,000\t£526,000",
        "Ministry of Justice Women's Justice grant\t£200,000\t£200,000\t£400,000",
        "Total funding\t£472,000\t£454,000\t£926,000",
      ]),
      fundingBelowTheCostRow,
    ).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe("FUNDING_FIGURES_DISAGREE");
    expect(findings[0]!.message).toContain('"2026/27"');
    expect(findings[0]!.message).toContain('"Total funding"');
    expect(findings[0]!.message).toContain('"Total cost"');
    expect(quotesOf(findings[0]!)).toContain("£454,000");
    expect(quotesOf(findings[0]!)).toContain("£494,000");
  });

  it("is nothing where they meet, the funding written as income or not", () => {
    for (const total of [
      "Total funding\t£472,000\t£494,000\t£966,000",
      "Total funding\t(£472,000)\t(£494,000)\t(£966,000)",
    ]) {
      const findings = check(
        decision([
          "MOPAC Reducing Reoffending budget\t£272,000\t£294,000\t£566,000",
          "Ministry of Justice Women's Justice grant\t£200,000\t£200,000\t£400,000",
          total,
        ]),
        fundingBelowTheCostRow,
      ).findings;
      expect(findings).toEqual([]);
    }
  });
});
