import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A table of one financial year with no year column: its title ("Table 1: Mid-year budget adjustments 2024/25
// (£000)") names the year, and each row is a line of it.

function adjustments(title: string, recommendation: string): string {
  return decisionText({
    summary:
      "This decision approves mid-year adjustments to the 2024/25 MOPAC revenue budget of £3.28m, funded from new grant income and the Budget Resilience Reserve.",
    recommendation,
    financial: [
      "3.1. The adjustments total £3.28m and are fully funded from grant income and the Budget Resilience Reserve, as shown in Table 1.",
      "",
      title,
      "",
      "Budget line\tAdjustment\tFunding",
      "Serious Violence Duty – partnership grants\t1,150\tHome Office grant",
      "Rape and Serious Sexual Offences ISVA uplift\t880\tMinistry of Justice grant",
      "Custody healthcare contract inflation\t1,250\tBudget Resilience Reserve",
      "Total expenditure\t3,280",
      "Funded by:",
      "Home Office grant income\t(1,150)",
      "Ministry of Justice grant income\t(880)",
      "Budget Resilience Reserve\t(1,250)",
      "Total funding\t(3,280)",
      "Net impact on council tax requirement\t0",
    ].join("\n"),
  });
}

const UNDATED =
  "1. Approve adjustments to the MOPAC revenue budget totalling £3.28m, as set out in Table 1, funded from grant income and the Budget Resilience Reserve.";

describe("a table of one year with no year column", () => {
  it("gives each row as a line of the year its title names, with the source its Funding column names", () => {
    const text = adjustments("Table 1: Mid-year budget adjustments 2024/25 (£000)", UNDATED);
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence, a.fundingSource])).toEqual([
      ["Serious Violence Duty – partnership grants", "2024/25", 115000000, "Home Office grant"],
      ["Rape and Serious Sexual Offences ISVA uplift", "2024/25", 88000000, "Ministry of Justice grant"],
      ["Custody healthcare contract inflation", "2024/25", 125000000, "Budget Resilience Reserve"],
    ]);
  });

  it("takes the one year the spending is approved for where the title names none, and the rows make the sum", () => {
    const text = adjustments(
      "Table 1: Mid-year budget adjustments (£000)",
      "1. Approve adjustments to the MOPAC 2024/25 revenue budget totalling £3.28m for the year to 31 March 2025, as set out in Table 1.",
    );
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy])).toEqual([
      ["Serious Violence Duty – partnership grants", "2024/25"],
      ["Rape and Serious Sexual Offences ISVA uplift", "2024/25"],
      ["Custody healthcare contract inflation", "2024/25"],
    ]);
  });

  it("reads no lines where the year is not plain: no year in the title, and the spending approved over two", () => {
    const text = adjustments(
      "Table 1: Budget adjustments (£000)",
      "1. Approve adjustments to the MOPAC revenue budget totalling £3.28m over 2024/25 and 2025/26, as set out in Table 1.",
    );
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations).toEqual([]);
  });

  it("reads no lines from a table of virements (From | To), which moves money between lines", () => {
    const text = decisionText({
      summary: "This decision approves three budget virements within the 2024/25 MOPAC revenue budget.",
      recommendation:
        "1. Approve the three budget virements set out in Table 1, totalling £950,000, within the 2024/25 MOPAC revenue budget.",
      financial: [
        "3.1. The virements are set out in Table 1. They net to zero across the MOPAC revenue budget.",
        "",
        "Table 1: Virements 2024/25 (£000)",
        "",
        "Ref\tFrom\tTo\tAmount",
        "a\tCommissioning – Neighbourhood Crime\tOversight and Assurance – Data Analytics\t450",
        "b\tEstates Revenue – Facilities Management\tCorporate Services – ICT Licences\t300",
        "c\tStaffing – Vacancy Factor\tVictims' Commissioner's Office\t200",
        "Total\t\t\t950",
      ].join("\n"),
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => a.line)).not.toContain("a");
  });

  it("takes the decision's column beside money approved before, and the year from the title", () => {
    const text = decisionText({
      summary: "This decision approves carry forwards of £2.45m into the 2024/25 revenue budget.",
      recommendation:
        "1. Approve carry forwards totalling £2,450,000 into the 2024/25 revenue budget, as set out in Table 1.",
      financial: [
        "3.1. This decision approves carry forwards totalling £2,450,000 into the 2024/25 revenue budget.",
        "",
        "Table 1: Carry forwards into 2024/25 (£000)",
        "",
        "Budget line\tApproved at Q3 (PCD 1598)\tRequested in this decision\tTotal carry forward",
        "Youth justice and diversion\t600\t400\t1,000",
        "Oversight and Audit\t350\t0\t350",
        "Estates feasibility\t250\t800\t1,050",
        "Total\t1,200\t1,200\t2,400",
      ].join("\n"),
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Youth justice and diversion", "2024/25", 40000000],
      ["Estates feasibility", "2024/25", 80000000],
    ]);
    expect(withCode(r.findings, "FY_MISMATCH")).toEqual([]);
  });

  it("reads a table whose rows run past its header's cells without failing (a money column with no header)", () => {
    const text = adjustments("Table 1: Mid-year budget adjustments 2024/25 (£000)", UNDATED).replace(
      "Budget line\tAdjustment\tFunding",
      "£\t£2.5m",
    );
    expect(() => extractDecision(text, "synthetic.txt")).not.toThrow();
  });
});
