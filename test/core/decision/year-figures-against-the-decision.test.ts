import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// What a decision says of one financial year's money, wherever it says it, against what it decides: the table the
// Recommendation names, the yearly rate it approves, and the years it approves.

function capitalStrategy(issuesSentence: string): string {
  return decisionText({
    summary:
      "The Capital Strategy 2026/27 provides for capital expenditure of £1,122.4m over the three years 2026/27 to 2028/29.",
    recommendation:
      "1. Approve the Capital Strategy 2026/27, including capital expenditure plans of £1,122.4m over 2026/27 to 2028/29 as set out in Table 1.",
    issues: [
      "1.3. At 31 December 2025 MOPAC held external borrowing of £1,184.0m and cash investments of £412.5m.",
      "",
      `2.1. ${issuesSentence} Table 1 sets out the capital expenditure plans and their financing.`,
      "",
      "Table 1: Capital expenditure and financing (£m)",
      "",
      "\t2024/25 Actual\t2025/26 Forecast\t2026/27 Estimate\t2027/28 Estimate\t2028/29 Estimate",
      "Capital expenditure\t356.8\t402.0\t412.6\t374.9\t334.9",
      "Financed by:",
      "Capital receipts\t41.3\t55.0\t62.0\t48.5\t40.0",
      "Borrowing\t315.5\t347.0\t350.6\t326.4\t294.9",
      "Total financing\t356.8\t402.0\t412.6\t374.9\t334.9",
      "",
      "2.2. Capital financing costs are forecast to be £178.4m in 2026/27, rising to £211.8m in 2028/29.",
    ].join("\n"),
    financial:
      "3.1. The capital expenditure plans set out in Table 1 total £1,122.4m over 2026/27 to 2028/29, financed by capital receipts of £150.5m and borrowing of £971.9m.",
    approverDate: "22/01/2026",
    ceoDate: "20/01/2026",
  });
}

describe("a year's figure in the report's body against the table the Recommendation names", () => {
  it("raises FY_MISMATCH where a paragraph restating the table's years gives one year otherwise", () => {
    const text = capitalStrategy(
      "The Capital Strategy provides for capital expenditure of £412.6m in 2026/27, £347.9m in 2027/28 and £334.9m in 2028/29.",
    );
    const r = extractDecision(text, "synthetic.txt");
    const found = withCode(r.findings, "FY_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("£347,900,000 for 2027/28");
    expect(found[0]!.message).toContain("Table 1");
    expect(found[0]!.message).toContain("£374,900,000");
    expectQuotesHold(text, found);
  });

  it("is quiet where the paragraph agrees with the table", () => {
    const text = capitalStrategy(
      "The Capital Strategy provides for capital expenditure of £412.6m in 2026/27, £374.9m in 2027/28 and £334.9m in 2028/29.",
    );
    expect(withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH")).toEqual([]);
  });

  it("leaves alone background money: an outturn and forecast, or years not approved", () => {
    for (const sentence of [
      "Capital expenditure was £356.8m in 2024/25 and is forecast to be £402.0m in 2025/26.",
      "The previous strategy provided for capital expenditure of £412.6m in 2026/27 and £360.0m in 2027/28.",
      "Indicative plans provide for expenditure of £412.6m in 2026/27 and £390.0m in 2027/28.",
    ]) {
      const text = capitalStrategy(sentence);
      expect(withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH")).toEqual([]);
    }
  });
});

function contribution(financial: string, recommendation?: string): string {
  return decisionText({
    summary:
      "This decision requests approval for MOPAC to continue its contribution to the Pan-London Youth Justice Shared Service for three years from 1 April 2025, a total of £450,000.",
    recommendation:
      recommendation ??
      "1. Approve a contribution to London Councils of £150,000 per year for three years, 2025/26 to 2027/28, a total of £450,000, towards the Pan-London Youth Justice Shared Service.",
    financial: [
      financial,
      "3.2. The contribution will be paid to London Councils annually in advance in April of each year.",
      "3.3. There is no inflationary uplift to the contribution over the three years.",
    ].join("\n"),
    approverDate: "22/05/2025",
    ceoDate: "19/05/2025",
  });
}

describe("a year's commitment against the yearly rate the Recommendation approves", () => {
  it("raises FY_MISMATCH where the year's commitment is not the rate approved for every year", () => {
    const text = contribution(
      "3.1. The financial commitment in 2025/26 will be £165,000, funded from the MOPAC Youth Justice budget.",
    );
    const found = withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("£165,000 for 2025/26");
    expect(found[0]!.message).toContain("£150,000 a year");
    expectQuotesHold(text, found);
  });

  it("is quiet where the year's commitment is the rate", () => {
    const text = contribution(
      "3.1. The financial commitment in 2025/26 will be £150,000, funded from the MOPAC Youth Justice budget.",
    );
    expect(withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH")).toEqual([]);
  });

  it("reads no year's figure from a rate said to rise", () => {
    const text = contribution(
      "3.1. The financial commitment in 2025/26 will be £165,000, funded from the MOPAC Youth Justice budget.",
      "1. Approve a contribution to London Councils of £150,000 per year for three years, 2025/26 to 2027/28, subject to an annual inflationary uplift, towards the Pan-London Youth Justice Shared Service.",
    );
    expect(withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH")).toEqual([]);
  });
});

function boroughSupport(financial: string): string {
  return decisionText({
    summary: "This decision approves £1.25 million of borough support from April 2024 to March 2026.",
    recommendation:
      "1. Approve expenditure of £1.25 million from April 2024 to March 2026 on borough support for the Serious Violence Duty.",
    financial,
    approverDate: "17/01/2024",
    ceoDate: "11/01/2024",
  });
}

describe("a split of the sum approved into a year named in words", () => {
  it("raises FY_MISMATCH where 'this financial year' is a year the Recommendation does not approve", () => {
    const text = boroughSupport(
      "3.1. The total financial commitment of this decision is £1.25 million from April 2024 to March 2026. £0.65m will be spent this financial year and £0.6m in 2025-2026.",
    );
    const found = withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("£650,000 in 2023/24 falls outside the years it approves");
    expectQuotesHold(text, found);
  });

  it("is quiet where 'next financial year' is a year it approves", () => {
    const text = boroughSupport(
      "3.1. The total financial commitment of this decision is £1.25 million from April 2024 to March 2026. £0.65m will be spent next financial year and £0.6m in 2025-2026.",
    );
    expect(withCode(extractDecision(text, "synthetic.txt").findings, "FY_MISMATCH")).toEqual([]);
  });
});
