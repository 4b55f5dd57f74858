import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";

// A Mayoral decision approving funding to MOPAC: MOPAC is the recipient; the sources of the sum named beside it are
// no approvals; and what the decision only notes ("the ongoing cost … will be considered as part of the 2027-28
// budget process") is not approved.

function mayoral(decision: string): string {
  return [
    "MAYOR OF LONDON",
    "",
    "REQUEST FOR MAYORAL DECISION – MD3512",
    "",
    "Title: Additional funding for MOPAC in 2026-27 – neighbourhood policing",
    "",
    "Executive summary:",
    "",
    "The Mayor has committed to restoring neighbourhood policing in every London ward. This decision provides additional funding to MOPAC in 2026-27 to expand neighbourhood policing.",
    "",
    "Decision:",
    "",
    "That the Mayor:",
    "",
    decision,
    "",
    "Mayor of London",
    "",
    "I confirm that I do not have any disclosable pecuniary interests in the proposed decision.",
    "",
    "The above request has my approval.",
    "",
    "Signature:",
    "",
    "Date: 12 February 2026",
    "",
    "PART I – NON-CONFIDENTIAL FACTS AND ADVICE TO THE MAYOR",
    "",
    "Decision required – supporting report",
    "",
    "1. Introduction and background",
    "",
    "1.1. The Police and Crime Plan 2025-29 commits to a named, contactable neighbourhood officer in every ward.",
    "",
    "5. Financial comments",
    "",
    "5.1. This decision approves additional funding of £30.0m to MOPAC in 2026-27.",
    "",
    "5.2. The full-year cost of the additional officers from 2027-28 is estimated at £31.5m. No commitment is made to funding beyond 2026-27.",
  ].join("\n");
}

const DECISION = [
  "approves additional funding of £30.0m to MOPAC in 2026-27 to expand neighbourhood policing, to be funded from £18.5m of retained business rates income and £9.5m from the GLA's Business Rates Reserve; and",
  "",
  "notes that the ongoing cost of the additional officers, estimated at £31.5m a year from 2027-28, will be considered as part of the 2027-28 budget process.",
].join("\n");

describe("a Mayoral decision funding MOPAC", () => {
  it("approves the sum alone: neither its sources nor a cost it only notes", () => {
    const r = extractDecision(mayoral(DECISION), "md.txt");
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [3000000000, "2026-04-01", "2027-03-31"],
    ]);
  });

  it("names MOPAC as the recipient", () => {
    const r = extractDecision(mayoral(DECISION), "md.txt");
    expect(r.approvals[0]!.recipient).toBe("MOPAC");
  });

  it("reads each source of the sum named in a list as a source, not an approval", () => {
    const r = extractDecision(mayoral(DECISION.split("\n")[0]!.replace(/; and$/, ".")), "md.txt");
    expect(r.approvals.map((a) => a.pence)).toEqual([3000000000]);
  });

  it("approves nothing in a clause that notes", () => {
    const r = extractDecision(
      mayoral(
        "approves additional funding of £30.0m to MOPAC in 2026-27; and notes that the ongoing cost, estimated at £31.5m a year from 2027-28, will be considered as part of the 2027-28 budget process.",
      ),
      "md.txt",
    );
    expect(r.approvals.map((a) => a.pence)).toEqual([3000000000]);
  });
});
