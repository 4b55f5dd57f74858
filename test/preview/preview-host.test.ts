import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PreviewHost } from "../../src/preview/preview-host";
import { readWorkbookFromBuffer } from "../../src/files/xlsx-workbook";
import { writeReconciliationWorkbook } from "../../src/files/reconciliation-workbook";
import { ownedSheetNames } from "../../src/core/reconcile/output-sheets";
import { recogniseAllocationTables } from "../../src/core/allocations/recognise-tables";
import { extractDecision } from "../../src/core/decision/extract-decision";
import { findRegisterGrid, registerFromSheet } from "../../src/core/register/register-from-sheet";
import { readRegisterCells } from "../../src/core/register/register-sheet-cells";
import { diffRegisterImport } from "../../src/core/register/register-import-diff";
import { registerFromDecision } from "../../src/core/register/register-from-decisions";
import type { OutputSheet } from "../../src/core/report/output-sheet";
import { ReconcilerError } from "../../src/core/errors";
import { fixtureText, repoRoot } from "../helpers/fixtures";

/**
 * The preview's WorkbookHost over the bundled example .xlsx, in Node (the same code runs in the browser): it reads
 * what the CLI reads, writes only the tool's own sheets, marked as the CLI marks them, and never an analyst's.
 */
const examplePath = join(repoRoot, "examples/budget-2023-25.xlsx");
const exampleBytes = () => new Uint8Array(readFileSync(examplePath));
const open = () => PreviewHost.open("budget-2023-25.xlsx", exampleBytes());

function sheet(name: string, header: string[], rows: (string | number | null)[][]): OutputSheet {
  return { name, columns: header.map((h) => ({ header: h, kind: h === "Budget" ? "money" : "text" })), rows };
}

async function reread(host: PreviewHost) {
  return readWorkbookFromBuffer("again.xlsx", await host.toBytes());
}

