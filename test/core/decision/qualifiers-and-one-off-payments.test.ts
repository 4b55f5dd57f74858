import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A ceiling written in words then figures, an estimate given as a range, the year of a settlement the decision names
// no period for, and the body that recharges MOPAC for a secondment.

function read(recommendation: string, approverDate = "03/10/2024") {
  return extractDecision(
    decisionText({
      summary:
        "This decision seeks approval to settle an Employment Tribunal claim and for the associated external legal costs.",
      recommendation,
      financial:
        "3.1. The legal costs will be met from MOPAC's 2024/25 legal services budget of £240,000, which has sufficient headroom.",
      approverDate,
    }),
    "synthetic.txt",
  );
}

describe("qualifiers of a legal costs approval", () => {
  it("keeps 'not to exceed' as a maximum where the sum is written in words before its figure", () => {
    const r = read(
      "1. Approve expenditure not to exceed sixty thousand pounds (£65,000) on external legal advice and counsel's fees in connection with the claim, payable to Aldwych Employment Law LLP, to be met from MOPAC's 2024/25 legal services budget.",
    );
    expect(r.approvals.map((a) => [a.pence, a.qualifier])).toEqual([[6500000, "maximum"]]);
  });

  it("reads an estimate given as a range as approximate, at its upper end", () => {
    const r = read(
      "1. Approve external legal costs estimated at between £40,000 and £60,000 for external legal advice and counsel's fees in connection with the claim, payable to Aldwych Employment Law LLP, to be met from MOPAC's 2024/25 legal services budget.",
    );
    expect(r.approvals.map((a) => [a.pence, a.qualifier])).toEqual([[6000000, "approximately"]]);
  });
});

describe("the year of a settlement", () => {
  const settlement = [
    "1. Approve the settlement of the Employment Tribunal claim brought against MOPAC by a former member of staff in the sum of £145,000, together with the claimant's reasonable legal costs capped at £35,000, by way of a settlement agreement under section 203 of the Employment Rights Act 1996.",
    "2. Approve expenditure not to exceed £60,000 on external legal advice and counsel's fees in connection with the claim, payable to Aldwych Employment Law LLP, to be met from MOPAC's 2024/25 legal services budget.",
  ].join("\n");

  it("dates a settlement with no period of its own in the year the decision is signed", () => {
    const r = read(settlement);
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [14500000, "2024-04-01", "2025-03-31"],
      [3500000, "2024-04-01", "2025-03-31"],
      [6000000, "2024-04-01", "2025-03-31"],
    ]);
  });

  it("leaves it undated where the decision's other approvals fall in another year", () => {
    const r = read(settlement, "03/04/2025");
    expect(r.approvals.filter((a) => a.start === null).map((a) => a.pence)).toEqual([14500000, 3500000]);
  });
});

describe("the body that recharges MOPAC", () => {
  it("names the body that recharges MOPAC for a secondment as the recipient", () => {
    const r = read(
      "1. Approve the secondment of a Grade 6 official from the Home Office to MOPAC as Head of Police Funding and Reform for two years, from 1 June 2024 to 31 May 2026, at a total cost not to exceed £170,000 (£85,000 per annum including on-costs), recharged to MOPAC by the Home Office.",
    );
    expect(r.approvals.map((a) => [a.pence, a.recipient])).toEqual([[17000000, "Home Office"]]);
  });
});
