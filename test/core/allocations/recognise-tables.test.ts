import { describe, expect, it } from "vitest";
import { readBudgetRows, recogniseAllocationTables } from "../../../src/core/allocations/recognise-tables";
import { isReconcilerError, type ReconcilerError } from "../../../src/core/errors";
import { book, grid } from "./grid-builders";

function caught(f: () => unknown): ReconcilerError {
  try {
    f();
  } catch (e) {
    if (isReconcilerError(e)) return e;
    throw e;
  }
  throw new Error("expected a ReconcilerError");
}

const brief = (
  rows: { cell: string; refText: string | null; line: string | null; fy: string; pence: number }[],
) => rows.map((r) => `${r.cell} ${r.refText ?? "-"} ${r.line ?? "-"} ${r.fy} ${r.pence}`);

describe("wide tables", () => {
  const sheet = grid("Budget", [
    ["MOPAC Budget 2023–25", null, null, null],
    ["Prepared by Finance, 3 March 2023", null, null, null],
    [null, null, null, null],
    ["Service Name", "23/24 Allocation", "24/25 Allocation", "Funding Source"],
    ["Drug Testing in Police Custody", "£470,000", "£470,000.00", "Police Grant"],
    ["MAPPA", 40000, 40000, "Police Grant"],
    [null, null, null, null],
    ["S-TAC", 175000, 175000, "VAWG Strategy Fund"],
    ["Drive", 675000, "TBC", "VAWG Strategy Fund"],
    ["Total", 1360000, "£685,000", null],
  ]);

  it("finds the header below title rows and reads one row per line and year, skipping a blank row", () => {
    const { tables, rows } = readBudgetRows(book(sheet));
    expect(tables.map((t) => [t.name, t.range, t.layout])).toEqual([["Budget!A4:D10", "A4:D10", "wide"]]);
    expect(tables[0]?.columns.map((c) => c.role)).toEqual(["line", "fyAmount", "fyAmount", "fundingSource"]);
    expect(brief(rows)).toEqual([
      "B5 - Drug Testing in Police Custody 2023/24 47000000",
      "C5 - Drug Testing in Police Custody 2024/25 47000000",
      "B6 - MAPPA 2023/24 4000000",
      "C6 - MAPPA 2024/25 4000000",
      "B8 - S-TAC 2023/24 17500000",
      "C8 - S-TAC 2024/25 17500000",
      "B9 - Drive 2023/24 67500000",
    ]);
    expect(rows[0]).toMatchObject({
      sheet: "Budget",
      row: 5,
      fundingSource: "Police Grant",
      provider: null,
      table: "Budget!A4:D10",
    });
  });

  it("checks the total row against the rows above and never counts it as a line", () => {
    const { totals, rows } = readBudgetRows(book(sheet));
    expect(rows.some((r) => r.row === 10)).toBe(false);
    expect(totals.map((t) => [t.cell, t.label, t.fy, t.statedPence, t.computedPence])).toEqual([
      ["B10", "Total", "2023/24", 136000000, 136000000],
      ["C10", "Total", "2024/25", 68500000, 68500000],
    ]);
  });

  it("reports text in an amount cell as unread, quoting it, and reads the rest", () => {
    const { unread } = readBudgetRows(book(sheet));
    expect(unread).toEqual([
      {
        sheet: "Budget",
        cell: "C9",
        value: "TBC",
        reason: expect.stringContaining('"TBC" is not an amount of money'),
      },
    ]);
  });

  it("reads year headers in their usual spellings and ignores actuals and forecasts", () => {
    const { rows, tables } = readBudgetRows(
      book(
        grid("S", [
          [
            "Project",
            "2023/24",
            "FY 2024-25",
            "Budget 2025-2026 (£)",
            "2023/24 Actual",
            "Forecast 2024/25",
            "Total",
          ],
          ["Drive", 1, 2, 3, 99, 98, 6],
        ]),
      ),
    );
    expect(brief(rows)).toEqual([
      "B2 - Drive 2023/24 100",
      "C2 - Drive 2024/25 200",
      "D2 - Drive 2025/26 300",
    ]);
    expect(tables[0]?.columns.map((c) => c.role)).toEqual([
      "line",
      "fyAmount",
      "fyAmount",
      "fyAmount",
      "other",
      "other",
      "other",
    ]);
  });
});

