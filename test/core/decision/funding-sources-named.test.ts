import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// Where the decision names what pays for what it approves, every approval carries it; running costs after the
// project, another funder's share of a scheme and a budget's own funding are not its source.

const sources = (
  recommendation: string,
  financial: string,
  summary = "This decision approves a capital grant.",
) =>
  extractDecision(decisionText({ summary, recommendation, financial }), "synthetic.txt").approvals.map(
    (a) => a.fundingSource,
  );

describe("the funding source of what a decision approves", () => {
  it("is read from a recommendation approving what pays ('Approve that the grant is funded from …')", () => {
    expect(
      sources(
        "1. Approve a capital grant of up to £800,000 to the London Borough of Newham in 2025/26.\n2. Approve that the grant is funded from the MOPAC capital budget for community safety infrastructure.",
        "3.1. The grant is paid on evidence of spend.",
      ),
    ).toEqual(["MOPAC capital budget"]);
  });

  it("is one budget however possessively it is named", () => {
    expect(
      sources(
        "1. Approve a capital grant of up to £800,000 to the London Borough of Newham in 2025/26.",
        "3.1. The cost of the grant will be met from MOPAC's capital budget.\n3.2. Payments will be met from the MOPAC capital budget on evidence of spend.",
      ),
    ).toEqual(["MOPAC's capital budget"]);
  });

  it("ends before what is said about it ('… budget and does not require additional funding')", () => {
    expect(
      sources(
        "1. Approve an increase of £380,000 in the MOPAC grant to the Havens in 2025/26.",
        "3.1. The net additional cost will be met from within the existing MOPAC VAWG budget and does not require additional funding.",
      ),
    ).toEqual(["MOPAC VAWG budget"]);
  });

  it("is not the budget that meets the running costs after the project", () => {
    for (const later of [
      "3.4. Ongoing maintenance of the replacement cameras, estimated at £95,000 per annum from 2027/28, will be met from within the existing DDaT revenue budget.",
      "3.4. Revenue costs of maintenance, estimated at £28,000 a year, will be met from within the existing MPS Estates revenue budget.",
    ])
      expect(
        sources(
          "1. Approve capital expenditure of £2,400,000 on replacing ANPR cameras in 2025/26.",
          `3.1. The cost will be met from the ANPR line of the approved MPS capital programme.\n${later}`,
        ),
      ).toEqual(["ANPR line of the approved MPS capital programme"]);
  });

  it("is not another funder paying the balance of the scheme", () => {
    expect(
      sources(
        "1. Approve a capital grant of up to £800,000 to the London Borough of Newham in 2025/26.",
        "3.1. The cost of the grant will be met from the MOPAC capital budget.",
        "The total scheme cost is £1,060,000. This decision approves a capital grant of up to £800,000 from MOPAC towards the scheme, with the balance of £260,000 met by the London Borough of Newham.",
      ),
    ).toEqual(["MOPAC capital budget"]);
  });
});
