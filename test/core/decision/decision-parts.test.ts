import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDecisionRefs, findOwnRef } from "../../../src/core/decision/decision-ref";
import { relatedDecisions } from "../../../src/core/decision/related-decisions";
import {
  periodIn,
  relativeYears,
  nextYearsPeriod,
  singleFinancialYear,
  monthsByFinancialYear,
} from "../../../src/core/decision/decision-period";
import { endOfMonth, isoFromParts } from "../../../src/core/dates/calendar";
import { financialYearOf } from "../../../src/core/financial-year/financial-year";
import { roleIn } from "../../../src/core/decision/decision-roles";
import { approvalKind, qualifierBefore, recipientIn } from "../../../src/core/decision/approval-words";

describe("decision references", () => {
  it.each([
    ["PCD1307", "PCD 1307"],
    ["PCD 0663", "PCD 663"],
    ["PCD-42", "PCD 42"],
    ["DMPCD 2014 23", "DMPCD 2014 23"],
    ["DMPCD 2014/23", "DMPCD 2014 23"],
    ["DMPCD143", "DMPCD 143"],
    ["DMPC PDC 174", "DMPCD 174"],
    ["DMPC Decision 2015 9", "DMPCD 2015 9"],
    ["DMPC Decision – PCD 77", "PCD 77"],
    // The GLA's register writes its decisions with no space ("MD1434", "DD2345"), however the text spaces them.
    ["MD2345", "MD2345"],
    ["MD 1434", "MD1434"],
    ["MD-1434", "MD1434"],
    ["DD 2345", "DD2345"],
    ["DD2345", "DD2345"],
    ["ADD 567", "ADD567"],
  ])("%s is %s", (text, ref) => {
    expect(findDecisionRefs(`see ${text} here`).map((r) => r.ref)).toEqual([ref]);
  });

  it("takes the labelled reference as the document's own, over one mentioned earlier", () => {
    const text = "Under cover of PCD 12 the DMPC agreed.\nReference code: PCD 99\n";
    expect(findOwnRef(text, findDecisionRefs(text))?.ref).toBe("PCD 99");
  });

  it("finds no own reference in text that names none", () => {
    expect(findOwnRef("nothing here", findDecisionRefs("nothing here"))).toBeNull();
  });

  it("lists a Mayoral Decision once, as the GLA writes it, however the text spaces it", () => {
    const text = "Reference code: PCD 203\nFunded under MD1434 and DD 2345; MD 1434 also set the budget.";
    const refs = findDecisionRefs(text);
    expect(relatedDecisions(refs, findOwnRef(text, refs))).toEqual(["MD1434", "DD2345"]);
  });
});

describe("periods", () => {
  it.each([
    ["between 1st April 2019 and 31st March 2020", { start: "2019-04-01", end: "2020-03-31" }],
    ["(May 2021 to April 2022)", { start: "2021-05-01", end: "2022-04-30" }],
    ["from 1 July 2022 until 30 June 2024", { start: "2022-07-01", end: "2024-06-30" }],
    ["for 6 months from 1 January 2024", { start: "2024-01-01", end: "2024-06-30" }],
    ["a two-year contract starting on 1 August 2022", { start: "2022-08-01", end: "2024-07-31" }],
    ["in 2021/22 and 2022/23", { start: "2021-04-01", end: "2023-03-31" }],
    ["during 2026-27", { start: "2026-04-01", end: "2027-03-31" }],
    ["extend it by six months to 30 September 2025", { start: "2025-04-01", end: "2025-09-30" }],
    ["for a further twelve months until March 2025", { start: "2024-04-01", end: "2025-03-31" }],
    // A change of end date: the new period runs from the day after the old end.
    [
      "the extension of the grant end date from 31 March 2026 until 31 March 2027",
      { start: "2026-04-01", end: "2027-03-31" },
    ],
    [
      "extending the contract's expiry date from 30 June 2025 to 31 December 2025",
      { start: "2025-07-01", end: "2025-12-31" },
    ],
  ])("%s", (text, period) => {
    expect(periodIn(text)).toEqual(period);
  });

  it("gives none for text without dates or years", () => {
    expect(periodIn("for the service")).toBeNull();
  });

  it("resolves 'the next N financial years' against a run the document names, else the signing date", () => {
    expect(relativeYears("over the next 3 financial years")).toBe(3);
    expect(relativeYears("over the following two years")).toBe(2);
    expect(nextYearsPeriod(3, "for financial years 2026-29", null)).toEqual({
      start: "2026-04-01",
      end: "2029-03-31",
    });
    expect(nextYearsPeriod(2, "no years here", "2024-02-01")).toEqual({
      start: "2024-04-01",
      end: "2026-03-31",
    });
    expect(singleFinancialYear({ start: "2020-04-01", end: "2021-03-31" })).toBe("2020/21");
    expect(singleFinancialYear({ start: "2020-04-01", end: "2021-04-01" })).toBeNull();
  });

  it("counts a period's whole months by financial year, and none for a period of part months", () => {
    expect(monthsByFinancialYear({ start: "2023-10-01", end: "2025-03-31" })).toEqual([
      { fy: "2023/24", months: 6 },
      { fy: "2024/25", months: 12 },
    ]);
    expect(monthsByFinancialYear({ start: "2024-03-01", end: "2024-04-30" })).toEqual([
      { fy: "2023/24", months: 1 },
      { fy: "2024/25", months: 1 },
    ]);
    expect(monthsByFinancialYear({ start: "2023-10-15", end: "2025-03-31" })).toBeNull();
    expect(monthsByFinancialYear({ start: "2023-10-01", end: "2025-03-30" })).toBeNull();
    // Every month is counted once, in the financial year it falls in, in order.
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 120 }),
        (year, month, length) => {
          const start = isoFromParts(year, month, 1);
          const lastMonth = month - 1 + length - 1;
          const end = endOfMonth(isoFromParts(year + Math.floor(lastMonth / 12), (lastMonth % 12) + 1, 1));
          const months = monthsByFinancialYear({ start, end })!;
          expect(months.reduce((n, y) => n + y.months, 0)).toBe(length);
          expect(months[0]!.fy).toBe(financialYearOf(start));
          expect(months[months.length - 1]!.fy).toBe(financialYearOf(end));
          for (const y of months) expect(y.months).toBeGreaterThan(0);
          for (const y of months) expect(y.months).toBeLessThanOrEqual(12);
        },
      ),
    );
  });
});

