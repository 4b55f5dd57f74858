import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runReconciliation, type ReconcileRun } from "../../src/cli/commands/reconcile";
import { RECONCILIATION_STATUSES, type ReconciliationRow } from "../../src/core/reconcile/reconciliation";
import { makeExampleWorkbook } from "../../scripts/make-example-workbook";
import { decisionsDir, repoRoot } from "../helpers/fixtures";

const example = join(repoRoot, "examples", "budget-2023-25.xlsx");

describe("the bundled example against the five fixture decisions (real extractor, real workbook)", () => {
  let run: ReconcileRun;
  beforeAll(async () => {
    run = await runReconciliation({ workbook: example, decisions: [decisionsDir], cwd: repoRoot });
  });

  const rowsOf = (ref: string, fy?: string) =>
    run.result.rows.filter((r) => r.ref === ref && (fy === undefined || r.fy === fy));

  it("produces every status", () => {
    const seen = new Set(run.result.rows.map((r) => r.status));
    for (const s of RECONCILIATION_STATUSES) expect(seen, s).toContain(s);
  });

  it("PCD 1307 in 2023/24 is settled by the analyst's resolution row: MATCHED, OVER and UNDER by line", () => {
    const byLine: Record<string, ReconciliationRow> = Object.fromEntries(
      rowsOf("PCD 1307", "2023/24").map((r) => [r.decisionLine, r]),
    );
    expect(byLine["Drug Testing in Police Custody"]).toMatchObject({
      status: "MATCHED",
      approvedPence: 47_000_000,
    });
    expect(byLine["MAPPA"]).toMatchObject({ status: "OVER", variancePence: 500_000 });
    // "London Stalking Threat Assessment Centre" in the sheet is the decision's "S-TAC" (an acronym it defines).
    expect(byLine["S-TAC"]).toMatchObject({
      status: "UNDER",
      line: "London Stalking Threat Assessment Centre",
      variancePence: -2_500_000,
    });
    // "PCD 1307 Drive" in the reference cell names the line.
    expect(byLine["Drive"]).toMatchObject({ status: "MATCHED", line: "Drive" });
    for (const r of Object.values(byLine)) {
      expect(r.resolution?.note).toContain("confirmed");
      expect(r.resolution?.place).toEqual({ sheet: "Decisions", cell: "A2" });
      expect(r.evidence?.file).toContain("pcd-1307");
    }
  });

  it("PCD 1307 in 2024/25 is DECISION_INCONSISTENT (not covered by the resolution) and 2025/26 is OUTSIDE_PERIOD", () => {
    const later = rowsOf("PCD 1307", "2024/25");
    expect(later).toHaveLength(4);
    for (const r of later) expect(r.status).toBe("DECISION_INCONSISTENT");
    expect(rowsOf("PCD 1307", "2025/26").map((r) => r.status)).toEqual(["OUTSIDE_PERIOD"]);
    expect(run.result.findings.find((f) => f.ref === "PCD 1307" && f.severity === "error")).toBeDefined();
  });

  it("PCD 1513 and PCD 1732 are UNPROFILED: checked together against the total, with a profile suggested", () => {
    const drive = rowsOf("PCD 1513");
    expect(drive.map((r) => r.status)).toEqual(["UNPROFILED", "UNPROFILED"]);
    expect(drive[0]!.check).toMatchObject({
      budgetPence: 101_303_000,
      approvedPence: 101_303_000,
      variancePence: 0,
      fys: ["2023/24", "2024/25"],
    });
    const p1513 = run.result.profiles.find((p) => p.ref === "PCD 1513")!;
    expect(p1513.buckets.map((b) => b.label)).toEqual(["2023/24", "2024/25"]);
    expect(p1513.buckets.reduce((s, b) => s + b.pence, 0)).toBe(101_303_000);
    const idva = rowsOf("PCD 1732");
    expect(idva.map((r) => r.status)).toEqual(["UNPROFILED", "UNPROFILED", "UNPROFILED"]);
    expect(idva[0]!.check.variancePence).toBe(1_000_000);
    expect(run.result.profiles.find((p) => p.ref === "PCD 1732")!.buckets).toHaveLength(3);
  });

  it("older decisions: PCD 353 MATCHED, PCD 663 OVER in 2020/21 and OUTSIDE_PERIOD in 2023/24", () => {
    expect(rowsOf("PCD 353").map((r) => r.status)).toEqual(["MATCHED"]);
    expect(rowsOf("PCD 663", "2020/21")[0]).toMatchObject({ status: "OVER", approvedPence: 36_400_000 });
    expect(rowsOf("PCD 663", "2023/24")[0]!.status).toBe("OUTSIDE_PERIOD");
  });

  it("NO_DECISION for a row with no reference and for references no decision knows", () => {
    const none = run.result.rows.filter((r) => r.status === "NO_DECISION");
    expect(none.map((r) => r.ref)).toEqual(expect.arrayContaining([null, "PCD 1999", "DMPCD 2014 23"]));
  });

  it("reports the typed total that does not add up, with its cell", () => {
    const f = run.result.findings.find((x) => x.code === "TABLE_TOTAL_MISMATCH")!;
    expect(f.place).toEqual({ sheet: "Budget 2023-25", cell: "E24" });
  });

  it("warns where a row names another funding source than its decision, and only there", () => {
    const found = run.result.findings.filter((x) => x.code === "FUNDING_SOURCE_DIFFERS");
    // The MAPPA row says VAWG Strategy Fund; PCD 1307's table pays MAPPA from the Police Grant. Every other
    // row's source agrees with its decision's, or the decision names none.
    expect(found.map((f) => [f.ref, f.place])).toEqual([
      ["PCD 1307", { sheet: "Budget 2023-25", cell: "D7" }],
      ["PCD 1307", { sheet: "Budget 2023-25", cell: "E7" }],
    ]);
    expect(found[0]!.message).toMatch(
      /MAPPA in 2023\/24 from "VAWG Strategy Fund", but PCD 1307 funds it from "Police Grant"/,
    );
  });

  it("every row's evidence quotes the decision text exactly", () => {
    const texts = new Map(run.decisions.map((d) => [d.file, d.text]));
    for (const r of run.result.rows) {
      if (!r.evidence) continue;
      const text = texts.get(r.evidence.file)!;
      expect(text.slice(r.evidence.offset, r.evidence.offset + r.evidence.quote.length)).toBe(
        r.evidence.quote,
      );
    }
  });

  it("the committed example is what the script makes", async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "example-")), "budget.xlsx");
    await makeExampleWorkbook(fresh);
    const a = new ExcelJS.Workbook();
    const b = new ExcelJS.Workbook();
    await a.xlsx.readFile(example);
    await b.xlsx.readFile(fresh);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        expect(JSON.stringify(other.getRow(n).values), `${ws.name} row ${n}`).toBe(
          JSON.stringify(row.values),
        );
      });
    }
  });
});

