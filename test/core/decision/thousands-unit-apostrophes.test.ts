import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A table titled "Capital cost profile (£’000)": PDF text and word processors write the apostrophe as a curly
// quote (or a prime, a grave or an acute accent) as often as a straight one. Each is the same unit, thousands of
// pounds; read only with the straight one, the curly one left every allocation a thousand times too small.

const custody = (unit: string): string =>
  decisionText({
    summary: "This decision seeks approval of capital expenditure of up to £4,650,000 for the refurbishment.",
    recommendation:
      "1. Approve capital expenditure of up to £4,650,000 in 2025/26 and 2026/27, funded from the MPS Property Services capital programme.",
    financial: [
      "3.1. The total capital cost of the scheme is £4,650,000, as shown in Table 1.",
      "",
      `Table 1: Capital cost profile ${unit}`,
      "Cost element\t2025/26\t2026/27\tTotal",
      "Construction works\t1,850\t1,420\t3,270",
      "Professional fees\t310\t160\t470",
      "Risk allowance\t250\t310\t560",
      "Total\t2,410\t1,890\t4,300",
    ].join("\n"),
  });

describe("a table's unit of thousands written with any apostrophe", () => {
  for (const unit of ["(£'000)", "(£’000)", "(£‘000)", "(£′000)", "(£`000)", "(£´000)", "(£000)"]) {
    it(`reads ${unit} as thousands of pounds`, () => {
      const r = extractDecision(custody(unit), "synthetic.txt");
      expect(r.allocations.find((a) => a.line === "Construction works" && a.fy === "2025/26")?.pence).toBe(
        185_000_000,
      );
    });
  }
});
