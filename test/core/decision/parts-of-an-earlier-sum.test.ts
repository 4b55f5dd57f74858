import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A recommendation that takes its figure out of a sum an earlier one approves ("2. Approve that £200,000 of this sum
// is used for an independent evaluation") sets a part of that sum aside: it is no more money.

const decision = (second: string): string =>
  decisionText({
    summary: "This decision seeks approval of expenditure on improving healthcare in police custody suites.",
    recommendation: `1. Approve expenditure of £1,200,000 on the custody healthcare improvement programme in 2025/26.\n${second}`,
    financial:
      "3.1. The total cost of £1,200,000 will be met from the MOPAC Commissioning budget in 2025/26.",
  });

const approved = (text: string): { pence: number; kind: string; recipient: string | null }[] =>
  extractDecision(text, "synthetic.txt").approvals.map((a) => ({
    pence: a.pence,
    kind: a.kind,
    recipient: a.recipient,
  }));

const programme = { pence: 120_000_000, kind: "funding", recipient: null };

describe("a recommendation that sets aside part of a sum approved before", () => {
  it.each([
    "2. Approve that £200,000 of this sum is allocated to an independent evaluation of the programme.",
    "2. Approve, within this total, expenditure of up to £200,000 on an independent evaluation.",
    "2. Approve expenditure of £200,000 from the above on an independent evaluation.",
    "2. Approve that £200,000 of the £1,200,000 in recommendation 1 is used for an independent evaluation.",
  ])("is a part of it, not more money: %s", (second) => {
    expect(approved(decision(second))).toEqual([programme]);
  });

  it("is more money where the words say so", () => {
    const text = decision("2. Approve a further £200,000 from this budget for an independent evaluation.");
    expect(approved(text).map((a) => a.pence)).toEqual([120_000_000, 20_000_000]);
  });

  it("stays an approval where it awards a contract within the sum, naming the contractor", () => {
    const text = decision(
      "2. Approve the award of the evaluation contract to the University of Leicester for £200,000, within the budget approved at recommendation 1.",
    );
    expect(approved(text)).toEqual([
      programme,
      { pence: 20_000_000, kind: "contract", recipient: "University of Leicester" },
    ]);
  });

  it("stays an approval where it spends a grant the earlier recommendation accepts", () => {
    const text = decisionText({
      summary: "This decision accepts a Home Office grant and approves its spending.",
      recommendation:
        "1. Accept a grant of £1,200,000 from the Home Office for 2025/26.\n2. Approve expenditure of £200,000 of this funding on an independent evaluation.",
      financial: "3.1. The grant of £1,200,000 is paid in 2025/26.",
    });
    expect(approved(text).map((a) => a.pence)).toEqual([120_000_000, 20_000_000]);
  });
});
