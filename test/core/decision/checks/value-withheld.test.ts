import { describe, expect, it } from "vitest";
import { valueWithheld } from "../../../../src/core/decision/checks/value-withheld";
import { check, decisionText, quotesOf } from "./check-helpers";

describe("VALUE_WITHHELD", () => {
  it("notes a Recommendation item whose value is only in Part 2, even where another item states a sum", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision approves the disposal of the former Walworth Police Station.",
        recommendation:
          "1. Approve the disposal of the freehold of the former Walworth Police Station to the preferred bidder named in the Part 2 report, for a capital receipt of not less than the value set out in the Part 2 report; and\n2. Approve disposal costs, including agents' and legal fees, of up to £165,000.",
        financial: "3.1. The disposal costs are met from the capital receipt.",
      }),
      valueWithheld,
    );
    expect(findings.map((f) => f.code)).toEqual(["VALUE_WITHHELD"]);
    expect(quotesOf(findings[0]!)).toEqual(["set out in the Part 2"]);
  });

  it("says nothing where the item that mentions Part 2 states its own sum", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision awards the interpreting contract.",
        recommendation:
          "1. Approve the award of the interpreting contract to Lingua Ltd at a maximum value of £2,400,000, the evaluation being set out in the Part 2 report.",
        financial: "3.1. The cost is met from the MOPAC budget.",
      }),
      valueWithheld,
    );
    expect(findings).toEqual([]);
  });
});

describe("VALUE_WITHHELD and Part 2 material that is not a value", () => {
  it("says nothing where Part 2 holds names or an evaluation and the Recommendation states its sum", () => {
    for (const item of [
      "2. Approve the award of places on the framework to the three highest scoring bidders, as set out in the Part 2 report.",
      "2. Note that the names of individual debtors are set out in the Part 2 report.",
    ]) {
      const { findings } = check(
        decisionText({
          summary: "This decision approves a framework.",
          recommendation: `1. Approve the establishment of a framework with an estimated total value of up to £30m over four years.\n${item}`,
          financial: "3.1. Call-offs are met from existing budgets.",
        }),
        valueWithheld,
      );
      expect(findings, item).toEqual([]);
    }
  });
});
