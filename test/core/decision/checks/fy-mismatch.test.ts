import { describe, expect, it } from "vitest";
import { fyMismatch } from "../../../../src/core/decision/checks/fy-mismatch";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

function text(
  summary: string,
  recommendation = "1. Approve funding of two projects at a total financial commitment of £405,000.",
): string {
  return decisionText({
    summary,
    recommendation,
    financial: [
      "3.1. The allocations are set out below.",
      "",
      "Project\t2024/25 Allocation\t2025/26 Allocation",
      "Mentoring\t£120,000\t£120,000",
      "Outreach\t£80,000\t£85,000",
      "Total\t£200,000\t£205,000",
    ].join("\n"),
  });
}

describe("FY_MISMATCH", () => {
  it("flags a year's stated commitment that differs from the table's column for that year", () => {
    const { findings } = check(
      text("The financial commitment in 2025/26 for both projects will be £250,000."),
      fyMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toMatch(/£250,000 for 2025\/26.*adds up to £205,000/);
    expect(quotesOf(findings[0]!)).toEqual(["£250,000", "£205,000"]);
  });

  it("accepts year statements that match the column sums", () => {
    const s =
      "The financial commitment in 2024/25 will be £200,000. The financial commitment for 2025/26 will be £205,000.";
    expect(check(text(s), fyMismatch).findings).toEqual([]);
  });

  it("does not read a part of a year's sum, or money approved before, as the year's commitment", () => {
    const recommendation = [
      "1. Approve additional funding of £400,000 for Mentoring in 2024/25, in addition to the £150,000 approved under PCD 1650.",
      "2. Approve a budget of £405,000 for both projects over 2024/25 and 2025/26.",
      "3. Approve a budget of £205,000 for 2025/26, of which £30,000 is one-off set-up costs.",
    ].join("\n");
    const t = text("Two projects continue.", recommendation);
    expect(check(t, fyMismatch).findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/£400,000 for 2024\/25/),
    ]);
  });
});

