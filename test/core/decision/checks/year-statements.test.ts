import { describe, expect, it } from "vitest";
import { fyMismatch } from "../../../../src/core/decision/checks/fy-mismatch";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

/** A reserve drawdown over two years, with grant income accepted beside it and passed on to two providers. */
function drawdown(profile: string): string {
  return decisionText({
    summary:
      "This decision seeks approval to draw down £0.5m from the Partnership Reserve over 2024/25 and 2025/26 to extend the VAWG Whole Systems pilot. It also accepts an in-year uplift of £450k to MOPAC's 2024/25 Ministry of Justice victims grant.",
    recommendation: [
      "1. Approve the drawdown of £500,000 from the Partnership Reserve in 2024/25 and 2025/26 to extend the VAWG Whole Systems pilot to 31 March 2026, as set out in Table 1;",
      "2. Accept in-year grant income of £450,000 from the Ministry of Justice for 2024/25, increasing the 2024/25 victims' services budget by the same amount; and",
      "3. Approve grant variations of £270,000 to Solace Women's Aid and £180,000 to Galop, funded by the Ministry of Justice uplift, for delivery to 31 March 2025.",
    ].join("\n"),
    financial: [
      "3.1. The Partnership Reserve drawdown of £500,000 is set out by line and year in Table 1.",
      "",
      "Table 1: Partnership Reserve drawdown (£000)",
      "",
      "Line\t2024/25\t2025/26\tTotal",
      "Multi-agency coordinators\t160\t140\t300",
      "Frontline training\t70\t50\t120",
      "Evaluation\t40\t40\t80",
      "Total\t270\t230\t500",
      "",
      `3.2. ${profile}`,
    ].join("\n"),
  });
}

describe("FY_MISMATCH: a profile of the money over its years", () => {
  it.each([
    "The drawdown is profiled as £220k in 2024/25 and £280k in 2025/26, reflecting the start of the extension period.",
    "The drawdown is phased over the two years as £220k in 2024/25 and £280k in 2025/26.",
    "The drawdown is split as £220k in 2024/25 and £280k in 2025/26.",
    "The drawdown has a profile of £220k in 2024/25 and £280k in 2025/26.",
  ])("compares each year of %s with the table's column", (profile) => {
    const found = withCode(check(drawdown(profile), fyMismatch).findings, "FY_MISMATCH");
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/Financial Comments 3\.2 says £220,000 for 2024\/25.*adds up to £270,000/),
      expect.stringMatching(/Financial Comments 3\.2 says £280,000 for 2025\/26.*adds up to £230,000/),
    ]);
    expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["£220k", "270"]));
  });

  it("raises nothing where the profile agrees with the table, and does not compare the income accepted with it", () => {
    const text = drawdown("The drawdown is profiled as £270k in 2024/25 and £230k in 2025/26.");
    expect(withCode(check(text, fyMismatch).findings, "FY_MISMATCH")).toEqual([]);
  });
});

/** A capital re-profile with new money beside it, its moves set out in a table, and the new money in another. */
function reprofile(into2026: string, anprTable = true): string {
  return decisionText({
    summary:
      "The 2024/25 MPS capital programme of £412.6m was approved by the DMPC in PCD 1590. This decision re-profiles £12.4m of slippage on three schemes out of 2024/25, into 2025/26 (£9.1m) and 2026/27 (£3.3m). The decision also approves additional capital budget of £1.8m in 2024/25 for the replacement of ANPR cameras. The revised 2024/25 capital budget will be £402.0m.",
    recommendation: [
      `1. Approve the re-profiling of £12.4m of capital budget from 2024/25 into 2025/26 (£9.1m) and 2026/27 (${into2026}), as set out in Table 2;`,
      "2. Approve additional capital budget of £1.8m in 2024/25 for the ANPR camera replacement scheme, funded from capital receipts; and",
      "3. Note the revised 2024/25 capital budget of £402.0m.",
    ].join("\n"),
    financial: [
      ...(anprTable
        ? [
            "3.1. The ANPR replacement is set out in Table 1.",
            "",
            "Table 1: ANPR replacement (£m)",
            "",
            "Scheme\t2024/25\t2025/26",
            "ANPR camera replacement\t1.8\t0.0",
            "",
          ]
        : []),
      "3.2. The re-profiling by scheme and year is shown in Table 2. Bracketed figures are reductions.",
      "",
      "Table 2: Capital re-profile (£m)",
      "",
      "Scheme\t2024/25\t2025/26\t2026/27\tTotal",
      "Estates – custody suite refurbishment\t(6.2)\t4.9\t1.3\t0.0",
      "Estates – training centre\t(2.8)\t1.4\t1.4\t0.0",
      "Digital – Command and Control\t(3.4)\t2.8\t0.6\t0.0",
      "Total\t(12.4)\t9.1\t3.3\t0.0",
    ].join("\n"),
  });
}

describe("FY_MISMATCH and TOTAL_MISMATCH in a re-profile with new money beside it", () => {
  it("compares no year with the re-profile's moves, another decision's programme, the revised budget or the sum moved", () => {
    const { findings } = check(reprofile("£3.3m"));
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("compares no year's new money with the re-profile table's moves (-£12.4m in 2024/25) where no other table is given", () => {
    expect(withCode(check(reprofile("£3.3m", false)).findings, "FY_MISMATCH")).toEqual([]);
  });

  it("checks what the re-profile moves into the years against the sum it moves, not with the new money added", () => {
    const found = withCode(check(reprofile("£3.5m"), totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("re-profiles £12,400,000");
    expect(found[0]!.message).toContain("£9,100,000 + £3,500,000 = £12,600,000: a difference of £200,000");
  });
});
