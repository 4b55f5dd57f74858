import { describe, expect, it } from "vitest";
import { annualRateBesideTotal } from "../../../../src/core/decision/checks/annual-rate-beside-total";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

function award(summary: string, financial: string, term = "from 1 January 2026 to 31 December 2028"): string {
  return decisionText({
    summary: `MOPAC has completed a competitive procurement for a Women's Specialist Integrated Offender Management service. ${summary}`,
    recommendation: `1. Approve the award of a contract for the Women's Specialist IOM Service to Together Women London for an initial term of three years ${term}, with a value of £1,450,000.\n2. Note the option to extend the contract by up to two further years, with an estimated whole-life value of £2,350,000 (£470,000 per annum).`,
    financial,
  });
}

describe("TOTAL_MISMATCH: a sum approved with a yearly rate beside it that does not make it", () => {
  it("warns where the rate times the approval's whole years is not the sum, naming both places", () => {
    const text = award(
      "The contract value for the initial term is £1,450,000, equating to £450,000 per annum.",
      "3.1. The contract value for the initial three-year term is £1,450,000 (£450,000 per annum). The service is not subject to VAT.",
    );
    const found = withCode(check(text, annualRateBesideTotal).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain(
      "The Executive Summary and Financial Comments 3.1 give £1,450,000 as £450,000 per annum",
    );
    expect(found[0]!.message).toContain("3 × £450,000 = £1,350,000, a difference of £100,000");
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["£1,450,000", "£450,000"]));
  });

  it.each([
    ["a rate that makes the sum", "£1,450,000 (£483,333 per annum)", undefined],
    ["a rate rounded by its writer", "£1,450,000 (£483,000 per annum)", undefined],
    ["an approximate rate", "£1,450,000 (approximately £450,000 per annum)", undefined],
    [
      "a term of no whole number of years",
      "£1,450,000 (£450,000 per annum)",
      "from 1 January 2026 to 30 June 2029",
    ],
  ])("raises nothing for %s", (_name, figures, term) => {
    const text = award(
      "The service will start in January 2026.",
      `3.1. The contract value for the initial term is ${figures}.`,
      term,
    );
    expect(withCode(check(text, annualRateBesideTotal).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
