import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold } from "./checks/check-helpers";

// A final budget decision sets the budget approved before (in another decision, named in a column's header) beside
// the change and the final budget it approves. The final column is the year's money, line by line; the earlier
// column and the change are background.

function finalBudget(recommendation: string): string {
  return decisionText({
    summary:
      "This decision approves the final revenue budget for 2025/26. Since the budget submission approved in PCD 1650 the budget has increased by £3.0m, from a council tax collection fund surplus, which will fund additional neighbourhood officers and youth outreach.",
    recommendation,
    financial: [
      "3.1. Table 1 shows the final budget by line.",
      "",
      "Table 1: Final revenue budget 2025/26 (£m)",
      "",
      "\tBudget submission (PCD 1650)\tChange\tFinal budget 2025/26",
      "Police Officer pay\t2,210.5\t2.0\t2,212.5",
      "Police Staff pay\t701.3\t0.0\t701.3",
      "Running expenses\t1,040.2\t1.0\t1,041.2",
      "Other income\t(310.0)\t0.0\t(310.0)",
      "Net revenue expenditure\t3,642.0\t3.0\t3,645.0",
    ].join("\n"),
  });
}

describe("a table of a budget before and after a change, whose final column the decision approves", () => {
  it("gives the final column's rows as the year's lines, not the approvals summed", () => {
    const text = finalBudget(
      [
        "1. Approve the final revenue budget for 2025/26 with net revenue expenditure of £3,645.0m, as set out in Table 1; and",
        "2. Approve the allocation of the £3.0m collection fund surplus, of which £2.0m is allocated to neighbourhood officers and £1.0m to youth outreach.",
      ].join("\n"),
    );
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Police Officer pay", "2025/26", 221250000000],
      ["Police Staff pay", "2025/26", 70130000000],
      ["Running expenses", "2025/26", 104120000000],
    ]);
  });

  it("gives nothing where the decision approves no column of it (the final budget only noted)", () => {
    const r = extractDecision(
      finalBudget(
        "1. Approve the allocation of the £3.0m collection fund surplus to neighbourhood officers in 2025/26; and\n2. Note the final revenue budget set out in Table 1.",
      ),
      "synthetic.txt",
    );
    expect(r.allocations.map((a) => a.pence)).not.toContain(221250000000);
  });
});
