import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { sameFundingSource } from "../../../src/core/reconcile/funding-source-check";
import { reconcile } from "../../../src/core/reconcile/reconcile";
import { fixtureText } from "../../helpers/fixtures";
import { approval, budget, record, registerRow, p, fy } from "./records";
import type { Allocation } from "../../../src/core/decision/decision-record";

// PCD 1307's table funds Drive and S-TAC from the VAWG Strategy Fund, Drug Testing and MAPPA from the Police Grant.
const pcd1307 = extractDecision(fixtureText("pcd-1307.txt"), "pcd-1307.txt");

function sourced(line: string, year: string, pence: number, fundingSource: string | null): Allocation {
  return {
    line,
    fy: fy(year),
    pence: p(pence),
    fundingSource,
    quote: `${line}\t£${pence / 100}`,
    offset: 100,
  };
}

const differs = (r: ReturnType<typeof reconcile>) =>
  r.findings.filter((f) => f.code === "FUNDING_SOURCE_DIFFERS");

describe("reconcile: the budget's funding source against the decision's", () => {
  it("warns where a budget row funds a line from another source than the decision (PCD 1307, real fixture)", () => {
    const r = reconcile({
      budgetRows: [
        budget("PCD 1307", "Drive", "2023/24", 675_000_00, { fundingSource: "Police Grant", cell: "E7" }),
        budget("PCD 1307", "Drive", "2024/25", 675_000_00, { fundingSource: "VAWG Strategy Fund" }),
        budget("PCD 1307", "MAPPA", "2023/24", 40_000_00, { fundingSource: "police grant" }),
        budget("PCD 1307", "S-TAC", "2023/24", 175_000_00),
      ],
      totals: [],
      decisions: [pcd1307],
    });
    const found = differs(r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      ref: "PCD 1307",
      file: "pcd-1307.txt",
      place: { sheet: "Budget", cell: "E7" },
    });
    expect(found[0]!.message).toContain('"Police Grant"');
    expect(found[0]!.message).toContain('"VAWG Strategy Fund"');
    expect(found[0]!.message).toContain("Drive");
    expect(found[0]!.message).toContain("2023/24");
    expect(found[0]!.quotes[0]!.quote).toContain("675,000");
  });

  it("reads a source named more or less fully as the same source", () => {
    const d = record("PCD 10", {
      approvals: [approval(300_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 300_000_00, "the MOPAC Commissioning budget")],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 10", "Outreach", "2024/25", 100_000_00, { fundingSource: "MOPAC commissioning" }),
        budget("PCD 10", "Outreach", "2024/25", 100_000_00, { fundingSource: "MOPAC Commissioning Budget" }),
        budget("PCD 10", "Outreach", "2024/25", 100_000_00, { fundingSource: "Commissioning" }),
      ],
      totals: [],
      decisions: [d],
    });
    expect(differs(r)).toEqual([]);
  });

  it("says nothing where the decision names no source, or the budget row gives none", () => {
    const d = record("PCD 11", {
      approvals: [approval(100_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 100_000_00, null)],
    });
    const e = record("PCD 12", {
      approvals: [approval(100_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 100_000_00, "Home Office grant")],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 11", "Outreach", "2024/25", 100_000_00, { fundingSource: "Police Grant" }),
        budget("PCD 12", "Outreach", "2024/25", 100_000_00),
      ],
      totals: [],
      decisions: [d, e],
    });
    expect(differs(r)).toEqual([]);
  });

  it("accepts any of the sources a line is funded from in the year, and names them all when none fits", () => {
    const d = record("PCD 13", {
      approvals: [approval(300_000_00, "2024-04-01", "2025-03-31")],
      allocations: [
        sourced("Outreach", "2024/25", 200_000_00, "Home Office grant"),
        sourced("Outreach", "2024/25", 100_000_00, "VRU reserve"),
      ],
    });
    const ok = reconcile({
      budgetRows: [budget("PCD 13", "Outreach", "2024/25", 300_000_00, { fundingSource: "VRU Reserve" })],
      totals: [],
      decisions: [d],
    });
    expect(differs(ok)).toEqual([]);
    const bad = reconcile({
      budgetRows: [budget("PCD 13", "Outreach", "2024/25", 300_000_00, { fundingSource: "Police Grant" })],
      totals: [],
      decisions: [d],
    });
    expect(differs(bad)).toHaveLength(1);
    expect(differs(bad)[0]!.message).toMatch(/"Home Office grant" and "VRU reserve"/);
  });

  it("gives one finding per line, year and budget source, naming every row", () => {
    const d = record("PCD 14", {
      approvals: [approval(300_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 300_000_00, "Home Office grant")],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 14", "Outreach", "2024/25", 100_000_00, { fundingSource: "Police Grant", cell: "D5" }),
        budget("PCD 14", "outreach", "2024/25", 100_000_00, { fundingSource: "POLICE GRANT", cell: "D6" }),
        budget("PCD 14", "Outreach", "2024/25", 100_000_00, { fundingSource: "Council tax", cell: "D7" }),
      ],
      totals: [],
      decisions: [d],
    });
    const found = differs(r);
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toContain("Budget!D5, Budget!D6");
    expect(found[1]!.place).toEqual({ sheet: "Budget", cell: "D7" });
    expect(found[1]!.message).toMatch(/^the budget pays for Outreach in 2024\/25 from "Council tax"/);
  });

  it("checks a decision with no split by year against the sources of its approvals", () => {
    const d = record("PCD 15", {
      approvals: [
        approval(500_000_00, "2024-04-01", "2026-03-31", { fundingSource: "Violence Reduction budget" }),
      ],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 15", "Outreach", "2024/25", 250_000_00, { fundingSource: "Violence Reduction" }),
        budget("PCD 15", "Outreach", "2025/26", 250_000_00, { fundingSource: "Police Grant" }),
      ],
      totals: [],
      decisions: [d],
    });
    expect(r.rows.map((x) => x.status)).toEqual(["UNPROFILED", "UNPROFILED"]);
    expect(differs(r)).toHaveLength(1);
    expect(differs(r)[0]!.message).toContain("2025/26");
  });

  it("takes the source of an analyst's register row where it sets the figure", () => {
    const d = record("PCD 16", {
      approvals: [approval(100_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 100_000_00, "Home Office grant")],
    });
    const r = reconcile({
      budgetRows: [budget("PCD 16", "Outreach", "2024/25", 120_000_00, { fundingSource: "Police Grant" })],
      totals: [],
      decisions: [d],
      registerRows: [
        registerRow("PCD 16", {
          line: "Outreach",
          fy: fy("2024/25"),
          approvedPence: p(120_000_00),
          fundingSource: "Police Grant",
          resolution: "Funded from the Police Grant per the revised grant letter",
        }),
      ],
    });
    expect(differs(r)).toEqual([]);
  });

  it("is not raised for rows with no decision, or outside its period", () => {
    const d = record("PCD 17", {
      approvals: [approval(100_000_00, "2024-04-01", "2025-03-31")],
      allocations: [sourced("Outreach", "2024/25", 100_000_00, "Home Office grant")],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 99", "Outreach", "2024/25", 100_000_00, { fundingSource: "Police Grant" }),
        budget("PCD 17", "Outreach", "2026/27", 100_000_00, { fundingSource: "Police Grant" }),
      ],
      totals: [],
      decisions: [d],
    });
    expect(differs(r)).toEqual([]);
  });
});

describe("sameFundingSource", () => {
  it("is symmetric, and blind to case, punctuation and filler words", () => {
    const word = fc.constantFrom(
      "Police",
      "Grant",
      "VAWG",
      "Home",
      "Office",
      "MOPAC",
      "VRU",
      "reserve",
      "budget",
      "the",
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        (a, b) => {
          const x = a.join(" ");
          const y = b.join(" ");
          expect(sameFundingSource(x, y)).toBe(sameFundingSource(y, x));
          expect(sameFundingSource(x, x.toUpperCase().replace(/ /g, "-"))).toBe(true);
          expect(sameFundingSource(x, `the ${x} budget`)).toBe(true);
        },
      ),
    );
  });

  it("tells different sources apart", () => {
    expect(sameFundingSource("Police Grant", "Home Office grant")).toBe(false);
    expect(sameFundingSource("VRU reserve", "MOPAC reserve")).toBe(false);
    expect(sameFundingSource("VAWG Strategy Fund", "VAWG fund")).toBe(true);
  });
});
