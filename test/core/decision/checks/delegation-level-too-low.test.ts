import { describe, expect, it } from "vitest";
import { delegationLevelTooLow } from "../../../../src/core/decision/checks/delegation-level-too-low";
import { check, decisionText, quotesOf } from "./check-helpers";

const text = decisionText({
  summary: "This decision approves the business case for the mentoring service.",
  recommendation:
    "1. Approve the business case for revenue expenditure of £750,000 on the mentoring service.",
  financial: "3.1. The expenditure is met from the Violence Reduction budget.",
});

describe("DELEGATION_LEVEL_TOO_LOW", () => {
  it("raises an error when an officer approves what the scheme reserves to the DMPC", () => {
    const { findings, record } = check(text, delegationLevelTooLow, (r) => ({
      ...r,
      decisionBy: "Chief Executive Officer",
      approvals: r.approvals.map((a) => ({ ...a, kind: "business case" })),
    }));
    expect(record.approvals.length).toBeGreaterThan(0);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toContain("Deputy Mayor for Policing and Crime");
    expect(findings[0]!.message).toContain("£750,000");
    expect(quotesOf(findings[0]!).join(" ")).toContain("£750,000");
  });

  it("accepts the DMPC, amounts below the threshold for an officer, and unknown roles", () => {
    expect(check(text, delegationLevelTooLow).findings).toEqual([]);
    const small = check(text.replace(/£750,000/g, "£120,000"), delegationLevelTooLow, (r) => ({
      ...r,
      decisionBy: "Chief Executive Officer",
      approvals: r.approvals.map((a) => ({ ...a, kind: "business case" })),
    }));
    expect(small.findings).toEqual([]);
    expect(
      check(text, delegationLevelTooLow, (r) => ({ ...r, decisionBy: "Head of Youth Services" })).findings,
    ).toEqual([]);
  });
});
