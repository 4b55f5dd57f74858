import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./check-helpers";

// Background that tells what another decision gave ("In 2024/25 MOPAC made capital grants of £1,350,000 to five
// boroughs for similar upgrades (PCD 1745)") is that decision's money: it is no second account of this decision's.

describe("another decision's funding in the background", () => {
  it("is not set against what this decision says MOPAC funds", () => {
    const text = decisionText({
      summary:
        "This decision approves MOPAC funding of £800,000 as a capital grant to the London Borough of Newham towards its CCTV control room upgrade.",
      recommendation:
        "1. Approve a capital grant of £800,000 to the London Borough of Newham for the upgrade of its public space CCTV control room.",
      issues:
        "2.1. In 2024/25 MOPAC made capital grants of £1,350,000 to five boroughs for similar upgrades (PCD 1745).",
      financial: "3.1. The grant of £800,000 will be met from the MOPAC capital budget in 2025/26.",
    });
    expect(withCode(check(text).findings, "FUNDING_FIGURES_DISAGREE")).toEqual([]);
  });
});
