import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// "over the two years": the definite article points back to the years a recommendation before has named, not to a
// period read from other words ("a grant of £400,000 over two years, offered to MOPAC on 9 December 2024").

const periods = (recommendation: string) =>
  extractDecision(
    decisionText({
      summary: "This decision approves the Women's Diversion Pathway.",
      recommendation,
      financial: "3.1. The cost is met from the MOPAC Reducing Reoffending budget.",
    }),
    "synthetic.txt",
  ).approvals.map((a) => [a.pence, a.start, a.end]);

const first =
  "1. Approve expenditure of £966,000 on the Women's Diversion Pathway from 1 April 2025 to 31 March 2027.";

describe("an approval 'over the two years'", () => {
  it("runs over the years the recommendation before names", () => {
    expect(
      periods(
        `${first}\n2. Approve the variation of the existing contract with Advance Charity for the provision of diversion caseworkers, to a value of up to £780,000 over the two years.\n3. Note the Ministry of Justice Women's Justice grant of £400,000 over two years, offered to MOPAC on 9 December 2024.`,
      ),
    ).toEqual([
      [96_600_000, "2025-04-01", "2027-03-31"],
      [78_000_000, "2025-04-01", "2027-03-31"],
    ]);
  });

  it("not where the years before are not as many", () => {
    const [, second] = periods(
      `${first}\n2. Approve the variation of the existing contract with Advance Charity, to a value of up to £780,000 over the three years.`,
    );
    expect(second).not.toEqual([78_000_000, "2025-04-01", "2027-03-31"]);
  });

  it("nor where the item gives its own dates", () => {
    const [, second] = periods(
      `${first}\n2. Approve a grant of up to £120,000 to Advance Charity over the two years from 1 October 2025.`,
    );
    expect(second![1]).toBe("2025-10-01");
  });
});
