import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// Spending paid from "the donation" or "the grant" is paid from the income the decision accepts, where it accepts
// exactly one: that income's name is its source.

function read(parts: { recommendation: string; financial: string }) {
  return extractDecision(
    decisionText({ summary: "MOPAC has been offered money for the programme.", ...parts }),
    "synthetic.txt",
  );
}

describe("the income the decision accepts, named back by its kind", () => {
  it("gives spending 'funded in full by the donation' the donation accepted, named by its donor", () => {
    const r = read({
      recommendation: [
        "1. Approve the acceptance of a donation of £120,000 from the Ashworth Family Foundation.",
        "2. Approve a variation to the St Giles Trust grant agreement for the A&E Youth Intervention Programme to increase it by £120,000, funded in full by the donation, for the period 1 October 2025 to 31 March 2026.",
      ].join("\n"),
      financial:
        "3.1. The donation of £120,000 will be received in a single payment in October 2025 and held as income against the programme budget.",
    });
    expect(r.approvals.map((a) => [a.kind, a.fundingSource])).toEqual([
      ["income", "Ashworth Family Foundation"],
      ["grant variation", "Ashworth Family Foundation donation"],
    ]);
    expect(r.allocations.map((a) => a.fundingSource)).toEqual(["Ashworth Family Foundation donation"]);
  });

  it("gives '£3,250,000 of the grant' the grant accepted, by the name its acceptance gives", () => {
    const r = read({
      recommendation: [
        "1. Accept the Home Office Hotspot Action Fund grant of £4,000,000 for the period 1 April 2025 to 31 March 2026.",
        "2. Approve the transfer of £3,250,000 of the grant to the Metropolitan Police Service to fund additional hotspot patrols in 2025/26.",
      ].join("\n"),
      financial: "3.1. The grant is paid quarterly in arrears against actual expenditure.",
    });
    expect(r.approvals.filter((a) => a.kind !== "income").map((a) => a.fundingSource)).toEqual([
      "Home Office Hotspot Action Fund grant",
    ]);
  });

  it("names none where the decision accepts two incomes, or the words are about a grant agreement", () => {
    const two = read({
      recommendation: [
        "1. Accept grant income of £1,750,000 from the Home Office for 2025/26.",
        "2. Accept grant income of £880,000 from the Ministry of Justice for 2025/26.",
        "3. Approve the transfer of £500,000 of the grant to the London Borough of Lambeth in 2025/26.",
      ].join("\n"),
      financial: "3.1. Both grants are paid quarterly in arrears.",
    });
    expect(two.approvals.filter((a) => a.kind !== "income").map((a) => a.fundingSource)).toEqual([null]);
    const agreement = read({
      recommendation: [
        "1. Accept the Home Office Safer Streets grant of £400,000 for 2025/26.",
        "2. Approve a grant of £90,000 to Northside Youth Trust in 2025/26, paid through the grant agreement.",
      ].join("\n"),
      financial: "3.1. Nothing more.",
    });
    expect(agreement.approvals.filter((a) => a.kind !== "income").map((a) => a.fundingSource)).toEqual([
      null,
    ]);
  });
});
