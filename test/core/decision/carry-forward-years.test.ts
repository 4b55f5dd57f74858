import { describe, expect, it } from "vitest";
import { periodIn } from "../../../src/core/decision/decision-period";
import { check, decisionText, withCode } from "./checks/check-helpers";

// A carry forward spends in the year it goes into: the year its underspend comes from is no spending year, and an
// outturn or underspend is a year's result, not money the decision commits.

const SUMMARY =
  "The MOPAC (excluding MPS) revenue outturn for 2023/24 is an underspend of £6.3m against the final budget. Most of the underspend arises from partnership programmes whose delivery has moved into 2024/25.";

describe("carry forwards of an underspend", () => {
  it("approves the carry forward for the year it goes into alone, with no SPLIT_UNDETERMINED", () => {
    const { record, findings } = check(
      decisionText({
        summary: SUMMARY,
        recommendation:
          "1. Approve the carry forward of £2.45m of 2023/24 revenue underspends into the 2024/25 MOPAC revenue budget, as set out in Table 1.",
        financial:
          "3.1. This decision approves carry forwards totalling £2,450,000 into the 2024/25 revenue budget. They have no impact on the council tax requirement.",
      }),
    );
    expect(record.approvals.map((a) => [a.pence, a.start, a.end])).toEqual([
      [245000000, "2024-04-01", "2025-03-31"],
    ]);
    expect(record.allocations.map((a) => [a.fy, a.pence])).toEqual([["2024/25", 245000000]]);
    expect(withCode(findings, "SPLIT_UNDETERMINED")).toEqual([]);
  });

  it("reads no allocation from an outturn or an underspend", () => {
    const { record } = check(
      decisionText({
        summary: SUMMARY,
        recommendation: "1. Approve the carry forward of £2.45m into the MOPAC revenue budget.",
        financial:
          "3.1. The provisional outturn for 2023/24 is £106.1m, an underspend of £6.3m. The programme is forecast to underspend by £400,000 in 2023/24.",
      }),
    );
    expect(record.allocations.filter((a) => a.fy === "2023/24")).toEqual([]);
  });

  it("takes the year money goes into, not the one it comes from, where the text moves money on", () => {
    const fy = (t: string) => periodIn(t);
    const only2425 = { start: "2024-04-01", end: "2025-03-31" };
    expect(fy("Approve the carry forward of £2.45m from 2023/24 into 2024/25")).toEqual(only2425);
    expect(fy("Approve the carry forward of £2.45m from 2023/24 to 2024/25")).toEqual(only2425);
    expect(fy("Approve slippage of £1m from 2023/24 to 2024/25")).toEqual(only2425);
    expect(fy("Approve £1m brought forward from 2025/26 into 2024/25")).toEqual(only2425);
    // A re-profile takes money out of one year and puts it in another: both are its years. A range is a range.
    expect(fy("Approve the re-profiling of £400,000 from 2023/24 into 2024/25")).toEqual({
      start: "2023-04-01",
      end: "2025-03-31",
    });
    expect(fy("Approve funding of £1m from 2023/24 to 2025/26")).toEqual({
      start: "2023-04-01",
      end: "2026-03-31",
    });
  });
});
