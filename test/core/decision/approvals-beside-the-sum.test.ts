import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";

/** A DMPC decision in MOPAC's web form whose Recommendation is `items` and whose Financial Comments are `financial`. */
function dmpcDecision(items: readonly string[], financial: readonly string[]): string {
  return [
    "Victims' Services Contracts",
    "",
    "Key information",
    "",
    "Reference code: PCD 1950",
    "",
    "Date signed: 02 October 2025",
    "",
    "Decision by: Kaya Comer-Schwartz, Deputy Mayor, Policing and Crime",
    "",
    "Executive summary",
    "",
    "MOPAC commissions a range of services for victims of crime in London. This decision concerns one of them.",
    "",
    "Recommendation",
    "",
    "The Deputy Mayor for Policing and Crime is recommended to:",
    "",
    ...items.map((item, k) => `${k + 1}. ${item}`),
    "",
    "Part 1 – Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)",
    "",
    "1. Introduction and background",
    "",
    "1.1. The service has performed well against its key performance indicators and the market was tested through the MOPAC framework.",
    "",
    "2. Financial Comments",
    "",
    ...financial.map((p, k) => `2.${k + 1}. ${p}`),
    "",
    "3. Legal Comments",
    "",
    "3.1. MOPAC's general powers are set out in the Police Reform and Social Responsibility Act 2011.",
    "",
  ].join("\n");
}

const extract = (
  items: readonly string[],
  financial: readonly string[] = ["The cost will be met from the MOPAC Commissioning budget."],
) => extractDecision(dmpcDecision(items, financial), "pcd-1950.txt");
const sums = (r: ReturnType<typeof extract>) => r.approvals.map((a) => [a.pence, a.qualifier]);
const codes = (r: ReturnType<typeof extract>) => r.findings.map((f) => f.code);

describe("figures a recommendation states beside the sum it approves are not approvals", () => {
  it("a saving, and the current contract value it is compared with, beside the cost approved", () => {
    const r = extract([
      "Approve the award of a contract to Northfield Research Ltd for PAS and USS fieldwork from 1 July 2025 to 30 June 2028, at a total cost of £1,125,000, a saving of £120,000 over the life of the contract compared with the current contract value of £1,245,000.",
    ]);
    expect(sums(r)).toEqual([[112500000, "exact"]]);
  });

  it("a previous value or one it is set against ('against the current annual cost of'), beside the sum", () => {
    const r = extract([
      "Approve a grant of £480,000 to Safer London for 2025/26, against the current annual cost of £520,000.",
      "Approve a grant of £90,000 to Galop for 2025/26, down from £110,000 in 2024/25.",
    ]);
    expect(sums(r)).toEqual([
      [48000000, "exact"],
      [9000000, "exact"],
    ]);
  });

  it("the overall contract value an extension sits within is an envelope: no second approval, no contradiction", () => {
    const r = extract(
      [
        "Approve a variation to the contract with Victim Support for the Victims' Out of Hours Helpline to exercise the first extension option, for twelve months from 1 April 2026 to 31 March 2027, at a cost of £1,150,000 (excluding VAT), within an overall contract value of £4,390,000.",
      ],
      [
        "The cost of the extension year is £1,150,000, which will be met from the Ministry of Justice Victims' Services Grant.",
      ],
    );
    expect(sums(r)).toEqual([[115000000, "exact"]]);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2026/27", 115000000]]);
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });

  it("a unit rate beside a maximum contract value: the maximum only", () => {
    const r = extract([
      "Approve the award of a contract to Pathfinder Diversion CIC for the OOCR intervention service from 1 October 2025 to 30 September 2027, at a rate of £1,200 per placement, up to a maximum contract value of £1,764,000.",
    ]);
    expect(sums(r)).toEqual([[176400000, "maximum"]]);
  });
});

describe("a unit rate is no sum", () => {
  it("'£1,200 per placement for up to 1,470 placements' approves up to their product, quoted whole", () => {
    const r = extract(
      [
        "Approve the award of a contract to Pathfinder Diversion CIC for the OOCR intervention service from 1 October 2025 to 30 September 2027, at a rate of £1,200 per placement for up to 1,470 placements.",
        "Approve expenditure of up to £60,000 for an independent evaluation of the OOCR intervention service between 2025/26 and 2027/28.",
      ],
      [
        "The total cost of this decision is £1,824,000, met from the MOPAC Commissioning Budget and the Ministry of Justice Grant.",
      ],
    );
    expect(sums(r)).toEqual([
      [176400000, "up to"],
      [6000000, "up to"],
    ]);
    expect(r.approvals[0]!.quote).toBe("£1,200 per placement for up to 1,470 placements");
    expect(r.approvals[0]!.recipient).toBe("Pathfinder Diversion CIC");
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });

  it("a day rate with its days counted in words is the rate times the days", () => {
    const r = extract([
      "Approve the award of a contract to Clearview Analytics Ltd for the evaluation at £650 per day for a maximum of 120 days in 2025/26.",
    ]);
    expect(sums(r)).toEqual([[7800000, "maximum"]]);
  });

  it("a rate with no count of its units approves no sum", () => {
    const r = extract([
      "Approve the award of a contract to Pathfinder Diversion CIC for the OOCR intervention service from 1 October 2025 to 30 September 2027, at a rate of £1,200 per placement.",
    ]);
    expect(r.approvals.map((a) => a.pence)).not.toContain(120000);
  });

  it("a sum per annum is still multiplied by the years, not taken for a unit rate", () => {
    const r = extract([
      "Approve the award of a contract to Apex Advocacy Services Ltd from 1 April 2025 to 31 March 2028 at £950,000 per annum.",
    ]);
    expect(sums(r)).toEqual([[285000000, "exact"]]);
  });
});

