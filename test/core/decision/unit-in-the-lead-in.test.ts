import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { check, decisionText, withCode } from "./checks/check-helpers";

// The sentence that introduces a table may give its unit in brackets mid-sentence ("3.2. The costs and funding by
// year (£000) are:"): the table's figures are then thousands of pounds, as if the unit were in its caption.

const table = [
  "\t2024-25\t2025-26\tTotal",
  "MPS drug testing staff\t410.0\t560.0\t970.0",
  "Laboratory confirmation testing\t95.0\t130.0\t225.0",
  "Total cost\t505.0\t690.0\t1,195.0",
].join("\n");

const decision = (leadIn: string): string =>
  decisionText({
    summary: "This decision approves the expansion of drug testing on arrest to all custody suites.",
    recommendation:
      "1. Approve expenditure of up to £1,195,000 on drug testing on arrest from 1 August 2024 to 31 March 2026, as set out in the table at paragraph 3.2.",
    financial: `3.1. The total programme cost is £1,195,000, met from the MOPAC Drugs and Alcohol budget.\n\n${leadIn}\n\n${table}\n\n3.3. Costs in 2024-25 cover eight months.`,
  });

describe("a unit given in the lead-in sentence of a table", () => {
  it.each([
    "3.2. The costs by year (£000) are:",
    "3.2. The costs by year (£'000) are set out in the table below.",
    "3.2. The profile of spending (£000) is as follows:",
  ])("scales the table's figures: %s", (leadIn) => {
    const text = decision(leadIn);
    const record = extractDecision(text, "synthetic.txt");
    expect(record.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["MPS drug testing staff", "2024/25", 41_000_000],
      ["MPS drug testing staff", "2025/26", 56_000_000],
      ["Laboratory confirmation testing", "2024/25", 9_500_000],
      ["Laboratory confirmation testing", "2025/26", 13_000_000],
    ]);
    expect(withCode(check(text).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("takes no unit from a sentence that does not introduce the table", () => {
    // The unit names another figure; the sentence leads into nothing, and the table's figures are pounds.
    const text = decisionText({
      summary: "This decision approves a small grants scheme.",
      recommendation: "1. Approve expenditure of £1,195 on small grants in 2024/25 and 2025/26.",
      financial: `3.1. Last year's outturn (£000) was reported to the Audit Panel in June.\n\n${table}`,
    });
    const record = extractDecision(text, "synthetic.txt");
    expect(record.allocations.map((a) => a.pence)).toEqual([41_000, 56_000, 9_500, 13_000]);
  });

  it("gives a £ figure in a table of thousands as the table means it in the amounts list", () => {
    const text = decisionText({
      summary: "This decision approves the custody navigator programme.",
      recommendation:
        "1. Approve expenditure of £825,000 on custody-based youth navigators in 2026/27 and 2027/28.",
      financial: [
        "3.1. The total cost is £825,000, as set out in Table 1.",
        "",
        "Table 1: Programme costs by line (£000)",
        "",
        "Programme line\t2026-27\t2027-28\tTotal",
        "Custody-based youth navigators\t£412.5\t£412.5\t£825.0",
      ].join("\n"),
    });
    const amounts = extractDecision(text, "synthetic.txt").amounts;
    expect(amounts.filter((m) => m.quote === "£412.5").map((m) => m.pence)).toEqual([41_250_000, 41_250_000]);
    expect(amounts.find((m) => m.quote === "£825,000")?.pence).toBe(82_500_000);
  });
});
