import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { mayoralDecision } from "./mayoral-decision-text";

const decisionBy = (text: string) => extractDecision(text, "md-3190.txt").decisionBy;

describe("who decides a Mayoral Decision", () => {
  it("the Mayor, not the Deputy Mayor the form says was consulted and agrees the recommendations", () => {
    const r = extractDecision(mayoralDecision(), "md-3190.txt");
    expect(r.decisionBy).toBe("Mayor of London");
    expect(r.findings.filter((f) => f.code === "DELEGATION_LEVEL_TOO_LOW")).toEqual([]);
  });

  it("from 'That the Mayor:' above 'approves …', when the page has no approval block", () => {
    expect(decisionBy(mayoralDecision({ approvalBlock: false }))).toBe("Mayor of London");
  });

  it("from 'That the Mayor approves …' on one line", () => {
    expect(
      decisionBy(
        mayoralDecision({
          approvalBlock: false,
          decision:
            "That the Mayor approves expenditure of £6,800,000 by way of a grant to the Mayor's Office for Policing and Crime.",
        }),
      ),
    ).toBe("Mayor of London");
  });

  it("a decision worded 'That the Mayor: 1. approve …' falls to the approval block, not to the consulted Deputy Mayor", () => {
    expect(
      decisionBy(
        mayoralDecision({
          decision:
            "That the Mayor:\n\n1. approve expenditure of £6,800,000 by way of a grant to the Mayor's Office for Policing and Crime.",
        }),
      ),
    ).toBe("Mayor of London");
  });
});
