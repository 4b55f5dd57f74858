import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { expectQuotesHold } from "../../helpers/decision-record";

// Decisions as a plain PDF-to-text tool gives them: each page after the first starts with a form feed.

/** A grant decision whose Financial Comments start a new page ("\f3. Financial Comments"). */
const pagedGrant = [
  "DMPC Decision – PCD 9520",
  "",
  "Title: Grant award to Safer Streets Trust – Missing Children Return Conversations 2025–27",
  "",
  "Executive Summary:",
  "This decision seeks approval to award a two-year grant of £612,000 to Safer Streets Trust so that independent return home conversations continue in nine boroughs from 1 April 2025 to 31 March 2027.",
  "",
  "Recommendation:",
  "The Deputy Mayor for Policing and Crime is recommended to:",
  "1. Approve the award of a grant of £612,000 to Safer Streets Trust for two years from 1 April 2025 to 31 March 2027.",
  "",
  "Deputy Mayor for Policing and Crime",
  "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter.",
  "The above request has my approval.",
  "Signature",
  "Date 21/01/2025",
  "",
  "\fPART I – NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
  "",
  "1. Introduction and background",
  "",
  "1.1. Children who go missing from home are at heightened risk of exploitation.",
  "",
  "2. Issues for consideration",
  "",
  "2.1. The service will continue in the nine boroughs where it runs today.",
  "",
  "\f3. Financial Comments",
  "",
  "3.1. The grant will be funded from the Violence Reduction Unit budget, and the total financial commitment of this decision is £621,000.",
  "",
  "4. Legal Comments",
  "",
  "4.1. Section 143 of the Anti-social Behaviour, Crime and Policing Act 2014 allows MOPAC to make grants.",
  "",
  "\fChief Executive Officer",
  "I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account.",
  "Signature",
  "Date 16/01/2025",
  "",
].join("\n");

describe("a decision's text with form feeds at its page starts", () => {
  it("finds a heading that starts a page, and what its section says", () => {
    const r = extractDecision(pagedGrant, "pcd-9520.txt");
    expect(r.approvals.map((a) => [a.pence, a.fundingSource])).toEqual([
      [61_200_000, "Violence Reduction Unit budget"],
    ]);
    const total = r.findings.find((f) => f.code === "TOTAL_MISMATCH");
    expect(total?.message).toContain("Financial Comments 3.1 states £621,000");
  });

  it("keeps the document's own text, form feeds and all, and every quote at its offset", () => {
    const r = extractDecision(pagedGrant, "pcd-9520.txt");
    expect(r.text).toBe(pagedGrant);
    expectQuotesHold(r);
  });
});
