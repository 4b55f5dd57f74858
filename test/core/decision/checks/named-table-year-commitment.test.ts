import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./check-helpers";

// A table the Recommendation names ("as set out in Table 1") is what is decided though it stands under "Issues for
// consideration": a year's whole commitment in Financial Comments that differs from its year column is FY_MISMATCH,
// and the finding calls the table by its caption's number.

const decision = (commitment: string): string =>
  decisionText({
    summary:
      "This decision approves grants to four organisations supporting young women at risk of exploitation.",
    recommendation:
      "1. Approve grants totalling £1,020,000 from 1 April 2026 to 31 March 2029 to Safer London (£336,000), Tender Education and Arts (£198,000), the Latin American Women's Rights Service (£216,000) and Southall Black Sisters (£270,000), as set out in Table 1.",
    issues: [
      "2.1. The annual grant to each organisation is set out in Table 1.",
      "",
      "Table 1: Grant awards by organisation",
      "",
      "Organisation\tYear 1 (2026/27)\tYear 2 (2027/28)\tYear 3 (2028/29)\tTotal",
      "Safer London\t£112,000\t£112,000\t£112,000\t£336,000",
      "Tender Education and Arts\t£66,000\t£66,000\t£66,000\t£198,000",
      "Latin American Women's Rights Service\t£72,000\t£72,000\t£72,000\t£216,000",
      "Southall Black Sisters\t£90,000\t£90,000\t£90,000\t£270,000",
      "Total\t£340,000\t£340,000\t£340,000\t£1,020,000",
    ].join("\n"),
    financial: `3.1. The grants will be funded from the MOPAC VAWG budget.\n3.2. ${commitment}`,
  });

describe("a year's whole commitment against a table the Recommendation names", () => {
  it("is FY_MISMATCH where it differs from the table's year column", () => {
    const { findings } = check(
      decision(
        "The financial commitment in 2026/27 will be £340,000. The financial commitment in 2027/28 will be £364,000 and in 2028/29 £340,000.",
      ),
    );
    const fy = withCode(findings, "FY_MISMATCH");
    expect(fy).toHaveLength(1);
    expect(fy[0]!.severity).toBe("error");
    expect(fy[0]!.message).toContain("2027/28");
    expect(fy[0]!.message).toContain("Table 1");
  });

  it("is nothing where it agrees", () => {
    const { findings } = check(
      decision("The financial commitment in 2026/27, 2027/28 and 2028/29 will be £340,000 a year."),
    );
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });

  it("leaves a sentence's part of a year alone", () => {
    // A part of the year's money (one grant's uplift) is not the year's whole commitment.
    const { findings } = check(decision("An uplift of £24,000 in 2027/28 is held in the VAWG reserve."));
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });
});
