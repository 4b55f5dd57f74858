import { describe, expect, it } from "vitest";
import { tableTotalMismatch } from "../../../../src/core/decision/checks/table-total-mismatch";
import { check, decisionText, quotesOf } from "./check-helpers";

function withTable(rows: string[]): string {
  return decisionText({
    summary: "This decision funds two projects over two financial years.",
    recommendation: "1. Approve funding of two projects at a total financial commitment of £405,000.",
    financial: ["3.1. The allocations are set out below.", "", "Project\t2024/25\t2025/26", ...rows].join(
      "\n",
    ),
  });
}

describe("TABLE_TOTAL_MISMATCH", () => {
  it("raises an error when a Total row disagrees with its column's sum", () => {
    const { findings } = check(
      withTable(["Mentoring\t£120,000\t£120,000", "Outreach\t£80,000\t£85,000", "Total\t£200,000\t£215,000"]),
      tableTotalMismatch,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toContain("£215,000");
    expect(findings[0]!.message).toContain("£120,000 + £85,000 = £205,000");
    expect(quotesOf(findings[0]!)).toEqual(["£120,000", "£85,000", "£215,000"]);
  });

  it("raises nothing when the Total row adds up", () => {
    const { findings } = check(
      withTable(["Mentoring\t£120,000\t£120,000", "Outreach\t£80,000\t£85,000", "Total\t£200,000\t£205,000"]),
      tableTotalMismatch,
    );
    expect(findings).toEqual([]);
  });
});
