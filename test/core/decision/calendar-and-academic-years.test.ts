import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A calendar year ("for calendar year 2025") or an academic year ("for the 2024/25 academic year") named as the time a
// sum is for is the approval's period, not a financial year; and a year named relative to the signing ("fall in this
// financial year") is the financial year the decision is signed in.

function read(parts: { summary: string; recommendation: string; financial: string; approverDate: string }) {
  const text = decisionText(parts);
  const r = extractDecision(text, "synthetic.txt");
  expectQuotesHold(text, r.findings);
  return r;
}

const networks = (financial: string, recommendation?: string) =>
  read({
    summary:
      "This decision seeks approval for Community Monitoring Network funding for calendar year 2025 (1 January to 31 December 2025). Each of the twelve networks will receive £4,000 per quarter, a total of £192,000.",
    recommendation:
      recommendation ??
      "1. Approve funding of £192,000 for the twelve Community Monitoring Networks for calendar year 2025, paid to each network's host organisation at £4,000 per quarter.",
    financial,
    approverDate: "09/12/2024",
  });

describe("a calendar year", () => {
  it("reads 'for calendar year 2025' as 1 January to 31 December 2025", () => {
    const r = networks(
      "3.1. The total cost is £192,000 (twelve networks at £4,000 per quarter for four quarters), funded from the MOPAC Oversight and Scrutiny budget.",
    );
    expect(r.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [19_200_000, "2025-01-01", "2025-12-31"],
    ]);
  });

  it("warns of a table column wholly outside the calendar year approved", () => {
    const r = networks(
      [
        "3.1. The total cost is £192,000, funded from the MOPAC Oversight and Scrutiny budget.",
        "3.2. The funding is profiled by financial year as follows:",
        "",
        "Funding\t2025/26\t2026/27\tTotal",
        "CMN quarterly grants (12 networks)\t£48,000\t£144,000\t£192,000",
      ].join("\n"),
    );
    expect(withCode(r.findings, "FY_MISMATCH").map((f) => f.message)).toEqual([
      expect.stringContaining("2026/27, outside the years it approves"),
    ]);
  });

  it("takes no period from 'by the end of calendar year 2025'", () => {
    const r = networks(
      "3.1. The cost is funded from the MOPAC Oversight and Scrutiny budget.",
      "1. Approve funding of £192,000 for the twelve Community Monitoring Networks, to be paid by the end of calendar year 2025.",
    );
    expect(r.approvals.map((a) => a.start)).not.toContain("2025-01-01");
  });
});

describe("a year named relative to the signing", () => {
  it("reads '£48,000, fall in this financial year' as 2024/25 in a decision signed in December 2024", () => {
    const r = networks(
      [
        "3.1. The total cost is £192,000, funded from the MOPAC Oversight and Scrutiny budget.",
        "3.2. The payments for the January to March 2025 quarter, £48,000, fall in this financial year and the remaining £144,000 in 2025/26.",
        "3.3. The funding is profiled by financial year as follows:",
        "",
        "Funding\t2024/25\t2025/26\tTotal",
        "CMN quarterly grants (12 networks)\t£50,000\t£142,000\t£192,000",
      ].join("\n"),
    );
    const messages = withCode(r.findings, "FY_MISMATCH").map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining("says £48,000 for 2024/25"));
    expect(messages).toContainEqual(expect.stringContaining("says £144,000 for 2025/26"));
  });
});

describe("an academic year", () => {
  const pathway = (period: string) =>
    read({
      summary: `This decision seeks approval to continue the Safer Schools Referral Pathway for ${period}.`,
      recommendation: `1. Approve a grant to St Giles Trust of up to £170,000 for the delivery of the Safer Schools Referral Pathway for ${period}, paid at £85 per referral accepted and capped at £170,000.`,
      financial: [
        "3.1. The grant will be funded from the VRU Education and Inclusion budget.",
        "3.2. Based on the pattern of referrals in the pilot, expenditure is profiled as £119,000 in 2024/25 (September 2024 to March 2025) and £51,000 in 2025/26 (April to July 2025).",
      ].join("\n"),
      approverDate: "22/08/2024",
    });

  it("reads 'the 2024/25 academic year' as September 2024 to July 2025, not financial year 2024/25", () => {
    const r = pathway("the 2024/25 academic year");
    expect(r.approvals.map((a) => [a.start, a.end])).toEqual([["2024-09-01", "2025-07-31"]]);
    expect(withCode(r.findings, "FY_MISMATCH")).toEqual([]);
  });

  it("reads 'academic year 2024-25' the same as 'the academic year September 2024 to July 2025'", () => {
    const spelled = pathway("academic year 2024-25");
    const dated = pathway("the academic year September 2024 to July 2025");
    expect(spelled.approvals.map((a) => [a.start, a.end])).toEqual(
      dated.approvals.map((a) => [a.start, a.end]),
    );
  });
});
