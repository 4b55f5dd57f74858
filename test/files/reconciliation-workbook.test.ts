import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli";
import { decisionsDir, repoRoot } from "../helpers/fixtures";
import { MONEY_FORMAT, writeReconciliationWorkbook } from "../../src/files/reconciliation-workbook";
import { runReconciliation } from "../../src/cli/commands/reconcile";
import { reconciliationOutputSheets } from "../../src/core/reconcile/output-sheets";
import { OWNED_SHEETS_MARKER } from "../../src/core/reconcile/output-sheets";

const example = join(repoRoot, "examples", "budget-2023-25.xlsx");
const OURS = ["Reconciliation", "Findings", "Profiles"];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell of a sheet: value (formulas with their results), number format and font, by address; and merges. */
function snapshot(ws: ExcelJS.Worksheet, valuedRowsOnly = false): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (valuedRowsOnly && !row.hasValues) return;
    row.eachCell({ includeEmpty: true }, (c) => {
      out[c.address] = JSON.stringify([c.value, c.numFmt ?? null, c.font ?? null, c.alignment ?? null]);
    });
  });
  out["!merges"] = JSON.stringify(
    ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []).slice().sort(),
  );
  return out;
}

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

async function reconcileTo(input: string, out: string): Promise<void> {
  const r = await cli(["reconcile", input, "--decisions", decisionsDir, "--out", out], { cwd: repoRoot });
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.code);
}

describe("the --out workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "reconciliation-workbook-"));
  const input = join(dir, "budget.xlsx");
  const out1 = join(dir, "out1.xlsx");
  const out2 = join(dir, "out2.xlsx");
  let before: string;
  let cellsBefore: Record<string, Record<string, string>>;

  const allCells = async (path: string) =>
    Object.fromEntries((await load(path)).worksheets.map((w) => [w.name, snapshot(w)]));

  beforeAll(async () => {
    copyFileSync(example, input);
    before = sha(input);
    cellsBefore = await allCells(input);
    await reconcileTo(input, out1);
    await reconcileTo(out1, out2);
  });

  it("never writes the input file", () => {
    expect(sha(input)).toBe(before);
  });

  it("every cell of the input is the same after the tool ran on it (and on its output)", async () => {
    const after = await allCells(input);
    expect(Object.keys(after)).toEqual(Object.keys(cellsBefore));
    expect(Object.values(cellsBefore).reduce((n, s) => n + Object.keys(s).length, 0)).toBeGreaterThan(50);
    expect(after).toEqual(cellsBefore);
  });

  it("keeps every cell of the user's sheets: values, formulas, number formats, fonts, merges", async () => {
    const a = await load(input);
    const b = await load(out1);
    const userSheets = a.worksheets.map((w) => w.name);
    expect(b.worksheets.map((w) => w.name).slice(0, userSheets.length)).toEqual(userSheets);
    for (const name of userSheets)
      expect(snapshot(b.getWorksheet(name)!)).toEqual(snapshot(a.getWorksheet(name)!));
  });

  it("adds the three output sheets with money formats, a frozen header, an autofilter and status colours", async () => {
    const b = await load(out1);
    for (const name of OURS) expect(b.getWorksheet(name)).toBeDefined();
    const ws = b.getWorksheet("Reconciliation")!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining([
        "Sheet",
        "Ref",
        "Line",
        "FY",
        "Budget",
        "Approved",
        "Variance",
        "Status",
        "Evidence",
        "Decision file",
        "Resolution",
      ]),
    );
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const budgetCol = (ws.getRow(1).values as unknown[]).indexOf("Budget");
    expect(ws.getColumn(budgetCol).numFmt).toBe(MONEY_FORMAT);
    const cf = (ws as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    const formulae = cf.flatMap((c) => c.rules.flatMap((r) => r.formulae)).join(" ");
    for (const s of [
      "MATCHED",
      "OVER",
      "UNDER",
      "NO_DECISION",
      "OUTSIDE_PERIOD",
      "UNPROFILED",
      "DECISION_INCONSISTENT",
    ])
      expect(formulae).toContain(s);
    // Pounds written exactly: £1,013,030 is 1013030, not 1013029.9999.
    const profiles = b.getWorksheet("Profiles")!;
    const totals = new Set<unknown>();
    profiles.eachRow((row, n) => n > 1 && totals.add(row.getCell(3).value));
    expect(totals.has(1013030)).toBe(true);
    expect(b.getWorksheet(OWNED_SHEETS_MARKER)?.state).toBe("veryHidden");
  });

  it("a re-run on its own output replaces only its own sheets and gives the same result", async () => {
    const b = await load(out1);
    const c = await load(out2);
    expect(c.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    for (const w of b.worksheets) expect(snapshot(c.getWorksheet(w.name)!)).toEqual(snapshot(w));
  });

  it("keeps a user's sheet called Findings and writes ours beside it, on every run", async () => {
    const wb = await load(input);
    const mine = wb.addWorksheet("Findings");
    mine.getCell("A1").value = "My own findings";
    mine.getCell("B2").value = { formula: "1+1", result: 2 };
    const userInput = join(dir, "with-findings.xlsx");
    await wb.xlsx.writeFile(userInput);
    const o1 = join(dir, "with-findings.out1.xlsx");
    const o2 = join(dir, "with-findings.out2.xlsx");
    const r = await cli(["reconcile", userInput, "--decisions", decisionsDir, "--out", o1], {
      cwd: repoRoot,
    });
    expect(r.stdout).toContain('"Findings (reconciler)"');
    await reconcileTo(o1, o2);
    for (const path of [o1, o2]) {
      const out = await load(path);
      expect(out.getWorksheet("Findings")!.getCell("A1").value).toBe("My own findings");
      expect(snapshot(out.getWorksheet("Findings")!)).toEqual(snapshot(mine));
      expect(out.getWorksheet("Findings (reconciler)")!.getCell("A1").value).toBe("Severity");
      expect(out.worksheets.filter((w) => w.name.startsWith("Findings")).map((w) => w.name)).toEqual([
        "Findings",
        "Findings (reconciler)",
      ]);
    }
  });

  it("refuses to write over the input (exit 2) and leaves it alone", async () => {
    const r = await cli(["reconcile", input, "--decisions", decisionsDir, "--out", input], { cwd: repoRoot });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out");
    expect(sha(input)).toBe(before);
  });
});

