import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./checks/check-helpers";

// A row named by its part and then "subtotal" or "total" ("Capital subtotal", "Revenue total") adds up that part of
// the table: it is checked, never counted as a budget line.

const decision = (
  capitalTotal: string,
  revenueTotal: string,
  capitalFigures = "765.0\t465.0\t1,230.0",
): string =>
  decisionText({
    summary:
      "This decision approves capital and revenue funding for the Camberwell Haven sexual assault referral centre.",
    recommendation:
      "1. Approve capital expenditure of £1,230,000 and revenue expenditure of £559,000 on the Camberwell Haven in FY25/26 and FY26/27.",
    financial: [
      "3.1. The costs (£000) are:",
      "",
      "\tFY25/26\tFY26/27\tTotal",
      "Capital",
      "Building works – Camberwell Haven\t620.0\t410.0\t1,030.0",
      "Forensic equipment\t145.0\t55.0\t200.0",
      `${capitalTotal}\t${capitalFigures}`,
      "Revenue",
      "Crisis worker posts (4 FTE)\t180.0\t186.0\t366.0",
      "Paediatric forensic examiner sessions\t95.0\t98.0\t193.0",
      `${revenueTotal}\t275.0\t284.0\t559.0`,
      "Total\t1,040.0\t749.0\t1,789.0",
      "",
      "3.2. The financial commitment in FY25/26 will be £1,040,000 and in FY26/27 £749,000.",
    ].join("\n"),
  });

describe("a part's subtotal named by the part", () => {
  it.each([
    ["Capital subtotal", "Revenue subtotal"],
    ["Capital total", "Revenue total"],
    ["Capital sub-total", "Revenue Sub-Total"],
  ])("is a subtotal, not a line: %s / %s", (capital, revenue) => {
    const { record, findings } = check(decision(capital, revenue));
    const lines = [...new Set(record.allocations.map((a) => a.line))];
    expect(lines).toEqual([
      "Building works – Camberwell Haven",
      "Forensic equipment",
      "Crisis worker posts (4 FTE)",
      "Paediatric forensic examiner sessions",
    ]);
    const year = record.allocations.filter((a) => a.fy === "2025/26").reduce((s, a) => s + a.pence, 0);
    expect(year).toBe(104_000_000);
    expect(withCode(findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });

  it("is checked against its part's rows", () => {
    const { findings } = check(decision("Capital subtotal", "Revenue subtotal", "775.0\t465.0\t1,240.0"));
    expect(withCode(findings, "TABLE_TOTAL_MISMATCH").length).toBeGreaterThan(0);
  });
});
