import { describe, expect, it } from "vitest";
import { splitUndetermined } from "../../../../src/core/decision/checks/split-undetermined";
import { check, decisionText, quotesOf } from "./check-helpers";

describe("SPLIT_UNDETERMINED", () => {
  it("notes a split the decision says is still to be confirmed, naming the years", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision awards a two-year contract.",
        recommendation:
          "1. Approve the contract award of a maximum of £600,000 to Bright Paths for the service from 1 July 2024 to 30 June 2026.",
        financial:
          "3.1. The profile across financial years is yet to be confirmed and will follow mobilisation.",
      }),
      splitUndetermined,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toContain("2024/25, 2025/26 and 2026/27");
    expect(quotesOf(findings[0]!).some((q) => q.includes("yet to be confirmed"))).toBe(true);
  });

  it("notes a multi-year approval with no split anywhere, and not one a table splits", () => {
    const noSplit = decisionText({
      summary: "This decision awards a two-year contract.",
      recommendation:
        "1. Approve the contract award of a maximum of £600,000 to Bright Paths for the service from 1 April 2024 to 31 March 2026.",
      financial: "3.1. The contract is funded from the Youth budget.",
    });
    expect(check(noSplit, splitUndetermined).findings.map((f) => f.code)).toEqual(["SPLIT_UNDETERMINED"]);
    const split = noSplit.replace(
      "3.1. The contract is funded from the Youth budget.",
      "3.1. The contract is profiled below.\n\nLine\t2024/25\t2025/26\nContract\t£300,000\t£300,000",
    );
    expect(check(split, splitUndetermined).findings).toEqual([]);
  });
});
