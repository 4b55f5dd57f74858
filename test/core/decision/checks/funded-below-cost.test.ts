import { describe, expect, it } from "vitest";
import { fundedBelowCost } from "../../../../src/core/decision/checks/funded-below-cost";
import { check, decisionText, quotesOf } from "./check-helpers";

function text(grant: string, issues: string): string {
  return decisionText({
    summary: "This decision continues the mentoring service for a year.",
    recommendation: `- Approve the award of a grant of up to ${grant} for a one-year period (April 2024 to March 2025) to Bright Paths to continue the mentoring service.`,
    issues,
    financial: "3.1. The grant is met from the Violence Reduction budget.",
  });
}

describe("FUNDED_BELOW_COST", () => {
  it("notes a grant below the service's stated annual cost", () => {
    const { findings } = check(
      text(
        "£400,000",
        "2.1. The annual running costs of the service are £480,000.\n2.2. Delivery continues in six boroughs.",
      ),
      fundedBelowCost,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toContain("£80,000 a year short");
    expect(quotesOf(findings[0]!)).toEqual(expect.arrayContaining(["£480,000"]));
  });

  it("ignores a fully funded service and societal costs", () => {
    const issues =
      "2.1. Service delivery costs are £380,000 per year.\n2.2. Youth violence costs the NHS £2 billion a year.";
    expect(check(text("£400,000", issues), fundedBelowCost).findings).toEqual([]);
  });
});

describe("FUNDED_BELOW_COST over periods with a leap day", () => {
  it("shares a sum over whole years or months by them, so a leap day makes no shortfall", () => {
    for (const period of ["from 1 April 2025 to 31 March 2028", "from 1 July 2027 to 30 June 2028"]) {
      const pounds = period.includes("2025") ? "£2,340,000" : "£780,000";
      const t = decisionText({
        summary: "This decision awards the contract.",
        recommendation: `1. Approve the award of a contract of ${pounds} to Bright Paths ${period}.`,
        issues: "2.1. The annual cost of the service is £780,000.",
        financial: "3.1. The contract is met from the Violence Reduction budget.",
      });
      expect(check(t, fundedBelowCost).findings, period).toEqual([]);
    }
  });
});