describe("long tables", () => {
  it("reads an FY column and an amount column, with years as labels, short labels or dates", () => {
    const { rows, unread, tables } = readBudgetRows(
      book(
        grid("Long", [
          ["Decision ref", "Service", "Provider", "Financial year", "Amount (£)"],
          ["PCD 1307", "Drive", "SafeLives", "2023/24", 675000],
          ["PCD 1307", "Drive", "SafeLives", "24-25", "£675,000"],
          ["PCD 1307", "MAPPA", null, "2023-06-30", 40000.5],
          ["PCD 1307", "MAPPA", null, 45505, 40000],
          ["PCD 1307", "S-TAC", null, "next year", 1],
          ["PCD 1307", "S-TAC", null, null, 2],
        ]),
      ),
    );
    expect(tables[0]?.layout).toBe("long");
    expect(brief(rows)).toEqual([
      "E2 PCD 1307 Drive 2023/24 67500000",
      "E3 PCD 1307 Drive 2024/25 67500000",
      "E4 PCD 1307 MAPPA 2023/24 4000050",
      "E5 PCD 1307 MAPPA 2024/25 4000000",
    ]);
    expect(rows[0]?.provider).toBe("SafeLives");
    expect(unread.map((u) => [u.cell, u.value])).toEqual([
      ["D6", "next year"],
      ["E7", "2"],
    ]);
    expect(unread[0]?.reason).toContain('"next year" is not a financial year');
    expect(unread[1]?.reason).toBe("amount £2 has no financial year (cell D7 is blank)");
  });

  it("takes the year from the title when the table has one amount column and no year", () => {
    const { rows } = readBudgetRows(
      book(
        grid("Sheet1", [["Budget 2024/25"], [], ["PCD", "Budget"], ["PCD 1513", 1000], ["PCD 1732", 2000]]),
      ),
    );
    expect(brief(rows)).toEqual(["B4 PCD 1513 - 2024/25 100000", "B5 PCD 1732 - 2024/25 200000"]);
  });

  it("takes the year from the sheet name when nothing above the table names one", () => {
    const { rows } = readBudgetRows(
      book(
        grid("2023-24", [
          ["Ref", "Allocation"],
          ["PCD 1", 5],
        ]),
      ),
    );
    expect(brief(rows)).toEqual(["B2 PCD 1 - 2023/24 500"]);
  });
});

describe("column names", () => {
  it("matches synonyms whatever their case, spacing and punctuation", () => {
    const tables = recogniseAllocationTables(
      book(
        grid("S", [
          ["  DECISION_REF. ", "budget-line", "Recipient", "Source of funds", "fy", "Value (£)", "Notes"],
          ["PCD 1", "Drive", "A charity", "Police Grant", "2023/24", 10, "n/a"],
        ]),
      ),
    );
    expect(tables[0]?.columns.map((c) => `${c.header}=${c.role}`)).toEqual([
      "DECISION_REF.=ref",
      "budget-line=line",
      "Recipient=provider",
      "Source of funds=fundingSource",
      "fy=fy",
      "Value (£)=amount",
      "Notes=other",
    ]);
    expect(tables[0]?.rows[0]).toMatchObject({
      refText: "PCD 1",
      line: "Drive",
      provider: "A charity",
      fundingSource: "Police Grant",
    });
  });
});

describe("totals and subtotals", () => {
  const sheet = grid("T", [
    ["PCD", "Line", "2023/24", "2024/25"],
    ["PCD 1307", "Drive", 100, 10],
    ["PCD 1307", "MAPPA", 200, 20],
    [null, "Sub-total", 300, 30],
    ["PCD 1513", "Youth", 1000, 0],
    ["PCD 1513", "Women", 2000, 5],
    ["Total PCD 1513", null, 3000, 6],
    [null, null, 3300, 35],
    ["Grand total", null, 3300, 36],
  ]);
  const { totals, rows } = readBudgetRows(book(sheet));
  const shown = totals.map((t) => `${t.cell} ${t.label} ${t.fy} ${t.statedPence}/${t.computedPence}`);

  it("checks a subtotal against the rows since the previous one", () => {
    expect(shown.slice(0, 2)).toEqual(["C4 Sub-total 2023/24 30000/30000", "D4 Sub-total 2024/25 3000/3000"]);
  });

  it("checks a named total against its block and reports a mismatch as stated", () => {
    expect(shown.slice(2, 4)).toEqual([
      "C7 Total PCD 1513 2023/24 300000/300000",
      "D7 Total PCD 1513 2024/25 600/500",
    ]);
  });

  it("recognises a row with figures but no ref or line that adds up as a total", () => {
    expect(shown.slice(4, 6)).toEqual([
      "C8 (unlabelled total) 2023/24 330000/330000",
      "D8 (unlabelled total) 2024/25 3500/3500",
    ]);
  });

  it("checks a grand total against every body row", () => {
    expect(shown.slice(6)).toEqual([
      "C9 Grand total 2023/24 330000/330000",
      "D9 Grand total 2024/25 3600/3500",
    ]);
  });

  it("counts only body rows", () => {
    expect(rows.map((r) => r.row)).toEqual([2, 2, 3, 3, 5, 5, 6, 6]);
  });

  it("keeps a figure with no ref or line that does not add up as a line", () => {
    const r = readBudgetRows(
      book(
        grid("T", [
          ["Ref", "2023/24"],
          ["PCD 1", 5],
          ["PCD 2", 6],
          [null, 7],
        ]),
      ),
    );
    expect(r.totals).toEqual([]);
    expect(brief(r.rows)).toEqual(["B2 PCD 1 - 2023/24 500", "B3 PCD 2 - 2023/24 600", "B4 - - 2023/24 700"]);
  });

  it("does not take a line whose name merely starts with 'Total' for a total", () => {
    const r = readBudgetRows(
      book(
        grid("T", [
          ["Service", "2023/24"],
          ["Totally Safe Streets", 5],
        ]),
      ),
    );
    expect(r.totals).toEqual([]);
    expect(r.rows.map((x) => x.line)).toEqual(["Totally Safe Streets"]);
  });
});

