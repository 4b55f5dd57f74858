import { describe, expect, it } from "vitest";
import { fundingBreakdown } from "../../../../src/core/decision/checks/funding-breakdown";
import { check, decisionText, quotesOf } from "./check-helpers";

// A Mayoral decision often says in one sentence what it approves and which sources pay for it, each with its own sum:
// the sources should make the sum.

function md(recommendation: string): string {
  return decisionText({
    summary:
      "This decision approves additional funding of £30.0m to MOPAC in 2026-27 to fund 500 additional neighbourhood officers.",
    recommendation,
    financial:
      "5.1. The funding will be added to MOPAC's component budget in the Consolidated Budget 2026-27, increasing it from £3,618.3m to £3,648.3m.",
  });
}

describe("sources named with their sums in the sentence of what they fund", () => {
  it("flags sources that do not add up to the sum they fund", () => {
    const { findings } = check(
      md(
        "1. Approve additional funding of £30.0m to MOPAC in 2026-27 to expand neighbourhood policing, to be funded from £18.5m of retained business rates income and £9.5m from the GLA's Business Rates Reserve; and\n2. Note the indicative cost in later years.",
      ),
      fundingBreakdown,
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["FUNDING_FIGURES_DISAGREE", "warning"]]);
    expect(findings[0]!.message).toContain("add up to £28,000,000 (a difference of £2,000,000)");
    expect(quotesOf(findings[0]!)).toEqual(["£30.0m", "£18.5m", "£9.5m"]);
  });

  it("reads sources with their sums in brackets", () => {
    const { findings } = check(
      md(
        "1. Approve additional funding of £30.0m to MOPAC in 2026-27, to be funded from retained business rates income (£18.5m) and the GLA's Business Rates Reserve (£9.5m).",
      ),
      fundingBreakdown,
    );
    expect(findings.map((f) => f.code)).toEqual(["FUNDING_FIGURES_DISAGREE"]);
  });

  it("accepts sources that make the sum, and sources that pay only part of it", () => {
    const whole = md(
      "1. Approve additional funding of £30.0m to MOPAC in 2026-27, to be funded from £20.5m of retained business rates income and £9.5m from the GLA's Business Rates Reserve.",
    );
    const part = md(
      "1. Approve additional funding of £30.0m to MOPAC in 2026-27, to be funded from £18.5m of retained business rates income and £9.5m from the GLA's Business Rates Reserve, with the remainder met from council tax.",
    );
    expect(check(whole, fundingBreakdown).findings).toEqual([]);
    expect(check(part, fundingBreakdown).findings).toEqual([]);
  });

  it("does not read years' shares of one source as sources", () => {
    const t = md(
      "1. Approve additional funding of £30.0m to MOPAC, to be funded from the Business Rates Reserve, £18.5m in 2026-27 and £9.5m in 2027-28.",
    );
    expect(check(t, fundingBreakdown).findings).toEqual([]);
  });
});
