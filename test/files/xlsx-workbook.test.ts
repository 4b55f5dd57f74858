import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBudgetRows } from "../../src/core/allocations/recognise-tables";
import { isReconcilerError, type ReconcilerError } from "../../src/core/errors";
import { readWorkbook, readWorkbookFromBuffer } from "../../src/files/xlsx-workbook";

const dir = mkdtempSync(join(tmpdir(), "xlsx-workbook-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function rejection(p: Promise<unknown>): Promise<ReconcilerError> {
  try {
    await p;
  } catch (e) {
    if (isReconcilerError(e)) return e;
    throw e;
  }
  throw new Error("expected a ReconcilerError");
}

const brief = (
  rows: { cell: string; refText: string | null; line: string | null; fy: string; pence: number }[],
) => rows.map((r) => `${r.cell} ${r.refText ?? "-"} ${r.line ?? "-"} ${r.fy} ${r.pence}`);

describe("readWorkbook: values", () => {
  it("reads numbers, £ text, cached formula results, rich text and dates below title rows", async () => {
    const path = await save("values.xlsx", (wb) => {
      const ws = wb.addWorksheet("Budget 2023-25");
      ws.getCell("A1").value = "MOPAC Budget 2023–25";
      ws.mergeCells("A1:E1");
      ws.getCell("A2").value = "Prepared by the Finance team";
      ws.addRow([]);
      ws.getRow(4).values = [
        "Decision",
        "Service Name",
        "23/24 Allocation",
        "24/25 Allocation",
        "Funding Source",
      ];
      ws.getRow(5).values = [
        "PCD 1307",
        "Drug Testing in Police Custody",
        470000,
        "£470,000.00",
        "Police Grant",
      ];
      ws.getRow(6).values = [
        "PCD 1307",
        { richText: [{ text: "MAP" }, { text: "PA", font: { bold: true } }] },
        40000,
        40000,
        "Police Grant",
      ];
      ws.getRow(7).values = [
        "PCD 1307",
        "S-TAC",
        { formula: "D7", result: 175000 },
        175000,
        "VAWG Strategy Fund",
      ];
      ws.getRow(8).values = [
        "PCD 1307",
        "Drive",
        "£675,000",
        { formula: "C8*1", result: 675000 },
        "VAWG Strategy Fund",
      ];
      ws.getRow(9).values = [
        "Total",
        null,
        { formula: "SUM(C5:C8)", result: 1360000 },
        { formula: "SUM(D5:D8)", result: 1360000 },
      ];
      ws.getCell("G2").value = new Date(Date.UTC(2023, 2, 3));
    });
    const book = await readWorkbook(path);
    expect(book.file).toBe(path);
    const sheet = book.sheets[0];
    expect(sheet?.sheet).toBe("Budget 2023-25");
    expect(sheet?.rows[5]?.[1]).toBe("MAPPA");
    expect(sheet?.rows[1]?.[6]).toBe("2023-03-03");
    expect(sheet?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    expect([...(sheet?.formulas ?? [])]).toEqual(["7:3", "8:4", "9:3", "9:4"]);

    const { rows, totals, unread } = readBudgetRows(book);
    expect(brief(rows)).toEqual([
      "C5 PCD 1307 Drug Testing in Police Custody 2023/24 47000000",
      "D5 PCD 1307 Drug Testing in Police Custody 2024/25 47000000",
      "C6 PCD 1307 MAPPA 2023/24 4000000",
      "D6 PCD 1307 MAPPA 2024/25 4000000",
      "C7 PCD 1307 S-TAC 2023/24 17500000",
      "D7 PCD 1307 S-TAC 2024/25 17500000",
      "C8 PCD 1307 Drive 2023/24 67500000",
      "D8 PCD 1307 Drive 2024/25 67500000",
    ]);
    expect(totals.map((t) => [t.cell, t.statedPence, t.computedPence])).toEqual([
      ["C9", 136000000, 136000000],
      ["D9", 136000000, 136000000],
    ]);
    expect(unread).toEqual([]);
  });

  it("reports a formula saved without a result as unread, with its cell", async () => {
    const path = await save("nocache.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Service", "2023/24", "2024/25"]);
      ws.addRow(["Drive", 5, { formula: "B2*2" }]);
    });
    const { rows, unread } = readBudgetRows(await readWorkbook(path));
    expect(brief(rows)).toEqual(["B2 - Drive 2023/24 500"]);
    expect(unread).toEqual([
      {
        sheet: "S",
        cell: "C2",
        value: "=B2*2",
        reason:
          "the formula =B2*2 has no saved result (the workbook was saved without calculating; open it in Excel, recalculate and save)",
      },
    ]);
  });

  it("reads a merged 'Allocation' over year sub-headers as a two-row header", async () => {
    const path = await save("merged.xlsx", (wb) => {
      const ws = wb.addWorksheet("M");
      ws.getCell("A1").value = "Service";
      ws.mergeCells("A1:A2");
      ws.getCell("B1").value = "Allocation";
      ws.mergeCells("B1:C1");
      ws.getCell("B2").value = "2023/24";
      ws.getCell("C2").value = "2024/25";
      ws.getRow(3).values = ["Drive", 675000, 600000];
    });
    const { tables, rows } = readBudgetRows(await readWorkbook(path));
    expect(tables.map((t) => t.range)).toEqual(["A1:C3"]);
    expect(brief(rows)).toEqual(["B3 - Drive 2023/24 67500000", "C3 - Drive 2024/25 60000000"]);
  });

  it("reads an Excel table (with its totals row) and a plain range on the same sheet", async () => {
    const path = await save("tables.xlsx", (wb) => {
      const ws = wb.addWorksheet("Two");
      ws.addTable({
        name: "Allocations",
        ref: "A1",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "PCD", totalsRowLabel: "Total" },
          { name: "FY" },
          { name: "Amount", totalsRowFunction: "sum" },
        ],
        rows: [
          ["PCD 1513", "2023/24", 1000],
          ["PCD 1513", "2023/24", 2500.5],
        ],
      });
      ws.getCell("C4").value = { formula: "SUBTOTAL(109,Allocations[Amount])", result: 3500.5 };
      ws.getCell("F1").value = "Programme";
      ws.getCell("G1").value = "FY 2025-26";
      ws.getCell("F2").value = "Youth";
      ws.getCell("G2").value = 42;
    });
    const book = await readWorkbook(path);
    expect(book.sheets[0]?.tables).toEqual([
      { name: "Allocations", top: 1, left: 1, bottom: 4, right: 3, headerRow: true },
    ]);
    const { tables, rows, totals } = readBudgetRows(book);
    expect(tables.map((t) => [t.name, t.range, t.layout])).toEqual([
      ["Allocations", "A1:C4", "long"],
      ["Two!F1:G2", "F1:G2", "wide"],
    ]);
    expect(brief(rows)).toEqual([
      "C2 PCD 1513 - 2023/24 100000",
      "C3 PCD 1513 - 2023/24 250050",
      "G2 - Youth 2025/26 4200",
    ]);
    expect(totals.map((t) => [t.cell, t.label, t.statedPence, t.computedPence])).toEqual([
      ["C4", "Total", 350050, 350050],
    ]);
  });

  it("reads two tables stacked on one sheet", async () => {
    const path = await save("stacked.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.getRow(1).values = ["Ref", "Line", "2023/24"];
      ws.getRow(2).values = ["PCD 1", "Drive", 1];
      ws.getRow(4).values = ["Ref", "Line", "2024/25"];
      ws.getRow(5).values = ["PCD 2", "MAPPA", 2];
    });
    const { tables } = readBudgetRows(await readWorkbook(path));
    expect(tables.map((t) => [t.range, brief(t.rows)])).toEqual([
      ["A1:C2", ["C2 PCD 1 Drive 2023/24 100"]],
      ["A4:C5", ["C5 PCD 2 MAPPA 2024/25 200"]],
    ]);
  });

  it("reads the same workbook from a buffer as from disk", async () => {
    const path = await save("buffer.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Project", "2023/24"]);
      ws.addRow(["Drive", 3]);
    });
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(path);
    const fromBuffer = await readWorkbookFromBuffer(
      "picked.xlsx",
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    );
    const fromDisk = await readWorkbook(path);
    expect(fromBuffer.file).toBe("picked.xlsx");
    expect(fromBuffer.sheets).toEqual(fromDisk.sheets);
  });
});

