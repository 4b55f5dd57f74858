import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { scanMoney } from "../../../src/core/money/scan-money";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// Money written with the currency's code or name instead of the pound sign: "GBP 450,000", "450,000 pounds".
// A grant approved in those words is still an approval; the decision's total must not be read as contradicting it.

function redthread(grant: string): string {
  return decisionText({
    summary:
      "This decision seeks approval of a grant to Redthread to continue the Youth Violence Intervention Programme, and of up to £18,750.50 for an independent process evaluation. The total financial commitment is £468,750.50.",
    recommendation: [
      `1. Approve a grant of ${grant} to Redthread for the delivery of the Youth Violence Intervention Programme in the 2024/25 financial year (1st April 2024 to 31st March 2025);`,
      "2. Approve expenditure of up to £18,750.50 on a contract with London South Bank University for an independent process evaluation of the programme.",
    ].join("\n"),
    financial: [
      "3.1. The total financial commitment of this decision is £468,750.50 in 2024/25, made up of the grant to Redthread and the evaluation contract of up to £18,750.50.",
      "3.2. Both elements will be funded from the MOPAC Commissioning Budget for 2024/25.",
    ].join("\n"),
  });
}

describe("money written as GBP or pounds", () => {
  for (const grant of ["GBP 450,000", "450,000 pounds", "GBP450,000.00", "450,000.00 pounds sterling"]) {
    it(`reads "${grant}" in the Recommendation as the grant it approves, with no TOTAL_MISMATCH`, () => {
      const text = redthread(grant);
      const record = extractDecision(text, "redthread.txt");
      const findings = record.findings;
      expect(record.approvals.map((a) => [a.pence, a.recipient])).toEqual([
        [45000000, "Redthread"],
        [1875050, "London South Bank University"],
      ]);
      expect(record.amounts.some((a) => a.pence === 45000000 && a.quote === grant)).toBe(true);
      expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
      expectQuotesHold(text, findings);
    });
  }

  it("keeps each figure's exact quote and offset", () => {
    const text = "a grant of GBP 450,000, about 1.2 million pounds, and £ 20,000 pounds";
    const found = scanMoney(text);
    expect(found.map((m) => [m.pence, m.quote, m.approximate])).toEqual([
      [45000000, "GBP 450,000", false],
      [120000000, "1.2 million pounds", true],
      [2000000, "£ 20,000", false],
    ]);
    for (const m of found) expect(text.slice(m.offset, m.offset + m.quote.length)).toBe(m.quote);
  });

  it("does not read pounds as a weight, a bare count before 'pounds', or a year as money", () => {
    expect(
      scanMoney("officers seized 10,000 pounds of cannabis and 2,500.5 pounds in weight of resin"),
    ).toEqual([]);
    expect(scanMoney("a prize of 50 pounds was offered in 2024 pounds")).toEqual([]);
    expect(scanMoney("the GBP exchange rate and GBP-denominated bonds")).toEqual([]);
  });
});
