import { beforeEach, describe, expect, it } from "vitest";
import { FakeExcel } from "./fake-excel";
import { ExcelHost } from "../../src/excel/excel-host";
import { OWNER_PROPERTY } from "../../src/excel/owned-sheets";
import { MAX_SYNC_PAYLOAD_BYTES } from "../../src/excel/payload-size";
import { readTableValues } from "../../src/excel/read-table";
import type { OutputSheet } from "../../src/core/report/output-sheet";
import type { CellValue } from "../../src/core/workbook/grid";

let fake: FakeExcel;
let host: ExcelHost;
beforeEach(() => {
  fake = new FakeExcel().install();
  host = new ExcelHost();
});

const header = ["Ref", "Line", "FY", "Budget"];
function bigRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `PCD ${1000 + (i % 900)}`,
    `Line ${i}`,
    i % 2 ? "2023/24" : "2024/25",
    i * 7 + 0.5,
  ]);
}

describe("reading a table", () => {
  it("reads a 100,000-row table in at most two syncs, every value intact", async () => {
    const sheet = fake.addSheet("Budget");
    const rows = bigRows(100_000);
    fake.addTable("Allocations", sheet, 3, 2, header, rows);
    const grid = await host.readTable("Allocations");
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(grid.rows).toHaveLength(100_001);
    expect(grid.rows[0]).toEqual(header);
    expect(grid.rows[1]).toEqual(rows[0]);
    expect(grid.rows[100_000]).toEqual(rows[99_999]);
    expect(grid.rows[54_321]).toEqual(rows[54_320]);
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.tables?.[0]).toMatchObject({
      name: "Allocations",
      top: 3,
      left: 2,
      bottom: 100_003,
      right: 5,
    });
  });

  it("gives null for blank cells and the table's address, not the mock's unloaded sentinel", async () => {
    const sheet = fake.addSheet("Budget");
    fake.addTable("T", sheet, 1, 1, ["Ref", "Note"], [["PCD 1", null]]);
    const t = await readTableValues(fake.context, "T");
    expect(t?.rows).toEqual([["PCD 1", null]]);
    expect(t?.box).toEqual({ sheet: "Budget", top: 1, left: 1, bottom: 2, right: 2 });
    expect(JSON.stringify(t)).not.toMatch(/property was not loaded|sync\(\) was not called/);
  });

  it("answers NO_TABLE naming a missing table", async () => {
    fake.addSheet("Budget");
    await expect(host.readTable("Nope")).rejects.toThrow('this workbook has no table named "Nope"');
  });
});

function bigOutput(rows: number): OutputSheet {
  return {
    name: "Reconciliation",
    columns: [
      { header: "Sheet", kind: "text" },
      { header: "Row", kind: "integer" },
      { header: "Ref", kind: "text" },
      { header: "Line", kind: "text", width: 30 },
      { header: "FY", kind: "text" },
      { header: "Budget", kind: "money" },
      { header: "Approved", kind: "money" },
      { header: "Status", kind: "status" },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      "Budget 2023-25 (revenue and capital)",
      i + 2,
      `PCD ${i}`,
      `Violence Reduction Unit programme line ${i} — commissioned services`,
      "2023/24",
      i * 101 + 1,
      i % 3 === 0 ? null : i * 99,
      i % 2 ? "MATCHED" : "OVER",
    ]),
    statusColumn: 7,
  };
}