describe("readWorkbook: files that are not workbooks", () => {
  async function badFile(name: string, bytes: Uint8Array | string): Promise<ReconcilerError> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const e = await rejection(readWorkbook(path));
    expect(e.code).toBe("BAD_WORKBOOK");
    expect(e.where.file).toBe(path);
    return e;
  }

  it("says an OLE file is password-protected or an old .xls", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await badFile("locked.xlsx", ole);
    expect(e.message).toBe(
      "the workbook is password-protected or an old Excel 97-2003 (.xls) file; expected an Excel workbook saved as .xlsx without a password (remove the password, or use File > Save As > Excel Workbook)",
    );
  });

  it("says a renamed PDF is a PDF", async () => {
    const e = await badFile("report.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    expect(e.describe()).toBe(
      `${join(dir, "report.xlsx")}: this is a PDF, not a workbook; expected an Excel workbook saved as .xlsx`,
    );
  });

  it("says a renamed CSV is a text file", async () => {
    const e = await badFile("budget.xlsx", "Service,2023/24\nDrive,675000\n");
    expect(e.message).toBe(
      "this is a text file (CSV or similar), not a workbook; expected an Excel workbook saved as .xlsx (open it in Excel and save it as .xlsx)",
    );
  });

  it("says a damaged zip is damaged", async () => {
    const e = await badFile(
      "broken.xlsx",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
    expect(e.message).toMatch(
      /^the file is damaged or is not an Excel workbook \(.+\); expected an Excel workbook saved as \.xlsx$/,
    );
  });

  it("says an empty file is empty", async () => {
    const e = await badFile("empty.xlsx", new Uint8Array(0));
    expect(e.message).toBe("the file is empty; expected an Excel workbook saved as .xlsx");
  });

  it("says a missing file is missing", async () => {
    const e = await rejection(readWorkbook(join(dir, "nope.xlsx")));
    expect(e.describe()).toBe(
      `${join(dir, "nope.xlsx")}: no such file; expected an Excel workbook saved as .xlsx`,
    );
  });

  it("reads a workbook with only an empty sheet, then finds no table in it", async () => {
    const path = await save("blank.xlsx", (wb) => {
      wb.addWorksheet("Sheet1");
    });
    const book = await readWorkbook(path);
    expect(book.sheets.map((s) => [s.sheet, s.rows.length])).toEqual([["Sheet1", 0]]);
    let error: unknown;
    try {
      readBudgetRows(book);
    } catch (e) {
      error = e;
    }
    expect(isReconcilerError(error) && error.code).toBe("NO_TABLE");
    expect(isReconcilerError(error) && error.describe()).toBe(
      `${path}: no budget allocation table found: looked for a header row with an amount column (Amount, Budget, Allocation, or financial-year columns such as "2023/24") and a decision or line column (Decision, PCD, Ref, Service, Line, Project, Programme) (in sheet "Sheet1")`,
    );
  });

  it("finds no table in a workbook of notes", async () => {
    const path = await save("notes.xlsx", (wb) => {
      const ws = wb.addWorksheet("Notes");
      ws.addRow(["Minutes", "Owner"]);
      ws.addRow(["Agreed the plan", "Finance"]);
    });
    const book = await readWorkbook(path);
    expect(() => readBudgetRows(book)).toThrow(/no budget allocation table found/);
  });
});
