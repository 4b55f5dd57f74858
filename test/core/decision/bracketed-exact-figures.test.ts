import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// A rounded figure restated exactly in brackets: "£1.2m (£1,250,000)". The bracketed figure is the one meant; it is
// compared to the penny, not excused by the rounding of "£1.2m".

function diversion(financial: string): string {
  return decisionText({
    summary:
      "This decision seeks approval to continue three women's diversion services for two years from April 2023, at a total cost of £1.2m.",
    recommendation:
      "1. Approve expenditure of £1,200,000 on women's diversion services from 1st April 2023 to 31st March 2025.",
    financial,
  });
}

describe("a rounded figure with its exact amount in brackets", () => {
  it("raises TOTAL_MISMATCH as an error where the bracketed amount contradicts the Recommendation", () => {
    const text = diversion(
      "3.1. The total financial commitment is £1.2m (£1,250,000) over 2023-24 and 2024-25, funded from the MOPAC Criminal Justice budget.",
    );
    const found = withCode(extractDecision(text, "diversion.txt").findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("Financial Comments 3.1 states £1,250,000");
    expectQuotesHold(text, found);
  });

  it("raises nothing where the bracketed amount agrees", () => {
    const text = diversion(
      "3.1. The total financial commitment is £1.2m (£1,200,000) over 2023-24 and 2024-25, funded from the MOPAC Criminal Justice budget.",
    );
    expect(withCode(extractDecision(text, "diversion.txt").findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});
