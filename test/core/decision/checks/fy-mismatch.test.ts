import { describe, expect, it } from "vitest";
import { fyMismatch } from "../../../../src/core/decision/checks/fy-mismatch";
import { check, decisionText, quotesOf } from "./check-helpers";

function text(
  summary: string,
  recommendation = "1. Approve funding of two projects at a total financial commitment of £405,000.",
): string {
  return decisionText({
    summary,
    recommendation,
    financial: [
      "3.1. The allocations are set out below.",
      "",
      "Project\t2024/25 Allocation\t2025/26 Allocation",
      "Mentoring\t£120,000\t£120,000",
      "Outreach\t£80,000\t£85,000",
      "Total\t£200,000\t£205,000",
    ].join("\n"),
  });
}

describe("FY_MISMATCH", () => {
  it("flags a year's stated commitment that differs from the table's column for that year", () => {
    const { findings } = check(
      text("The financial commitment in 2025/26 for both projects will be £250,000."),
      fyMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toMatch(/£250,000 for 2025\/26.*adds up to £205,000/);
    expect(quotesOf(findings[0]!)).toEqual(["£250,000", "£205,000"]);
  });

  it("accepts year statements that match the column sums", () => {
    const s =
      "The financial commitment in 2024/25 will be £200,000. The financial commitment for 2025/26 will be £205,000.";
    expect(check(text(s), fyMismatch).findings).toEqual([]);
  });

  it("does not read a part of a year's sum, or money approved before, as the year's commitment", () => {
    const recommendation = [
      "1. Approve additional funding of £400,000 for Mentoring in 2024/25, in addition to the £150,000 approved under PCD 1650.",
      "2. Approve a budget of £405,000 for both projects over 2024/25 and 2025/26.",
      "3. Approve a budget of £205,000 for 2025/26, of which £30,000 is one-off set-up costs.",
    ].join("\n");
    const t = text("Two projects continue.", recommendation);
    expect(check(t, fyMismatch).findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/£400,000 for 2024\/25/),
    ]);
  });
});
