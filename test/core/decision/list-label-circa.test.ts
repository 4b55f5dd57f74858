import { describe, expect, it } from "vitest";
import { isListLabelC } from "../../../src/core/money/list-label";
import { scanMoney } from "../../../src/core/money/scan-money";
import { check, decisionText, withCode } from "./checks/check-helpers";

// MOPAC Recommendations letter their items a./b./c.; "c. £0.2m from …" as item c. is a label, not "circa".

function virements(recommendation: string) {
  return check(
    decisionText({
      summary:
        "This decision approves three virements within the 2024/25 MOPAC (excluding MPS) revenue budget, totalling £950k.",
      recommendation,
      financial: "3.1. The virements net to zero across the MOPAC revenue budget.",
    }),
  );
}

describe("'c.' as a list's item label", () => {
  it("reads item c. of a lettered list as an exact sum, with no APPROXIMATE_AMOUNT", () => {
    const { record, findings } = virements(
      [
        "1. Approve the three budget virements set out in Table 1, totalling £950,000, within the 2024/25 MOPAC revenue budget:",
        "a. £450k from Commissioning – Neighbourhood Crime to Oversight and Assurance – Data Analytics;",
        "b. £300k from Estates Revenue – Facilities Management to Corporate Services – ICT Licences; and",
        "c. £0.2m from Staffing – Vacancy Factor to the Victims' Commissioner's Office.",
      ].join("\n"),
    );
    expect(record.approvals.map((a) => [a.pence, a.qualifier])).toEqual([
      [45000000, "exact"],
      [30000000, "exact"],
      [20000000, "exact"],
    ]);
    expect(withCode(findings, "APPROXIMATE_AMOUNT")).toEqual([]);
  });

  it("reads item c. of a list run on one line as a label too", () => {
    const { record, findings } = virements(
      "1. Approve three virements in 2024/25: a. £450k from Commissioning to Oversight; b. £300k from Estates to Corporate Services; and c. £0.2m from Staffing to the Victims' Commissioner's Office.",
    );
    expect(record.approvals.map((a) => a.qualifier)).toEqual(["exact", "exact", "exact"]);
    expect(withCode(findings, "APPROXIMATE_AMOUNT")).toEqual([]);
  });

  it("still reads 'c. £2m' as circa where no item b. comes before it", () => {
    const { record, findings } = virements("1. Approve funding of c. £2m in 2024/25 for the Victims' Hub.");
    expect(record.approvals[0]!.qualifier).toBe("approximately");
    expect(withCode(findings, "APPROXIMATE_AMOUNT")).toHaveLength(1);
    expect(scanMoney("c. £0.2m held back").map((m) => m.approximate)).toEqual([true]);
  });

  it("tells a label from circa by where it stands and by the item b. before it", () => {
    const list = "Approve:\na. £1m to X;\nb. £2m to Y;\nc. £3m to Z.";
    expect(isListLabelC(list, list.indexOf("c. £3m"))).toBe(true);
    const prose = "b. £2m to Y; the cost is c. £3m";
    expect(isListLabelC(prose, prose.indexOf("c. £3m"))).toBe(false);
  });
});