describe("FY_MISMATCH and year splits in one sentence", () => {
  const text = (split: string) =>
    decisionText({
      summary: "This decision funds drug testing on arrest.",
      recommendation:
        "1. Approve expenditure of £621,000 on drug testing on arrest over 2024/25 and 2025/26.",
      financial: [
        `3.1. The total cost of this decision is £621,000, which will fall as ${split}.`,
        "",
        "Element\t2024/25\t2025/26\tTotal",
        "Testing\t£100,000\t£321,000\t£421,000",
        "Treatment\t£50,000\t£150,000\t£200,000",
        "Total\t£150,000\t£471,000\t£621,000",
      ].join("\n"),
    });

  it("checks each year of a split written in one sentence against the table's column", () => {
    const found = withCode(
      check(text("£150,000 in 2024/25 and £417,000 in 2025/26"), fyMismatch).findings,
      "FY_MISMATCH",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£417,000 for 2025/26");
    expect(
      withCode(
        check(text("£150,000 in 2024/25 and £471,000 in 2025/26"), fyMismatch).findings,
        "FY_MISMATCH",
      ),
    ).toEqual([]);
  });

  it("does not read a sum over years 'to 2027/28' as that year's", () => {
    const t = decisionText({
      summary: "The capital programme totals £1.84bn over the five years to 2027/28.",
      recommendation: "1. Approve the capital budget for 2027/28 of £418.6m.",
      financial: ["3.1. The programme by year:", "", "Year\t2027/28", "Capital\t£418.6m"].join("\n"),
    });
    expect(withCode(check(t, fyMismatch).findings, "FY_MISMATCH")).toEqual([]);
  });
});

describe("FY_MISMATCH and a split over years the Recommendation does not approve", () => {
  const text = (split: string) =>
    decisionText({
      summary: "This decision transfers funding to the MPS.",
      recommendation: "1. Approve the transfer of £2m from the MOPAC budget to the MPS in 2023/24.",
      financial: `3.1. ${split}`,
    });

  it("warns where the text splits the approved sum into a year the Recommendation does not cover", () => {
    const found = withCode(
      check(text("£1.4m will be transferred in 2023/24 and £0.6m in 2024/25."), fyMismatch).findings,
      "FY_MISMATCH",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("2024/25");
    expect(found[0]!.message).toContain("£600,000");
  });

  it("says nothing where the split keeps to the approved years", () => {
    expect(
      withCode(check(text("The £2m will be transferred in 2023/24."), fyMismatch).findings, "FY_MISMATCH"),
    ).toEqual([]);
  });
});

describe("FY_MISMATCH and sums over several years", () => {
  it.each([
    "The total cost of this decision is £405,000 from the LCPF budget over 2024/25 and 2025/26.",
    "This decision seeks approval of a total of £405,000 over the two financial years 2024-25 to 2025-26.",
    "This decision seeks capital expenditure of £405,000 to deliver both projects between 2024/2025 and 2025/2026.",
    "This decision approves a two-year grants programme of £405,000 for 2024/25 and 2025/26.",
  ])("reads no one year's figure from a sum over years: %s", (summary) => {
    expect(check(text(summary), fyMismatch).findings).toEqual([]);
  });

  it.each([
    "The Mentoring budget for 2025/26 is forecast to underspend by £150,000, which this decision does not use.",
    "The research budget, which has an uncommitted balance of £150,000 for 2025/26, is not used.",
  ])("reads no commitment from an underspend or a balance: %s", (summary) => {
    expect(check(text(summary), fyMismatch).findings).toEqual([]);
  });
});

describe("FY_MISMATCH between two statements of the year split, with no table", () => {
  const t = (financial: string) =>
    decisionText({
      summary:
        "The financial commitment in 2025/26 will be £360,000 and the financial commitment in 2026/27 will be £240,000, a total financial commitment of £600,000.",
      recommendation:
        "1. Approve the extension of the DIVERT programme from 1 April 2025 to 31 March 2027 at a total cost of £600,000.",
      financial,
    });

  it("flags each year the Financial Comments split differently, as an error", () => {
    const found = withCode(
      check(
        t(
          "3.1. The total cost of £600,000 will be met from the MOPAC budget, with £340,000 in 2025/26 and £260,000 in 2026/27.",
        ),
        fyMismatch,
      ).findings,
      "FY_MISMATCH",
    );
    expect(found.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(found[0]!.message).toContain(
      "The Executive Summary says £360,000 for 2025/26, but Financial Comments 3.1 says £340,000",
    );
    expect(found[1]!.message).toContain(
      "The Executive Summary says £240,000 for 2026/27, but Financial Comments 3.1 says £260,000",
    );
  });

  it("says nothing where the splits agree, or where the other sentence describes a part", () => {
    for (const financial of [
      "3.1. The total cost of £600,000 will be met from the MOPAC budget, with £360,000 in 2025/26 and £240,000 in 2026/27.",
      "3.1. The evaluation will cost £20,000 in 2025/26 and £10,000 in 2026/27, met from the MOPAC budget.",
    ])
      expect(withCode(check(t(financial), fyMismatch).findings, "FY_MISMATCH"), financial).toEqual([]);
  });
});

describe("FY_MISMATCH and a table of years the Recommendation does not approve", () => {
  const t = (recommendation: string) =>
    decisionText({
      summary: "This decision continues four reducing reoffending services.",
      recommendation,
      financial: [
        "3.1. The allocations are set out below.",
        "",
        "Service\tFY 2025/26\tFY 2026/27",
        "Mentoring\t£805,000\t£805,000",
        "Accommodation\t£500,000\t£500,000",
        "Total\t£1,305,000\t£1,305,000",
      ].join("\n"),
    });

  it("warns where the table puts the approved sum into a year after the approved period, naming the year", () => {
    const found = withCode(
      check(
        t(
          "1. Approve the continued funding of four services from 1 April 2025 until 31 March 2026, at a total financial commitment of £2,610,000.",
        ),
        fyMismatch,
      ).findings,
      "FY_MISMATCH",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("2026/27");
    expect(found[0]!.message).toContain("£1,305,000");
  });

  it("says nothing where the approved period covers the table's years", () => {
    expect(
      check(
        t(
          "1. Approve the continued funding of four services from 1 April 2025 until 31 March 2027, at a total financial commitment of £2,610,000.",
        ),
        fyMismatch,
      ).findings,
    ).toEqual([]);
  });
});

describe("FY_MISMATCH and a year's budget that includes money approved before", () => {
  it("does not read a budget 'made up of the original budget of … and the £650,000 vired' as this decision's commitment", () => {
    const t = decisionText({
      summary: "This decision vires £650,000 into the ISVA budget for 2025/26.",
      recommendation: "1. Approve the virement of £650,000 into the 2025/26 ISVA budget.",
      financial: [
        "3.1. The grants are set out below.",
        "",
        "Provider\t2025/26",
        "Solace Women's Aid\t£400,000",
        "Rape Crisis South London\t£250,000",
        "Total\t£650,000",
        "",
        "3.3. Following the virement, the 2025/26 ISVA budget will be £4,150,000, made up of the original budget of £3,500,000 and the £650,000 vired by this decision.",
      ].join("\n"),
    });
    expect(withCode(check(t, fyMismatch).findings, "FY_MISMATCH")).toEqual([]);
  });
});
