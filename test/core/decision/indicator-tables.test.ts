import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, withCode } from "./checks/check-helpers";

// A Capital Strategy approves prudential indicators: the Capital Financing Requirement, the operational boundary and
// the authorised limit for external debt. They are ceilings and measures, not money to spend, nor parts of one sum.

function strategy(tablesIn: "issues" | "financial" = "issues"): string {
  return decisionText({
    summary: "This decision approves the Capital Strategy 2026/27 and the prudential indicators.",
    recommendation: [
      "1. Approve capital expenditure plans of £1,122.4m over 2026/27 to 2028/29 as set out in Table 1; and",
      "2. Approve the prudential indicators set out in Table 2, including the authorised limit for external debt of £1,950m for 2026/27.",
    ].join("\n"),
    issues:
      tablesIn === "issues"
        ? tables
        : "2.1. The Capital Strategy brings together the capital programme and its financing.",
    financial: [
      "3.1. The capital expenditure plans set out in Table 1 total £1,122.4m over 2026/27 to 2028/29.",
      ...(tablesIn === "financial" ? ["", tables] : []),
    ].join("\n"),
  });
}

const tables = [
  "Table 1 sets out the capital expenditure plans.",
  "",
  "Table 1: Capital expenditure (£m)",
  "\t2026/27\t2027/28\t2028/29",
  "Capital expenditure\t412.6\t374.9\t334.9",
  "",
  "The prudential indicators proposed for approval are set out in Table 2.",
  "",
  "Table 2: Prudential indicators (£m)",
  "\t2026/27\t2027/28\t2028/29",
  "Capital Financing Requirement\t1,720.4\t1,851.9\t1,949.3",
  "Operational boundary for external debt\t1,850\t1,980\t2,080",
  "Authorised limit for external debt\t1,950\t2,080\t2,180",
  "Ratio of financing costs to net revenue stream\t4.9%\t5.2%\t5.5%",
].join("\n");

describe("a table of prudential indicators", () => {
  it("gives no allocations: only the capital expenditure is spending", () => {
    const r = extractDecision(strategy(), "synthetic.txt");
    expect([...new Set(r.allocations.map((a) => a.line))]).toEqual(["Capital expenditure"]);
  });

  it("is not added up as one sum against what is approved, even in the Financial Comments", () => {
    const r = extractDecision(strategy("financial"), "synthetic.txt");
    expect(withCode(r.findings, "TOTAL_MISMATCH")).toEqual([]);
    expect([...new Set(r.allocations.map((a) => a.line))]).toEqual(["Capital expenditure"]);
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
    expect(r.findings.filter((f) => f.message.includes("1,720,400,000"))).toEqual([]);
  });
});
