import { describe, expect, it } from "vitest";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { extractDecision } from "../../../../src/core/decision/extract-decision";
import { check, decisionText, withCode } from "./check-helpers";

/** An interpreting contract approved net of VAT, whose Financial Comments also give its value with VAT. */
function interpreting(financial: string, approved = "£240,000 plus VAT"): string {
  return decisionText({
    summary: "This decision approves a contract for interpreting services over two years.",
    recommendation: `1. Approve expenditure of ${approved} on interpreting services from 1 April 2025 to 31 March 2027.`,
    financial: `${financial} The net cost will be met from the MOPAC core budget.`,
  });
}

describe("a sum said with VAT is not the decision's total (MOPAC recovers VAT)", () => {
  it.each([
    "3.1. The total value of the contract is £288,000 inclusive of VAT.",
    "3.1. The total value of the contract is £288,000 including VAT.",
    "3.1. The total value of the contract is £288,000 incl. VAT.",
    "3.1. The total value of the contract is £288,000 inc. VAT.",
    "3.1. The total value of the contract is £288,000 inc VAT.",
    "3.1. The total value of the contract is £288,000 gross of VAT.",
    "3.1. The total value of the contract is £288,000 (VAT inclusive).",
    "3.1. The total value of the contract is £288,000 (VAT included).",
  ])("raises no TOTAL_MISMATCH against the net sum: %s", (financial) => {
    expect(withCode(check(interpreting(financial), totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("still raises one where the same sentence gives a different sum with no word of VAT", () => {
    const found = withCode(
      check(interpreting("3.1. The total value of the contract is £288,000."), totalMismatch).findings,
      "TOTAL_MISMATCH",
    );
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("£288,000");
  });

  it.each([
    ["inclusive of VAT", "ex VAT"],
    ["inc. VAT", "exc. VAT"],
    ["(VAT inclusive)", "(VAT exclusive)"],
  ])(
    "approves the sum without VAT where both are given: '£288,000 %s (£240,000 %s)'",
    (withVat, withoutVat) => {
      const text = interpreting(
        "3.1. The contract is funded from the MOPAC core budget.",
        `£288,000 ${withVat} (£240,000 ${withoutVat})`,
      );
      const r = extractDecision(text, "pcd-2102.txt");
      expect(r.approvals.map((a) => a.pence)).toEqual([24_000_000]);
    },
  );
});
