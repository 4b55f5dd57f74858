import { beforeEach, describe, expect, it } from "vitest";
import { FakeExcel } from "./fake-excel";
import { REGISTER_TABLE_COLUMNS, importDecision, readRegister } from "../../src/excel/register-table";
import { registerFromDecision } from "../../src/core/register/register-from-decisions";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { REGISTER_SOURCE_COLUMN, registerRowCells } from "../../src/core/register/register-sheet-cells";
import type { DecisionRecord } from "../../src/core/decision/decision-record";
import type { Pence } from "../../src/core/money/pence";
import type { FinancialYear } from "../../src/core/financial-year/financial-year-label";

// A decision record as the extractor gives it (the register import is under test here, not the extractor).
const record: DecisionRecord = {
  file: "pcd-1307.txt",
  ref: "PCD 1307",
  title: "Drive",
  decisionBy: "Deputy Mayor for Policing and Crime",
  dateSigned: "2022-10-25",
  approvals: [
    {
      pence: 227000000 as Pence,
      qualifier: "exact",
      recipient: "SafeLives",
      kind: "grant",
      start: "2022-10-01",
      end: "2025-03-31",
      fundingSource: null,
      quote: "£2,270,000",
      offset: 10,
    },
  ],
  allocations: [
    {
      line: "Drive",
      fy: "2023/24" as FinancialYear,
      pence: 67500000 as Pence,
      fundingSource: "MOPAC",
      quote: "£675,000",
      offset: 20,
    },
    {
      line: "Drive",
      fy: "2024/25" as FinancialYear,
      pence: 67500000 as Pence,
      fundingSource: "MOPAC",
      quote: "£675,000",
      offset: 30,
    },
  ],
  amounts: [],
  related: [],
  findings: [],
  text: "",
};

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});

