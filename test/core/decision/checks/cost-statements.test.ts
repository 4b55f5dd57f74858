import { describe, expect, it } from "vitest";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

/** A contract extension whose Financial Comments cost it in their own words, without "total". */
function extension(financial: string, recommendationCost = "£1,150,000 (excluding VAT)"): string {
  return decisionText({
    summary:
      "The Victims' Out of Hours Helpline is delivered by Victim Support under a contract awarded under PCD 1521. This decision seeks approval to exercise the first twelve-month extension option.",
    recommendation: `1. Approve a variation to the contract with Victim Support for the Victims' Out of Hours Helpline to exercise the first extension option, for twelve months from 1 April 2026 to 31 March 2027, at a cost of ${recommendationCost}.`,
    issues:
      "2.1. PCD 1521 approved the initial three-year term at a value of £3,240,000 (£1,080,000 per annum). Including this extension, the total contract value rises to £4,390,000.",
    financial: `${financial} The extension will be funded from the Ministry of Justice Victims' Services Grant for 2026/27.`,
  });
}

describe("TOTAL_MISMATCH: what the decision's subject costs, said without 'total'", () => {
  it.each([
    "3.1. The cost of the extension year is £1,105,000 excluding VAT (£1,380,000 including VAT).",
    "3.1. The value of the contract variation is £1,105,000 excluding VAT.",
    "3.1. The extension will cost £1,105,000 excluding VAT.",
  ])("raises an error against the Recommendation's sum: %s", (financial) => {
    const found = withCode(check(extension(financial), totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("Financial Comments 3.1 states £1,105,000");
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["£1,150,000", "£1,105,000"]));
    // The same words with the approved sum raise nothing.
    const agreeing = extension(financial.replace("£1,105,000", "£1,150,000"));
    expect(withCode(check(agreeing, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it.each([
    // A part, a rate or earlier money: not the decision's whole.
    "3.1. The cost of the first year is £1,105,000.",
    "3.1. The annual cost of the extension year is £1,105,000.",
    "3.1. The cost of the original contract was £1,105,000.",
    "3.1. The cost of the existing service is £1,105,000.",
    // A contract's value, which for a variation is its running total.
    "3.1. The value of the contract is £4,390,000.",
    "3.1. The extension will cost £95,000 per month.",
  ])("reads no total from %s", (financial) => {
    expect(withCode(check(extension(financial), totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads a monthly rate's rounding as no contradiction: £95,833 per month is £1,150,000 a year", () => {
    const text = extension(
      "3.1. The total cost of the extension year is £1,150,000 excluding VAT.",
      "£95,833 per month (excluding VAT)",
    );
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads 'the adjustments total' and 'a net increase of' as the decision's total (mid-year budget adjustments)", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval for a net increase of £3.28m to the 2024/25 MOPAC revenue budget. The increase is fully funded from additional specific grant income and a drawdown from the Budget Resilience Reserve.",
      recommendation: [
        "1. Approve an increase of £3.82m in the 2024/25 MOPAC revenue budget, as set out in Table 1;",
        "2. Accept additional grant income of £1.75m from the Home Office in 2024/25; and",
        "3. Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the custody healthcare pressure.",
      ].join("\n"),
      financial:
        "3.1. The adjustments total £3.28m and are fully funded from grant income and the Budget Resilience Reserve.\n\n3.2. The revised 2024/25 MOPAC revenue budget will be £121.98m.",
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("the Executive Summary states £3,280,000");
    expect(found[0]!.message).toContain("Financial Comments 3.1 states £3,280,000");
    expect(found[0]!.message).not.toContain("£121,980,000");
  });
});
