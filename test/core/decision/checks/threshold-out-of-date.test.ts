import { describe, expect, it } from "vitest";
import { thresholdOutOfDate } from "../../../../src/core/decision/checks/threshold-out-of-date";
import { check, decisionText, quotesOf } from "./check-helpers";

function text(threshold: string, approverDate: string): string {
  return decisionText({
    summary: "This decision awards a contract for the mentoring service.",
    recommendation:
      "1. Approve the contract award of a maximum of £640,000 to Bright Paths for the mentoring service.",
    financial: "3.1. The contract will be funded from the Violence Reduction budget.",
    legal: `4.1. MOPAC is a contracting authority under the Public Contracts Regulations 2015. Contracts for services with a value of ${threshold} or more must be procured in line with the Regulations.\n4.2. Under the Scheme of Delegation, business cases of £500,000 and above are for the DMPC.`,
    approverDate,
    ceoDate: approverDate,
  });
}

describe("THRESHOLD_OUT_OF_DATE", () => {
  it("warns when the cited threshold was not in force on the signature date", () => {
    const { findings } = check(text("£213,477", "02/06/2021"), thresholdOutOfDate);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("£213,477");
    expect(findings[0]!.message).toContain("£189,330");
    expect(quotesOf(findings[0]!)).toContain("£213,477");
  });

  it("accepts the threshold in force, and never reads the delegation scheme's £500,000 as a threshold", () => {
    expect(check(text("£189,330", "02/06/2021"), thresholdOutOfDate).findings).toEqual([]);
    expect(check(text("£214,904", "02/06/2024"), thresholdOutOfDate).findings).toEqual([]);
  });
});
