import { describe, expect, it } from "vitest";
import { signatureOrder } from "../../../../src/core/decision/checks/signature-order";
import { check, decisionText, quotesOf } from "./check-helpers";

const base = {
  summary: "This decision continues the mentoring service.",
  recommendation: "1. Approve a grant of £90,000 to Bright Paths for 2024/25.",
  financial: "3.1. The grant is met from the Violence Reduction budget.",
};

describe("SIGNATURE_ORDER", () => {
  it("warns when the Chief Executive's consultation is dated after the approval", () => {
    const { findings } = check(
      decisionText({ ...base, approverDate: "04/03/2024", ceoDate: "07/03/24" }),
      signatureOrder,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toMatch(/07\/03\/2024, after .* on 04\/03\/2024/);
    expect(quotesOf(findings[0]!)).toEqual(expect.arrayContaining(["07/03/24", "04/03/2024"]));
  });

  it("accepts a consultation on or before the approval date", () => {
    expect(
      check(decisionText({ ...base, approverDate: "04/03/2024", ceoDate: "01/03/2024" }), signatureOrder)
        .findings,
    ).toEqual([]);
    expect(
      check(decisionText({ ...base, approverDate: "04/03/2024", ceoDate: "04/03/2024" }), signatureOrder)
        .findings,
    ).toEqual([]);
  });
});
