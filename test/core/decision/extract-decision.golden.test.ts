import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { expectedDecisions, fixtureText } from "../../helpers/fixtures";
import { approvalsOf } from "../../helpers/decision-record";

// The five real decisions and what a careful analyst reads off each (../shared/fixtures/decisions/expected.json).
const cases = expectedDecisions();

describe.each(cases.map((c) => [c.file, c] as const))("extractDecision(%s)", (file, expected) => {
  const record = extractDecision(fixtureText(file), file);

  it("reads the reference, title, decision maker and signing date", () => {
    expect(record.ref).toBe(expected.ref);
    expect(record.title).toBe(expected.title);
    expect(record.decisionBy).toBe(expected.decisionBy);
    expect(record.dateSigned).toBe(expected.dateSigned);
  });

  it("reads what the Recommendation approves", () => {
    expect(approvalsOf(record)).toEqual(expected.approvals);
  });

  it("reads every money figure in text order", () => {
    expect(record.amounts.map((a) => a.pence)).toEqual(expected.amounts);
  });

  it("lists the related decisions, without its own", () => {
    expect(record.related).toEqual(expected.related);
  });

  it("counts each sum once: allocations by financial year give byYear", () => {
    const byYear = new Map<string, number>();
    for (const a of record.allocations) byYear.set(a.fy, (byYear.get(a.fy) ?? 0) + a.pence);
    const fixed = Object.entries(expected.byYear).filter(([, v]) => v !== null);
    expect(Object.fromEntries(byYear)).toEqual(Object.fromEntries(fixed));
    for (const [fy, v] of Object.entries(expected.byYear)) if (v === null) expect(byYear.has(fy)).toBe(false);
  });

  if (expected.allocations) {
    it("gives the funding table's rows as the allocations", () => {
      const rows = record.allocations.map(({ line, fy, pence, fundingSource }) => ({
        line,
        fy,
        pence,
        fundingSource,
      }));
      expect(rows).toEqual(expected.allocations);
    });
  }

  it("runs the checks and raises the findings the analyst expects", () => {
    const codes = record.findings.map((f) => f.code);
    expect(codes).not.toContain("CHECK_FAILED");
    for (const f of expected.findings) expect(codes).toContain(f.code);
    if (expected.findings.length === 0)
      expect(record.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
