import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A carry-forward table's title names the year the money comes from and the year it goes into: "Proposed revenue
// carry forwards from 2024/25 into 2025/26 (£000)". The table is of the year the money goes into.

describe("a table titled with the year its money comes from", () => {
  it("allocates each row to the year the money goes into", () => {
    const text = decisionText({
      summary:
        "This decision approves revenue budget carry forwards of £18,347,000 from 2024/25 into 2025/26.",
      recommendation: [
        "1. Approve revenue budget carry forwards totalling £18,347,000 from 2024/25 into 2025/26, as set out in Table 1; and",
        "2. Approve the transfer of the remaining revenue underspend of £12.4m to the Budget Resilience Reserve.",
      ].join("\n"),
      issues: [
        "2.2. Budget holders have committed expenditure that was planned for 2024/25 but has slipped into 2025/26.",
        "",
        "Table 1: Proposed revenue carry forwards from 2024/25 into 2025/26 (£000)",
        "",
        "Budget line\tCarry forward\tReason",
        "Violence Reduction Unit – community grants programme\t3,412\tGrants awarded in Q4",
        "Met Contact Centre improvement programme\t5,200\tSupplier milestones delayed",
        "Forensic services – backlog clearance\t9,735\tLaboratory capacity constraints",
        "Total\t18,347",
      ].join("\n"),
      financial: "3.1. The carry forwards in Table 1 will increase the 2025/26 revenue budget by £18.3m.",
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toContainEqual([
      "Met Contact Centre improvement programme",
      "2025/26",
      520000000,
    ]);
  });
});
