import { describe, expect, it } from "vitest";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { check, decisionText } from "./check-helpers";

// A scheme's whole cost, shared with another funder that pays the balance, is not what the decision approves.

const text = (summary: string) =>
  decisionText({
    summary,
    recommendation:
      "1. Approve a capital grant of up to £800,000 to the London Borough of Newham in 2025/26 towards the Stratford CCTV upgrade.",
    financial: "3.1. The grant is met from the MOPAC capital budget.",
  });

describe("a scheme's cost shared with another funder", () => {
  it("is no total of the decision where the other funder pays the balance", () => {
    const summary =
      "The total scheme cost is £1,060,000. This decision approves a capital grant of up to £800,000 from MOPAC towards the scheme, with the balance of £260,000 met by the London Borough of Newham.";
    expect(check(text(summary), totalMismatch).findings).toEqual([]);
  });

  it("is still compared where the balance does not make the total with what is approved", () => {
    const summary =
      "The total scheme cost is £1,160,000. This decision approves a capital grant of up to £800,000 from MOPAC towards the scheme, with the balance of £260,000 met by the London Borough of Newham.";
    expect(check(text(summary), totalMismatch).findings.map((f) => f.code)).toEqual(["TOTAL_MISMATCH"]);
  });

  it("is still compared where MOPAC itself pays the balance", () => {
    const summary =
      "The total scheme cost is £1,060,000. This decision approves a capital grant of up to £800,000 towards the scheme, with the balance of £260,000 met by MOPAC from the 2026/27 capital programme.";
    expect(check(text(summary), totalMismatch).findings.map((f) => f.code)).toEqual(["TOTAL_MISMATCH"]);
  });
});
