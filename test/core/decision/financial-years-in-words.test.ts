import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { findFinancialYears } from "../../../src/core/financial-year/financial-year";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// Financial years written in words: "the financial year 2024 to 2025", and years named relative to when the
// decision is made ("this financial year", "next financial year"), resolved from its date of signature.

function hub(split: string, dates: { approverDate?: string; ceoDate?: string } = {}): string {
  return decisionText({
    summary:
      "This decision approves funding of £700,000 for the Online Hate Crime Hub from April 2024 to March 2026.",
    recommendation:
      "1. Approve expenditure of £700,000 to the Metropolitan Police Service for the Online Hate Crime Hub from 1st April 2024 to 31st March 2026.",
    financial: [
      "3.1. The total financial commitment of this decision is £700,000 to 31/03/2026, funded from the MOPAC Hate Crime budget.",
      "",
      `3.2. ${split}`,
      "",
      "3.3. The costs are set out in Table 1.",
      "",
      "Table 1: Online Hate Crime Hub costs (£)",
      "",
      "Cost\t2024/2025\t2025/2026\tTotal",
      "Detective Constables (3 FTE)\t252,000\t248,000\t500,000",
      "Analyst and training programme\t100,000\t100,000\t200,000",
      "Total\t352,000\t348,000\t700,000",
    ].join("\n"),
    ...dates,
  });
}

function fyMismatches(text: string): string[] {
  const findings = extractDecision(text, "hub.txt").findings;
  expectQuotesHold(text, findings);
  return withCode(findings, "FY_MISMATCH").map((f) => f.message);
}

describe("financial years named in words", () => {
  it("resolves 'next financial year' from the date the decision is signed (December 2023 → 2024/25)", () => {
    const messages = fyMismatches(
      hub(
        "The financial commitment next financial year will be £325k and the financial commitment in 2025-26 will be £375K.",
        { approverDate: "20/12/2023", ceoDate: "14/12/2023" },
      ),
    );
    expect(messages.some((m) => m.includes("£325,000 for 2024/25"))).toBe(true);
    expect(messages.some((m) => m.includes("£325,000 for 2025/26"))).toBe(false);
  });

  it("resolves 'this financial year' to the year of signing: a sum said for it is not compared with another year", () => {
    const messages = fyMismatches(
      hub("£325k will be spent this financial year and £348,000 in 2025-26.", {
        approverDate: "20/05/2024",
        ceoDate: "14/05/2024",
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("£325,000 for 2024/25");
  });

  it("puts a sum beside a relative year in no year where the decision has no date", () => {
    const messages = fyMismatches(
      hub(
        "The financial commitment next financial year will be £325k and the financial commitment in 2025-26 will be £348,000.",
        { approverDate: "", ceoDate: "" },
      ),
    );
    expect(messages).toEqual([]);
  });

  it("reads 'the financial year 2024 to 2025' as 2024/25", () => {
    const messages = fyMismatches(
      hub("The financial commitment in the financial year 2024 to 2025 will be £325k."),
    );
    expect(messages.some((m) => m.includes("£325,000 for 2024/25"))).toBe(true);
    expect(findFinancialYears("in the financial year 2024 to 2025.")).toEqual([
      { years: ["2024/25"], quote: "financial year 2024 to 2025", offset: 7 },
    ]);
  });

  it("dates an approval with no period of its own by 'the financial year 2024 to 2025' its sum is given in", () => {
    const text = decisionText({
      summary: "This decision seeks approval of up to £18,750.50 for an independent process evaluation.",
      recommendation:
        "1. Approve expenditure of up to £18,750.50 on a contract with London South Bank University for an independent process evaluation of the programme, to be completed by 31st March 2025.",
      financial:
        "3.1. The total financial commitment of this decision is £18,750.50 in the financial year 2024 to 2025, funded from the MOPAC Commissioning Budget.",
    });
    const record = extractDecision(text, "evaluation.txt");
    expect(record.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [1875050, "2024-04-01", "2025-03-31"],
    ]);
    expect(record.allocations.map((a) => [a.fy, a.pence])).toEqual([["2024/25", 1875050]]);
  });
});
