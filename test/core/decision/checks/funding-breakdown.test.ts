import { describe, expect, it } from "vitest";
import { fundingBreakdown } from "../../../../src/core/decision/checks/funding-breakdown";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

function text(issues: string, financial: string): string {
  return decisionText({
    summary: "This decision awards a contract for the mentoring service.",
    recommendation:
      "1. Approve the contract award of a maximum of £500,000 to Bright Paths for the mentoring service.",
    issues,
    financial,
  });
}

describe("FUNDING_FIGURES_DISAGREE and FUNDING_ROUNDING", () => {
  it("warns when the same funder's grant is given two amounts, and the parts do not make the total", () => {
    const { findings } = check(
      text(
        "2.1. In May 2024 MOPAC was awarded £400,000 by the Ministry of Justice for the service in 2024/25. The total funding for the service is £600,000 including a contribution from MOPAC of £200,000.",
        "3.1. The service is funded from MOPAC core funding (£200,000) and Ministry of Justice grant (£350,000 in 2024/25).",
      ),
      fundingBreakdown,
    );
    const warnings = withCode(findings, "FUNDING_FIGURES_DISAGREE");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe("warning");
    expect(warnings[0]!.message).toContain("£400,000");
    expect(warnings[0]!.message).toContain("£350,000");
    expect(warnings[0]!.message).toContain("does not make the £600,000 total");
    expect(quotesOf(warnings[0]!)).toEqual(expect.arrayContaining(["£400,000", "£350,000", "£600,000"]));
  });

  it("reports a difference of pence between the parts and the total as rounding (info)", () => {
    const { findings } = check(
      text(
        "2.1. MOPAC was awarded £400,000 by the Ministry of Justice. The total funding for the service is £600,000 including a contribution from MOPAC of £199,999.60.",
        "3.1. The service will be delivered over one year.",
      ),
      fundingBreakdown,
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["FUNDING_ROUNDING", "info"]]);
    expect(findings[0]!.message).toContain("£599,999.60");
  });

  it("raises nothing when the parts make the total", () => {
    const { findings } = check(
      text(
        "2.1. MOPAC was awarded £400,000 by the Ministry of Justice. The total funding for the service is £600,000 including a contribution from MOPAC of £200,000.",
        "3.1. The service is funded from MOPAC core funding (£200,000) and Ministry of Justice grant (£400,000).",
      ),
      fundingBreakdown,
    );
    expect(findings).toEqual([]);
  });

  it("reads a funder's share named with the possessive ('MOPAC's contribution of')", () => {
    const { findings } = check(
      text(
        "2.1. The Home Office has awarded £300,000. MOPAC will contribute £200,000, giving a service of £500,000.",
        "3.1. MOPAC's contribution of £230,000 will be met from the VAWG Strategy budget.",
      ),
      fundingBreakdown,
    );
    const warnings = withCode(findings, "FUNDING_FIGURES_DISAGREE");
    expect(warnings.map((f) => f.message)).toEqual([expect.stringMatching(/MOPAC .*£200,000.*£230,000/)]);
  });
});

describe("FUNDING_FIGURES_DISAGREE and a funder's share year by year", () => {
  it("compares a funder's shares year by year in one sentence, added up, with its share over the years", () => {
    const t = (years: string) =>
      decisionText({
        summary:
          "This decision seeks approval for MOPAC's match funding of £1,860,000 from 1 April 2024 to 31 March 2026 for the Havens.",
        recommendation:
          "1. Approve MOPAC match funding of £1,860,000 from 1 April 2024 to 31 March 2026 for the Havens.",
        financial: `3.1. MOPAC's contribution of ${years} will be met from the MOPAC Commissioning budget.`,
      });
    const agree = check(t("£930,000 in 2024/25 and £930,000 in 2025/26"), fundingBreakdown);
    expect(withCode(agree.findings, "FUNDING_FIGURES_DISAGREE")).toEqual([]);
    const differ = check(t("£930,000 in 2024/25 and £980,000 in 2025/26"), fundingBreakdown);
    const found = withCode(differ.findings, "FUNDING_FIGURES_DISAGREE");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£1,910,000");
    expect(found[0]!.message).toContain("£1,860,000");
  });
});

describe("FUNDING_FIGURES_DISAGREE and how funders' sums are written", () => {
  it.each([
    "3.1. The service will be funded from the MOPAC Commissioning Budget (£1,050,000) and the Ministry of Justice Victim Services Grant (£250,000), giving total funding of £1,350,000.",
    "3.1. The total funding of £1,350,000 comprises a MOPAC Commissioning grant of £1,050,000 and Ministry of Justice funding of £250,000.",
  ])("adds up funders' sums in brackets or after their names against the total: %s", (financial) => {
    const found = withCode(
      check(text("2.1. The service is well used.", financial), fundingBreakdown).findings,
      "FUNDING_FIGURES_DISAGREE",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£1,300,000");
    expect(found[0]!.message).toContain("£1,350,000");
  });

  it("does not take who is offered a grant for its funder ('offered MOPAC a grant of £1,500,000')", () => {
    const t = decisionText({
      summary: "The Home Office has offered MOPAC a grant of £1,500,000 for 2025/26 for hotspot policing.",
      recommendation:
        "1. Approve grants totalling £2,100,000 to six London boroughs in 2025/26, funded by the Home Office grant and £600,000 of MOPAC match funding.",
      financial:
        "3.1. The programme will be funded by the Home Office grant of £1,500,000 and MOPAC match funding of £600,000, a total of £2,100,000.",
    });
    expect(check(t, fundingBreakdown).findings).toEqual([]);
  });

  it("reads the funder of 'Accept Home Office grant funding of £4,182,500' as the Home Office", () => {
    const t = decisionText({
      summary: "This decision accepts the Home Office grant for the Violence Reduction Unit.",
      recommendation: "1. Accept Home Office grant funding of £4,182,500 for 2025/26.",
      financial:
        "3.1. The Home Office grant of £4,128,500 for 2025/26 will be spent on the VRU's programmes.",
    });
    const found = withCode(check(t, fundingBreakdown).findings, "FUNDING_FIGURES_DISAGREE");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/Home Office funding is stated as £4,182,500 .* but as £4,128,500/);
  });

  it("says nothing where they add up", () => {
    const financial =
      "3.1. The total funding of £1,300,000 comprises a MOPAC Commissioning grant of £1,050,000 and Ministry of Justice funding of £250,000.";
    expect(check(text("2.1. The service is well used.", financial), fundingBreakdown).findings).toEqual([]);
  });

  it("compares a funder's grant named before 'of' in the Recommendation with its sum in the Financial Comments", () => {
    const t = decisionText({
      summary: "This decision accepts the Serious Violence Fund grant.",
      recommendation:
        "1. Approve the acceptance of a Home Office grant of £1,260,000 for 2025/26.\n2. Approve expenditure of £1,940,000 in 2025/26 on hospital youth work.",
      financial:
        "3.1. The Home Office grant of £1,620,000 for 2025/26 and MOPAC match funding of £320,000 fund the £1,940,000 programme.",
    });
    const found = withCode(check(t, fundingBreakdown).findings, "FUNDING_FIGURES_DISAGREE");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/£1,260,000.*£1,620,000/);
  });
});
