import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { namesSameSource } from "../../../src/core/decision/source-names";
import { decisionText } from "./checks/check-helpers";

// Where the money of each approval and allocation comes from: income's payer, a decision's own source rather than a
// budget's own funding or money for later, and each part of a source named jointly.

function read(parts: { summary?: string; recommendation: string; financial: string }) {
  return extractDecision(decisionText({ summary: "A service continues.", ...parts }), "synthetic.txt");
}

describe("funding sources", () => {
  it("gives income accepted the body that pays it, each sum its own", () => {
    const r = read({
      recommendation: [
        "1. Accept additional grant income of £1.75m from the Home Office and £880k from the Ministry of Justice in 2024/25; and",
        "2. Accept in-year grant income of £450,000 (four hundred and fifty thousand pounds) from the Ministry of Justice Victims' Services Grant for 2024/25.",
      ].join("\n"),
      financial: "3.1. The grants are ring-fenced and any underspend will be returned to the funder.",
    });
    expect(r.approvals.map((a) => [a.pence, a.kind, a.fundingSource])).toEqual([
      [175000000, "income", "Home Office"],
      [88000000, "income", "Ministry of Justice"],
      [45000000, "income", "Ministry of Justice Victims' Services Grant"],
    ]);
  });

  it("reads no source from money for later ('Should both extension options be exercised, … would be met from …')", () => {
    const r = read({
      recommendation:
        "1. Approve the award of a contract to Apex Advocacy Services Ltd for £2,850,000 for three years from 1 October 2025.",
      financial: [
        "- 3.3. The contract will be funded from the MOPAC Commissioning budget (Criminal Justice). Spend will be profiled once the mobilisation plan has been agreed.",
        "- 3.4. Should both extension options be exercised, the estimated whole-life value of £4,750,000 would be met from future years' budgets, subject to a further decision.",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC Commissioning budget"]);
  });

  it("reads the budget the cost is met from, not the grant that budget is itself funded by", () => {
    const r = read({
      recommendation:
        "1. Approve a variation of £380,000 to the contract with Restore London Partnership Ltd, from 1 October 2025 to 31 March 2027.",
      financial:
        "3.2. The additional cost will be met from the MOPAC Victims' Services budget, funded by the Ministry of Justice Victims' Services Grant.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC Victims' Services budget"]);
  });

  it("gives each funding line of a jointly funded contract its own source", () => {
    const r = read({
      recommendation:
        "1. Approve the award of a contract to Havens Children's Advocacy Partnership for £2,400,000 from 1 April 2026 to 31 March 2029.",
      financial: [
        "- 3.2. The contract is jointly funded by the Ministry of Justice Victims' Services Grant and the MOPAC VAWG Strategy Fund. The profile of expenditure is set out below.",
        "",
        "Funding\t2026/27\t2027/28\t2028/29\tTotal",
        "MoJ Victims' Services Grant\t£500,000\t£500,000\t£500,000\t£1,500,000",
        "MOPAC VAWG Strategy Fund\t£300,000\t£300,000\t£300,000\t£900,000",
        "Total\t£800,000\t£800,000\t£800,000\t£2,400,000",
        "",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([
      "Ministry of Justice Victims' Services Grant and the MOPAC VAWG Strategy Fund",
    ]);
    expect(new Set(r.allocations.map((a) => `${a.line} <- ${a.fundingSource}`))).toEqual(
      new Set([
        "MoJ Victims' Services Grant <- Ministry of Justice Victims' Services Grant",
        "MOPAC VAWG Strategy Fund <- MOPAC VAWG Strategy Fund",
      ]),
    );
  });

  it("tells names of one source by their words, an acronym standing for the words it spells", () => {
    expect(
      namesSameSource("MoJ Victims' Services Grant", "Ministry of Justice Victims' Services Grant"),
    ).toBe(true);
    expect(namesSameSource("MoJ Victims' Services Grant", "MOPAC VAWG Strategy Fund")).toBe(false);
    expect(namesSameSource("Police Grant", "Home Office grant")).toBe(false);
  });
});
