import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { expectQuotesHold } from "../../helpers/decision-record";

// Decisions as a plain PDF-to-text tool gives them: each page after the first starts with a form feed, and every
// page carries a running header and footer.

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

/** A commissioning decision whose allocation table runs over a page break, its footer and header in between. */
const pagedTable = [
  "OFFICIAL",
  "MOPAC",
  "MAYOR OF LONDON",
  "OFFICE FOR POLICING AND CRIME",
  "",
  "DMPC Decision – PCD 9547",
  "",
  "Title: Victims Services – 2025/26 and 2026/27 Commissioning",
  "",
  "Executive Summary:",
  "This decision requests approval to continue funding for four victims services from 1 April",
  "2025 to 31 March 2027, at a total financial commitment of £2,460,000.",
  "",
  "Recommendation:",
  "",
  "The Deputy Mayor for Policing and Crime is recommended to:",
  "",
  "1. Approve funding for the four victims services in 2025/26 and 2026/27, at a total",
  "financial commitment of £2,460,000.",
  "",
  "Deputy Mayor for Policing and Crime",
  "",
  "The above request has my approval.",
  "",
  "Signature                                        Date   19/12/2024",
  "",
  "PCD 9547                                                             Page 1 of 3",
  "",
  "OFFICIAL",
  "PART I – NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
  "",
  "1. Financial Comments",
  "",
  "1.1 The allocation to each service, by year, is set out in the table below.",
  "",
  "Service                               2025/26         2026/27         Funding source",
  "Hate Crime Advocacy                   £310,000        £310,000        MOPAC Commissioning",
  "Restorative Justice Hub               £275,000        £275,000        Police Grant",
  "",
  "PCD 9547                                                             Page 2 of 3",
  "",
  "OFFICIAL",
  "Young Victims Service                 £420,000        £420,000        MoJ Victims Grant",
  "Witness Care Navigators               £225,000        £225,000        MoJ Victims Grant",
  "Total                                 £1,230,000      £1,230,000",
  "",
  "2. Legal Comments",
  "",
  "2.1 Section 143 of the Anti-social Behaviour, Crime and Policing Act 2014 allows MOPAC to",
  "make grants for services that help victims.",
  "",
  "Chief Executive Officer",
  "",
  "I have been consulted about the proposal.",
  "",
  "Signature                                        Date   12/12/2024",
  "",
  "PCD 9547                                                             Page 3 of 3",
  "",
].join("\n");

