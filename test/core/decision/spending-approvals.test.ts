import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";

/** A Chief Executive's decision in MOPAC's form whose Recommendation is `item`. */
function ceoDecision(item: string): string {
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    "MOPAC Decision – PCD 1604",
    "",
    "Title: Victims' Right to Review – case tracking system replacement",
    "",
    "Executive Summary:",
    "",
    "The Victims' Right to Review (VRR) and complaints reviews team currently tracks cases on a spreadsheet-based system built in 2016 that is no longer supported.",
    "",
    "Recommendation:",
    "",
    "The Chief Executive Officer is recommended to:",
    "",
    `1. ${item}`,
    "",
    "Chief Executive Officer",
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date: 14 March 2024",
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE CHIEF EXECUTIVE OFFICER",
    "",
    "1. Financial Comments",
    "",
    "1.1. The cost will be met from the MOPAC capital programme and the Oversight Directorate revenue budget.",
    "",
  ].join("\n");
}

const extract = (item: string) => extractDecision(ceoDecision(item), "pcd-1604.txt");

describe("an approval of expenditure is a business case, whatever it will buy", () => {
  it("'Approve expenditure of up to £500,000 for the procurement and implementation of …': funding, no recipient", () => {
    const r = extract(
      "Approve expenditure of up to £500,000 for the procurement and implementation of a replacement case tracking system for the Victims' Right to Review and complaints reviews team, from 1 April 2024 to 31 March 2026.",
    );
    expect(r.approvals.map((a) => [a.pence, a.qualifier, a.kind, a.recipient])).toEqual([
      [50000000, "up to", "funding", null],
    ]);
    // A £500,000 business case is the DMPC's (4.8, "£500,000 and above"), not the Chief Executive's.
    const tooLow = r.findings.filter((f) => f.code === "DELEGATION_LEVEL_TOO_LOW");
    expect(tooLow).toHaveLength(1);
    expect(tooLow[0]!.message).toContain("(para 4.8)");
  });

  it("'Approve expenditure of £145,000 with … through a variation to the existing contract': funding, with its supplier", () => {
    const r = extract(
      "Approve expenditure of £145,000 with Beacon Social Research Ltd for a booster sample of 3,200 additional Public Attitude Survey interviews, through a variation to the existing PAS contract.",
    );
    expect(r.approvals.map((a) => [a.kind, a.recipient])).toEqual([
      ["funding", "Beacon Social Research Ltd"],
    ]);
  });

  it("the award or variation of a contract, and a grant paid from expenditure, keep their kinds", () => {
    expect(
      extract(
        "Approve the award of a contract to Safer Futures CIC for the advocacy service for a maximum value of £450,000.",
      ).approvals.map((a) => a.kind),
    ).toEqual(["contract"]);
    expect(
      extract(
        "Approve a variation to the contract with Beacon Social Research Ltd of £145,000 for additional interviews.",
      ).approvals.map((a) => a.kind),
    ).toEqual(["contract variation"]);
    expect(
      extract("Approve expenditure of £85,000 by way of a grant to Stop Hate London.").approvals.map(
        (a) => a.kind,
      ),
    ).toEqual(["grant"]);
  });

  it("a name with 'to' inside it after another word is still a recipient ('Community Alliance to Combat Hate')", () => {
    const r = extract("Approve a grant of £85,000 to Community Alliance to Combat Hate for 2024/25.");
    expect(r.approvals.map((a) => a.recipient)).toEqual(["Community Alliance to Combat Hate"]);
  });
});