describe("a whole-life value", () => {
  it("is an estimate where it says so, and runs to the end of the options to extend", () => {
    const r = extract([
      "Approve the award of a contract to Apex Advocacy Services Ltd for the provision of the London Appropriate Adult Service for an initial term of three years from 1 October 2025 to 30 September 2028 with the option to extend for a further two years (3+1+1), at an estimated whole-life contract value of £4,750,000 (excluding VAT).",
      "Note that the contract includes the option to extend for two further periods of twelve months at an estimated value of £950,000 per annum, and that any extension will be subject to a separate decision.",
    ]);
    expect(r.approvals.map((a) => [a.pence, a.qualifier, a.start, a.end])).toEqual([
      [475000000, "approximately", "2025-10-01", "2030-09-30"],
    ]);
  });

  it("the value of the initial term keeps the initial term's dates", () => {
    const r = extract([
      "Approve the award of a contract to Apex Advocacy Services Ltd for an initial term of three years from 1 October 2025 to 30 September 2028 with the option to extend for a further two years (3+1+1), at a cost of £2,850,000 for the initial term.",
    ]);
    expect(r.approvals.map((a) => [a.pence, a.qualifier, a.start, a.end])).toEqual([
      [285000000, "exact", "2025-10-01", "2028-09-30"],
    ]);
  });
});

describe("recipients", () => {
  it("'including VAT (£1,150,000 excluding VAT)': VAT is no recipient", () => {
    const r = extract([
      "Approve a variation to the contract with Victim Support for the Victims' Out of Hours Helpline to exercise the first extension option, for twelve months from 1 April 2026 to 31 March 2027, at a cost of £1,380,000 including VAT (£1,150,000 excluding VAT).",
    ]);
    expect(r.approvals.map((a) => [a.pence, a.recipient])).toEqual([[115000000, "Victim Support"]]);
    expect(r.allocations.map((a) => a.line)).toEqual(["Victim Support"]);
  });

  it("a company's legal form ends its name: 'to Northfield Research Ltd for PAS and USS fieldwork'", () => {
    const r = extract([
      "Approve the award of a contract to Northfield Research Ltd for PAS and USS fieldwork from 1 July 2025 to 30 June 2028, at a total cost of £1,125,000.",
      "Approve a grant of £60,000 to Fight for Peace for 2025/26.",
    ]);
    expect(r.approvals.map((a) => a.recipient)).toEqual(["Northfield Research Ltd", "Fight for Peace"]);
  });
});

describe("money drawn from a reserve", () => {
  const midYear = (increase: string) =>
    extract(
      [
        `Approve an increase of ${increase} in the 2024/25 MOPAC revenue budget;`,
        "Accept additional grant income of £1.75m from the Home Office and £880k from the Ministry of Justice in 2024/25; and",
        "Approve a drawdown of £0.65m from the Budget Resilience Reserve to fund the custody healthcare and consultation pressures.",
      ],
      [
        "The total cost of the adjustments is £3.28m, fully funded from grant income and the Budget Resilience Reserve.",
      ],
    );

  it("that pays for an increase approved beside it is not more spending", () => {
    const r = midYear("£3.28m");
    expect(r.approvals.map((a) => a.kind)).toEqual(["funding", "income", "income", "reserve drawdown"]);
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
  });

  it("comes from the reserve it is drawn from, as income comes from who pays it", () => {
    const r = midYear("£3.28m");
    expect(r.approvals.slice(1).map((a) => [a.kind, a.fundingSource])).toEqual([
      ["income", "Home Office"],
      ["income", "Ministry of Justice"],
      ["reserve drawdown", "Budget Resilience Reserve"],
    ]);
  });

  it("nor does it hide an increase that disagrees with the total the funding makes", () => {
    const r = midYear("£3.82m");
    const mismatch = r.findings.filter((f) => f.code === "TOTAL_MISMATCH");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.message).toContain("£3,820,000");
    expect(mismatch[0]!.message).not.toContain("£4,470,000");
  });

  it("is the spending where it is all the decision approves", () => {
    const r = extract([
      "Approve the drawdown of £450,000 from the Managing Risk Reserve in 2024/25 to fund the recruitment marketing campaign.",
    ]);
    expect(r.approvals.map((a) => [a.pence, a.kind])).toEqual([[45000000, "funding"]]);
  });
});
