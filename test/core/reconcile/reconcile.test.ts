import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { reconcile } from "../../../src/core/reconcile/reconcile";
import type { RegisterRow } from "../../../src/core/register/register-row";
import { allocation, approval, budget, fy, mismatch, p, record, registerRow } from "./records";

const split = record("PCD 100", {
  approvals: [approval(200_000_00, "2023-04-01", "2025-03-31")],
  allocations: [
    allocation("Drive", "2023/24", 60_000_00),
    allocation("Drive", "2024/25", 60_000_00),
    allocation("S-TAC", "2023/24", 40_000_00),
    allocation("S-TAC", "2024/25", 40_000_00),
  ],
});
const unsplit = record("PCD 200", { approvals: [approval(1_013_030_00, "2023-10-01", "2025-03-31")] });

function one(
  rows: Parameters<typeof reconcile>[0]["budgetRows"],
  decisions = [split, unsplit],
  registerRows: RegisterRow[] = [],
) {
  return reconcile({ budgetRows: rows, totals: [], decisions, registerRows });
}

describe("reconcile: statuses", () => {
  it("MATCHED, OVER and UNDER against a line's FY allocation, matching names regardless of case and punctuation", () => {
    const r = one([
      budget("PCD100", "drive", "2023/24", 60_000_00),
      budget("pcd-100", "STAC", "2023/24", 45_000_00),
      budget("PCD 100", "s tac", "2024/25", 30_000_00),
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(["MATCHED", "OVER", "UNDER"]);
    expect(r.rows.map((x) => x.variancePence)).toEqual([0, 5_000_00, -10_000_00]);
    expect(r.rows[1]!.approvedPence).toBe(40_000_00);
    expect(r.rows[1]!.evidence).toEqual({ file: "pcd-100.txt", quote: "S-TAC\t£40000", offset: 100 });
    expect(r.rows[1]!.decisionLine).toBe("S-TAC");
  });

  it("reads the line from the reference cell where the table has no line column", () => {
    const r = one([budget("PCD 100 Drive", null, "2023/24", 60_000_00)]);
    expect(r.rows[0]).toMatchObject({ ref: "PCD 100", line: "Drive", status: "MATCHED" });
  });

  it("gives each row its own line and result, in the rows' order, where cells with and without a line mix", () => {
    const rows = [
      budget("PCD 100", "Drive", "2023/24", 30_000_00),
      budget("PCD 100 S-TAC", null, "2023/24", 40_000_00),
      budget("PCD 100 Drive", null, "2023/24", 30_000_00),
      budget("PCD 100", null, "2024/25", 100_000_00),
      budget("PCD 100", "s-tac", "2024/25", 1_00),
    ];
    const r = one(rows);
    expect(r.rows.map((x) => [x.row, x.line, x.status, x.budgetPence])).toEqual([
      [rows[0]!.row, "Drive", "MATCHED", 30_000_00],
      [rows[1]!.row, "S-TAC", "MATCHED", 40_000_00],
      [rows[2]!.row, "Drive", "MATCHED", 30_000_00],
      [rows[3]!.row, null, "MATCHED", 100_000_00],
      [rows[4]!.row, "s-tac", "UNDER", 1_00],
    ]);
    // Read twice, the rows are the same results, not made again.
    expect(r.rows[1]).toBe(r.rows[1]);
  });

  it("keeps its rows whatever the caller then does with its list of budget rows", () => {
    const rows = [
      budget("PCD 100", "Drive", "2023/24", 60_000_00),
      budget("PCD 999", "Drive", "2023/24", 5_00),
    ];
    const r = one(rows);
    rows.reverse();
    rows.length = 1;
    expect(r.rows.map((x) => [x.refText, x.status, x.budgetPence])).toEqual([
      ["PCD 100", "MATCHED", 60_000_00],
      ["PCD 999", "NO_DECISION", 5_00],
    ]);
  });

  it("sums rows that share (ref, line, FY) against the one approval", () => {
    const r = one([
      budget("PCD 100", "Drive", "2023/24", 25_000_00),
      budget("PCD 100", "DRIVE", "2023/24", 35_000_00),
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(["MATCHED", "MATCHED"]);
    expect(r.rows[0]!.check).toMatchObject({
      rows: 2,
      budgetPence: 60_000_00,
      approvedPence: 60_000_00,
      variancePence: 0,
    });
    expect(r.totals).toEqual({ budgetPence: 60_000_00, approvedPence: 60_000_00, variancePence: 0 });
  });

  it("checks a row with a reference but no line against the decision's FY total", () => {
    const r = one([budget("PCD 100", null, "2024/25", 100_000_00)]);
    expect(r.rows[0]).toMatchObject({ status: "MATCHED", approvedPence: 100_000_00 });
  });

  it("quotes, for a FY total, the figure of the decision's first line with one in that FY, whether or not the register names the decision", () => {
    // Drive is the first line read, though S-TAC's 2023/24 figure comes before Drive's.
    const d = record("PCD 300", {
      allocations: [
        allocation("Drive", "2024/25", 10_00),
        allocation("S-TAC", "2023/24", 20_00),
        allocation("Drive", "2023/24", 30_00),
      ],
    });
    const rows = [budget("PCD 300", null, "2023/24", 50_00)];
    const note = registerRow("PCD 300", { resolution: "checked against the signed PDF" });
    const drive = { file: "pcd-300.txt", quote: "Drive\t£30", offset: 100 };
    for (const registerRows of [[], [note]]) {
      const r = one(rows, [d], registerRows);
      expect(r.rows[0]).toMatchObject({ status: "MATCHED", approvedPence: 50_00, evidence: drive });
    }
  });

  it("NO_DECISION: no reference, an unknown reference, or a line the decision does not name", () => {
    const r = one([
      budget(null, "Drive", "2023/24", 1_00),
      budget("PCD 999", "Drive", "2023/24", 1_00),
      budget("PCD 100", "MAPPA", "2023/24", 1_00),
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(["NO_DECISION", "NO_DECISION", "NO_DECISION"]);
    expect(r.rows[1]!.message).toContain("PCD 999");
    expect(r.rows[2]!.message).toContain("MAPPA");
    expect(r.rows.every((x) => x.approvedPence === null && x.variancePence === null)).toBe(true);
  });

  it("OUTSIDE_PERIOD: the decision exists but does not cover the year", () => {
    const r = one([budget("PCD 100", "Drive", "2025/26", 1_00), budget("PCD 200", null, "2022/23", 1_00)]);
    expect(r.rows.map((x) => x.status)).toEqual(["OUTSIDE_PERIOD", "OUTSIDE_PERIOD"]);
  });

  it("UNPROFILED: rows of an unsplit approval are checked together and a profile is suggested", () => {
    const r = one([
      budget("PCD 200", "Drive", "2023/24", 400_000_00),
      budget("PCD 200", "Drive", "2024/25", 613_030_00),
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(["UNPROFILED", "UNPROFILED"]);
    expect(r.rows[0]!.check).toMatchObject({
      rows: 2,
      fys: ["2023/24", "2024/25"],
      budgetPence: 1_013_030_00,
      approvedPence: 1_013_030_00,
      variancePence: 0,
    });
    expect(r.profiles).toHaveLength(1);
    const profile = r.profiles[0]!;
    expect(profile.buckets.map((b) => b.label)).toEqual(["2023/24", "2024/25"]);
    expect(profile.buckets.reduce((s, b) => s + b.pence, 0)).toBe(1_013_030_00);
    // 6 of 18 months fall in 2023/24.
    expect(profile.buckets[0]!.pence).toBe(Math.round(1_013_030_00 / 3));
    expect(r.rows[0]!.suggestedPence).toBe(profile.buckets[0]!.pence);
    expect(r.totals.approvedPence).toBe(1_013_030_00);
  });

  it("DECISION_INCONSISTENT where the decision carries an error, unless the analyst's note settles it", () => {
    const bad = { ...split, findings: [mismatch] };
    const note = registerRow("PCD 100", {
      fy: fy("2023/24"),
      resolution: "2023/24 confirmed per the table",
      place: { sheet: "Decisions", cell: "A2" },
    });
    const r = one(
      [budget("PCD 100", "Drive", "2023/24", 60_000_00), budget("PCD 100", "Drive", "2024/25", 60_000_00)],
      [bad],
      [note],
    );
    expect(r.rows.map((x) => x.status)).toEqual(["MATCHED", "DECISION_INCONSISTENT"]);
    expect(r.rows[0]!.resolution?.note).toBe("2023/24 confirmed per the table");
    expect(r.rows[1]!.approvedPence).toBe(60_000_00);
    // A partial resolution leaves the decision's error an error.
    expect(r.findings.find((f) => f.code === "TOTAL_MISMATCH")?.severity).toBe("error");
  });

  it("an analyst's figure overrides the extracted one and a ref-wide note downgrades the decision's error", () => {
    const bad = { ...split, findings: [mismatch] };
    const rows = [
      registerRow("PCD 100", { line: "Drive", fy: fy("2023/24"), approvedPence: p(65_000_00) }),
      registerRow("PCD 100", { resolution: "confirmed per the table" }),
    ];
    const r = one([budget("PCD 100", "Drive", "2023/24", 65_000_00)], [bad], rows);
    expect(r.rows[0]).toMatchObject({ status: "MATCHED", approvedPence: 65_000_00, evidence: null });
    const f = r.findings.find((x) => x.code === "TOTAL_MISMATCH")!;
    expect(f.severity).toBe("info");
    expect(f.resolution).toBe("confirmed per the table");
    expect(r.findings.some((x) => x.code === "ANALYST_FIGURE")).toBe(true);
  });

  it("an analyst's FY totals replace the decision's for those years, a year it had and a year it had not", () => {
    // The decision has a figure for 2023/24 only; the register gives totals (no line) for 2024/25, then 2023/24.
    // Moving the second into the decision's list once looped the first back onto it, and reconcile never returned.
    const decision = record("PCD 300", {
      approvals: [approval(150_000_00, "2023-04-01", "2025-03-31")],
      allocations: [allocation("Drive", "2023/24", 50_000_00)],
    });
    const total = (year: string, pence: number): RegisterRow =>
      registerRow("PCD 300", {
        fy: fy(year),
        approvedPence: p(pence),
        resolution: `total for ${year} per the finance report`,
      });
    const r = one(
      [budget("PCD 300", null, "2023/24", 55_000_00), budget("PCD 300", null, "2024/25", 70_000_00)],
      [decision],
      [total("2024/25", 70_000_00), total("2023/24", 55_000_00)],
    );
    expect(r.rows.map((x) => [x.fy, x.status, x.approvedPence, x.resolution?.note])).toEqual([
      ["2023/24", "MATCHED", 55_000_00, "total for 2023/24 per the finance report"],
      ["2024/25", "MATCHED", 70_000_00, "total for 2024/25 per the finance report"],
    ]);
  });

  it("register rows copied from a decision (source extracted) never count its money twice", () => {
    const copy: RegisterRow = {
      ref: "PCD 100",
      line: "Drive",
      fy: fy("2023/24"),
      approvedPence: p(60_000_00),
      recipient: null,
      start: null,
      end: null,
      fundingSource: null,
      resolution: null,
      source: "extracted",
      evidence: null,
    };
    const withFile = one([budget("PCD 100", "Drive", "2023/24", 60_000_00)], [split], [copy]);
    expect(withFile.rows[0]).toMatchObject({ status: "MATCHED", approvedPence: 60_000_00 });
    // Without the decision file the copy is what there is to check against.
    const without = one([budget("PCD 100", "Drive", "2023/24", 60_000_00)], [], [copy]);
    expect(without.rows[0]).toMatchObject({ status: "MATCHED", approvedPence: 60_000_00, evidence: null });
  });

  it("uses aliases, the user's and the acronyms a decision defines", () => {
    const withText = record("PCD 300", {
      allocations: [allocation("S-TAC", "2023/24", 10_00), allocation("MAPPA", "2023/24", 5_00)],
      text: "- London Stalking Threat Assessment Centre (S-TAC) – funding\n",
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 300", "London Stalking Threat Assessment Centre", "2023/24", 10_00),
        budget("PCD 300", "Public Protection", "2023/24", 5_00),
      ],
      totals: [],
      decisions: [withText],
      aliases: { MAPPA: ["Public Protection"] },
    });
    expect(r.rows.map((x) => x.status)).toEqual(["MATCHED", "MATCHED"]);
  });

  it("matches a budget line that gives its own acronym with the decision's line under either name", () => {
    // The decision's text does not define the acronym: the budget's own line name does.
    const catchDecision = record("PCD 301", { allocations: [allocation("CATCH", "2024/25", 120_000_00)] });
    const longDecision = record("PCD 302", {
      allocations: [allocation("Community Alliance to Combat Hate", "2024/25", 80_000_00)],
    });
    const r = reconcile({
      budgetRows: [
        budget("PCD 301", "Community Alliance to Combat Hate", "2024/25", 60_000_00),
        budget("PCD 301", "Community Alliance to Combat Hate (CATCH)", "2024/25", 60_000_00),
        budget("PCD 302", "CATCH", "2024/25", 80_000_00),
      ],
      totals: [],
      decisions: [catchDecision, longDecision],
    });
    expect(r.rows.map((x) => [x.status, x.approvedPence])).toEqual([
      ["MATCHED", 120_000_00],
      ["MATCHED", 120_000_00],
      ["MATCHED", 80_000_00],
    ]);
  });

  it("reports table totals that do not add up and unread cells with their place", () => {
    const r = reconcile({
      budgetRows: [],
      decisions: [],
      totals: [
        {
          sheet: "Budget",
          row: 9,
          cell: "C9",
          label: "Total",
          fy: fy("2023/24"),
          statedPence: p(100),
          computedPence: p(90),
          table: "t",
        },
      ],
      unread: [{ sheet: "Budget", cell: "D4", value: "tbc", reason: "not an amount" }],
    });
    expect(r.findings.map((f) => [f.code, f.severity, f.place])).toEqual([
      ["TABLE_TOTAL_MISMATCH", "error", { sheet: "Budget", cell: "C9" }],
      ["UNREAD_CELL", "warning", { sheet: "Budget", cell: "D4" }],
    ]);
  });
});

describe("reconcile: result rows", () => {
  it("read as plain rows: every field of the contract, in its order as JSON, optional fields only where set", () => {
    const r = one([
      budget("PCD100", "drive", "2023/24", 60_000_00),
      budget("PCD 200", "Drive", "2023/24", 400_000_00),
    ]);
    const [matched, unprofiled] = r.rows.map((x) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>);
    expect(Object.keys(matched!)).toEqual([
      "sheet",
      "row",
      "cell",
      "table",
      "ref",
      "refText",
      "line",
      "decisionLine",
      "fy",
      "budgetPence",
      "approvedPence",
      "variancePence",
      "status",
      "evidence",
      "check",
      "message",
    ]);
    expect(matched).toMatchObject({
      sheet: "Budget",
      cell: r.rows[0]!.cell,
      ref: "PCD 100",
      refText: "PCD100",
      line: "drive",
      decisionLine: "Drive",
      fy: "2023/24",
      budgetPence: 60_000_00,
      approvedPence: 60_000_00,
      variancePence: 0,
      status: "MATCHED",
      evidence: { file: "pcd-100.txt", quote: "Drive\t£60000", offset: 100 },
      check: {
        rows: 1,
        fys: ["2023/24"],
        budgetPence: 60_000_00,
        approvedPence: 60_000_00,
        variancePence: 0,
      },
    });
    expect(matched!.message).toBe(r.rows[0]!.message);
    expect(Object.keys(unprofiled!).slice(-2)).toEqual(["suggestedPence", "message"]);
    expect(unprofiled!.suggestedPence).toBe(r.rows[1]!.suggestedPence);
    expect(r.rows[0]!.resolution).toBeUndefined();
  });
});

describe("reconcile: large decisions and references", () => {
  // A decision's lines, and a reference's budget groups, are scanned while they are few and kept in a Map past 16:
  // the answers must be the same on both sides of that limit.
  it("matches every line of a decision with 40 lines over 3 years, and of a reference with 120 budget groups", () => {
    const years = ["2023/24", "2024/25", "2025/26"];
    const lines = Array.from({ length: 40 }, (_, i) => `Project ${i + 1}`);
    const big = record("PCD 300", {
      approvals: [approval(0, "2023-04-01", "2026-03-31")],
      allocations: lines.flatMap((l, i) => years.map((y, j) => allocation(l, y, (i + 1) * 100_00 + j))),
    });
    const rows = lines.flatMap((l, i) =>
      years.map((y, j) =>
        budget(i % 2 ? "pcd-300" : "PCD 300", l.toUpperCase(), y, (i + 1) * 100_00 + j + (i === 7 ? 1 : 0)),
      ),
    );
    rows.push(
      budget("PCD 300", "Project 41", "2023/24", 1_00),
      budget("PCD 300", "Project 3", "2026/27", 1_00),
    );
    const r = reconcile({ budgetRows: rows, totals: [], decisions: [big] });
    expect(r.rows.slice(0, 120).map((x) => x.status)).toEqual(
      rows.slice(0, 120).map((_, k) => (Math.floor(k / 3) === 7 ? "OVER" : "MATCHED")),
    );
    expect(r.rows[45]).toMatchObject({
      line: "PROJECT 16",
      decisionLine: "Project 16",
      approvedPence: 1_600_00,
    });
    expect(r.rows[45]!.evidence).toEqual({ file: "pcd-300.txt", quote: "Project 16\t£1600", offset: 100 });
    expect(r.rows[120]).toMatchObject({ status: "NO_DECISION" });
    expect(r.rows[120]!.message).toContain('names no budget line "Project 41"');
    expect(r.rows[121]).toMatchObject({ status: "OUTSIDE_PERIOD" });
    // Two spellings of the reference, one decision: each (line, FY) is one check of one row.
    expect(r.rows.slice(0, 120).every((x) => x.check.rows === 1)).toBe(true);
  });

  it("sums the rows of one (line, FY) when the reference has more groups than the scan limit", () => {
    const years = ["2023/24", "2024/25"];
    const lines = Array.from({ length: 12 }, (_, i) => `Ward ${i + 1}`);
    const d = record("PCD 301", {
      approvals: [approval(0, "2023-04-01", "2025-03-31")],
      allocations: lines.flatMap((l) => years.map((y) => allocation(l, y, 10_00))),
    });
    // 24 groups, each met twice: once early, once after every group exists.
    const half = lines.flatMap((l) => years.map((y) => budget("PCD 301", l, y, 5_00)));
    const again = lines.flatMap((l) => years.map((y) => budget("PCD301", l, y, 5_00)));
    const r = reconcile({ budgetRows: [...half, ...again], totals: [], decisions: [d] });
    expect(r.rows.every((x) => x.status === "MATCHED" && x.check.rows === 2)).toBe(true);
    expect(r.totals).toEqual({ budgetPence: 240_00, approvedPence: 240_00, variancePence: 0 });
  });
});

describe("reconcile: properties", () => {
  it("the budget total is the sum of the rows, and a check's variance is its budget less its approval", () => {
    const line = fc.constantFrom("Drive", "S-TAC", "stac", null);
    const year = fc.constantFrom("2022/23", "2023/24", "2024/25");
    const ref = fc.constantFrom("PCD 100", "PCD100", "PCD 200", "PCD 999", null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ref, line, year, fc.integer({ min: 0, max: 1e9 })), { maxLength: 30 }),
        (specs) => {
          const rows = specs.map(([r, l, y, n]) => budget(r, l, y, n));
          const out = one(rows);
          expect(out.rows).toHaveLength(rows.length);
          expect(out.totals.budgetPence).toBe(rows.reduce((s, r) => s + r.pence, 0));
          for (const r of out.rows) {
            if (r.check.approvedPence !== null)
              expect(r.check.variancePence).toBe(r.check.budgetPence - r.check.approvedPence);
            else expect(r.variancePence).toBeNull();
          }
          const counted = Object.values(out.counts).reduce((s, n) => s + n, 0);
          expect(counted).toBe(rows.length);
        },
      ),
    );
  });

  it("holds whatever the register holds: duplicate lines and years, analyst figures, FY totals and notes, copies", () => {
    const refs = ["PCD 100", "PCD 200", "PCD 300"];
    const lines = ["Drive", "DRIVE", "S-TAC", "Outreach", ""];
    const years = ["2022/23", "2023/24", "2024/25", "2025/26"];
    const dates = [null, "2023-04-01", "2023-10-01", "2025-03-31"];
    const pence = fc.oneof(fc.constantFrom(500, 1_000_000), fc.integer({ min: 0, max: 1e7 }));
    const decision = fc
      .record({
        ref: fc.constantFrom(...refs),
        approvals: fc.array(
          fc
            .tuple(pence, fc.constantFrom(...dates), fc.constantFrom(...dates))
            .map(([n, a, b]) => approval(n, a, b)),
          { maxLength: 2 },
        ),
        allocations: fc.array(
          fc
            .tuple(fc.constantFrom(...lines), fc.constantFrom(...years), pence)
            .map(([l, y, n]) => allocation(l, y, n)),
          { maxLength: 6 },
        ),
        findings: fc.boolean().map((bad) => (bad ? [mismatch] : [])),
      })
      .map(({ ref, ...parts }) => record(ref, parts));
    const registerRow = fc
      .record({
        ref: fc.constantFrom(...refs),
        line: fc.constantFrom(null, ...lines.filter((l) => l !== "")),
        fy: fc.constantFrom(null, ...years.map(fy)),
        approvedPence: fc.constantFrom(null, 0, 500, 1_000_000),
        start: fc.constantFrom(...dates),
        end: fc.constantFrom(...dates),
        resolution: fc.constantFrom(null, "confirmed per the table"),
        source: fc.constantFrom("analyst" as const, "extracted" as const),
      })
      .map((r): RegisterRow => ({
        ...r,
        approvedPence: r.approvedPence === null ? null : p(r.approvedPence),
        recipient: null,
        fundingSource: null,
        evidence: null,
      }));
    const row = fc
      .tuple(
        fc.constantFrom("PCD 100", "pcd-100", "PCD 200 Drive", "PCD300", "PCD 999", null),
        fc.constantFrom(null, ...lines),
        fc.constantFrom(...years),
        fc.oneof(fc.constantFrom(500, 1_000_000), fc.integer({ min: 0, max: 1e7 })),
      )
      .map(([r, l, y, n]) => budget(r, l, y, n));
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.array(decision, { maxLength: 4 }),
        fc.array(registerRow, { maxLength: 5 }),
        (rows, decisions, registerRows) => {
          const out = one(rows, decisions, registerRows);
          expect(out.rows).toHaveLength(rows.length);
          expect(out.totals.budgetPence).toBe(rows.reduce((s, r) => s + r.pence, 0));
          expect(Object.values(out.counts).reduce((s, n) => s + n, 0)).toBe(rows.length);
          for (const r of out.rows) {
            const c = r.check;
            if (c.approvedPence === null) expect(r.variancePence).toBeNull();
            else expect(c.variancePence).toBe(c.budgetPence - c.approvedPence);
            if (r.status === "NO_DECISION" || r.status === "OUTSIDE_PERIOD")
              expect(r.approvedPence).toBeNull();
            const sign = Math.sign(c.variancePence ?? NaN);
            if (r.status === "MATCHED") expect(sign).toBe(0);
            if (r.status === "OVER") expect(sign).toBe(1);
            if (r.status === "UNDER") expect(sign).toBe(-1);
            expect(r.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
