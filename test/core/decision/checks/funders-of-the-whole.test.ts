import { describe, expect, it } from "vitest";
import { fundingBreakdown } from "../../../../src/core/decision/checks/funding-breakdown";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

// A sentence naming the funders that pay for the thing decided, each with its sum, with no total before them: "The
// pilot is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £450K". The sums make
// the whole cost: the total the sentence states after them, or else what the decision approves.

function pilot(funding: string, recommendation?: string): string {
  return decisionText({
    summary:
      "The Youth Endowment Fund (YEF) has agreed to co-fund a two-year focused deterrence pilot in three London boroughs with MOPAC. This decision seeks approval of a grant of £1.25m to Catch22 to deliver the pilot from April 2024 until the end of March 2026.",
    recommendation:
      recommendation ??
      [
        "1. Approve a grant of £1.25m to Catch22 for the delivery of the Focused Deterrence Pilot from 1st April 2024 until the end of March 2026;",
        "2. Approve the acceptance of grant funding from the Youth Endowment Fund towards the cost of the pilot.",
      ].join("\n"),
    financial: [
      "3.1. The total financial commitment of this decision is £1.25m from April 2024 until the end of March 2026, profiled as £600,000 in FY 2024-25 and £650,000 in 2025-2026.",
      `3.2. ${funding}`,
      "3.3. Payments will be made quarterly in arrears, subject to receipt of the YEF grant and satisfactory performance.",
    ].join("\n"),
  });
}

function funding(text: string): ReturnType<typeof withCode> {
  return withCode(check(text, fundingBreakdown).findings, "FUNDING_FIGURES_DISAGREE");
}

describe("FUNDING_FIGURES_DISAGREE: funders of the thing decided that do not make its cost", () => {
  it("warns where the funders named for the pilot do not add up to the grant approved", () => {
    const found = funding(
      pilot(
        "The pilot is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £450K from the MOPAC Violence Reduction budget.",
      ),
    );
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(found[0]!.message).toContain(
      "add up to £1,200,000, not the £1,250,000 the Recommendation approves",
    );
    expect(found[0]!.message).toContain("a difference of £50,000");
    expect(quotesOf(found[0]!)).toEqual(["£1.25m", "£750,000", "£450K"]);
  });

  it("reads funders named with their sums in brackets", () => {
    const found = funding(
      pilot(
        "The pilot is co-funded by the Youth Endowment Fund (£750,000) and the MOPAC Violence Reduction budget (£450K).",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      "Youth Endowment Fund (£750,000) and MOPAC Violence Reduction budget (£450,000)",
    );
  });

  it("holds the funders to the total the sentence states after them", () => {
    const found = funding(
      pilot(
        "The pilot is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £450K, a total of £1.25m.",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("not the £1,250,000 total it states");
  });

  it.each([
    [
      "funders that add up",
      "The pilot is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £500K from the MOPAC Violence Reduction budget.",
    ],
    [
      "funders in brackets that add up",
      "The pilot is jointly funded by the YEF (£0.75m) and the VRU budget (£0.5 million).",
    ],
    [
      "a total after funders that make it",
      "The pilot is co-funded by YEF funding of £750,000 and MOPAC funding of £500,000, a total of £1.25m.",
    ],
    ["a split of the cost", "The pilot will be funded from revenue of £1.1m and capital of £100,000."],
    [
      "funders paying part",
      "The pilot is partly funded by a YEF grant of £600,000 and MOPAC's contribution of £400,000.",
    ],
    [
      "funders of one year",
      "The pilot is co-funded in 2024-25 by a YEF grant of £350,000 and MOPAC's contribution of £200,000.",
    ],
    [
      "the funders of a wider programme",
      "The programme is co-funded by the Home Office (£4m) and MOPAC (£2.5m).",
    ],
    [
      "funders that make the pilot's total funding stated elsewhere",
      "The pilot is co-funded by the Youth Endowment Fund (£900,000) and MOPAC (£450,000). The total funding for the pilot, including the YEF's evaluation, is £1,350,000.",
    ],
  ])("does not warn for %s", (_, sentence) => {
    expect(funding(pilot(sentence))).toEqual([]);
  });

  it("does not warn where the decision approves one funder's share of the pilot", () => {
    const text = pilot(
      "The pilot is co-funded by the Youth Endowment Fund (£750,000) and MOPAC (£450,000).",
      "1. Approve MOPAC's contribution of £450,000 to Catch22 for the delivery of the Focused Deterrence Pilot from 1st April 2024 until the end of March 2026.",
    );
    expect(funding(text)).toEqual([]);
  });
});
