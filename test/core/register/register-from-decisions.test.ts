import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { registerFromDecision } from "../../../src/core/register/register-from-decisions";
import { expectedDecisions, fixtureText } from "../../helpers/fixtures";

describe("registerFromDecision on the fixture decisions", () => {
  for (const expected of expectedDecisions()) {
    it(`${expected.file}: one row per allocation and one whole-period row per approval, each with its evidence`, () => {
      const text = fixtureText(expected.file);
      const record = extractDecision(text, expected.file);
      const rows = registerFromDecision(record);
      const perFy = rows.filter((r) => r.fy !== null);
      const whole = rows.filter((r) => r.fy === null);
      expect(whole).toHaveLength(record.approvals.length);
      expect(perFy).toHaveLength(record.allocations.length);
      for (const r of rows) {
        expect(r.ref).toBe(expected.ref);
        expect(r.source).toBe("extracted");
        expect(text.slice(r.evidence!.offset, r.evidence!.offset + r.evidence!.quote.length)).toBe(
          r.evidence!.quote,
        );
      }
      // Where the decision fixes money per year, the per-FY rows add up to it.
      for (const [fy, pence] of Object.entries(expected.byYear)) {
        if (pence === null) continue;
        expect(perFy.filter((r) => r.fy === fy).reduce((s, r) => s + (r.approvedPence ?? 0), 0)).toBe(pence);
      }
    });
  }
});
