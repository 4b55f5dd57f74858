import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./checks/check-helpers";

// A total smaller than an approval's ceiling keeps to it only where it is headroom: not where the decision's own
// table or another statement gives the ceiling exactly, not where the smaller total is said as the maximum itself, and
// not where it is the ceiling with two digits swapped. A year split that names every year approved must make the sum.

const mismatches = (text: string) => withCode(check(text).findings, "TOTAL_MISMATCH");

const rjContract = (opts: { rec: string; summary?: string; financial: string }): string =>
  decisionText({
    summary:
      opts.summary ??
      "MOPAC has commissioned a pan-London restorative justice service since 2019. Following a competitive procurement, this decision seeks approval to award a new contract to Restorative Justice London CIC for three years from 1 October 2025.",
    recommendation: opts.rec,
    financial: opts.financial,
  });

const rjRecommendation =
  "1. Approve the award of a contract to Restorative Justice London CIC for the delivery of the London Restorative Justice Service for an initial term of three years from 1 October 2025 to 30 September 2028, at a total value of up to £3,960,000.";
const rjProfile = (total: string) =>
  [
    "3.2. The annual contract value is £1,320,000. The profile by financial year is:",
    "",
    "Financial year\tContract value",
    "2025/26\t£660,000",
    "2026/27\t£1,320,000",
    "2027/28\t£1,320,000",
    "2028/29\t£660,000",
    `Total\t${total}`,
  ].join("\n");

describe("a smaller total under a ceiling", () => {
  it("contradicts it where the decision's own table states the ceiling", () => {
    const found = mismatches(
      rjContract({
        rec: rjRecommendation,
        financial: `3.1. The total financial commitment is £3,590,000 over the three-year term, funded from the MOPAC Victims Commissioning budget.\n${rjProfile("£3,960,000")}`,
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("£3,590,000");
  });

  it("contradicts it where it is the ceiling with two digits swapped", () => {
    const found = mismatches(
      rjContract({
        rec: rjRecommendation,
        financial:
          "3.1. The total financial commitment is £3,690,000 over the three-year term, funded from the MOPAC Victims Commissioning budget.",
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£3,690,000");
  });

  it("keeps to it where it is an estimate under a ceiling set above it", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to award a contract for the Public Attitude Survey fieldwork for two years.",
      recommendation:
        "1. Approve the award of a contract to Verian Group UK Ltd for Public Attitude Survey fieldwork from 1 April 2026 to 31 March 2028, at a value of up to £500,000.",
      financial:
        "3.1. The total cost of the contract is £450,000, funded from the MOPAC Evidence and Insight budget. The ceiling of £500,000 allows for a boosted sample should one be needed.",
    });
    expect(mismatches(text)).toEqual([]);
  });

  it("contradicts it where the smaller figure is said as the maximum itself", () => {
    const found = mismatches(
      decisionText({
        summary:
          "This decision seeks approval to award a contract to Catch22 Charity Limited for three years from 1 July 2025 to 30 June 2028, at a maximum value of £2,250,000.",
        recommendation:
          "1. Approve the award of a contract for the pan-London Appropriate Adult Service to Catch22 Charity Limited, for a term of three years from 1 July 2025 to 30 June 2028, at a maximum value of £2,500,000.",
        financial:
          "3.1. The maximum contract value is £2,250,000 over the three-year term, of which £360,000 is the surge capacity element which will be drawn down only as required.",
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£2,250,000");
  });
});

describe("a maximum said as the total", () => {
  it.each([
    "3.1. The maximum contract value is £2,430,000 over the three-year term, of which £360,000 is the surge capacity element.",
    "3.1. The contract is let at a maximum value of £2,430,000 over the three-year term.",
  ])("contradicts a smaller maximum approved: %s", (financial) => {
    const found = mismatches(
      decisionText({
        summary:
          "This decision seeks approval to award a contract to Catch22 Charity Limited for the Appropriate Adult Service.",
        recommendation:
          "1. Approve the award of a contract for the pan-London Appropriate Adult Service to Catch22 Charity Limited, for a term of three years from 1 July 2025 to 30 June 2028, at a maximum value of £2,340,000.",
        financial,
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£2,430,000");
  });

  it("is not a framework's maximum", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to call off a contract from the Crown Commercial Service framework.",
      recommendation:
        "1. Approve the award of a call-off contract to Catch22 Charity Limited for three years from 1 July 2025 to 30 June 2028, at a maximum value of £2,340,000.",
      financial:
        "3.1. The framework has a maximum value of £40,000,000 across all participating authorities. The contract is funded from the MOPAC Criminal Justice commissioning budget.",
    });
    expect(mismatches(text)).toEqual([]);
  });
});

describe("a year split that does not make the sum", () => {
  const grant = (paragraph: string) =>
    decisionText({
      summary:
        "This decision seeks approval of a further grant of up to £890,000 to Victim Support for the London Hate Crime Victim Advocacy Service.",
      recommendation:
        "1. Approve a grant of up to £890,000 to Victim Support for the delivery of the London Hate Crime Victim Advocacy Service from 1 April 2025 to 31 March 2027.",
      financial: [
        "3.1. This decision seeks approval of a grant of up to £890,000 to Victim Support, from 1 April 2025 to 31 March 2027.",
        paragraph,
        "Financial year\tGrant",
        "2025/26\t£445,000",
        "2026/27\t£445,000",
        "Total\t£890,000",
      ].join("\n"),
    });

  it("is a warning under a ceiling the table states, though the sentence wraps after a year", () => {
    const found = mismatches(
      grant(
        "3.2. The grant will be paid quarterly in arrears as £415,000 in 2025/26\nand £445,000 in 2026/27, funded from the MOPAC Victims Commissioning budget. The allocation by year is set out below.",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("£415,000 + £445,000 = £860,000");
  });

  it("is no split where it gives what is added each year", () => {
    const found = mismatches(
      grant(
        "3.2. The additional £15,000 in 2025/26 and £15,000 in 2026/27 will be met from within the MOPAC Victims Commissioning budget. The allocation by year is set out below.",
      ),
    );
    expect(found).toEqual([]);
  });

  const vessels = (split: string) =>
    decisionText({
      summary:
        "This decision seeks approval of capital expenditure of £2,850,000 to replace the two Marine Policing Unit patrol vessels.",
      recommendation: `1. Approve capital expenditure of £2,850,000 for the replacement of two MPU patrol vessels from 1 April 2025 to 31 March 2027, ${split}, funded from the MPS capital programme.`,
      financial: "3.1. The total capital cost is £2,850,000, funded from the MPS capital programme.",
    });

  it.each([
    "of which\n£1,250,000\nin 2025/26 and £1,500,000 in 2026/27",
    "to be spent as £1,250,000 in 2025/26 and £1,500,000 in 2026/27",
  ])("in the approval's own sentence is an error: %s", (split) => {
    const checked = check(vessels(split));
    expect(checked.record.approvals.map((a) => a.pence)).toEqual([285_000_000]);
    const found = withCode(checked.findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("£1,250,000 + £1,500,000 = £2,750,000");
  });

  it("in the approval's own sentence that makes the sum is quiet", () => {
    expect(mismatches(vessels("to be spent as £1,250,000 in 2025/26 and £1,600,000 in 2026/27"))).toEqual([]);
  });
});