describe("the analyst's whole-decision resolution (the issue's example), on the real PCD 1307", () => {
  const dir = mkdtempSync(join(tmpdir(), "example-resolution-"));
  const note = "PCD 1307 confirmed at £2,720,000 per the Executive Summary and table";

  /** The example with its register row replaced by one for the whole of PCD 1307 (no line, no FY). */
  async function withRegisterRow(approved: number | null, name: string): Promise<ReconcileRun> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    const ws = wb.getWorksheet("Decisions")!;
    ws.getRow(2).values = ["PCD 1307", null, null, approved, null, null, null, null, note];
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return runReconciliation({ workbook: path, decisions: [decisionsDir], cwd: repoRoot });
  }

  it("settles every PCD 1307 row in its period, shows the note as the rows' resolution and downgrades the error", async () => {
    const r = await withRegisterRow(2_720_000, "whole.xlsx");
    const rows = r.result.rows.filter((x) => x.ref === "PCD 1307" && x.fy !== "2025/26");
    expect(rows).toHaveLength(8);
    for (const x of rows) {
      expect(["MATCHED", "OVER", "UNDER"]).toContain(x.status);
      expect(x.resolution).toMatchObject({ note, place: { sheet: "Decisions", cell: "A2" } });
      expect(x.message).toContain("resolution");
    }
    const mismatch = r.result.findings.find((f) => f.ref === "PCD 1307" && f.code === "TOTAL_MISMATCH")!;
    expect(mismatch).toMatchObject({ severity: "info", resolution: note });
    // £2,720,000 replaces the £2,270,000 the Recommendation approves, and agrees with the table.
    const figure = r.result.findings.find((f) => f.ref === "PCD 1307" && f.code === "ANALYST_FIGURE")!;
    expect(figure.message).toContain("£2,270,000");
    expect(figure.message).toContain(note);
    expect(r.result.findings.some((f) => f.code === "ANALYST_TOTAL_DIFFERS_FROM_SPLIT")).toBe(false);
  });

  it("warns where the analyst's total disagrees with the decision's split by year", async () => {
    const r = await withRegisterRow(2_270_000, "differs.xlsx");
    const f = r.result.findings.find((x) => x.code === "ANALYST_TOTAL_DIFFERS_FROM_SPLIT")!;
    expect(f).toMatchObject({
      severity: "warning",
      ref: "PCD 1307",
      place: { sheet: "Decisions", cell: "A2" },
    });
    expect(f.message).toContain("£2,720,000");
  });
});