describe("merged cells", () => {
  it("joins a merged 'Allocation' over year sub-headers into a two-row header", () => {
    const sheet = grid(
      "M",
      [
        ["Criminal Justice commissioning", null, null, null],
        ["Service", "Allocation", null, "Funding source"],
        [null, "2023/24", "2024/25", null],
        ["Drive", 675000, 675000, "VAWG"],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 4 },
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 4, bottom: 3, right: 4 },
        ],
      },
    );
    const [table] = recogniseAllocationTables(book(sheet));
    expect(table?.range).toBe("A2:D4");
    expect(table?.columns.map((c) => `${c.header}=${c.role}`)).toEqual([
      "Service=line",
      "Allocation 2023/24=fyAmount",
      "Allocation 2024/25=fyAmount",
      "Funding source=fundingSource",
    ]);
    expect(brief(table?.rows ?? [])).toEqual(["B4 - Drive 2023/24 67500000", "C4 - Drive 2024/25 67500000"]);
  });

  it("fills a decision reference merged down a block into each of its rows", () => {
    const sheet = grid(
      "M",
      [
        ["Decision", "Line", "2023/24"],
        ["PCD 1307", "Drive", 1],
        [null, "MAPPA", 2],
      ],
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    );
    expect(readBudgetRows(book(sheet)).rows.map((r) => r.refText)).toEqual(["PCD 1307", "PCD 1307"]);
  });
});

describe("several tables", () => {
  it("reads tables side by side", () => {
    const sheet = grid("S", [
      ["Service", "2023/24", null, "Ref", "FY", "Amount"],
      ["Drive", 1, null, "PCD 9", "2024/25", 3],
      ["MAPPA", 2, null, "PCD 9", "2025/26", 4],
    ]);
    const tables = recogniseAllocationTables(book(sheet));
    expect(tables.map((t) => [t.range, t.layout, t.rows.length])).toEqual([
      ["A1:B3", "wide", 2],
      ["D1:F3", "long", 2],
    ]);
  });

  it("reads tables stacked with one blank row between, the second ending the first", () => {
    const sheet = grid("S", [
      ["Service", "2023/24"],
      ["Drive", 1],
      [null, null],
      ["Service", "2024/25"],
      ["MAPPA", 2],
      [null, null],
      [null, null],
      ["Notes", "written by the finance team"],
    ]);
    const tables = recogniseAllocationTables(book(sheet));
    expect(tables.map((t) => t.range)).toEqual(["A1:B2", "A4:B5"]);
    expect(tables.flatMap((t) => brief(t.rows))).toEqual([
      "B2 - Drive 2023/24 100",
      "B5 - MAPPA 2024/25 200",
    ]);
  });

  it("reads an Excel table by its range and name, including its totals row", () => {
    const sheet = grid(
      "X",
      [
        ["Budget lines", null, null],
        ["Ref", "FY", "Budget"],
        ["PCD 1", "2023/24", 10],
        ["PCD 2", "2023/24", 20],
        ["Total", null, 30],
      ],
      { tables: [{ name: "Budget2023", top: 2, left: 1, bottom: 5, right: 3, headerRow: true }] },
    );
    const r = readBudgetRows(book(sheet));
    expect(r.tables.map((t) => [t.name, t.range])).toEqual([["Budget2023", "A2:C5"]]);
    expect(r.rows.map((x) => x.table)).toEqual(["Budget2023", "Budget2023"]);
    expect(r.totals.map((t) => [t.cell, t.fy, t.statedPence, t.computedPence])).toEqual([
      ["C5", "2023/24", 3000, 3000],
    ]);
  });

  it("looks only at the sheets asked for", () => {
    const a = grid("A", [
      ["Service", "2023/24"],
      ["Drive", 1],
    ]);
    const b = grid("B", [
      ["Service", "2024/25"],
      ["MAPPA", 2],
    ]);
    expect(readBudgetRows(book(a, b), { sheets: ["B"] }).rows.map((r) => r.sheet)).toEqual(["B"]);
    expect(caught(() => recogniseAllocationTables(book(a, b), { sheets: ["C"] })).describe()).toBe(
      'budget.xlsx: no sheet named "C" (the workbook\'s sheets: "A", "B")',
    );
  });
});

