import { describe, expect, it } from "vitest";
import { delegationLevelTooLow } from "../../../../src/core/decision/checks/delegation-level-too-low";
import { citedDelegations } from "../../../../src/core/decision/checks/cited-delegations";
import { readDecisionDocument } from "../../../../src/core/decision/read-document";
import { check, quotesOf } from "./check-helpers";

/** An officer's decision in MOPAC's form: the summary, who is asked (with any words of authority), the item, the legal comment. */
function officersDecision(parts: {
  ref: string;
  role: string;
  asked: string;
  summary: string;
  item: string;
  legal: string;
}): string {
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    `MOPAC Decision by the ${parts.role} – ${parts.ref}`,
    "",
    "Title: Young Victims of Crime Advocacy Service 2024-26",
    "",
    "Executive Summary:",
    "",
    parts.summary,
    "",
    "Recommendation:",
    "",
    parts.asked,
    "",
    `1. ${parts.item}`,
    "",
    parts.role,
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date: 7th November 2023",
    "",
    `PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE ${parts.role.toUpperCase()}`,
    "",
    "1. Introduction and background",
    "",
    "1.1. Children and young people who are victims of crime are less likely than adults to take up victim support.",
    "",
    "2. Financial Comments",
    "",
    "2.1. The service will be funded from the MOPAC Commissioning Budget.",
    "",
    "3. Legal Comments",
    "",
    parts.legal,
    "",
  ].join("\n");
}

const ceoUnderPcd1402 = {
  ref: "PCD 1548",
  role: "Chief Executive Officer",
  asked: "The Chief Executive Officer, under the authority delegated by the DMPC in PCD 1402, is asked to:",
  summary:
    "In PCD 1402 (June 2023) the Deputy Mayor for Policing and Crime approved the business case for a pan-London advocacy service for victims of crime aged 10 to 18 and delegated the release of the funding to the Chief Executive Officer.",
  item: "Approve expenditure of £1,350,000 on the Young Victims of Crime Advocacy Service over three years, from 1 January 2024 to 31 December 2026.",
  legal:
    "3.1. Paragraph 4.8 of the MOPAC Scheme of Consent and Delegation reserves to the DMPC business cases of £500,000 and above. The DMPC approved the business case in PCD 1402 and, under paragraph 4.2 of the Scheme, delegated the release of the funding to the Chief Executive Officer.",
};

describe("DELEGATED_AUTHORITY: an officer acting under a delegation a named decision made", () => {
  it("the CEO approving £1,350,000 under authority the DMPC delegated in PCD 1402: a note, not an error", () => {
    const { findings } = check(officersDecision(ceoUnderPcd1402), delegationLevelTooLow);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["DELEGATED_AUTHORITY", "info"]]);
    expect(findings[0]!.message).toContain(
      "delegated in PCD 1402: confirm that PCD 1402 delegated this approval",
    );
    expect(findings[0]!.message).toContain("£1,350,000");
    expect(quotesOf(findings[0]!).join(" ")).toContain(
      "under the authority delegated by the DMPC in PCD 1402",
    );
  });

  it("a Director awarding a grant under the DMPC's delegation in PCD 1622", () => {
    const { record, findings } = check(
      officersDecision({
        ref: "PCD 1690",
        role: "Director of Commissioning and Partnerships",
        asked:
          "The Director of Commissioning and Partnerships, under the authority delegated by the Deputy Mayor for Policing and Crime in PCD 1622, is asked to:",
        summary:
          "In PCD 1622 the Deputy Mayor for Policing and Crime approved the Hate Crime Community Grants Programme 2024-26 and delegated the award of individual grants of up to £100,000 to the Director of Commissioning and Partnerships.",
        item: "Approve a grant of £85,000 to Stop Hate London for a hate crime advocacy project from 1 July 2024 to 31 March 2026.",
        legal:
          "3.1. Under paragraph 4.8 of the MOPAC Scheme of Consent and Delegation the DMPC approves the award of all individual grants.",
      }),
      delegationLevelTooLow,
    );
    expect(record.decisionBy).toBe("Director of Commissioning and Partnerships");
    expect(findings.map((f) => f.code)).toEqual(["DELEGATED_AUTHORITY"]);
    expect(findings[0]!.message).toContain("the Deputy Mayor for Policing and Crime delegated in PCD 1622");
  });

  it("still an error when the decision names no delegating decision", () => {
    const { findings } = check(
      officersDecision({
        ...ceoUnderPcd1402,
        asked: "The Chief Executive Officer, under delegated authority, is asked to:",
        summary:
          "The Deputy Mayor for Policing and Crime approved the business case for the service in June 2023.",
        legal: "3.1. The Chief Executive Officer may approve this expenditure under delegated authority.",
      }),
      delegationLevelTooLow,
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["DELEGATION_LEVEL_TOO_LOW", "error"]]);
  });

  it("still an error when the named decision delegated to someone else, or did not delegate", () => {
    const toDirector = officersDecision({
      ...ceoUnderPcd1402,
      asked: "The Chief Executive Officer is asked to:",
      summary:
        "In PCD 1402 the Deputy Mayor for Policing and Crime delegated the award of individual grants to the Director of Commissioning and Partnerships.",
      legal: "3.1. The Chief Executive Officer has authority under paragraph 1.7 of the Scheme.",
    });
    expect(check(toDirector, delegationLevelTooLow).findings.map((f) => f.code)).toEqual([
      "DELEGATION_LEVEL_TOO_LOW",
    ]);
    const notDelegated = officersDecision({
      ...ceoUnderPcd1402,
      asked: "The Chief Executive Officer is asked to:",
      summary:
        "In PCD 1402 the Deputy Mayor for Policing and Crime approved the business case but has not delegated the release of the funding.",
      legal: "3.1. The Chief Executive Officer has authority under paragraph 1.7 of the Scheme.",
    });
    expect(check(notDelegated, delegationLevelTooLow).findings.map((f) => f.code)).toEqual([
      "DELEGATION_LEVEL_TOO_LOW",
    ]);
  });
});

describe("citedDelegations", () => {
  it("reads who delegated, to whom, and in which decision", () => {
    const doc = readDecisionDocument(officersDecision(ceoUnderPcd1402), "pcd-1548.txt");
    const cited = citedDelegations(doc);
    expect(cited.map((c) => [c.ref, c.delegator, c.delegate])).toEqual([
      ["PCD 1402", "Deputy Mayor for Policing and Crime", "Chief Executive Officer"],
      ["PCD 1402", "Deputy Mayor for Policing and Crime", null],
      ["PCD 1402", "Deputy Mayor for Policing and Crime", "Chief Executive Officer"],
    ]);
    for (const c of cited)
      expect(doc.text.slice(c.quote.offset, c.quote.offset + c.quote.quote.length)).toBe(c.quote.quote);
  });

  it("ignores the decision's own reference and sentences without a delegation", () => {
    const doc = readDecisionDocument(
      officersDecision({
        ...ceoUnderPcd1402,
        asked: "The Chief Executive Officer is asked to:",
        summary: "PCD 1402 approved the business case for the service. PCD 1548 delegates nothing.",
        legal: "3.1. The Chief Executive Officer may approve this under paragraph 1.7 of the Scheme.",
      }),
      "pcd-1548.txt",
    );
    expect(citedDelegations(doc)).toEqual([]);
  });
});
