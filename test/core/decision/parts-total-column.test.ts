import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, withCode } from "./checks/check-helpers";

// A table of one year whose money columns are parts of each row's money ("Scale fee | Fee variations") beside a
// Total column that adds them: each row's Total is the row's money for the year.

function audit(total: string): string {
  return decisionText({
    summary:
      "This decision approves payment of the 2023/24 external audit fees for MOPAC and the Commissioner, totalling £811,230.",
    recommendation:
      "1. Approve payment of the 2023/24 external audit fees to Ernst & Young LLP, via PSAA, totalling £811,230, comprising PSAA scale fees of £746,730 and fee variations of £64,500.",
    financial: [
      "3.1. The fees by audited body are set out in Table 1.",
      "",
      "Table 1: External audit fees 2023/24",
      "Audited body\tScale fee\tFee variations\tTotal",
      `MOPAC\t£198,420\t£18,700\t${total}`,
      "Commissioner of Police of the Metropolis\t£548,310\t£45,800\t£594,110",
      "Total\t£746,730\t£64,500\t£811,230",
    ].join("\n"),
  });
}

describe("a one-year table of part columns and their Total column", () => {
  it("allocates each row's Total for the year its title names", () => {
    const r = extractDecision(audit("£217,120"), "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["MOPAC", "2023/24", 21712000],
      ["Commissioner of Police of the Metropolis", "2023/24", 59411000],
    ]);
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads no row's Total where it is not the sum of the row's parts", () => {
    const r = extractDecision(audit("£271,120"), "synthetic.txt");
    expect(r.allocations.map((a) => a.line)).not.toContain("MOPAC");
  });
});
