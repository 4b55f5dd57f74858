import { describe, expect, it } from "vitest";
import { delegationLevelTooLow } from "../../../../src/core/decision/checks/delegation-level-too-low";
import { check, quotesOf } from "./check-helpers";

/** An officer's decision to pay subscriptions, in MOPAC's form, with the Legal Comments' word on the officer's limit. */
function subscriptionsDecision(parts: { role: string; lines: [string, string][]; legal: string }): string {
  const total = parts.lines.map(([, amount]) => amount);
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    "MOPAC Decision – PCD 1648",
    "",
    "Title: Membership subscriptions 2024/25",
    "",
    "Executive Summary:",
    "",
    "MOPAC is a member of national bodies that represent police and crime commissioners and their officers. This decision seeks approval to pay MOPAC's 2024/25 subscriptions, met from the MOPAC corporate subscriptions budget.",
    "",
    "Recommendation:",
    "",
    `The ${parts.role} is asked to approve:`,
    "",
    ...parts.lines.map(
      ([body, amount], i) =>
        `${i + 1}. Payment of MOPAC's 2024/25 subscription to the ${body} of ${amount}${i === parts.lines.length - 1 ? "." : ";"}`,
    ),
    "",
    parts.role,
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date 08/05/2024",
    "",
    `PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE ${parts.role.toUpperCase()}`,
    "",
    "1. Introduction and background",
    "",
    "- 1.1. Membership gives MOPAC a voice in national discussions on police funding.",
    "",
    "2. Financial Comments",
    "",
    `- 2.1. The subscriptions (${total.join(", ")}) will be met within existing budgets.`,
    "",
    "3. Legal Comments",
    "",
    "- 3.1. MOPAC's general powers are set out in the Police Reform and Social Responsibility Act 2011.",
    `- 3.2. ${parts.legal}`,
    "",
  ].join("\n");
}

const threeSubscriptions: [string, string][] = [
  ["Association of Police and Crime Commissioners", "£47,250"],
  ["Association of Policing and Crime Chief Executives", "£3,900"],
  ["Police and Crime Commissioners' Treasurers' Society", "£1,150"],
];

const codes = (findings: { code: string; severity: string }[]) => findings.map((f) => [f.code, f.severity]);

describe("an officer's own limit, as the decision states it", () => {
  it("the Chief Finance Officer paying £52,300 under a stated £100,000 limit: a note, not three errors", () => {
    const { findings } = check(
      subscriptionsDecision({
        role: "Chief Finance Officer and Director of Corporate Services",
        lines: threeSubscriptions,
        legal:
          "Under paragraph 5.4 of MOPAC's Scheme of Consent and Delegation, the Chief Finance Officer may approve expenditure of up to £100,000 within approved budgets. This decision can therefore be approved by the Chief Finance Officer.",
      }),
      delegationLevelTooLow,
    );
    expect(codes(findings)).toEqual([["DELEGATED_AUTHORITY", "info"]]);
    expect(findings[0]!.message).toContain(
      "the Chief Finance Officer may approve expenditure up to £100,000 (paragraph 5.4), and £52,300 is within that",
    );
    expect(quotesOf(findings[0]!).join(" ")).toContain("may approve expenditure of up to £100,000");
  });

  it("a Director under the decision's word that MOPAC Directors may approve up to £100,000", () => {
    const { record, findings } = check(
      subscriptionsDecision({
        role: "Director of Strategy",
        lines: threeSubscriptions,
        legal:
          "Under paragraph 5.4 of MOPAC's Scheme of Consent and Delegation, MOPAC Directors may approve expenditure of up to £100,000 within approved budgets. This decision can therefore be approved by the Director of Strategy.",
      }),
      delegationLevelTooLow,
    );
    expect(record.decisionBy).toBe("Director of Strategy");
    expect(codes(findings)).toEqual([["DELEGATED_AUTHORITY", "info"]]);
  });

  it("above the stated limit it is still one error, which says the limit", () => {
    const { findings } = check(
      subscriptionsDecision({
        role: "Director of Strategy",
        lines: [
          ["Association of Police and Crime Commissioners", "£97,250"],
          ["Association of Policing and Crime Chief Executives", "£23,900"],
        ],
        legal:
          "Paragraph 6.3 of the Scheme of Consent and Delegation allows Directors to approve expenditure up to £100,000 within their approved budgets.",
      }),
      delegationLevelTooLow,
    );
    expect(codes(findings)).toEqual([["DELEGATION_LEVEL_TOO_LOW", "error"]]);
    expect(findings[0]!.message).toContain("£121,150 in 2 approvals (£97,250 and £23,900; funding)");
    expect(findings[0]!.message).toContain(
      "The decision says the Director may approve expenditure up to £100,000 (paragraph 6.3); £121,150 is above that.",
    );
  });

  it("without a stated limit: one error naming every line, not one per line", () => {
    const { findings } = check(
      subscriptionsDecision({
        role: "Chief Finance Officer and Director of Corporate Services",
        lines: threeSubscriptions,
        legal: "The subscriptions are incidental to MOPAC's functions as the local policing body for London.",
      }),
      delegationLevelTooLow,
    );
    expect(codes(findings)).toEqual([["DELEGATION_LEVEL_TOO_LOW", "error"]]);
    expect(findings[0]!.message).toContain("£52,300 in 3 approvals (£47,250, £3,900 and £1,150; funding)");
    expect(quotesOf(findings[0]!)).toHaveLength(3);
  });

  it("a limit stated for another officer, or for another kind of approval, does not cover the maker", () => {
    const otherDirector = subscriptionsDecision({
      role: "Director of Strategy",
      lines: threeSubscriptions,
      legal: "The Director of Legal Services may approve expenditure of up to £100,000 on legal advice.",
    });
    expect(codes(check(otherDirector, delegationLevelTooLow).findings)).toEqual([
      ["DELEGATION_LEVEL_TOO_LOW", "error"],
    ]);
    const virementsOnly = subscriptionsDecision({
      role: "Chief Finance Officer",
      lines: threeSubscriptions,
      legal:
        "The Chief Finance Officer may approve budget virements with an individual value of £0.5m or less.",
    });
    expect(codes(check(virementsOnly, delegationLevelTooLow).findings)).toEqual([
      ["DELEGATION_LEVEL_TOO_LOW", "error"],
    ]);
  });

  it("a stated limit never reaches what the scheme reserves to the DMPC (business cases of £500,000 and above)", () => {
    const { findings } = check(
      subscriptionsDecision({
        role: "Chief Finance Officer",
        lines: [["Association of Police and Crime Commissioners", "£650,000"]],
        legal:
          "The Chief Finance Officer may approve expenditure of up to £1,000,000 within approved budgets.",
      }),
      delegationLevelTooLow,
    );
    expect(codes(findings)).toEqual([["DELEGATION_LEVEL_TOO_LOW", "error"]]);
    expect(findings[0]!.message).toContain("this needs the Deputy Mayor for Policing and Crime");
  });
});
