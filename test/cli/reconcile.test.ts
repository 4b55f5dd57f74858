import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, json } from "../helpers/cli";
import { decisionsDir, fixturePath, repoRoot } from "../helpers/fixtures";

const example = join(repoRoot, "examples", "budget-2023-25.xlsx");

async function workbookWith(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  for (const r of rows) ws.addRow(r);
  const path = join(mkdtempSync(join(tmpdir(), "reconcile-cli-")), "budget.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("reconcile --json", () => {
  it("prints the contract's rows, totals and findings, and exits 1 when checks found errors", async () => {
    const r = await cli(["reconcile", example, "--decisions", decisionsDir, "--json"], { cwd: repoRoot });
    expect(r.code).toBe(1);
    const out = json(r);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["rows", "totals", "findings"]));
    const row = out.rows.find((x: any) => x.ref === "PCD 1307" && x.line === "MAPPA" && x.fy === "2023/24");
    expect(row).toMatchObject({
      sheet: "Budget 2023-25",
      row: 7,
      budgetPence: 4_500_000,
      approvedPence: 4_000_000,
      variancePence: 500_000,
      status: "OVER",
    });
    expect(row.evidence.file).toContain("pcd-1307");
    // The message says what was found and, for the analyst's resolution, cites it.
    expect(row.message).toContain("over by £5,000");
    expect(row.message).toContain("Decisions!A2");
    expect(row.resolution).toMatchObject({ place: { sheet: "Decisions", cell: "A2" } });
    for (const x of out.rows) expect(typeof x.message).toBe("string");
    const sum = out.rows.reduce((s: number, x: any) => s + x.budgetPence, 0);
    expect(out.totals.budgetPence).toBe(sum);
    for (const key of ["budgetPence", "approvedPence", "variancePence"])
      expect(Number.isInteger(out.totals[key])).toBe(true);
  });

  it("exits 0 when every row matches an approval", async () => {
    const path = await workbookWith([
      ["Decision", "Service", "2023/24", "2024/25"],
      ["PCD 1307", "Drive", 675000, 675000],
      ["PCD 1307", "MAPPA", 40000, 40000],
    ]);
    // PCD 1307 carries an error finding; settle it with the analyst's register on the same workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const reg = wb.addWorksheet("Decisions");
    reg.addRow(["Ref", "Line", "FY", "Approved", "Resolution note"]);
    reg.addRow([
      "PCD 1307",
      null,
      null,
      2720000,
      "confirmed at £2,720,000 per the Executive Summary and table",
    ]);
    await wb.xlsx.writeFile(path);
    const r = await cli(["reconcile", path, "--decisions", fixturePath("pcd-1307.txt"), "--json"]);
    const out = json(r);
    expect(out.rows.map((x: any) => x.status)).toEqual(["MATCHED", "MATCHED", "MATCHED", "MATCHED"]);
    expect(out.findings.find((f: any) => f.code === "TOTAL_MISMATCH").severity).toBe("info");
    expect(r.code).toBe(0);
  });

  it("takes several decision paths and aliases", async () => {
    const path = await workbookWith([
      ["Ref", "Line", "FY", "Amount"],
      ["PCD 1307", "Custody drug testing", "2023/24", 470000],
    ]);
    const r = await cli([
      "reconcile",
      path,
      "--decisions",
      fixturePath("pcd-1307.txt"),
      fixturePath("pcd-1513.txt"),
      "--alias",
      "Drug Testing in Police Custody=Custody drug testing",
      "--json",
    ]);
    const out = json(r);
    expect(out.decisions.map((d: any) => d.ref)).toEqual(["PCD 1307", "PCD 1513"]);
    expect(out.rows[0]).toMatchObject({
      decisionLine: "Drug Testing in Police Custody",
      approvedPence: 47_000_000,
    });
  });
});

describe("reconcile: human output and bad input", () => {
  it("prints counts by status, totals, the worst rows and findings", async () => {
    const r = await cli(["reconcile", example, "--decisions", decisionsDir], { cwd: repoRoot });
    expect(r.code).toBe(1);
    for (const s of [
      "MATCHED",
      "OVER",
      "UNDER",
      "NO_DECISION",
      "OUTSIDE_PERIOD",
      "UNPROFILED",
      "DECISION_INCONSISTENT",
    ])
      expect(r.stdout).toContain(s);
    expect(r.stdout).toContain("Totals: budget £");
    expect(r.stdout).toContain("Rows needing attention");
    expect(r.stdout).toContain("TOTAL_MISMATCH");
  });

  it.each([
    [["reconcile"], "WORKBOOK"],
    [["reconcile", "x.xlsx"], "--decisions"],
    [["reconcile", "no-such.xlsx", "--decisions", "."], "no-such.xlsx"],
    [["reconcile", example, "--decisions", "no-such-folder"], "no-such-folder"],
    [["reconcile", example, "--decisions", decisionsDir, "--register", "Nope"], "Nope"],
    [["reconcile", example, "--decisions", decisionsDir, "--alias", "just-one-name"], "--alias"],
  ])("%j exits 2 naming %s", async (argv, named) => {
    const r = await cli(argv as string[], { cwd: repoRoot });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(named);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 for a CSV renamed .xlsx", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "reconcile-cli-")), "budget.xlsx");
    writeFileSync(path, "Ref,Amount\nPCD 1,1\n");
    const r = await cli(["reconcile", path, "--decisions", decisionsDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("budget.xlsx");
  });

  // An Excel workbook saved with a password is an OLE compound file, as is an old .xls: both start D0 CF 11 E0.
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each([
    ["encrypted.xlsx", ole, "password-protected"],
    ["corrupt.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9, 9]), "damaged"],
    ["report.xlsx", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), "PDF"],
    ["empty.xlsx", new Uint8Array(0), "empty"],
  ])("exits 2 for %s with one line naming the file and what is wrong", async (name, bytes, what) => {
    const path = join(mkdtempSync(join(tmpdir(), "reconcile-cli-")), name);
    writeFileSync(path, bytes);
    for (const argv of [
      ["reconcile", path, "--decisions", decisionsDir],
      ["reconcile", path, "--decisions", decisionsDir, "--json"],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(name);
      expect(r.stderr).toContain(what);
      expect(r.stderr).toContain(".xlsx");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("exits 2 for a workbook with no recognisable table, naming what was looked for and where", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Minutes");
    ws.addRow(["Meeting notes", "Owner"]);
    ws.addRow(["Agreed the plan", "Finance"]);
    const path = join(mkdtempSync(join(tmpdir(), "reconcile-cli-")), "minutes.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await cli(["reconcile", path, "--decisions", decisionsDir, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("minutes.xlsx");
    expect(r.stderr).toContain("no budget allocation table found");
    for (const lookedFor of ["Amount", "2023/24", "Decision", "Service", '"Minutes"'])
      expect(r.stderr).toContain(lookedFor);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