describe("the --out workbook written by the streaming writer (used above 100,000 output rows)", () => {
  const dir = mkdtempSync(join(tmpdir(), "reconciliation-stream-"));
  const input = join(dir, "budget.xlsx");
  const out1 = join(dir, "out1.xlsx");
  const out2 = join(dir, "out2.xlsx");

  beforeAll(async () => {
    copyFileSync(example, input);
    const run = await runReconciliation({ workbook: input, decisions: [decisionsDir], cwd: repoRoot });
    await writeReconciliationWorkbook(input, out1, reconciliationOutputSheets(run.result), {
      streamAbove: 0,
    });
    const again = await runReconciliation({ workbook: out1, decisions: [decisionsDir], cwd: repoRoot });
    // As JSON, so every field is compared, the message too.
    expect(JSON.parse(JSON.stringify(again.result.rows))).toEqual(
      JSON.parse(JSON.stringify(run.result.rows)),
    );
    await writeReconciliationWorkbook(out1, out2, reconciliationOutputSheets(again.result), {
      streamAbove: 0,
    });
  });

  // The streaming writer drops rows that hold no value at all (a blank row's formats); every other cell is kept.
  it("keeps every cell of the user's valued rows and adds ours with formats", async () => {
    const a = await load(input);
    for (const path of [out1, out2]) {
      const b = await load(path);
      const userSheets = a.worksheets.map((w) => w.name);
      expect(b.worksheets.map((w) => w.name)).toEqual([...userSheets, ...OURS, OWNED_SHEETS_MARKER]);
      for (const name of userSheets) {
        expect(snapshot(b.getWorksheet(name)!, true)).toEqual(snapshot(a.getWorksheet(name)!, true));
      }
      const ws = b.getWorksheet("Reconciliation")!;
      const budgetCol = (ws.getRow(1).values as unknown[]).indexOf("Budget");
      expect(ws.getRow(2).getCell(budgetCol).numFmt).toBe(MONEY_FORMAT);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });
});
