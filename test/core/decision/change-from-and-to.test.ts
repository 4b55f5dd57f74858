import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./checks/check-helpers";

// An increase or reduction that gives the running totals it moves between ("an increase of £380,000 …, from
// £1,120,000 to £1,500,000") approves the change alone, however long the words between the change and its "from".

const decision = (recommendation: string): string =>
  decisionText({
    summary:
      "This decision seeks approval for an increase in MOPAC's contribution to the Havens, London's Sexual Assault Referral Centres, to fund additional forensic physicians and crisis workers.",
    recommendation,
    financial:
      "3.1. MOPAC's contribution to the Havens will increase by £380,000 over 2025/26 and 2026/27. The increase will be met from within the existing MOPAC VAWG budget.",
  });

describe("a change from one running total to another", () => {
  it.each([
    "1. Approve an increase of £380,000 in the MOPAC contribution to King's College Hospital NHS Foundation Trust for the Havens for 2025/26 and 2026/27, from £1,120,000 to £1,500,000.",
    "1. Approve an increase of £380,000 in the MOPAC contribution to King's College Hospital NHS Foundation Trust for the Havens, from £1,120,000 to £1,500,000, for 2025/26 and 2026/27.",
    "1. Approve an increase in the MOPAC contribution to King's College Hospital NHS Foundation Trust for the Havens for 2025/26 and 2026/27 from £1,120,000 to £1,500,000, an increase of £380,000.",
  ])("approves the change alone: %s", (recommendation) => {
    const { record, findings } = check(decision(recommendation));
    expect(record.approvals.map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [38_000_000, "King's College Hospital NHS Foundation Trust", "2025-04-01", "2027-03-31"],
    ]);
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