describe("a decision's text with running page headers and footers", () => {
  it("reads a table that a page's footer and the next page's header interrupt as one table", () => {
    const r = extractDecision(pagedTable, "pcd-9547.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence, a.fundingSource])).toEqual([
      ["Hate Crime Advocacy", "2025/26", 31_000_000, "MOPAC Commissioning"],
      ["Hate Crime Advocacy", "2026/27", 31_000_000, "MOPAC Commissioning"],
      ["Restorative Justice Hub", "2025/26", 27_500_000, "Police Grant"],
      ["Restorative Justice Hub", "2026/27", 27_500_000, "Police Grant"],
      ["Young Victims Service", "2025/26", 42_000_000, "MoJ Victims Grant"],
      ["Young Victims Service", "2026/27", 42_000_000, "MoJ Victims Grant"],
      ["Witness Care Navigators", "2025/26", 22_500_000, "MoJ Victims Grant"],
      ["Witness Care Navigators", "2026/27", 22_500_000, "MoJ Victims Grant"],
    ]);
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });

  it("joins a cell that a page break wraps ('MOPAC Commissioning' … footer, header … 'budget')", () => {
    const split = pagedTable
      .replace(
        "Police Grant\n\nPCD 9547",
        "Police Grant\n" +
          "Community Trigger Advocacy            £45,000         £45,000         MOPAC Commissioning\n\nPCD 9547",
      )
      .replace("OFFICIAL\nYoung Victims", "OFFICIAL\n" + " ".repeat(70) + "budget\nYoung Victims");
    const withTotal = split.replace(/£1,230,000/g, "£1,275,000");
    const r = extractDecision(withTotal, "pcd-9547.txt");
    expect(r.allocations.filter((a) => a.fy === "2025/26").map((a) => [a.line, a.fundingSource])).toEqual([
      ["Hate Crime Advocacy", "MOPAC Commissioning"],
      ["Restorative Justice Hub", "Police Grant"],
      ["Community Trigger Advocacy", "MOPAC Commissioning budget"],
      ["Young Victims Service", "MoJ Victims Grant"],
      ["Witness Care Navigators", "MoJ Victims Grant"],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("TABLE_TOTAL_MISMATCH");
    expectQuotesHold(r);
  });

  it("keeps lines that only look like running ones: the two signature blocks, and anything with money", () => {
    const r = extractDecision(pagedTable, "pcd-9547.txt");
    expect(r.dateSigned).toBe("2024-12-19");
    expect(r.approvals.map((a) => a.pence)).toEqual([246_000_000]);
  });
});

/** A contract award as pdftotext gives it: prose hard-wrapped at the page's width, footers, form feeds. */
const wrappedAward = [
  "OFFICIAL",
  "",
  "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
  "",
  "DMPC Decision – PCD 9588",
  "",
  "Title: Award of contract – Pan-London Hate Crime Victim Advocacy Service 2025–2028",
  "",
  "Executive Summary:",
  "Victims of hate crime in London are less likely than other victims to report, and more",
  "likely to withdraw from the criminal justice process. This decision seeks approval to",
  "award a contract for a pan-London hate crime victim advocacy service to Community",
  "Alliance Trust for three years from 1 April 2025, at a maximum contract value of",
  "£1,296,000.",
  "",
  "Recommendation:",
  "",
  "The Deputy Mayor for Policing and Crime is recommended to:",
  "",
  "1. Approve the award of a contract for the Pan-London Hate Crime Victim Advocacy Service",
  "to Community Alliance Trust for three years from 1 April 2025 to 31 March 2028, at a",
  "maximum contract value of £1,296,000.",
  "",
  "Deputy Mayor for Policing and Crime",
  "",
  "I confirm I have considered whether or not I have any personal or prejudicial interest",
  "in this matter and take the proposed decision in compliance with the Code of Conduct.",
  "",
  "The above request has my approval.",
  "",
  "Signature                                        Date   22/05/2025",
  "",
  "PCD 9588                                                             Page 1 of 3",
  "\fPART I – NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
  "",
  "1. Introduction and background",
  "",
  "1.1. Hate crime advocacy has been commissioned by MOPAC since 2019 under PCD 1402, which",
  "approved a two-year service that was extended once.",
  "",
  "2. Financial Comments",
  "",
  "2.1. The contract runs for three years from 1 April 2025 and will be funded from the MOPAC",
  "Victims Commissioning budget, which is supported by the Ministry of Justice Victims Grant.",
  "",
  "2.2. Allowing for mobilisation, the total financial commitment of this decision is",
  "£1,329,000.",
  "",
  "3. Legal Comments",
  "",
  "3.1. MOPAC is a contracting authority as defined in the Public Contracts Regulations",
  "2015. All awards of public contracts for services valued at £214,904 or above must be",
  "procured in accordance with the Regulations.",
  "",
  "PCD 9588                                                             Page 2 of 3",
  "\fChief Executive Officer",
  "",
  "I have been consulted about the proposal and confirm that financial, legal and",
  "equalities advice has been taken into account in the preparation of this report.",
  "",
  "Signature                                        Date   19/05/2025",
  "",
  "PCD 9588                                                             Page 3 of 3",
  "",
].join("\n");

describe("a decision's prose hard-wrapped at the page's width", () => {
  it("reads a funding source's name that a line break cuts ('the MOPAC' / 'Victims Commissioning budget')", () => {
    const r = extractDecision(wrappedAward, "pcd-9588.txt");
    expect(r.approvals.map((a) => [a.pence, a.qualifier, a.fundingSource])).toEqual([
      [129_600_000, "maximum", "MOPAC Victims Commissioning budget"],
    ]);
  });

  it("reads a total stated over a line break ('the total financial commitment of this decision is' / '£1,329,000')", () => {
    const r = extractDecision(wrappedAward, "pcd-9588.txt");
    const total = r.findings.filter((f) => f.code === "TOTAL_MISMATCH");
    expect(total.map((f) => f.severity)).toEqual(["error"]);
    expect(total[0]!.message).toContain("Financial Comments 2.2 states £1,329,000");
  });

  it("tells the record in the document's own text: line breaks, footers and all, every quote at its offset", () => {
    const r = extractDecision(wrappedAward, "pcd-9588.txt");
    expect(r.text).toBe(wrappedAward);
    expect(r.title).toBe("Award of contract – Pan-London Hate Crime Victim Advocacy Service 2025–2028");
    expectQuotesHold(r);
    // A quote read across a joined line break gives the document's own words, its line break included.
    expect(r.approvals.map((a) => a.quote)).toEqual(["a\nmaximum contract value of £1,296,000"]);
  });
});
