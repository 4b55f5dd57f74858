import { describe, expect, it } from "vitest";
import { REGISTER_COLUMNS } from "../../../src/core/register/register-columns";
import { findRegisterGrid, registerFromSheet } from "../../../src/core/register/register-from-sheet";
import type { CellValue, Grid } from "../../../src/core/workbook/grid";

function grid(rows: CellValue[][], sheet = "Decisions"): Grid {
  return { sheet, rows, origin: { row: 1, col: 1 } };
}

describe("registerFromSheet", () => {
  it("reads the register columns, normalising references, FYs, money and dates", () => {
    const g = grid([
      ["Decisions register"],
      [...REGISTER_COLUMNS],
      [
        "pcd1307",
        "Drive",
        "23/24",
        "£675,000",
        "Rise Mutual",
        "01/04/2023",
        "2024-03-31",
        "VAWG Strategy Fund",
        "confirmed per the table",
      ],
      ["PCD 0663", null, null, 364000, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
    ]);
    const { rows, problems } = registerFromSheet(g);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        ref: "PCD 1307",
        line: "Drive",
        fy: "2023/24",
        approvedPence: 67_500_000,
        recipient: "Rise Mutual",
        start: "2023-04-01",
        end: "2024-03-31",
        fundingSource: "VAWG Strategy Fund",
        resolution: "confirmed per the table",
        source: "analyst",
        evidence: null,
        place: { sheet: "Decisions", cell: "A3" },
      },
      expect.objectContaining({
        ref: "PCD 663",
        line: null,
        fy: null,
        approvedPence: 36_400_000,
        resolution: null,
      }),
    ]);
  });

  it("accepts synonyms for the headings and takes the line from the reference cell", () => {
    const g = grid([
      ["Decision ref", "Financial year", "Approved amount", "Notes"],
      ["PCD 1307 Drive", "2024-25", 675000, null],
    ]);
    const { rows } = registerFromSheet(g);
    expect(rows[0]).toMatchObject({
      ref: "PCD 1307",
      line: "Drive",
      fy: "2024/25",
      approvedPence: 67_500_000,
    });
  });

  it("reads a single Period column: dates, months or financial years", () => {
    const g = grid([
      ["Ref", "Approved", "Recipient", "Period", "Resolution note"],
      ["PCD 1513", "£1,013,030", "Rise Mutual", "2023-10-01 to 2025-03-31", null],
      ["PCD 1732", 780000, null, "Apr 2025 – Mar 2028", null],
      ["PCD 1307", 2720000, null, "2023/24 to 2024/25", "confirmed at £2,720,000 per the table"],
      ["PCD 663", 364000, null, "next year sometime", null],
    ]);
    const { rows, problems } = registerFromSheet(g);
    expect(rows.map((r) => [r.ref, r.start, r.end])).toEqual([
      ["PCD 1513", "2023-10-01", "2025-03-31"],
      ["PCD 1732", "2025-04-01", "2028-03-31"],
      ["PCD 1307", "2023-04-01", "2025-03-31"],
      ["PCD 663", null, null],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", place: { sheet: "Decisions", cell: "D5" } }),
    ]);
  });

  it("reports bad cells with sheet and cell, and leaves the row out", () => {
    const g = grid([
      ["Ref", "FY", "Approved", "Resolution note"],
      ["Drive", "2023/24", 1, null],
      ["PCD 1", "2023/25", 1, null],
      ["PCD 2", "2023/24", "lots", null],
      ["PCD 3", null, null, null],
      ["PCD 4", "2023/24", 5, null],
    ]);
    const { rows, problems } = registerFromSheet(g);
    expect(rows.map((r) => r.ref)).toEqual(["PCD 4"]);
    expect(problems.map((p) => [p.place?.cell, p.severity])).toEqual([
      ["A2", "error"],
      ["B3", "error"],
      ["C4", "error"],
      ["A5", "warning"],
    ]);
    expect(problems[0]!.message).toContain('"Drive"');
    expect(problems.every((p) => p.place?.sheet === "Decisions")).toBe(true);
  });

  it("says so when the sheet has no register header", () => {
    const { rows, problems } = registerFromSheet(grid([["Notes"], ["nothing here"]]));
    expect(rows).toEqual([]);
    expect(problems[0]).toMatchObject({
      code: "REGISTER_NO_HEADER",
      place: { sheet: "Decisions", cell: "A1" },
    });
  });

  it("finds the register by sheet name, ignoring case and spacing", () => {
    const wb = { file: "x.xlsx", sheets: [grid([["a"]], "Budget"), grid([["Ref"]], "decisions ")] };
    expect(findRegisterGrid(wb)?.sheet).toBe("decisions ");
    expect(findRegisterGrid(wb, "Other")).toBeNull();
  });
});
