import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./checks/check-helpers";

// Parts of a sum said in its own recommendation ("including … £600,000 and … £400,000", "within which up to
// £50,000", "Within this, £300,000 is contingency", "£50,000 of this sum") and the tranches it is paid in are no more
// money: the recommendation approves the sum alone.

const approved = (text: string): number[] => check(text).record.approvals.map((a) => a.pence);

const fleet = (recommendation: string): string =>
  decisionText({
    summary:
      "This decision seeks approval of the Full Business Case for Phase 3 of the MPS Fleet Electrification Programme.",
    recommendation,
    financial:
      "3.1. The capital cost of £6,800,000 will be met from the MPS capital programme over 2025/26 to 2027/28.",
  });

const survey = (recommendation: string): string =>
  decisionText({
    summary: "This decision seeks approval to award a contract for the Public Attitude Survey fieldwork.",
    recommendation,
    financial:
      "3.1. The cost of up to £450,000 will be met from the MOPAC Evidence and Insight budget over 2026/27 and 2027/28.",
  });

describe("parts of a sum said in its own recommendation", () => {
  it.each([
    "1. Approve the Full Business Case for Phase 3 of the MPS Fleet Electrification Programme, with capital expenditure of £6,800,000 over 2025/26 to 2027/28, including an optimism bias allowance of £600,000 and a risk allowance of £400,000 to be held by the Chief Finance Officer.",
    "1. Approve the Full Business Case for Phase 3 of the MPS Fleet Electrification Programme, with capital expenditure of £6,800,000 over 2025/26 to 2027/28, including optimism bias of £600,000 and risk allowance of £400,000 held by the Chief Finance Officer.",
    "1. Approve capital expenditure of £6,800,000 over 2025/26 to 2027/28 on Phase 3 of the MPS Fleet Electrification Programme. Within this, £400,000 is a risk allowance to be held by the MPS Chief Finance Officer.",
  ])("are no more money: %s", (recommendation) => {
    expect(approved(fleet(recommendation))).toEqual([680_000_000]);
  });

  it.each([
    "1. Approve revenue expenditure of up to £450,000 (excluding VAT) over 2026/27 and 2027/28 for the award of a contract to Verian Group UK Ltd for Public Attitude Survey fieldwork from 1 April 2026 to 31 March 2028, within which up to £50,000 may be spent on a boosted sample of young Londoners aged 16 to 24.",
    "1. Approve revenue expenditure of up to £450,000 (excluding VAT) over 2026/27 and 2027/28 for the award of a contract to Verian Group UK Ltd for Public Attitude Survey fieldwork from 1 April 2026 to 31 March 2028. Up to £50,000 of this sum may be spent on a boosted sample of young Londoners aged 16 to 24.",
  ])("a part that may be spent on something is within the sum: %s", (recommendation) => {
    expect(approved(survey(recommendation))).toEqual([45_000_000]);
  });

  it("a part after a sum with VAT is a part of it", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to award the London Youth Custody Resettlement Service contract.",
      recommendation:
        "1. Approve the award of a contract to Catch22 for the London Youth Custody Resettlement Service for 24 months from 1 October 2025 to 30 September 2027 at a value of £1,200,000 (including VAT), including £150,000 for independent evaluation.",
      financial: "3.1. The contract value of £1,200,000 will be met from the MOPAC Commissioning budget.",
    });
    expect(approved(text)).toEqual([120_000_000]);
  });
});

const grant = (tranches: string): string =>
  decisionText({
    summary:
      "This decision approves a capital grant to the London Borough of Newham towards the upgrade of its public space CCTV control room.",
    recommendation: `1. Approve a capital grant of up to £800,000 to the London Borough of Newham towards the upgrade of its public space CCTV control room and cameras, to be released in ${tranches}, the second tranche subject to the conditions set out in paragraph 2.4.`,
    financial:
      "3.1. The grant will be funded from MOPAC's capital budget for community safety infrastructure.",
  });

describe("the tranches a sum is paid in", () => {
  it.each([
    "two tranches of £500,000 in 2025/26 and £300,000 in 2026/27",
    "two tranches of £500,000 and £300,000",
    "two instalments of £500,000 and £300,000",
  ])("are parts of it, not more money: %s", (tranches) => {
    const { record, findings } = check(grant(tranches));
    expect(record.approvals.map((a) => [a.pence, a.recipient])).toEqual([
      [80_000_000, "London Borough of Newham"],
    ]);
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("that do not make the sum contradict it, though it is a ceiling", () => {
    const { record, findings } = check(grant("two tranches of £450,000 in 2025/26 and £300,000 in 2026/27"));
    expect(record.approvals.map((a) => a.pence)).toEqual([80_000_000]);
    const found = withCode(findings, "TOTAL_MISMATCH");
    expect(found.map((f) => [f.severity, f.message.slice(0, 120)])).toEqual([
      [
        "warning",
        "The Recommendation approves £800,000, but the Recommendation pays it in instalments of £450,000 + £300,000 = £750,000: a",
      ],
    ]);
  });

  it("that do not make an exact sum are an error", () => {
    const text = grant("two tranches of £450,000 in 2025/26 and £300,000 in 2026/27").replace(
      "a capital grant of up to £800,000",
      "a capital grant of £800,000",
    );
    const found = withCode(check(text).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
  });

  it("said again by year in another sentence give each year one sum", () => {
    const text = grant("two tranches of £450,000 in 2025/26 and £300,000 in 2026/27").replace(
      "3.1. The grant will be funded",
      "3.1. The first tranche of £500,000 will be released in 2025/26 on signature of the grant agreement, and the second tranche of £300,000 in 2026/27.\n- 3.2. The grant will be funded",
    );
    const years = check(text).record.allocations.map((a) => [a.fy, a.pence]);
    expect(years).toEqual([
      ["2025/26", 45_000_000],
      ["2026/27", 30_000_000],
    ]);
  });
});
