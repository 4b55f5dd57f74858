import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// The MOPAC budget table: spending rows, their "Gross expenditure" subtotal, the income rows that meet part of it,
// and "Net revenue expenditure" (the gross subtotal less the income after it). The net row is a difference, not a
// total of every row above it.

function budget(rows: readonly string[]): string {
  return decisionText({
    summary:
      "This decision sets out the MOPAC Group budget submission for 2026/27. The proposed budget has net revenue expenditure of £3,618.3m.",
    recommendation:
      "1. Approve the MOPAC Group revenue budget submission to the Mayor for 2026/27, with net revenue expenditure of £3,618.3m, as set out in Table 1.",
    issues: [
      "2.4. The budget is summarised in Table 1.",
      "",
      "Table 1: MOPAC Group revenue budget 2026/27 (£m)",
      "",
      "Budget line\t2026/27 Budget",
      ...rows,
    ].join("\n"),
    financial: "3.1. This decision approves a 2026/27 net revenue budget of £3,618.3m for the MOPAC Group.",
  });
}

const spending = [
  "Police Officer pay\t2,356.9",
  "Police Staff pay\t752.6",
  "PCSO pay\t56.1",
  "Police Officer overtime\t160.2",
  "Running expenses\t1,121.8",
  "Capital financing\t178.4",
];
const income = ["Specific grants\t(624.0)", "Other income\t(341.2)", "Use of reserves\t(42.5)"];

describe("a budget table's gross subtotal and net row", () => {
  it("raises no TABLE_TOTAL_MISMATCH where the net row is the gross subtotal less the income after it", () => {
    const text = budget([
      ...spending,
      "Gross expenditure\t4,626.0",
      ...income,
      "Net revenue expenditure\t3,618.3",
    ]);
    const r = extractDecision(text, "synthetic.txt");
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads the same table with its subtotal called 'Total gross expenditure'", () => {
    const text = budget([
      ...spending,
      "Total gross expenditure\t4,626.0",
      ...income,
      "Net revenue expenditure\t3,618.3",
    ]);
    expect(withCode(extractDecision(text, "synthetic.txt").findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("never makes the gross subtotal a budget line", () => {
    const text = budget([
      ...spending,
      "Gross expenditure\t4,626.0",
      ...income,
      "Net revenue expenditure\t3,618.3",
    ]);
    const lines = extractDecision(text, "synthetic.txt").allocations.map((a) => a.line);
    expect(lines).toContain("Running expenses");
    expect(lines).not.toContain("Gross expenditure");
  });

  it("still flags a net row that is not the gross subtotal less its income", () => {
    const text = budget([
      ...spending,
      "Gross expenditure\t4,626.0",
      ...income,
      "Net revenue expenditure\t3,681.3",
    ]);
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    const found = withCode(r.findings, "TABLE_TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("Gross expenditure");
  });

  it("still flags a gross subtotal that its spending rows do not make", () => {
    const text = budget([
      ...spending,
      "Gross expenditure\t4,662.0",
      ...income,
      "Net revenue expenditure\t3,654.3",
    ]);
    const found = withCode(extractDecision(text, "synthetic.txt").findings, "TABLE_TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£4,662,000,000");
  });

  it("keeps a first 'Gross cost' row as the table's spending line", () => {
    const text = budget(["Gross cost\t1,250.0", "Income\t(100.0)", "Net cost\t1,150.0"]);
    const r = extractDecision(text, "synthetic.txt");
    expect(withCode(r.findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
    expect(r.allocations.map((a) => a.line)).toContain("Gross cost");
  });
});
