import { describe, expect, it } from "vitest";
import { runningTotalMismatch } from "../../../../src/core/decision/checks/running-totals";
import { check, decisionText, quotesOf } from "./check-helpers";

// A decision that adds money to an earlier approval and states the new total must add up: the earlier sum, what is
// added and the total it brings.

const topUp = (total: string, earlier: string, background = "") =>
  decisionText({
    summary: `This decision seeks approval for an additional £450,000 in 2025/26, bringing the total approved for the programme in 2025/26 to ${total}.`,
    recommendation: `1. Approve additional revenue expenditure of £450,000 in 2025/26 for the Women's Night Safety Programme, bringing the total approved for the programme in 2025/26 to ${total}.`,
    issues: `2.1. PCD 1872, signed on 20 February 2025, approved ${earlier} for the programme in 2025/26.${background}`,
    financial: "3.1. The cost will be met from the MOPAC VAWG budget.",
  });

describe("RUNNING_TOTAL_MISMATCH", () => {
  it("is an error where the earlier approval and the sum added do not make the total stated", () => {
    const { findings } = check(topUp("£2,150,000", "£1,650,000"), runningTotalMismatch);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("£1,650,000 + £450,000 = £2,100,000, a difference of £50,000");
    expect(f.message).toContain("The Executive Summary and the Recommendation say");
    expect(quotesOf(f)).toContain("£1,650,000");
  });

  it("raises nothing where they add up", () => {
    expect(check(topUp("£2,100,000", "£1,650,000"), runningTotalMismatch).findings).toEqual([]);
  });

  it("raises nothing where the earlier sum recalled is for other years", () => {
    const text = topUp("£2,150,000", "£1,650,000").replace(
      "approved £1,650,000 for the programme in 2025/26",
      "approved £1,650,000 for the programme over 2024/25 and 2025/26",
    );
    expect(check(text, runningTotalMismatch).findings).toEqual([]);
  });

  it("raises nothing where two earlier sums are recalled and which is meant is unclear", () => {
    const text = topUp(
      "£2,150,000",
      "£1,650,000",
      " PCD 1901 approved £300,000 for the programme's evaluation in 2025/26.",
    );
    expect(check(text, runningTotalMismatch).findings).toEqual([]);
  });

  it("reads the earlier sum from the same sentence ('Together with the £1,650,000 approved in PCD 1872')", () => {
    const text = decisionText({
      summary: "This decision tops up the Women's Night Safety Programme.",
      recommendation: "1. Approve additional revenue expenditure of £450,000 in 2025/26 on the programme.",
      financial:
        "3.1. Together with the £1,650,000 approved in PCD 1872, the total programme budget for 2025/26 becomes £2,150,000.",
    });
    const { findings } = check(text, runningTotalMismatch);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("the same sentence puts the sum approved before at £1,650,000"),
    ]);
  });

  it("is a warning where a figure is rounded", () => {
    const { findings } = check(topUp("£2.2m", "£1.65m"), runningTotalMismatch);
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(check(topUp("£2.1m", "£1.65m"), runningTotalMismatch).findings).toEqual([]);
  });

  it("checks a change from one sum to another", () => {
    const text = (to: string) =>
      decisionText({
        summary: "This decision increases the Havens contribution.",
        recommendation: `1. Approve an increase of £380,000 in the MOPAC contribution to King's College Hospital NHS Foundation Trust for the Havens in 2025/26, from £1,120,000 to ${to}.`,
        financial: "3.1. The increase is met from the VAWG budget.",
      });
    expect(check(text("£1,500,000"), runningTotalMismatch).findings).toEqual([]);
    const { findings } = check(text("£1,550,000"), runningTotalMismatch);
    // Said in the summary too, it is still one finding.
    const twice = check(
      text("£1,550,000").replace(
        "This decision increases the Havens contribution.",
        "This decision seeks an increase of £380,000 in the Havens contribution, from £1,120,000 to £1,550,000.",
      ),
      runningTotalMismatch,
    );
    expect(twice.findings).toHaveLength(1);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        expect.stringContaining("from £1,120,000 to £1,550,000; but that is an increase of £430,000"),
      ],
    ]);
  });

  it("checks a balance left after spending", () => {
    const text = (balance: string) =>
      decisionText({
        summary: "This decision releases the remaining custody estates funding.",
        recommendation: "1. Approve the release of the remaining custody estates funding in 2025/26.",
        financial: `3.1. This decision releases the balance of ${balance} remaining of the £1,500,000 approved in PCD 1911 after the release of £880,000 in 2024/25.`,
      });
    expect(check(text("£620,000"), runningTotalMismatch).findings).toEqual([]);
    const { findings } = check(text("£650,000"), runningTotalMismatch);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("£1,500,000 − £880,000 = £620,000, a difference of £30,000"),
    ]);
  });
});