describe("approval words", () => {
  it.each([
    ["up to ", false, "up to"],
    ["a maximum of ", false, "maximum"],
    ["not exceeding ", false, "maximum"],
    ["with a maximum contract value of ", false, "maximum"],
    ["the maximum total cost of ", false, "maximum"],
    ["a contract value of ", false, "exact"],
    ["approximately ", false, "approximately"],
    ["costs of ", true, "approximately"],
    ["costs of ", false, "exact"],
  ])("qualifier before %j (approximate mark %s) is %s", (before, approx, q) => {
    expect(qualifierBefore(before, approx as boolean).qualifier).toBe(q);
  });

  it.each([
    ["Approve the contract award of £1 to Acme", "contract"],
    ["Approve the award of grants of £1", "grant"],
    ["approves the variation of the funding agreement with X", "grant variation"],
    ["approve the extension of the contract with X", "contract variation"],
    ["Approve the business case for £1", "business case"],
    ["Approve the assignment of £1 from the budget to fund it", "funding"],
    ["Accept the Home Office Police Uplift Programme ring-fenced grant of up to £47.3m", "income"],
    ["Approve the acceptance of the Serious Violence Duty grant of £2.4m", "income"],
    [
      "Approve the exercise of the option to extend the contract with Resolve RJ Ltd for 12 months",
      "contract variation",
    ],
    ["Approve the award of a contract with an option to extend for a further year", "contract"],
    ["Approve a grants round, each partnership to receive a grant of up to £350,000", "grant"],
    ["Approve the acceptance of a Home Office capital contribution of £1.5m", "income"],
    ["Accept a donation of £20,000 from the Example Foundation towards the project", "income"],
    ["Approve the recharge to the MPS of £243,600 in 2025/26 for the shared analysts", "income"],
    ["Approve a recharge of £243,600 to the MPS for the shared analysts", "income"],
    [
      "Approve revenue expenditure of up to £450,000 (excluding VAT) over 2026/27 and 2027/28 for the award of a contract to Verian Group UK Ltd for Public Attitude Survey fieldwork",
      "contract",
    ],
    [
      "Approve expenditure of up to £500,000 for the procurement and implementation of a new contract",
      "funding",
    ],
  ])("%s is a %s", (words, kind) => {
    expect(approvalKind(words)).toBe(kind);
  });

  it("reads the recipient after 'to' or 'with', not months or roles", () => {
    expect(recipientIn(" for one year (June 2020 to May 2021) to Bright Futures CIC, with help", "")).toBe(
      "Bright Futures CIC",
    );
    expect(
      recipientIn(" to fund the work", "a funding agreement with Safe Homes Trust in respect of it"),
    ).toBe("Safe Homes Trust");
    expect(recipientIn(" to the Director of Finance", "")).toBeNull();
    expect(recipientIn(" for the work", "")).toBeNull();
  });

  it("reads a name with small words inside it whole ('Lives not Knives', 'Mothers against Violence')", () => {
    expect(recipientIn(" to Lives not Knives for mentoring in schools", "")).toBe("Lives not Knives");
    expect(recipientIn(" to Mothers against Violence in 2025/26", "")).toBe("Mothers against Violence");
    expect(recipientIn(" to Acme Trust not later than June", "")).toBe("Acme Trust");
    expect(recipientIn(" over FY24/25 to FY27/28 for the refresh", "")).toBeNull();
  });

  it("names roles canonically", () => {
    expect(roleIn("Sophie Linden (Past staff), Deputy Mayor, Policing and Crime")?.role).toBe(
      "Deputy Mayor for Policing and Crime",
    );
    expect(roleIn("The DMPC approves")?.role).toBe("Deputy Mayor for Policing and Crime");
    expect(roleIn("Interim Chief Executive Officer")?.role).toBe("Chief Executive Officer");
    expect(roleIn("Jules Pipe, Deputy Mayor for Planning, Regeneration and Skills")?.role).toBe(
      "Deputy Mayor for Planning, Regeneration and Skills",
    );
  });
});
