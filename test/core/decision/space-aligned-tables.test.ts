import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// Tables as a PDF's text lays them out with spaces: the header leaves the labels' column empty, and a row of units
// ("£m  £m  £m") may stand under it. The header's cells head the columns they stand over, and the units row gives
// each column its unit.

function capitalScheme(table: string[]): string {
  return decisionText({
    summary:
      "This decision approves the full business case for the new custody centre at a capital cost of £24.6m.",
    recommendation:
      "1. Approve the full business case and capital expenditure of £24.6m for the new custody centre over 2024/25 to 2026/27.",
    financial: [
      "3.1. The total capital cost of the scheme is £24.6m over 2024/25 to 2026/27, funded from the approved MPS Capital Programme.",
      "",
      "3.2. The capital expenditure is profiled as follows:",
      "",
      ...table,
    ].join("\n"),
  });
}

const PROFILE = [
  "                                          2024/25     2025/26     2026/27       Total",
  "                                               £m          £m          £m          £m",
  "      Design and build contract              3.10       11.20        7.00       21.30",
  "      Professional fees and surveys          0.25        0.10        0.05        0.40",
  "      Contingency (incl. optimism bias)      0.75        1.00        1.15        2.90",
  "      Total capital                          4.10       12.30        8.20       24.60",
];

describe("a table laid out with spaces", () => {
  it("reads its figures in the units the row under its header gives, each under the year heading it", () => {
    const text = capitalScheme(PROFILE);
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Design and build contract", "2024/25", 310_000_000],
      ["Design and build contract", "2025/26", 1_120_000_000],
      ["Design and build contract", "2026/27", 700_000_000],
      ["Professional fees and surveys", "2024/25", 25_000_000],
      ["Professional fees and surveys", "2025/26", 10_000_000],
      ["Professional fees and surveys", "2026/27", 5_000_000],
      ["Contingency (incl. optimism bias)", "2024/25", 75_000_000],
      ["Contingency (incl. optimism bias)", "2025/26", 100_000_000],
      ["Contingency (incl. optimism bias)", "2026/27", 115_000_000],
    ]);
    expect(withCode(r.findings, "TOTAL_MISMATCH")).toEqual([]);
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("still catches a wrong total in such a table", () => {
    const text = capitalScheme(PROFILE.map((l) => l.replace("4.10       12.30", "4.10       12.80")));
    const r = extractDecision(text, "synthetic.txt");
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toHaveLength(1);
  });

  it("puts the year headings over their columns where the header has no label cell and figures are in pounds", () => {
    const text = decisionText({
      summary: "This decision approves grants of £600,000 a year to the London boroughs for two years.",
      recommendation: "1. Approve £1,200,000 of grants to the London boroughs in 2013/14 and 2014/15.",
      financial: [
        "3.1. The total cost is £600k a year, or £1.2m over the two years, as follows:",
        "",
        "                                           2013/14      2014/15      Total",
        "Core grants (32 boroughs x £15,000)        £480,000     £480,000     £960,000",
        "Small projects pot                         £120,000     £120,000     £240,000",
        "Total                                      £600,000     £600,000     £1,200,000",
      ].join("\n"),
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Core grants (32 boroughs x £15,000)", "2013/14", 48_000_000],
      ["Core grants (32 boroughs x £15,000)", "2014/15", 48_000_000],
      ["Small projects pot", "2013/14", 12_000_000],
      ["Small projects pot", "2014/15", 12_000_000],
    ]);
    expect(withCode(r.findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
