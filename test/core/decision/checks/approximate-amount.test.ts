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

describe("APPROXIMATE_AMOUNT and recommendations that approve nothing", () => {
  it("says nothing of an approximate figure in an item that only notes ('Note that ongoing costs of approximately £1.8m a year …')", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision approves the body worn video business case.",
        recommendation:
          "1. Approve capital expenditure of £14,350,000 over 2025/26 to 2027/28.\n2. Note that ongoing revenue costs of approximately £1.8m a year from 2028/29 onwards will be built into the MPS Medium Term Financial Plan.",
        financial: "3.1. The capital cost of £14,350,000 is funded from the MPS Capital Programme.",
      }),
      approximateAmount,
    );
    expect(findings).toEqual([]);
  });
});