describe("importing a decision into the workbook's register", () => {
  it("reports what it would add and writes nothing without confirmation", async () => {
    const r = await importDecision(fake.context, record);
    expect(r.added).toHaveLength(3);
    expect(r.conflicts).toEqual([]);
    expect(r.written).toEqual({ added: 0, updated: 0 });
    expect(fake.sheets).toEqual([]);
  });

  it("creates the Decisions table on its own sheet, marks and hides its rows' source, and reads them back unchanged", async () => {
    const r = await importDecision(fake.context, record, { confirm: true });
    expect(r.written).toEqual({ added: 3, updated: 0 });
    const table = fake.tables.find((t) => t.name === "Decisions")!;
    expect(table.sheet.name).toBe("Decisions");
    expect(fake.values(table.sheet, 1, 1, 1, 10)[0]).toEqual([...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN]);
    expect(table.bodyRows).toBe(3);
    expect(table.sheet.hiddenColumns.has(10)).toBe(true);
    expect(fake.tableBody(table)[0]!.slice(0, 4)).toEqual(["PCD 1307", "Drive", "2023/24", 675000]);

    const read = await readRegister(fake.context);
    expect(read.rows.map((x) => x.writtenBy)).toEqual(["add-in", "add-in", "add-in"]);
    const again = await importDecision(fake.context, record, { confirm: true });
    expect(again.added).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    expect(again.written).toEqual({ added: 0, updated: 0 });
  });

  it("treats an analyst's edit as the truth: shows the differences and changes it only when confirmed", async () => {
    await importDecision(fake.context, record, { confirm: true });
    const table = fake.tables[0]!;
    await fake.editTableCell(table, 1, 3, 700000); // 2024/25 Approved
    await fake.editTableCell(table, 1, 8, "agreed with finance"); // Resolution note
    const read = await readRegister(fake.context);
    expect(read.rows.map((x) => x.writtenBy)).toEqual(["add-in", "analyst", "add-in"]);

    const asked = await importDecision(fake.context, record);
    expect(asked.conflicts).toHaveLength(1);
    expect(asked.conflicts[0]!.differences).toEqual([
      { field: "approvedPence", register: 70000000, decision: 67500000 },
    ]);
    expect(fake.tableBody(table)[1]![3]).toBe(700000);

    const done = await importDecision(fake.context, record, { confirm: [asked.conflicts[0]!.key] });
    expect(done.written).toEqual({ added: 0, updated: 1 });
    expect(fake.tableBody(table)[1]![3]).toBe(675000);
    expect(fake.tableBody(table)[1]![8]).toBe("agreed with finance");
  });

  it("keeps an analyst's own columns when it replaces a row it wrote", async () => {
    // The register as the add-in wrote it for an earlier reading of the decision (Drive 2024/25 at £600,000),
    // with a column of the analyst's own beside it.
    const earlier: DecisionRecord = {
      ...record,
      allocations: record.allocations.map((a) =>
        a.fy === "2024/25" ? { ...a, pence: 60000000 as Pence, quote: "£600,000" } : a,
      ),
    };
    const rows = registerFromDecision(earlier).map((r) => [...registerRowCells(r), "call finance first"]);
    const sheet = fake.addSheet("Decisions");
    fake.addTable("Decisions", sheet, 1, 1, [...REGISTER_TABLE_COLUMNS, "My notes"], rows);
    const table = fake.tables[0]!;
    const drive = rows.findIndex((r) => r[2] === "2024/25");

    const asked = await importDecision(fake.context, record);
    expect(asked.conflicts.map((c) => c.existing.writtenBy)).toEqual(["add-in"]);
    const done = await importDecision(fake.context, record, { confirm: true });
    expect(done.written.updated).toBe(1);
    const body = fake.tableBody(table);
    expect(body[drive]![3]).toBe(675000);
    for (const row of body) expect(row[REGISTER_TABLE_COLUMNS.length]).toBe("call finance first");
  });

  it("reads an analyst's plain-range Decisions sheet, and makes it the Decisions table in place on import", async () => {
    fake.addSheet("Decisions", [
      ["Decision register (kept by the analyst)", null, null, null, null],
      [null, null, null, null, null],
      ["Ref", "Line", "FY", "Approved", "Resolution note"],
      ["PCD 1307", "Drive", "2024/25", 600000, "agreed with finance"],
    ]);
    const before = await readRegister(fake.context);
    expect(
      before.rows.map((r) => [r.row.line, r.row.fy, r.row.approvedPence, r.writtenBy, r.sheetRow]),
    ).toEqual([["Drive", "2024/25", 60000000, "analyst", 4]]);

    const done = await importDecision(fake.context, record, { confirm: [] });
    expect(done.written.added).toBe(2);
    expect(fake.sheet("Decisions (2)")).toBeUndefined();
    const table = fake.tables.find((t) => t.name === "Decisions")!;
    expect(table.sheet.name).toBe("Decisions");
    expect(table.top).toBe(3);
    const after = await readRegister(fake.context);
    expect(after.table?.name).toBe("Decisions");
    const drive2425 = after.rows.filter((r) => r.row.line === "Drive" && r.row.fy === "2024/25");
    expect(drive2425.map((r) => [r.row.approvedPence, r.writtenBy])).toEqual([[60000000, "analyst"]]);
    expect(fake.sheet("Decisions")!.grid[0]![0]).toBe("Decision register (kept by the analyst)");
  });

  it("appends to an analyst's own register table, in its column order", async () => {
    const sheet = fake.addSheet("My register");
    fake.addTable(
      "Decisions",
      sheet,
      2,
      2,
      ["Approved", "Ref", "FY", "Line"],
      [[100, "PCD 5", "2023/24", "X"]],
    );
    const r = await importDecision(fake.context, record, { confirm: true });
    expect(r.written.added).toBe(3);
    const table = fake.tables[0]!;
    expect(fake.tableBody(table)[0]).toEqual([100, "PCD 5", "2023/24", "X", null]);
    expect(fake.tableBody(table)[1]!.slice(0, 4)).toEqual([675000, "PCD 1307", "2023/24", "Drive"]);
    expect(fake.sheet("Decisions")).toBeUndefined();
  });
});
