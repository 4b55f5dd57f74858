import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A secondment's recharge by financial year, with the months of each year beside it: a column of counts says how
// many, never which budget line.

describe("a column of counts beside a long table's money", () => {
  it("names no line: the line is the money column's header", () => {
    const text = decisionText({
      summary:
        "This decision approves the secondment of a Detective Inspector for two years at a cost of £170,000.",
      recommendation:
        "1. Approve expenditure of up to £170,000 for the secondment from 1 June 2024 to 31 May 2026.",
      financial: [
        "3.1. The recharge falls across three financial years as follows:",
        "",
        "Financial year\tMonths\tRecharge",
        "2024/25\t10\t£70,800",
        "2025/26\t12\t£85,000",
        "2026/27\t2\t£14,200",
        "Total\t24\t£170,000",
      ].join("\n"),
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Recharge", "2024/25", 7080000],
      ["Recharge", "2025/26", 8500000],
      ["Recharge", "2026/27", 1420000],
    ]);
  });
});