describe("PreviewHost", () => {
  it("reads the workbook exactly as the CLI's reader does", async () => {
    const host = await open();
    const cli = await readWorkbookFromBuffer("budget-2023-25.xlsx", exampleBytes());
    expect(await host.readWorkbook()).toEqual(cli);
    expect(host.kind).toBe("preview");
  });

  it("selects the first recognised allocation table until the analyst selects cells", async () => {
    const host = await open();
    const first = recogniseAllocationTables(await host.readWorkbook())[0]!;
    const selection = await host.readSelection();
    expect(selection.sheet).toBe(first.sheet);
    const [topLeft] = first.range.split(":");
    expect(topLeft).toBe(`${String.fromCharCode(64 + selection.origin.col)}${selection.origin.row}`);
    // The selection as a grid holds the table: PCD1307's 23/24 figure is in it.
    expect(selection.rows.flat()).toContain("PCD1307");

    host.select("Forward plan", { top: 4, left: 1, bottom: 5, right: 4 });
    const picked = await host.readSelection();
    expect(picked).toEqual({
      sheet: "Forward plan",
      origin: { row: 4, col: 1 },
      rows: [
        ["2025/26", "PCD 1732", "Employee IDVA and ISVA service", 260000],
        ["2026/27", "PCD 1732", "Employee IDVA and ISVA service", 260000],
      ],
    });
  });

  it("writes its own sheet, replaces it on a re-run, and never touches an analyst's sheet of the same name", async () => {
    const host = await open();
    await host.writeOutputSheet(sheet("Reconciliation", ["Ref", "Budget"], [["PCD 1307", 47000000]]));
    await host.writeOutputSheet(sheet("Reconciliation", ["Ref", "Budget"], [["PCD 1513", 100]]));
    // "Decisions" is the analyst's register: ours goes beside it.
    await host.writeOutputSheet(sheet("Decisions", ["Ref", "Note"], [["PCD 1307", "ours"]]));
    await host.writeOutputSheet(sheet("Decisions", ["Ref", "Note"], [["PCD 1307", "ours again"]]));

    const wb = await host.readWorkbook();
    const names = wb.sheets.map((s) => s.sheet);
    expect(names.filter((n) => n.startsWith("Reconciliation"))).toEqual(["Reconciliation"]);
    expect(names.filter((n) => n.startsWith("Decisions"))).toEqual(["Decisions", "Decisions (reconciler)"]);
    const rec = wb.sheets.find((s) => s.sheet === "Reconciliation")!;
    expect(rec.rows).toEqual([
      ["Ref", "Budget"],
      ["PCD 1513", 1],
    ]);
    const ours = wb.sheets.find((s) => s.sheet === "Decisions (reconciler)")!;
    expect(ours.rows[1]).toEqual(["PCD 1307", "ours again"]);
    const original = (await readWorkbookFromBuffer("x.xlsx", exampleBytes())).sheets.find(
      (s) => s.sheet === "Decisions",
    );
    expect(wb.sheets.find((s) => s.sheet === "Decisions")).toEqual(original);
    expect([...ownedSheetNames(wb)].sort()).toEqual(
      ["Decisions (reconciler)", "Reconciliation", "reconciler-owned-sheets"].sort(),
    );
  });

  it("does not take back a sheet an analyst has since written over (its header is no longer the tool's)", async () => {
    const host = await open();
    await host.writeOutputSheet(sheet("Findings", ["Severity", "Message"], [["error", "x"]]));
    // The analyst replaces the header row of "Findings" in the file and opens it again.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await host.toBytes()) as unknown as ArrayBuffer);
    book.getWorksheet("Findings")!.getRow(1).values = ["My notes", "Keep"];
    const edited = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await PreviewHost.open("edited.xlsx", edited);
    await again.writeOutputSheet(sheet("Findings", ["Severity", "Message"], [["warning", "y"]]));
    const wb = await again.readWorkbook();
    expect(wb.sheets.find((s) => s.sheet === "Findings")!.rows[0]).toEqual(["My notes", "Keep"]);
    expect(wb.sheets.find((s) => s.sheet === "Findings (reconciler)")!.rows[1]).toEqual(["warning", "y"]);
  });

  it("downloads a workbook whose tool sheets the CLI's --out replaces, as if the CLI had written them", async () => {
    const host = await open();
    await host.writeOutputSheet(sheet("Reconciliation", ["Ref", "Budget"], [["PCD 1307", 100]]));
    const dir = mkdtempSync(join(tmpdir(), "preview-host-"));
    const downloaded = join(dir, "downloaded.xlsx");
    writeFileSync(downloaded, await host.toBytes());
    const written = await writeReconciliationWorkbook(downloaded, join(dir, "out.xlsx"), [
      sheet("Reconciliation", ["Ref", "Budget"], [["PCD 1513", 200]]),
    ]);
    expect(written.replaced).toEqual(["Reconciliation"]);
    expect(written.sheets).toEqual([{ wanted: "Reconciliation", written: "Reconciliation" }]);
  });

  it("records the chart on the tool's sheet and shows a cell the task pane asks for", async () => {
    const host = await open();
    const states: number[] = [];
    const stop = host.subscribe((s) => states.push(s.version));
    await host.writeOutputSheet(sheet("Reconciliation", ["Ref", "Budget"], [["PCD 1307", 100]]));
    await host.writeChart({
      sheet: "Reconciliation",
      title: "Approved against budget",
      categories: ["2023/24"],
      series: [{ name: "Budget", pence: [100] }],
    });
    await host.selectCell("Budget 2023-25", "D6");
    stop();
    const state = host.state();
    expect(state.charts.get("Reconciliation")?.title).toBe("Approved against budget");
    expect(state.selection).toEqual({
      sheet: "Budget 2023-25",
      range: { top: 6, left: 4, bottom: 6, right: 4 },
    });
    expect(state.reveal).toMatchObject({ sheet: "Budget 2023-25", cell: "D6" });
    expect(states).toHaveLength(3);
    expect(await host.readSelection()).toMatchObject({ rows: [[470000]] });
    await expect(host.selectCell("No such sheet", "A1")).rejects.toThrow(ReconcilerError);
    await expect(host.selectCell("Notes", "not a cell")).rejects.toThrow(/not a cell address/);
  });

  it("lists and reads Excel tables, header row first, where they sit on the sheet", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Budget");
    ws.addTable({
      name: "Allocations",
      ref: "B3",
      headerRow: true,
      columns: [{ name: "Ref" }, { name: "2023/24" }],
      rows: [
        ["PCD 1307", 470000],
        ["PCD 1513", 12000],
      ],
    });
    const host = await PreviewHost.open(
      "tables.xlsx",
      new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer),
    );
    expect(await host.listTables()).toEqual([{ name: "Allocations", sheet: "Budget", range: "B3:C5" }]);
    const grid = await host.readTable("Allocations");
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.rows).toEqual([
      ["Ref", "2023/24"],
      ["PCD 1307", 470000],
      ["PCD 1513", 12000],
    ]);
    await expect(host.readTable("Nope")).rejects.toThrow(/no table named "Nope"/);
  });

  it("imports a decision into the analyst's register: adds its rows once, replaces a conflict only when asked", async () => {
    const host = await open();
    const record = extractDecision(fixtureText("pcd-1513.txt"), "pcd-1513.txt");
    const first = await host.importDecision(record, []);
    expect(first.added).toBeGreaterThan(0);
    expect(first.updated).toBe(0);
    const again = await host.importDecision(record, []);
    expect(again).toEqual({ added: 0, updated: 0 });
    const wb = await reread(host);
    const register = registerFromSheet(wb.sheets.find((s) => s.sheet === "Decisions")!);
    expect(register.rows.filter((r) => r.ref === "PCD 1513")).toHaveLength(first.added);
    // The analyst's own PCD 1307 row and its resolution note are still there.
    expect(register.rows.find((r) => r.ref === "PCD 1307")?.resolution).toMatch(/typing error/);

    // An analyst edits the amount of one imported row: a re-import reports a conflict and keeps the analyst's
    // figure unless that row's key is confirmed.
    const row = register.rows.find((r) => r.ref === "PCD 1513" && r.approvedPence !== null)!;
    const sheetRow = Number(/\d+$/.exec(row.place!.cell)![0]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await host.toBytes()) as unknown as ArrayBuffer);
    book.getWorksheet("Decisions")!.getCell(sheetRow, 4).value = 1;
    const edited = await PreviewHost.open(
      "edited.xlsx",
      new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const current = readRegisterCells(findRegisterGrid(await edited.readWorkbook())!);
    const conflicts = diffRegisterImport(current.rows, registerFromDecision(record)).conflicts;
    expect(conflicts).toHaveLength(1);
    expect(await edited.importDecision(record, [])).toEqual({ added: 0, updated: 0 });
    expect((await reread(edited)).sheets.find((s) => s.sheet === "Decisions")!.rows[sheetRow - 1]?.[3]).toBe(
      1,
    );
    expect(await edited.importDecision(record, [conflicts[0]!.key])).toEqual({ added: 0, updated: 1 });
    const fixed = registerFromSheet((await reread(edited)).sheets.find((s) => s.sheet === "Decisions")!);
    expect(fixed.rows.find((r) => r.place?.cell === row.place?.cell)?.approvedPence).toBe(row.approvedPence);
  });

  it("refuses a file that is not a workbook, naming it", async () => {
    await expect(PreviewHost.open("budget.xlsx", new TextEncoder().encode("Ref,Amount\n"))).rejects.toThrow(
      /text file/,
    );
  });
});
