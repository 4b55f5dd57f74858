import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A rate said before its figure ("at a weekly rate of £1,850", "at a monthly rate of £12,500", "at a quarterly rate of
// £80,000") is a rate, not a second sum beside the total the recommendation approves; and a term in weeks ("for 104
// weeks with effect from 6 January 2025") gives the approval its period.

function read(recommendation: string, financial: string, issues?: string) {
  const text = decisionText({
    summary:
      "Women with no recourse to public funds who are fleeing domestic abuse are routinely turned away from refuges. This decision seeks approval to block purchase four refuge bed spaces.",
    recommendation,
    financial,
    approverDate: "16/12/2024",
    ceoDate: "12/12/2024",
    ...(issues === undefined ? {} : { issues }),
  });
  const r = extractDecision(text, "synthetic.txt");
  expectQuotesHold(text, r.findings);
  return r;
}

describe("a rate said before its figure", () => {
  it("reads 'at a weekly rate of £1,850 for 104 weeks …, a total cost of £192,400' as one approval over its weeks", () => {
    const r = read(
      "1. Approve the block purchase of four refuge bed spaces from Solace Women's Aid, at a weekly rate of £1,850 for 104 weeks with effect from 6 January 2025, a total cost of £192,400.",
      "3.1. The total cost over the life of the agreement is £192,400 (104 weeks at £1,850 per week), funded from the VAWG Strategy Fund.",
    );
    expect(r.approvals.map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [19_240_000, "Solace Women's Aid", "2025-01-06", "2027-01-03"],
    ]);
  });

  it("counts a weekly rate over the weeks it states where no total is given", () => {
    const r = read(
      "1. Approve the block purchase of four refuge bed spaces from Solace Women's Aid at a weekly rate of £1,850 for 104 weeks with effect from 6 January 2025.",
      "3.1. The cost is met from the VAWG Strategy Fund.",
    );
    expect(r.approvals.map((a) => a.pence)).toEqual([19_240_000]);
  });

  it("reads 'at a monthly rate of £12,500 for the period …, a total of £150,000' as one approval", () => {
    const r = read(
      "1. Approve interim grant funding to Rape Crisis South London for the London Survivors Gateway at a monthly rate of £12,500 for the period 1 October 2024 to 30 September 2025, a total of £150,000.",
      "3.1. The grant is met from the MOPAC Victims Commissioning budget: £75,000 in 2024/25 and £75,000 in 2025/26.",
    );
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [15_000_000, "2024-10-01", "2025-09-30"],
    ]);
  });

  it("multiplies a monthly rate said before its figure over the months of its period", () => {
    const r = read(
      "1. Approve interim grant funding to Rape Crisis South London for the London Survivors Gateway at a monthly rate of £12,500 for the period 1 October 2024 to 30 September 2025.",
      "3.1. The grant is met from the MOPAC Victims Commissioning budget.",
    );
    expect(r.approvals.map((a) => a.pence)).toEqual([15_000_000]);
  });

  it("reads 'at a quarterly rate of £80,000, a total cost of £960,000' as one approval", () => {
    const r = read(
      "1. Approve the award of a contract for the London Arrest Referral Service to Change Grow Live, commencing on 1st October 2025 for an initial period of three years, at a quarterly rate of £80,000, a total cost of £960,000 over the initial term.",
      "3.1. The contract is funded from the MOPAC Drug Testing in Police Custody budget.",
    );
    expect(r.approvals.map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [96_000_000, "Change Grow Live", "2025-10-01", "2028-09-30"],
    ]);
  });
});

describe("a term in weeks", () => {
  it("checks the year split of a sum approved 'for 104 weeks with effect from' a day", () => {
    const r = read(
      "1. Approve the block purchase of four refuge bed spaces from Solace Women's Aid, at a weekly rate of £1,850 for 104 weeks with effect from 6 January 2025, a total cost of £192,400.",
      [
        "3.1. The total cost over the life of the agreement is £192,400 (104 weeks at £1,850 per week), funded from the VAWG Strategy Fund.",
        "3.2. The cost will be paid as £23,125 in 2024/25, £96,200 in 2025/26 and £74,000 in 2026/27, reflecting 12 weeks, 52 weeks and 40 weeks of the agreement respectively.",
      ].join("\n"),
      "2.1. Occupancy will be reviewed quarterly; MOPAC may reduce the block to three bed spaces with 8 weeks' notice from 1 April 2025.",
    );
    expect(r.approvals.map((a) => [a.start, a.end])).toEqual([["2025-01-06", "2027-01-03"]]);
    expect(withCode(r.findings, "TOTAL_MISMATCH")).toHaveLength(1);
  });

  it("reads 'commencing 6 January 2025 for a period of 104 weeks'", () => {
    const r = read(
      "1. Approve the block purchase of four refuge bed spaces from Solace Women's Aid commencing 6 January 2025 for a period of 104 weeks, a total cost of £192,400.",
      "3.1. The cost is met from the VAWG Strategy Fund.",
    );
    expect(r.approvals.map((a) => [a.start, a.end])).toEqual([["2025-01-06", "2027-01-03"]]);
  });

  it("takes no period from weeks' notice", () => {
    const r = read(
      "1. Approve the block purchase of four refuge bed spaces from Solace Women's Aid, a total cost of £192,400, which MOPAC may end with 8 weeks' notice from 6 January 2025.",
      "3.1. The cost is met from the VAWG Strategy Fund.",
    );
    expect(r.approvals.map((a) => [a.start, a.end])).toEqual([[null, null]]);
  });
});
