import { describe, expect, it } from "vitest";
import { approximateAmount } from "../../../../src/core/decision/checks/approximate-amount";
import { check, decisionText, quotesOf } from "./check-helpers";

describe("APPROXIMATE_AMOUNT", () => {
  it("notes an approval stated approximately, quoting the qualifier with the figure", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision releases funding for the mentoring service.",
        recommendation:
          "1. Approve the release of approximately £450,000 from the Youth budget for the mentoring service.",
        financial: "3.1. The decision requests £450,000 for the service.",
      }),
      approximateAmount,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("info");
    expect(quotesOf(findings[0]!)[0]).toBe("approximately £450,000");
  });

  it("raises nothing for an exact approval", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision releases funding for the mentoring service.",
        recommendation: "1. Approve the release of £450,000 from the Youth budget for the mentoring service.",
        financial: "3.1. The decision requests £450,000 for the service.",
      }),
      approximateAmount,
    );
    expect(findings).toEqual([]);
  });
});
