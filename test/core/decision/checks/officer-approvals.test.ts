import { describe, expect, it } from "vitest";
import { delegationLevelTooLow } from "../../../../src/core/decision/checks/delegation-level-too-low";
import { check, quotesOf } from "./check-helpers";

/** A MOPAC Director's decision in the form MOPAC uses, approving what `item` says. */
function directorsDecision(role: string, item: string, date: string): string {
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    "MOPAC DIRECTOR'S DECISION – DD118",
    "",
    "Title: Public Attitude Survey – ward-level confidence booster 2025/26",
    "",
    "Executive Summary:",
    "",
    "The Public Attitude Survey is MOPAC's principal measure of public confidence in policing in London. Additional interviews are needed to give reliable ward-level estimates in the twelve Neighbourhood Policing Pathfinder wards.",
    "",
    "Decision:",
    "",
    `The ${role} is asked to:`,
    "",
    `1. ${item}`,
    "",
    role,
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    `Signed    Harriet Oyelaran    ${date}`,
    "",
    `PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE ${role.toUpperCase()}`,
    "",
    "1. Introduction and background",
    "",
    "1.1. The survey has run continuously since 1983 and interviews 12,800 Londoners a year.",
    "",
    "2. Financial Comments",
    "",
    "2.1. The cost will be met in full in 2025/26 from the Evidence and Insight research budget.",
    "",
    "3. Legal Comments",
    "",
    "3.1. MOPAC's general powers are set out in the Police Reform and Social Responsibility Act 2011.",
    "",
  ].join("\n");
}

/** A budget virement decided by the Chief Finance Officer, as MOPAC's forms word it. */
function cfoVirement(amount: string, date: string): string {
  return [
    "MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",
    "",
    "MOPAC DECISION BY THE CHIEF FINANCE OFFICER – PCD 1571",
    "",
    "Title: Budget virement 2023/24 – Capital financing underspend to Violence Reduction Unit winter programme",
    "",
    "Executive Summary:",
    "",
    "MOPAC's capital financing budget for 2023/24 is forecast to underspend because of slippage in the MPS capital programme.",
    "",
    "Recommendation:",
    "",
    "The Chief Finance Officer and Director of Corporate Services is asked to:",
    "",
    `1. Approve a budget virement of ${amount} in 2023/24 from the MOPAC Capital Financing budget to the Violence Reduction Unit budget.`,
    "",
    "Chief Finance Officer and Director of Corporate Services",
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    `Date ${date}`,
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE CHIEF FINANCE OFFICER",
    "",
    "1. Financial Comments",
    "",
    `1.1. The virement moves ${amount} from the Capital Financing budget to the VRU budget in 2023/24.`,
    "",
  ].join("\n");
}

describe("DELEGATION_LEVEL_TOO_LOW for Directors and the Chief Finance Officer", () => {
  it("a Director approving £145,000 of expenditure: the scheme gives it to the Chief Executive Officer", () => {
    const { record, findings } = check(
      directorsDecision(
        "Director of Strategy",
        "Approve expenditure of £145,000 on a booster sample of 3,200 additional Public Attitude Survey interviews between 1 June 2025 and 31 March 2026.",
        "12.5.25",
      ),
      delegationLevelTooLow,
    );
    expect(record.decisionBy).toBe("Director of Strategy");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toContain("£145,000");
    expect(findings[0]!.message).toContain(
      "this needs the Chief Executive Officer, above the MOPAC Director",
    );
    expect(quotesOf(findings[0]!).join(" ")).toContain("£145,000");
  });

  it("a Director approving £650,000 of expenditure: 4.8 reserves it to the DMPC", () => {
    const { findings } = check(
      directorsDecision(
        "Director of Commissioning and Partnerships",
        "Approve expenditure of £650,000 on a booster sample of 14,000 additional Public Attitude Survey interviews between 1 June 2025 and 31 March 2026.",
        "12.5.25",
      ),
      delegationLevelTooLow,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("(para 4.8)");
    expect(findings[0]!.message).toContain("this needs the Deputy Mayor for Policing and Crime");
  });

  it("the CFO approving a £750,000 virement: virements over £0.5m are the DMPC's", () => {
    const { record, findings } = check(cfoVirement("£750,000", "15/12/2023"), delegationLevelTooLow);
    expect(record.decisionBy).toBe("Chief Finance Officer");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("£750,000");
    expect(findings[0]!.message).toContain("over £0.5m are approved by the DMPC");
  });

  it("the CFO approving a £500,000 virement is within the CFO's own £0.5m delegation", () => {
    expect(check(cfoVirement("£500,000", "15/12/2023"), delegationLevelTooLow).findings).toEqual([]);
  });
});
