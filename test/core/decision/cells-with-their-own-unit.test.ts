import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A table headed in millions ("(£m)") whose cells also write their own unit ("£148.2m"): each cell is already a sum
// of money, and scaling it by the table's unit again made £148.2m into £148.2 million million — wrong money, and a
// figure too large to be counted in whole pence.

const capital = (cells: readonly string[], total: string): string =>
  decisionText({
    summary: "This decision approves the MOPAC capital programme for 2026/27 of £412.6m.",
    recommendation: "1. Approve the 2026/27 capital programme of £412.6m, as set out in Table 1.",
    issues: [
      "2.1. The capital programme for 2026/27 is set out by investment programme in Table 1.",
      "",
      "Table 1: Capital expenditure by programme (£m)",
      "Programme\t2026/27",
      `Property Services\t${cells[0]}`,
      `Technology\t${cells[1]}`,
      `Fleet Services\t${cells[2]}`,
      `Total\t${total}`,
    ].join("\n"),
    financial: "3.1. This decision approves a capital programme of £412.6m for 2026/27.",
  });

describe("a cell that writes its own unit in a table headed with one", () => {
  it("is read as the sum it writes, not scaled by the table's unit again", () => {
    const r = extractDecision(capital(["£148.2m", "£121.7m", "£142.7m"], "£412.6m"), "synthetic.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Property Services", "2026/27", 14_820_000_000],
      ["Technology", "2026/27", 12_170_000_000],
      ["Fleet Services", "2026/27", 14_270_000_000],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("still finds a table that contradicts the Recommendation", () => {
    const r = extractDecision(capital(["£148.2m", "£121.7m", "£151.7m"], "£421.6m"), "synthetic.txt");
    const mismatch = r.findings.find((f) => f.code === "TOTAL_MISMATCH");
    expect(mismatch?.severity).toBe("error");
    expect(mismatch?.message).toContain("£421,600,000");
  });

  it("scales the plain figures of the same table by its unit", () => {
    const r = extractDecision(capital(["148.2", "121.7", "142.7"], "412.6"), "synthetic.txt");
    expect(r.allocations.map((a) => a.pence)).toEqual([14_820_000_000, 12_170_000_000, 14_270_000_000]);
  });
});
