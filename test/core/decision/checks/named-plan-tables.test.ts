import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./check-helpers";

// A capital programme's Recommendation approves one year ("Approve the 2026/27 capital programme of £412.6m, as set
// out in Table 1") of a five-year plan whose table stands under "Issues for consideration"; the later years are
// indicative. The table is what is decided (the Recommendation names it), and the money it sets beside the approval
// is that of the year approved alone.

const plan = (approved: string, rows2026: number[], total2026: string): string =>
  decisionText({
    summary: [
      `This decision seeks approval of the MOPAC/MPS capital programme for 2026/27 and notes the indicative capital plan for the four years to 2030/31.`,
      `The proposed 2026/27 capital programme is £${approved}m. Over the five years from 2026/27 to 2030/31 the capital plan totals £1,694.6m, of which £979.6m is to be financed by borrowing.`,
    ].join("\n"),
    recommendation: [
      `1. Approve the 2026/27 capital programme of £${approved}m, as set out in Table 1;`,
      "2. Approve the financing of the 2026/27 programme as set out in Table 2, including new external borrowing of up to £248.3m in 2026/27;",
      "3. Note the indicative capital plan for 2027/28 to 2030/31, which will be subject to approval in future years' capital programme decisions.",
    ].join("\n"),
    issues: [
      "2.1. The capital programme for 2026/27 to 2030/31 is set out by investment programme in Table 1.",
      "Table 1: Capital expenditure by programme (£m)",
      "Programme\t2026/27\t2027/28\t2028/29\t2029/30\t2030/31\tTotal",
      `Property Services\t${rows2026[0]}\t131.5\t118.0\t96.4\t88.7\t${(rows2026[0]! + 434.6).toFixed(1)}`,
      `Technology\t${rows2026[1]}\t104.3\t97.6\t90.2\t85.0\t${(rows2026[1]! + 377.1).toFixed(1)}`,
      `Fleet Services\t${rows2026[2]}\t48.9\t46.1\t44.0\t42.5\t${(rows2026[2]! + 181.5).toFixed(1)}`,
      `Total\t${total2026}\t284.7\t261.7\t230.6\t216.2\t${(Number(total2026) + 993.2).toFixed(1)}`,
      "2.2. Table 2 sets out how the capital plan is financed.",
      "Table 2: Capital financing (£m)",
      "Funding source\t2026/27\t2027/28\t2028/29\t2029/30\t2030/31\tTotal",
      `Capital receipts\t${(Number(total2026) - 248.3).toFixed(1)}\t63.1\t64.8\t68.0\t66.0\t${(Number(total2026) - 248.3 + 261.9).toFixed(1)}`,
      `Borrowing\t248.3\t221.6\t196.9\t162.6\t150.2\t979.6`,
      `Total funding\t${total2026}\t284.7\t261.7\t230.6\t216.2\t${(Number(total2026) + 993.2).toFixed(1)}`,
    ].join("\n"),
    financial: `3.1. This decision approves a capital programme of £${approved}m for 2026/27. The years 2027/28 to 2030/31 are indicative and do not form part of this approval.`,
  });

describe("a plan's table the Recommendation names, beside an approval of its first year", () => {
  it("raises an error where the year's column does not make the sum approved", () => {
    const { findings } = check(plan("312.6", [148.2, 121.7, 51.7], "321.6"));
    const total = withCode(findings, "TOTAL_MISMATCH");
    expect(total).toHaveLength(1);
    expect(total[0]!.severity).toBe("error");
    expect(total[0]!.message).toContain("£312,600,000");
    expect(total[0]!.message).toContain("Table 1 sums to £321,600,000");
    expect(total[0]!.message).toContain("£9,000,000");
  });

  it("raises nothing where the year's column makes it, whatever the indicative years come to", () => {
    const { findings } = check(plan("321.6", [148.2, 121.7, 51.7], "321.6"));
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });

  it("compares a Financial Comments table with the year approved, not the indicative years beside it", () => {
    const text = decisionText({
      summary: "This decision approves the MOPAC capital budget for 2023/24 of £418.6m.",
      recommendation:
        "1. Approve the capital budget for 2023/24 of £418.6m, within a five-year capital programme of £1.84bn to 2027/28.",
      financial: [
        "3.1. The capital programme for 2023/24 to 2025/26 is set out below (£m). Only the 2023/24 budget is approved by this decision; later years are indicative.",
        "Capital programme (£m)\t2023/24\t2024/25\t2025/26",
        "Property\t200.0\t210.0\t190.0",
        "Technology\t218.6\t213.1\t176.2",
        "Total\t418.6\t423.1\t366.2",
      ].join("\n"),
    });
    expect(withCode(check(text).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("keeps a grant offer's years where the income accepted is their whole sum", () => {
    const text = decisionText({
      summary:
        "This decision accepts a two-year Ministry of Justice Victims Grant and awards grants from its ring-fenced element.",
      recommendation: [
        "1. Accept the Ministry of Justice Victims Grant of £37,160,000 for the period 1 April 2025 to 31 March 2027.",
        "2. Approve grants totalling £4,380,000 to the ISVA and IDVA providers for the period 1 April 2025 to 31 March 2026, funded from the grant.",
      ].join("\n"),
      financial: [
        "3.1. The grant offer is as follows:",
        "Grant element\t2025/26\t2026/27\tTotal",
        "Core victims' services\t£14,200,000\t£14,200,000\t£28,400,000",
        "ISVA/IDVA (ring-fenced)\t£4,380,000\t£4,380,000\t£8,760,000",
        "Total\t£18,580,000\t£18,580,000\t£37,160,000",
      ].join("\n"),
    });
    expect(withCode(check(text).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
