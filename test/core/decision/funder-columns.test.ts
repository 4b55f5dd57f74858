import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A table whose rows are years and whose columns are funders ("Financial year | MOPAC | NHS England | …") gives the
// decision's money only in the column of the funder whose share it approves: the other funders' money is theirs.

const decision = (recommendation: string): string =>
  decisionText({
    summary:
      "This decision approves MOPAC's contribution to the Lighthouse pooled budget for 2026/27 and 2027/28.",
    recommendation,
    issues: [
      "2.1. The pooled budget of £3,275,000 over the two years is made up of contributions from MOPAC (£1,320,000), NHS England (£1,675,000) and the London Borough of Camden (£280,000).",
      "",
      "Financial year\tMOPAC\tNHS England\tLondon Borough of Camden\tTotal",
      "2026/27\t£650,000\t£825,000\t£140,000\t£1,615,000",
      "2027/28\t£670,000\t£850,000\t£140,000\t£1,660,000",
      "Total\t£1,320,000\t£1,675,000\t£280,000\t£3,275,000",
    ].join("\n"),
    financial:
      "3.1. MOPAC's contribution will be funded from the MOPAC VAWG budget. The contributions of NHS England and Camden are paid directly into the pooled budget by those bodies and are not MOPAC income.",
  });

const allocations = (text: string) =>
  extractDecision(text, "synthetic.txt").allocations.map((a) => [a.fy, a.pence]);

describe("a table of years by funder", () => {
  it("gives only the column of the funder whose share the decision approves", () => {
    const text = decision(
      "1. Approve a MOPAC contribution of £1,320,000 to the Lighthouse pooled budget from 1 April 2026 to 31 March 2028, funded from the MOPAC VAWG budget.",
    );
    expect(allocations(text)).toEqual([
      ["2026/27", 65_000_000],
      ["2027/28", 67_000_000],
    ]);
    const lines = extractDecision(text, "synthetic.txt").allocations.map((a) => a.line);
    expect(lines).not.toContain("NHS England");
  });

  it("gives every column where the decision approves the whole", () => {
    const text = decision(
      "1. Approve the Lighthouse pooled budget of £3,275,000 from 1 April 2026 to 31 March 2028, including a MOPAC contribution from the MOPAC VAWG budget.",
    );
    const byYear = new Map<string, number>();
    for (const [fy, pence] of allocations(text))
      byYear.set(fy as string, (byYear.get(fy as string) ?? 0) + (pence as number));
    expect(Object.fromEntries(byYear)).toEqual({ "2026/27": 161_500_000, "2027/28": 166_000_000 });
  });
});
