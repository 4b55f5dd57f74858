import { describe, expect, it } from "vitest";
import type { ReconcilerError } from "../../../src/core/errors";
import type { Pence } from "../../../src/core/money/pence";
import { delegationLevel, loadScheme, mopacScheme } from "../../../src/core/delegation";
import { delegationLevelTooLow } from "../../../src/core/decision/checks/delegation-level-too-low";
import { check } from "../decision/checks/check-helpers";
import { councilScheme } from "./council-scheme";

const scheme = mopacScheme();

/** A contract award by the Chief Executive Officer after a DMPC-approved tender, as MOPAC words one. */
function ceoContractAward(value: string): string {
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    "MOPAC Decision by the Chief Executive – PCD 1548",
    "",
    "Title: Award of contract – Young Victims of Crime Advocacy Service 2024-26",
    "",
    "Executive Summary:",
    "",
    "The tender for a pan-London advocacy service for victims of crime aged 10 to 18 has concluded. This decision awards the contract to Safer Futures CIC for three years from 1 January 2024.",
    "",
    "Recommendation:",
    "",
    "The Chief Executive Officer is asked to:",
    "",
    `1. Approve the award of a contract to Safer Futures CIC for the Young Victims of Crime Advocacy Service for a maximum value of ${value} over three years, from 1 January 2024 to 31 December 2026.`,
    "",
    "Chief Executive Officer",
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date: 7th November 2023",
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE CHIEF EXECUTIVE OFFICER",
    "",
    "1. Legal Comments",
    "",
    "1.1. Paragraph 4.13 of the MOPAC Scheme of Consent and Delegation reserves to the DMPC requests to go out to tender for contracts of £500,000 or above; the DMPC approved the tender in PCD 1402. Paragraph 4.14 provides that the DMPC reserves the right to call in any MPS proposal to award a contract for £500,000 or above.",
    "",
  ].join("\n");
}

describe("a right to call a decision in (4.14) is not a requirement to approve it", () => {
  it("a £1,350,000 contract award is the Director of Strategic Procurement's (7.23); the DMPC may call it in", () => {
    const r = delegationLevel(scheme, {
      amountPence: 135000000 as Pence,
      kind: "contract-award",
      date: "2023-11-07",
    });
    expect([r.level, r.paragraph]).toEqual(["DSP", "7.23"]);
    expect(r.callIn).toBe(
      "The DMPC may call in for approval any MPS proposal to award a contract of £500,000 or above (para 4.14)",
    );
  });

  it("the Chief Executive Officer awarding a £1,350,000 contract is not DELEGATION_LEVEL_TOO_LOW", () => {
    const { record, findings } = check(ceoContractAward("£1,350,000"), delegationLevelTooLow);
    expect(record.decisionBy).toBe("Chief Executive Officer");
    expect(record.approvals.map((a) => a.pence)).toEqual([135000000]);
    expect(findings).toEqual([]);
  });

  it("a scheme file marks a call-in rule with callIn: true, and nothing else", () => {
    const s = councilScheme();
    s.versions[1].rules[0].callIn = "yes";
    let message = "";
    try {
      loadScheme(s, "council.json");
    } catch (e) {
      message = (e as ReconcilerError).describe();
    }
    expect(message).toContain("versions[1].rules[0].callIn: expected true or false");
  });
});