describe("writing an output sheet", () => {
  it("splits a ~12 MB write into at least three syncs under 4 MB each, and loses nothing", async () => {
    const out = bigOutput(70_000);
    const approxBytes = JSON.stringify(out.rows).length;
    expect(approxBytes).toBeGreaterThan(11_000_000);
    await host.writeOutputSheet(out);
    const writes = fake.bytesPerSync.filter((b) => b > 100_000);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const b of fake.bytesPerSync) expect(b).toBeLessThanOrEqual(MAX_SYNC_PAYLOAD_BYTES);
    expect(fake.suspendCalls).toBeGreaterThanOrEqual(writes.length);

    const sheet = fake.sheet("Reconciliation")!;
    expect(fake.values(sheet, 1, 1, 1, 8)[0]).toEqual(out.columns.map((c) => c.header));
    const written = fake.values(sheet, 2, 1, out.rows.length, 8);
    out.rows.forEach((row, i) => {
      const expected = row.map((v, c) =>
        (c === 5 || c === 6) && typeof v === "number" ? (v - (v % 100)) / 100 + (v % 100) / 100 : v,
      );
      expect(written[i]).toEqual(expected);
    });
    expect(fake.cell(sheet, out.rows.length + 2, 1)).toBeNull();
  });

  it("formats money as pounds, freezes the header, filters, and fills rows by status", async () => {
    const out = bigOutput(3);
    await host.writeOutputSheet(out);
    const sheet = fake.sheet("Reconciliation")!;
    expect(fake.cell(sheet, 3, 6)).toBe(1.02); // 102 pence
    expect(sheet.formats.get("3,6")).toBe("£#,##0.00");
    expect(sheet.formats.get("3,7")).toBe("£#,##0.00");
    expect(sheet.formats.get("3,5")).toBe("@");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.autoFilter).toBe("Reconciliation!A1:H4");
    expect(sheet.conditionalFormats).toContainEqual(
      expect.objectContaining({ address: "Reconciliation!A2:H4", formula: '=$H2="OVER"', fill: "#FCE8E6" }),
    );
    expect(sheet.props.get(OWNER_PROPERTY)).toBe("Reconciliation");
  });

  it("never overwrites an analyst's sheet of the same name, and a re-run replaces only its own", async () => {
    const mine = fake.addSheet("Reconciliation", [["my notes", 42]]);
    await host.writeOutputSheet(bigOutput(5));
    expect(fake.values(mine, 1, 1, 1, 2)).toEqual([["my notes", 42]]);
    const ours = fake.sheet("Reconciliation (2)")!;
    expect(ours.props.get(OWNER_PROPERTY)).toBe("Reconciliation");
    expect(fake.values(ours, 6, 3, 1, 1)).toEqual([["PCD 4"]]);

    await host.writeOutputSheet(bigOutput(2));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Reconciliation", "Reconciliation (2)"]);
    expect(fake.values(ours, 3, 3, 1, 1)).toEqual([["PCD 1"]]);
    expect(fake.cell(ours, 6, 3)).toBeNull(); // the longer previous run is cleared
    expect(fake.values(mine, 1, 1, 1, 2)).toEqual([["my notes", 42]]);
  });
});

describe("chart and selection", () => {
  it("writes a native clustered-column chart of pounds by financial year, replacing the previous one", async () => {
    await host.writeOutputSheet(bigOutput(2));
    const spec = {
      sheet: "Reconciliation",
      title: "Approved against budget",
      categories: ["2023/24", "2024/25"],
      series: [
        { name: "Budget", pence: [100050, 200000] },
        { name: "Approved", pence: [100000, 250000] },
      ],
    };
    await host.writeChart(spec);
    await host.writeChart(spec);
    const sheet = fake.sheet("Reconciliation")!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "Approved against budget",
    });
    const src = sheet.charts[0]!.source;
    expect(src).toBe("Reconciliation!J1:L3");
    expect(fake.values(sheet, 1, 10, 3, 3)).toEqual([
      ["Financial year", "Budget", "Approved"],
      ["2023/24", 1000.5, 1000],
      ["2024/25", 2000, 2500],
    ]);
  });

  it("selects a cell on its sheet", async () => {
    fake.addSheet("Budget");
    await host.selectCell("Budget", "C7");
    expect(fake.selected).toEqual({ sheet: "Budget", address: "Budget!C7" });
    expect(fake.active).toBe("Budget");
  });

  it("lists tables and reads the selection", async () => {
    const s = fake.addSheet("Budget", [
      ["a", 1],
      ["b", 2],
    ]);
    fake.addTable("Alloc", s, 4, 1, ["Ref", "Amount"], [["PCD 1", 5]]);
    expect(await host.listTables()).toEqual([{ name: "Alloc", sheet: "Budget", range: "A4:B5" }]);
    fake.selected = { sheet: "Budget", address: "A1:B2" };
    const grid = await host.readSelection();
    expect(grid).toEqual({
      sheet: "Budget",
      rows: [
        ["a", 1],
        ["b", 2],
      ],
      origin: { row: 1, col: 1 },
    });
  });
});
