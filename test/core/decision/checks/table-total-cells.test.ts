import { describe, expect, it } from "vitest";
import { tableTotalMismatch } from "../../../../src/core/decision/checks/table-total-mismatch";
import { check, decisionText, quotesOf } from "./check-helpers";

// TABLE_TOTAL_MISMATCH on the tables of the Financial Comments: a net row is a difference, not a total; and one wrong
// cell that breaks both its row and its column is one finding.

function withTable(lines: readonly string[]): string {
  return decisionText({
    summary:
      "This decision funds two years of the violence reduction programme from the Violence Reduction Reserve.",
    recommendation:
      "1. Approve the drawdown of £1,250,000 from the Violence Reduction Reserve in 2024/25 and 2025/26.",
    financial: ["3.1. The drawdown is profiled as follows (£000).", "", ...lines].join("\n"),
  });
}

describe("a net row", () => {
  it("is not checked as the sum of the totals above it (Total expenditure 3,280, Total funding (3,280), Net 0)", () => {
    const { findings } = check(
      withTable([
        "Table 1: Mid-year budget adjustments 2024/25 (£000)",
        "",
        "Budget line\tAdjustment",
        "Serious Violence Duty – partnership grants\t1,150",
        "Custody healthcare contract inflation\t2,130",
        "Total expenditure\t3,280",
        "Funded by:",
        "Home Office grant income\t(1,150)",
        "Budget Resilience Reserve\t(2,130)",
        "Total funding\t(3,280)",
        "Net impact on council tax requirement\t0",
      ]),
      tableTotalMismatch,
    );
    expect(findings).toEqual([]);
  });

  it("is still checked against rows of its own (Gross cost, Income, Net cost)", () => {
    const { findings } = check(
      withTable(["Item\t£000", "Gross cost\t500", "Income\t(100)", "Net cost\t420"]),
      tableTotalMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("£420,000");
  });
});

describe("one wrong cell", () => {
  const header = "Intervention\t2024/25\t2025/26\tTotal";

  it("in a row's Total column is one finding, naming its row and the Total column", () => {
    const { findings } = check(
      withTable([
        header,
        "Youth outreach in A&E departments\t320\t210\t530",
        "Evaluation and analytical capacity\t95\t60\t165",
        "Programme management\t335\t230\t565",
        "Total\t750\t500\t1,250",
      ]),
      tableTotalMismatch,
    );
    expect(findings).toHaveLength(1);
    const m = findings[0]!.message;
    expect(findings[0]!.severity).toBe("error");
    expect(m).toContain('the "Total" figure of the row "Evaluation and analytical capacity" (£165,000)');
    expect(m).toContain("£95,000 + £60,000 = £155,000");
    expect(m).toContain("£1,260,000 against its Total row's £1,250,000");
    expect(quotesOf(findings[0]!)).toContain("165");
  });

  it("at the foot of the Total column is one finding, naming the Total row and column", () => {
    const { findings } = check(
      withTable([
        header,
        "Youth outreach in A&E departments\t320\t210\t530",
        "Programme management\t430\t290\t720",
        "Total\t750\t500\t1,240",
      ]),
      tableTotalMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('the "Total" figure of the row "Total" (£1,240,000)');
    expect(findings[0]!.message).toContain("£750,000 + £500,000 = £1,250,000");
    expect(findings[0]!.message).toContain("£530,000 + £720,000 = £1,250,000");
  });

  it("in a year's column is one finding, naming its row and the year's column", () => {
    const { findings } = check(
      withTable([
        header,
        "Youth outreach in A&E departments\t320\t210\t530",
        "Programme management\t440\t290\t720",
        "Total\t750\t500\t1,250",
      ]),
      tableTotalMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(
      'the "2024/25" figure of the row "Programme management" (£440,000)',
    );
  });

  it("leaves two wrong cells apart: each still reported", () => {
    const { findings } = check(
      withTable([
        header,
        "Youth outreach in A&E departments\t320\t210\t540",
        "Programme management\t430\t290\t720",
        "Total\t750\t510\t1,250",
      ]),
      tableTotalMismatch,
    );
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const quoted = findings.flatMap(quotesOf);
    expect(quoted).toContain("540");
    expect(quoted).toContain("510");
  });
});

describe("a Total column beside a year not approved", () => {
  it('agrees with a Total column that takes in the optional year ("Total (including extension)")', () => {
    const { findings } = check(
      withTable([
        "Line\t2024/25\t2025/26\t2026/27 (optional extension)\tTotal (including extension)",
        "Youth outreach in A&E departments\t320\t210\t210\t740",
        "Programme management\t430\t290\t-\t720",
        "Total\t750\t500\t210\t1,460",
      ]),
      tableTotalMismatch,
    );
    expect(findings).toEqual([]);
  });
});
