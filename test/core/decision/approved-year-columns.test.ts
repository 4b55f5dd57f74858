import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A budget or capital table sets the year approved beside years that are background: last year's approved budget
// for comparison, an actual or a forecast, and later years of a plan that is only indicative. Only the columns of
// the years the decision approves are its allocations.

const years = (text: string): string[] => [
  ...new Set(extractDecision(text, "synthetic.txt").allocations.map((a) => a.fy as string)),
];

describe("a table's year columns outside the years approved", () => {
  it("gives no allocations for last year's budget or the indicative later years", () => {
    const text = decisionText({
      summary: "This decision approves the MOPAC capital programme for 2026/27 of £412.6m.",
      recommendation: [
        "1. Approve the 2026/27 capital programme of £412.6m, as set out in Table 1; and",
        "2. Note the indicative capital plan for 2027/28 and 2028/29, which will be subject to approval in future years.",
      ].join("\n"),
      issues: [
        "2.1. The capital programme is set out by investment programme in Table 1. The 2025/26 column shows the current approved budget for comparison.",
        "",
        "Table 1: Capital expenditure by programme (£m)",
        "Programme\t2025/26\t2026/27\t2027/28\t2028/29",
        "Property Services\t140.0\t148.2\t131.5\t118.0",
        "Technology\t118.3\t121.7\t104.3\t97.6",
        "Fleet Services\t50.1\t52.3\t48.9\t46.1",
        "Transformation and Digital Policing\t60.0\t61.8\t55.0\t40.2",
        "Counter Terrorism Policing\t33.6\t28.6\t35.2\t33.0",
        "Total\t402.0\t412.6\t374.9\t334.9",
      ].join("\n"),
      financial:
        "3.1. This decision approves a capital programme of £412.6m for 2026/27. The years 2027/28 and 2028/29 are indicative and do not form part of this approval.",
    });
    const r = extractDecision(text, "synthetic.txt");
    expect(years(text)).toEqual(["2026/27"]);
    expect(r.allocations.map((a) => [a.line, a.pence])).toContainEqual(["Property Services", 14820000000]);
  });

  it("leaves out the actual and forecast columns of a plan approved over three years", () => {
    const text = decisionText({
      summary: "This decision approves capital expenditure plans of £1,122.4m over 2026/27 to 2028/29.",
      recommendation:
        "1. Approve capital expenditure plans of £1,122.4m over 2026/27 to 2028/29 as set out in Table 1.",
      issues: [
        "2.1. Table 1 sets out the capital expenditure plans, with the current and previous years shown for comparison.",
        "",
        "Table 1: Capital expenditure (£m)",
        "\t2024/25 Actual\t2025/26 Forecast\t2026/27 Estimate\t2027/28 Estimate\t2028/29 Estimate",
        "Capital expenditure\t356.8\t402.0\t412.6\t374.9\t334.9",
      ].join("\n"),
      financial:
        "3.1. The capital expenditure plans set out in Table 1 total £1,122.4m over 2026/27 to 2028/29.",
    });
    expect(years(text)).toEqual(["2026/27", "2027/28", "2028/29"]);
  });

  it("keeps every column where the table's years make the sum approved", () => {
    const text = decisionText({
      summary: "This decision approves £600,000 for the youth diversion service.",
      recommendation: "1. Approve expenditure of £600,000 on the youth diversion service in 2024/25.",
      financial: [
        "3.1. The expenditure is profiled as follows.",
        "",
        "Service\t2024/25\t2025/26",
        "Youth diversion\t£400,000\t£200,000",
      ].join("\n"),
    });
    expect(years(text)).toEqual(["2024/25", "2025/26"]);
  });
});
