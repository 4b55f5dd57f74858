import { describe, expect, it } from "vitest";
import { fyMismatch } from "../../../../src/core/decision/checks/fy-mismatch";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { check, decisionText } from "./check-helpers";

// A budget line's size, what a budget already provides for, a reserve's balance, a debt limit and borrowing are what
// a decision's spending is set against or financed by: none is the year's commitment a table's column is checked
// against.

const COSTS_TABLE = [
  "Table 1: Costs",
  "",
  "Element\t2024/25",
  "Premium\t£3,281,000",
  "Claims handling\t£137,600",
  "Total\t£3,418,600",
].join("\n");

function insurance(financial: string): string {
  return decisionText({
    summary:
      "This decision seeks approval to renew the insurance programme from 1 April 2024. The financial commitment in 2024/25 for the renewed programme will be £3,418,600.",
    recommendation:
      "1. Approve the renewal of the insurance programme at a cost of £3,418,600 in 2024/25.\n2. Approve a drawdown of £68,600 from the Insurance Reserve to meet the amount by which the premium exceeds the 2024/25 insurance budget.",
    financial: `3.1. The costs are set out in Table 1.\n\n${COSTS_TABLE}\n\n${financial}`,
  });
}

describe("money the spending is set against is no year's commitment", () => {
  it("does not compare a budget line's size, or the budget it is met from, with the year's column", () => {
    const t = insurance(
      "3.2. The 2024/25 insurance budget is £3,350,000. The premium will be funded from the insurance budget of £3,350,000 and a drawdown of £68,600 from the Insurance Reserve, which has a balance of £4,200,000.\n3.3. The subscriptions will be met within existing budgets, from the MOPAC corporate subscriptions budget of £55,000 for 2024/25.",
    );
    expect(check(t, fyMismatch).findings).toEqual([]);
  });

  it("does not compare what a budget already provides for, or a reserve's balance, with the year's column", () => {
    const t = insurance(
      "3.2. The 2024/25 budget included provision for a 3% uplift (£3,100,000). The balance of £318,600 will be met from the Insurance Reserve.\n3.3. It will be funded in 2024/25 by a drawdown from the Insurance Reserve, which had a balance of £4,200,000 at 1 April 2024.",
    );
    expect(check(t, fyMismatch).findings).toEqual([]);
  });

  it("still compares the decision's own stated year's figure", () => {
    const t = insurance("3.2. The cost of the renewed programme in 2024/25 is £3,481,600.");
    expect(check(t, fyMismatch).findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/£3,481,600 for 2024\/25.*adds up to £3,418,600/),
    ]);
  });
});

function capitalStrategy(summary: string, recommendation: string): string {
  return decisionText({
    summary,
    recommendation,
    financial: [
      "3.1. The capital expenditure plans and their financing are set out in Table 1.",
      "Table 1: Capital expenditure (£m)",
      "",
      "\t2026/27\t2027/28\t2028/29",
      "Capital expenditure\t412.6\t374.9\t334.9",
      "",
      "3.2. The revenue costs of the borrowing are included in the MTFP.",
    ].join("\n"),
  });
}

describe("sums over several years, debt limits and borrowing are no year's figure", () => {
  it("reads a sum over a span of years as no year's, whatever year the strategy's name carries", () => {
    const t = capitalStrategy(
      "The Capital Strategy 2026/27 provides for capital expenditure of £1,122.4m over the three years 2026/27 to 2028/29.",
      "1. Approve the Capital Strategy 2026/27, including capital expenditure plans of £1,122.4m over 2026/27 to 2028/29 as set out in Table 1.",
    );
    expect(check(t, fyMismatch).findings).toEqual([]);
  });

  it("does not read an authorised limit for external debt, or borrowing, as a year's commitment", () => {
    const t = capitalStrategy(
      "This decision approves the Capital Strategy and the prudential indicators, including an authorised limit for external debt of £1,950m in 2026/27.",
      [
        "1. Approve the 2026/27 capital programme of £412.6m, as set out in Table 1;",
        "2. Approve the financing of the 2026/27 programme, including new external borrowing of up to £248.3m in 2026/27; and",
        "3. Approve the prudential indicators, including the authorised limit for external debt of £1,950m for 2026/27.",
      ].join("\n"),
    );
    expect(check(t, fyMismatch).findings).toEqual([]);
  });

  it("does not add borrowing that finances the programme to the programme's total", () => {
    const t = capitalStrategy(
      "This decision approves the 2026/27 capital programme and its financing.",
      [
        "1. Approve the 2026/27 capital programme of £402.6m, as set out in Table 1;",
        "2. Approve external borrowing of up to £248.3m in 2026/27 to finance the capital programme.",
      ].join("\n"),
    );
    const messages = check(t, totalMismatch).findings.map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^The Recommendation approves £402,600,000, but Table 1 sums to £412,600,000/),
    ]);
  });
});
