import { describe, expect, it } from "vitest";
import { signatureOrder } from "../../../../src/core/decision/checks/signature-order";
import { readDecisionDocument } from "../../../../src/core/decision/read-document";
import { mayoralDecision } from "../mayoral-decision-text";
import { check, quotesOf } from "./check-helpers";

describe("SIGNATURE_ORDER on the GLA's Mayoral Decision form", () => {
  it("the Chief of Staff's sign-off dated after the Mayor approved", () => {
    const { findings } = check(mayoralDecision({ chiefOfStaffDate: "27/02/2024" }), signatureOrder);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain(
      "The sign-off by the Chief of Staff is dated 27/02/2024, after the Mayor of London approved the decision on 22/02/2024",
    );
    expect(quotesOf(findings[0]!)).toEqual(
      expect.arrayContaining(["CHIEF OF STAFF:", "27/02/2024", "22 February 2024"]),
    );
  });

  it("the Executive Director, Resources' confirmation dated after, the Chief of Staff's before", () => {
    const { findings } = check(
      mayoralDecision({ resourcesDate: "23/02/2024", chiefOfStaffDate: "21/02/2024" }),
      signatureOrder,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^The sign-off by the Executive Director, Resources is dated 23\/02\/2024, after the Mayor of London approved/,
    );
  });

  it("nothing when both officers signed off before the Mayor", () => {
    expect(check(mayoralDecision(), signatureOrder).findings).toEqual([]);
  });
});

describe("the officers' sign-offs as signatures", () => {
  it("each GLA officer's block is its own signature, with its own role and date", () => {
    const doc = readDecisionDocument(mayoralDecision({ chiefOfStaffDate: "27/02/2024" }), "md-3190.txt");
    expect(doc.signatures.map((s) => [s.capacity, s.role, s.date])).toEqual([
      ["approver", "Mayor of London", "2024-02-22"],
      ["officer", "Executive Director, Resources", "2024-02-20"],
      ["officer", "Chief of Staff", "2024-02-27"],
    ]);
  });

  it("a MOPAC consultee who is also 'satisfied that this is an appropriate request' signs once, as consultee", () => {
    const text = [
      "MOPAC Decision by the Chief Executive – PCD 1548",
      "",
      "Recommendation:",
      "",
      "The Chief Executive Officer is asked to:",
      "",
      "1. Approve the award of a contract to Safer Futures CIC for a maximum value of £1,350,000.",
      "",
      "Chief Executive Officer",
      "",
      "The above request has my approval.",
      "",
      "Date: 7th November 2023",
      "",
      "Director of Commissioning and Partnerships",
      "",
      "I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account in the preparation of this report. I am satisfied that this is an appropriate request to be submitted to the Chief Executive Officer.",
      "",
      "Signature",
      "",
      "Date: 2nd November 2023",
      "",
    ].join("\n");
    const doc = readDecisionDocument(text, "pcd-1548.txt");
    expect(doc.signatures.map((s) => [s.capacity, s.role, s.date])).toEqual([
      ["approver", "Chief Executive Officer", "2023-11-07"],
      ["consultee", "Director of Commissioning and Partnerships", "2023-11-02"],
    ]);
  });
});
