import { describe, expect, it } from "vitest";
import { annualRateBesideTotal } from "../../../../src/core/decision/checks/annual-rate-beside-total";
import { fundingBreakdown } from "../../../../src/core/decision/checks/funding-breakdown";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

// Money that passes between public bodies: a pooled budget made up of several bodies' contributions, a joint service
// whose cost the partners share out in percentages, and MOPAC's yearly contribution restated in another section.

function pooled(issues: string): string {
  return decisionText({
    summary:
      "The London CSTR Programme is delivered through a pooled budget hosted by the London Borough of Islington under a section 75 agreement, to which MOPAC contributes alongside NHS England and HMPPS. This decision approves MOPAC's contribution of £380,000 a year for 2025/26 and 2026/27, a total of £760,000.",
    recommendation:
      "1. Approve a contribution of £760,000 (£380,000 in each of 2025/26 and 2026/27) to the London CSTR pooled budget hosted by the London Borough of Islington, for the period 1 April 2025 to 31 March 2027.",
    issues,
    financial:
      "3.1. This decision approves a MOPAC contribution of £380,000 in 2025/26 and £380,000 in 2026/27, a total financial commitment of £760,000. This will be funded from the MOPAC Reducing Reoffending budget.",
  });
}

describe("FUNDING_FIGURES_DISAGREE: a pool made up of contributions that do not make it", () => {
  it("warns where the bodies' contributions do not add up to the pool", () => {
    const { findings } = check(
      pooled(
        "2.1. The programme board has agreed a pooled budget of £2,400,000 for 2025/26 and 2026/27, made up of contributions from NHS England (£1,000,000), HMPPS (£420,000), MOPAC (£760,000) and the London Borough of Islington (£120,000).",
      ),
    );
    const found = withCode(findings, "FUNDING_FIGURES_DISAGREE");
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(found[0]!.message).toContain("£2,400,000 is made up of NHS England (£1,000,000)");
    expect(found[0]!.message).toContain("add up to £2,300,000 (a difference of £100,000)");
    expect(quotesOf(found[0]!)).toEqual(["£2,400,000", "£1,000,000", "£420,000", "£760,000", "£120,000"]);
    // The pool is other bodies' money as well as MOPAC's: not a total of what the decision approves.
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it.each([
    [
      "contributions that make the pool",
      "2.1. The programme board has agreed a pooled budget of £2,400,000, made up of contributions from NHS England (£1,100,000), HMPPS (£420,000), MOPAC (£760,000) and the London Borough of Islington (£120,000).",
    ],
    [
      "a cost split, not bodies' money",
      "2.1. The service will cost £2,400,000 over two years, comprising staff costs of £1,700,000 and clinical supervision of £600,000, and a separate evaluation with a value of £90,000.",
    ],
  ])("raises nothing for %s", (_name, issues) => {
    expect(check(pooled(issues), fundingBreakdown).findings).toEqual([]);
  });
});

function joint(shares: string): string {
  return decisionText({
    summary: `The Lighthouse is jointly funded by NHS England, MOPAC and the London Borough of Camden. The partners have agreed an annual service cost of £1,650,000, shared ${shares}. This decision approves MOPAC's share, £495,000 a year, a total of £990,000.`,
    recommendation:
      "1. Approve a contribution of £990,000 (£495,000 in each of 2025/26 and 2026/27) to University College London Hospitals NHS Foundation Trust towards the cost of the Lighthouse for the period 1 April 2025 to 31 March 2027.",
    issues: `2.1. The agreed shares are ${shares}. There will be no uplift in 2026/27.`,
    financial:
      "3.1. This decision approves a MOPAC contribution of £495,000 in 2025/26 and £495,000 in 2026/27, a total of £990,000, funded from the MOPAC VAWG Strategy Fund.",
  });
}

describe("FUNDING_FIGURES_DISAGREE: percentage shares that are not their sums' share of the whole", () => {
  it("warns once for shares restated in two sections, naming what each percentage would be", () => {
    const { findings } = check(
      joint(
        "MOPAC 35% (£495,000), NHS England 45% (£825,000) and the London Borough of Camden 20% (£330,000)",
      ),
    );
    const found = withCode(findings, "FUNDING_FIGURES_DISAGREE");
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(found[0]!.message).toContain("In the Executive Summary and paragraph 2.1");
    expect(found[0]!.message).toContain("make £1,650,000 between them");
    expect(found[0]!.message).toContain("£495,000 is 30% of it, not 35% (35% would be £577,500)");
    expect(found[0]!.message).toContain("£825,000 is 50% of it, not 45%");
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["35%", "£495,000", "45%", "£825,000"]));
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it.each([
    ["shares that match", "MOPAC 30% (£495,000), NHS England 50% (£825,000) and Camden 20% (£330,000)"],
    [
      "percentages rounded as written",
      "MOPAC £550,000 (33%), NHS England £550,000 (33%) and Camden £550,000 (33%)",
    ],
    [
      "percentages of something else (not making 100%)",
      "MOPAC 10% (£495,000) and NHS England 15% (£825,000)",
    ],
  ])("raises nothing for %s", (_name, shares) => {
    expect(check(joint(shares), fundingBreakdown).findings).toEqual([]);
  });
});

function sharedService(financial: string): string {
  return decisionText({
    summary:
      "The shared service has an annual budget of £480,000. This decision requests approval for MOPAC to continue its contribution for three years from 1 April 2025, at £150,000 per year, a total of £450,000.",
    recommendation:
      "1. Approve a contribution to London Councils of £150,000 per year for three years, 2025/26 to 2027/28, a total of £450,000, towards the Pan-London Youth Justice Shared Service.",
    financial,
  });
}

describe("TOTAL_MISMATCH: a yearly contribution restated before the total it should make", () => {
  it("warns where the rate said first does not make the total after it, naming the rate that does", () => {
    const { findings } = check(
      sharedService(
        "3.1. MOPAC's contribution of £165,000 per year will be funded from the MOPAC Youth Justice and Reducing Reoffending budget, a total of £450,000 over the three years 2025/26 to 2027/28.",
      ),
      annualRateBesideTotal,
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["TOTAL_MISMATCH", "warning"]]);
    expect(findings[0]!.message).toContain("3 × £165,000 = £495,000, a difference of £45,000");
    expect(findings[0]!.message).toContain(
      "The Executive Summary and the Recommendation give the yearly rate as £150,000",
    );
  });

  it.each([
    [
      "a rate that makes the total",
      "3.1. MOPAC's contribution of £150,000 in each year will be funded from the MOPAC Youth Justice budget, a total of £450,000 over the three years.",
    ],
    [
      "a rate for part of the term",
      "3.1. MOPAC's contribution of £165,000 per year for the first two years will be funded from the MOPAC Youth Justice budget, a total of £450,000.",
    ],
    [
      "a total over a different number of years",
      "3.1. MOPAC's contribution of £165,000 per year will be funded from the MOPAC Youth Justice budget, a total of £450,000 over the two years of the pilot.",
    ],
  ])("raises nothing for %s", (_name, financial) => {
    expect(check(sharedService(financial), annualRateBesideTotal).findings).toEqual([]);
  });
});
