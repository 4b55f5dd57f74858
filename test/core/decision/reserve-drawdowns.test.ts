import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// An in-year budget change names its year once: a reserve drawdown in it is for that year, and funds the spending
// the decision approves rather than adding to it.

function read(recommendation: string) {
  return extractDecision(
    decisionText({
      summary:
        "This decision seeks approval for a net increase of £3.28m to the 2024/25 MOPAC (excluding MPS) revenue budget, fully funded from grant income and the Budget Resilience Reserve.",
      recommendation,
      financial: "3.1. The adjustments are fully funded and have no impact on the council tax requirement.",
    }),
    "synthetic.txt",
  );
}

describe("reserve drawdowns in an in-year budget change", () => {
  it("dates a drawdown with the one year the Recommendation names, without counting it as more money", () => {
    const r = read(
      [
        "1. Approve an increase of £3.28m in the 2024/25 MOPAC revenue budget, as set out in Table 1;",
        "2. Accept additional grant income of £2.63m from the Home Office in 2024/25; and",
        "3. Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the custody healthcare and consultation pressures.",
      ].join("\n"),
    );
    const drawdown = r.approvals.find((a) => a.pence === 65000000)!;
    expect([drawdown.start, drawdown.end]).toEqual(["2024-04-01", "2025-03-31"]);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2024/25", 328000000]]);
  });

  it("leaves a drawdown undated where the Recommendation names several years", () => {
    const r = read(
      [
        "1. Approve an increase of £3.28m in the 2024/25 MOPAC revenue budget and £1m in the 2025/26 budget;",
        "2. Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the pressures.",
      ].join("\n"),
    );
    const drawdown = r.approvals.find((a) => a.pence === 65000000)!;
    expect([drawdown.start, drawdown.end]).toEqual([null, null]);
  });

  it("counts a drawdown that is the decision's only spending as its money", () => {
    const r = read(
      "1. Approve a drawdown of £0.65m from the Budget Resilience Reserve in 2024/25 to fund the pilot.",
    );
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2024/25", 65000000]]);
  });
});
