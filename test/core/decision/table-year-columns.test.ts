import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { readTables } from "../../../src/core/decision/read-table";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// Which columns of a decision's table are a financial year's money. A running total ("Total 2024/25", money approved
// before plus this decision's) and a year the decision does not approve ("2028/29 (optional extension)") are not.

function topUp(totalHeader: string): string {
  return decisionText({
    summary:
      "In PCD 1712 the DMPC accepted £2.0m of Home Office Hotspot Action Fund grant for 2024/25 and approved the transfer of £1.8m of it to the MPS. " +
      "The Home Office has since offered a further £2.5m for 2024/25, bringing London's total 2024/25 allocation to £4.5m. " +
      "This decision seeks approval to accept the additional £2.5m, with £2.2m passed to the MPS and £0.3m retained by MOPAC.",
    recommendation: [
      "1. Accept additional grant income of £2.5m from the Home Office Hotspot Action Fund for 2024/25;",
      "2. Approve the transfer of £2.2m of the additional grant to the MPS to deliver hotspot patrols by 31 March 2025; and",
      "3. Approve expenditure of £300,000 by MOPAC on evaluation and programme management by 31 March 2025.",
    ].join("\n"),
    financial: [
      "3.1. This decision accepts additional grant income of £2,500,000 in 2024/25. The budget is allocated as follows.",
      "Table 1: Hotspot Action Fund 2024/25 (£000)",
      `Line\tApproved in PCD 1712\tThis decision\t${totalHeader}`,
      "MPS hotspot patrols\t1,800\t2,200\t4,000",
      "MOPAC evaluation and programme management\t200\t300\t500",
      "Total\t2,000\t2,500\t4,500",
    ].join("\n"),
  });
}

describe("a running total's column", () => {
  it('is no year\'s column: "Total 2024/25" beside "This decision" raises no FY_MISMATCH against the year\'s £2.5m', () => {
    const text = topUp("Total 2024/25");
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(withCode(r.findings, "FY_MISMATCH")).toEqual([]);
    expect(readTables(text).find((t) => t.header.length === 4)!.fyColumns).toEqual([]);
  });

  it("gives the \"This decision\" column's rows as the year's lines, the year from the title; not the money approved before", () => {
    const r = extractDecision(topUp("Total 2024/25"), "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence, a.quote])).toEqual([
      ["MPS hotspot patrols", "2024/25", 220000000, "2,200"],
      ["MOPAC evaluation and programme management", "2024/25", 30000000, "300"],
    ]);
  });
});

function contract(header: string, provider: string, evaluation: string, total: string): string {
  return decisionText({
    summary:
      "This decision approves the award of a contract for out of court resolution interventions for an initial term of two years from 1 April 2025, with an option to extend for a further year.",
    recommendation:
      "1. Approve the award of a contract to Change Grow Live for out of court resolution interventions from 1 April 2025 to 31 March 2027 at a total cost of £1,000,000.",
    financial: [
      "3.1. The cost of the initial term is set out below. The optional extension year would need a further decision.",
      "",
      header,
      provider,
      evaluation,
      total,
    ].join("\n"),
  });
}

describe("a year the decision does not approve", () => {
  const header = "Line\t2025/26\t2026/27\t2027/28 (optional extension)\tTotal (initial term)";
  const rows = [
    "OOCR intervention provider\t£450,000\t£450,000\t£450,000\t£900,000",
    "Independent evaluation\t£50,000\t£50,000\t-\t£100,000",
    "Total\t£500,000\t£500,000\t£450,000\t£1,000,000",
  ] as const;

  it("is not allocated, and the initial term's Total column adds up the approved years only", () => {
    const text = contract(header, ...rows);
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect([...new Set(r.allocations.map((a) => a.fy))]).toEqual(["2025/26", "2026/27"]);
    expect(r.allocations.reduce((n, a) => n + a.pence, 0)).toBe(100000000);
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
    expect(withCode(r.findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
