import { describe, expect, it } from "vitest";
import { isFundingTable, readTables } from "../../../src/core/decision/read-table";
import type { DocumentTable } from "../../../src/core/decision/decision-document";

function only(text: string): DocumentTable {
  const tables = readTables(text).filter(isFundingTable);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

function cellsAtOffsets(text: string, t: DocumentTable): void {
  for (const c of [...t.header, ...t.rows.flat(), ...t.totalRows.flat()]) {
    if (c.text) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  }
}

describe("readTables", () => {
  it("reads a tab-separated table with FY columns, a source column and a Total row kept apart", () => {
    const text = [
      "Some prose before the table.",
      "Project\t2025/26 Budget\t2026/27 Budget\tSource",
      "Night Shelter\t£12,500\t£13,000\tCouncil Tax",
      "Outreach Team\t£7,250.50\t£7,000\tHome Office Grant",
      "Total\t£19,750.50\t£20,000\t",
      "",
      "More prose after it.",
    ].join("\n");
    const t = only(text);
    expect(t.delimiter).toBe("tab");
    expect(t.header.map((h) => h.text)).toEqual(["Project", "2025/26 Budget", "2026/27 Budget", "Source"]);
    expect(t.fyColumns).toEqual([
      { index: 1, fy: "2025/26" },
      { index: 2, fy: "2026/27" },
    ]);
    expect(t.rows.map((r) => r.map((c) => c.pence))).toEqual([
      [null, 1250000, 1300000, null],
      [null, 725050, 700000, null],
    ]);
    expect(t.totalRows).toHaveLength(1);
    expect(t.totalRows[0]!.map((c) => c.pence)).toEqual([null, 1975050, 2000000]);
    expect(t.moneyColumns).toEqual([1, 2]);
    cellsAtOffsets(text, t);
  });

  it.each([
    "Revised contract total",
    "Revised total contract value",
    "New total",
    "Programme total",
    "Grand Total",
  ])("keeps a %j row apart as a total, not a line", (label) => {
    const t = only(
      ["Element\tAmount", "Original award\t£1,875,000", "Variation 1\t£270,000", `${label}\t£2,145,000`].join(
        "\n",
      ),
    );
    expect(t.rows).toHaveLength(2);
    expect(t.totalRows.map((r) => r[0]!.text)).toEqual([label]);
  });

  it("reads a markdown pipe table, skipping the rule line, with bare figures under year headers", () => {
    const text = [
      "| Workstream | FY 24/25 | FY 25/26 |",
      "|---|---:|---:|",
      "| Custody pilot | 120,000 | 95,000 |",
      "| Subtotal | 120,000 | 95,000 |",
      "| Evaluation | £30,000 | £0 |",
      "| Grand Total | £150,000 | £95,000 |",
    ].join("\n");
    const t = only(text);
    expect(t.delimiter).toBe("pipe");
    expect(t.fyColumns.map((f) => f.fy)).toEqual(["2024/25", "2025/26"]);
    expect(t.rows.map((r) => r[0]!.text)).toEqual(["Custody pilot", "Evaluation"]);
    expect(t.rows[0]!.map((c) => c.pence)).toEqual([null, 12000000, 9500000]);
    expect(t.totalRows.map((r) => r[0]!.text)).toEqual(["Subtotal", "Grand Total"]);
    cellsAtOffsets(text, t);
  });

  it("reads a table whose columns are runs of spaces, with years written 2023-2024 and 2024-25", () => {
    const text = [
      "Service            2023-2024     2024-25",
      "Helpline           £50,000       £55,000",
      "Counselling        £20,000       £20,000",
    ].join("\n");
    const t = only(text);
    expect(t.delimiter).toBe("spaces");
    expect(t.fyColumns.map((f) => f.fy)).toEqual(["2023/24", "2024/25"]);
    expect(t.rows.map((r) => r.map((c) => c.pence))).toEqual([
      [null, 5000000, 5500000],
      [null, 2000000, 2000000],
    ]);
    cellsAtOffsets(text, t);
  });

  it.each([
    ["23/24 Allocation", "2023/24"],
    ["2023/24", "2023/24"],
    ["2023-2024", "2023/24"],
    ["FY 24/25", "2024/25"],
    ["Budget 2025-26 (£)", "2025/26"],
  ])("recognises the year in the header %s", (header, fy) => {
    const t = only(`Line\t${header}\nA\t£1,000\nB\t£2,000`);
    expect(t.fyColumns).toEqual([{ index: 1, fy }]);
  });

  it("reads a PDF's table whose columns are single spaces, by its years and money at the row ends", () => {
    const text = [
      "3.1. The allocations are below.",
      "",
      "Service 2025/26 2026/27 Total",
      "IOM Housing Navigators £210,000 £210,000 £420,000",
      "Women's Diversion Service £185,000 - £185,000",
      "Total £395,000 £210,000 £605,000",
      "",
      "3.2. The cost of £395,000 in 2025/26 is met from £200,000 £195,000 budgets.",
    ].join("\n");
    const t = only(text);
    expect(t.header.map((c) => c.text)).toEqual(["Service", "2025/26", "2026/27", "Total"]);
    expect(t.fyColumns.map((f) => f.fy)).toEqual(["2025/26", "2026/27"]);
    expect(t.rows.map((r) => r.map((c) => c.pence ?? c.text))).toEqual([
      ["IOM Housing Navigators", 21000000, 21000000, 42000000],
      ["Women's Diversion Service", 18500000, "-", 18500000],
    ]);
    expect(t.totalRows[0]!.map((c) => c.pence ?? c.text)).toEqual(["Total", 39500000, 21000000, 60500000]);
    cellsAtOffsets(text, t);
  });

  it("does not read a declaration's tick lines as a funding table", () => {
    const text = [
      "ORIGINATING OFFICER DECLARATION\t\tTick to confirm statement (✓)",
      "Financial Advice The finance team has been consulted.\t\t✓",
      "Legal Advice Legal advice is not required.\t\t1",
    ].join("\n");
    const tables = readTables(text);
    expect(tables.filter(isFundingTable)).toEqual([]);
    for (const t of tables) expect(t.moneyColumns).toEqual([]);
  });

  it("does not read prose with double spaces after full stops as a table", () => {
    const text = [
      "The board met in June.  It agreed the plan.  Costs were noted.",
      "Officers reported back.  The chair thanked them.  The meeting closed.",
    ].join("\n");
    expect(readTables(text)).toEqual([]);
  });

  it("keeps a table's header with its rows across a single blank line", () => {
    const t = only("Item\t2022/23\n\nStaff\t£10,000\n\nTravel\t£500");
    expect(t.rows.map((r) => r[0]!.text)).toEqual(["Staff", "Travel"]);
  });

  it("keeps an empty first cell of a tab row (a merged cell in the PDF), so its figures stay under their headers", () => {
    const text = [
      "Service\t23/24 Allocation\t24/25 Allocation\tFunding Source",
      "Drive\t£575,000\t£575,000\tVAWG Strategy Fund",
      "\t£100,000\t£100,000\tPolice Grant",
      "Total\t£675,000\t£675,000\t",
    ].join("\n");
    const t = only(text);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Drive", "£575,000", "£575,000", "VAWG Strategy Fund"],
      ["", "£100,000", "£100,000", "Police Grant"],
    ]);
    expect(t.moneyColumns).toEqual([1, 2]);
    cellsAtOffsets(text, t);
  });

  it("reads a table whose every row is indented by a tab as if it were not", () => {
    const text = ["\tProject\t2025/26\t2026/27", "\tNight Shelter\t£12,500\t£13,000"].join("\n");
    const t = only(text);
    expect(t.header.map((h) => h.text)).toEqual(["Project", "2025/26", "2026/27"]);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([["Night Shelter", "£12,500", "£13,000"]]);
    expect(t.fyColumns.map((f) => f.index)).toEqual([1, 2]);
    cellsAtOffsets(text, t);
  });

  it("reads figures in thousands or millions of pounds as the header says (£000, (£m)), brackets as negative", () => {
    const thousands = only(
      ["£000\t2024/25\t2025/26\tTotal", "Staffing\t420\t(30)\t390", "Total\t420\t(30)\t390"].join("\n"),
    );
    expect(thousands.header.map((h) => h.text)).toEqual(["£000", "2024/25", "2025/26", "Total"]);
    expect(thousands.rows.map((r) => r.map((c) => c.pence))).toEqual([[null, 42000000, -3000000, 39000000]]);
    const millions = only(["Provider\t2024-25 (£m)\t2025-26 (£m)", "The Havens\t0.55\t0.45"].join("\n"));
    expect(millions.rows.map((r) => r.map((c) => c.pence))).toEqual([[null, 55000000, 45000000]]);
  });

  it("treats a first row that already holds money as a body row (no header)", () => {
    const t = only("Staff\t£10,000\nTravel\t£500");
    expect(t.header).toEqual([]);
    expect(t.rows).toHaveLength(2);
    expect(t.fyColumns).toEqual([]);
  });
});