describe("cells that cannot be read", () => {
  it("reports a fraction of a penny and a formula with no saved result, with their cells", () => {
    const sheet = grid(
      "U",
      [
        ["Service", "2023/24", "2024/25"],
        ["Drive", 1.005, null],
      ],
      { unread: [{ row: 2, col: 3, value: "=B2*2", reason: "the formula =B2*2 has no saved result" }] },
    );
    const { unread, rows } = readBudgetRows(book(sheet));
    expect(rows).toEqual([]);
    expect(unread).toEqual([
      {
        sheet: "U",
        cell: "B2",
        value: "1.005",
        reason: '"1.005" is not an amount of money: it is a fraction of a penny',
      },
      { sheet: "U", cell: "C2", value: "=B2*2", reason: "the formula =B2*2 has no saved result" },
    ]);
  });

  it("ends a table at two blank rows", () => {
    const sheet = grid("E", [["Service", "2023/24"], ["Drive", 1], [], [], ["Stray", 2]]);
    expect(recogniseAllocationTables(book(sheet)).map((t) => t.range)).toEqual(["A1:B2"]);
  });
});

describe("no table", () => {
  it("says what it looked for when no sheet holds an allocation table", () => {
    const e = caught(() =>
      readBudgetRows(book(grid("Notes", [["Minutes of the meeting"], ["Item", "Owner"]]))),
    );
    expect(e.code).toBe("NO_TABLE");
    expect(e.describe()).toBe(
      'budget.xlsx: no budget allocation table found: looked for a header row with an amount column (Amount, Budget, Allocation, or financial-year columns such as "2023/24") and a decision or line column (Decision, PCD, Ref, Service, Line, Project, Programme) (in sheet "Notes")',
    );
  });

  it("says so for a workbook with no sheets", () => {
    expect(caught(() => readBudgetRows(book())).message).toMatch(/\(the workbook has no sheets\)$/);
  });

  it("does not take an amount column with no year anywhere for a table", () => {
    expect(
      caught(() =>
        readBudgetRows(
          book(
            grid("Sheet1", [
              ["Ref", "Amount"],
              ["PCD 1", 5],
            ]),
          ),
        ),
      ).code,
    ).toBe("NO_TABLE");
  });
});

describe("scale", () => {
  it("reads a long sheet row by row (every row, none dropped)", () => {
    const n = 20000;
    const rows: (string | number | null)[][] = [["Decision", "Service", "2023/24", "2024/25"]];
    for (let i = 0; i < n; i++) rows.push([`PCD ${i}`, `Line ${i % 7}`, i, i + 1]);
    const r = readBudgetRows(book(grid("Big", rows)));
    expect(r.rows.length).toBe(2 * n);
    expect(r.rows.reduce((s, x) => s + x.pence, 0)).toBe(100 * (n * (n - 1) + n));
  });
});

describe("scaled amounts", () => {
  it("multiplies figures in a £000 or £m column exactly", () => {
    const { rows } = readBudgetRows(
      book(
        grid("K", [
          ["Service", "2023/24 (£000)", "Budget 2024/25 (£m)"],
          ["Drive", 675, 1.25],
          ["MAPPA", "40.5", null],
        ]),
      ),
    );
    expect(brief(rows)).toEqual([
      "B2 - Drive 2023/24 67500000",
      "C2 - Drive 2024/25 125000000",
      "B3 - MAPPA 2023/24 4050000",
    ]);
  });
});
