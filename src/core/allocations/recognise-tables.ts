import { ReconcilerError } from "../errors";
import type { Grid, Workbook } from "../workbook/grid";
import { rangeAddress, rangeContains, type SheetRange } from "../workbook/grid-range";
import { mergedCells, type MergedCells } from "../workbook/merged-cells";
import type { AllocationTable, BudgetRow, TableTotal, UnreadCell } from "./budget-row";
import { excelTableHeader, findHeadersAt } from "./find-headers";
import { readTableBody, type BodyLimits } from "./read-table-body";
import { roleName, type TableHeader } from "./table-header";

export interface RecogniseOptions {
  /** Only these sheets (by name); all sheets when absent. */
  sheets?: string[];
}

export const NO_TABLE_MESSAGE =
  'no budget allocation table found: looked for a header row with an amount column (Amount, Budget, Allocation, or financial-year columns such as "2023/24") and a decision or line column (Decision, PCD, Ref, Service, Line, Project, Programme)';

function overlapsColumns(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}

function toTable(grid: Grid, header: TableHeader, body: ReturnType<typeof readTableBody>): AllocationTable {
  const range: SheetRange = { top: header.top, left: header.left, bottom: body.bottom, right: header.right };
  const address = rangeAddress(range);
  const name = header.excelName ?? `${grid.sheet}!${address}`;
  for (const r of body.rows) r.table = name;
  for (const t of body.totals) t.table = name;
  // Cells the host could not read (formulas saved without a result) that lie in the table.
  const unread: UnreadCell[] = [...body.unread];
  for (const u of grid.unread ?? []) {
    if (rangeContains(range, u.row, u.col) && u.row > header.bottom) {
      unread.push({
        sheet: grid.sheet,
        cell: `${rangeAddress({ top: u.row, left: u.col, bottom: u.row, right: u.col })}`,
        value: u.value,
        reason: u.reason,
      });
    }
  }
  return {
    name,
    sheet: grid.sheet,
    range: address,
    layout: header.layout,
    columns: header.columns.map((c) => ({ header: c.header, role: roleName(c.heading), cell: c.cell })),
    rows: body.rows,
    totals: body.totals,
    unread,
  };
}

/** Every allocation table on one sheet: its Excel tables first, then plain ranges found by their header rows. */
export function recogniseSheetTables(grid: Grid): AllocationTable[] {
  const merged: MergedCells = mergedCells(grid);
  const claimed: SheetRange[] = [];
  const found: { top: number; left: number; table: AllocationTable }[] = [];

  for (const t of grid.tables ?? []) {
    if (!t.headerRow) continue;
    const header = excelTableHeader(grid, merged, t);
    if (!header) continue;
    const body = readTableBody(grid, merged, header, { lastRow: t.bottom, startsNewTable: () => false });
    claimed.push({ top: t.top, left: t.left, bottom: t.bottom, right: t.right });
    found.push({ top: t.top, left: t.left, table: toTable(grid, header, body) });
  }

  const free = (row: number, col: number): boolean => {
    for (const c of claimed) if (rangeContains(c, row, col)) return false;
    return true;
  };
  const rowCovered = (row: number, values: unknown[]): boolean => {
    // The whole row lies inside tables already read: nothing new can start on it.
    const last = grid.origin.col + values.length - 1;
    for (const c of claimed) {
      if (row >= c.top && row <= c.bottom && c.left <= grid.origin.col && c.right >= last) return true;
    }
    return false;
  };

  const firstRow = grid.origin.row;
  const lastRow = firstRow + grid.rows.length - 1;
  for (let row = firstRow; row <= lastRow; row++) {
    const values = grid.rows[row - firstRow];
    if (!values || values.length === 0) continue;
    if (claimed.length && rowCovered(row, values)) continue;
    const headers = findHeadersAt(grid, merged, row, free);
    for (const header of headers) {
      const limits: BodyLimits = {
        startsNewTable: (r) => findHeadersAt(grid, merged, r, free).some((h) => overlapsColumns(h, header)),
      };
      const body = readTableBody(grid, merged, header, limits);
      claimed.push({ top: header.top, left: header.left, bottom: body.bottom, right: header.right });
      found.push({ top: header.top, left: header.left, table: toTable(grid, header, body) });
    }
  }
  found.sort((a, b) => a.top - b.top || a.left - b.left);
  return found.map((f) => f.table);
}

function chosenSheets(workbook: Workbook, names: string[] | undefined): Grid[] {
  if (!names) return workbook.sheets;
  return names.map((name) => {
    const grid =
      workbook.sheets.find((s) => s.sheet === name) ??
      workbook.sheets.find((s) => s.sheet.toLowerCase() === name.toLowerCase());
    if (!grid) {
      const have = workbook.sheets.map((s) => JSON.stringify(s.sheet)).join(", ") || "none";
      throw new ReconcilerError(
        "NOT_FOUND",
        `no sheet named ${JSON.stringify(name)} (the workbook's sheets: ${have})`,
        {
          file: workbook.file,
        },
      );
    }
    return grid;
  });
}

/**
 * Finds the budget allocation tables of a workbook: Excel tables and plain ranges, wide (a column per financial
 * year) or long (an FY column and an amount column), with their header found below any title rows.
 * Throws ReconcilerError NO_TABLE, naming what was looked for, when no sheet holds one.
 */
export function recogniseAllocationTables(
  workbook: Workbook,
  options?: { sheets?: string[] },
): AllocationTable[] {
  const grids = chosenSheets(workbook, options?.sheets);
  const tables = grids.flatMap((g) => recogniseSheetTables(g));
  if (tables.length === 0) {
    const looked =
      grids.length === 0
        ? " (the workbook has no sheets)"
        : ` (in sheet${grids.length > 1 ? "s" : ""} ${grids.map((g) => JSON.stringify(g.sheet)).join(", ")})`;
    throw new ReconcilerError("NO_TABLE", `${NO_TABLE_MESSAGE}${looked}`, { file: workbook.file });
  }
  return tables;
}

/** Every budget row, total and unread cell of the workbook's allocation tables, in sheet order. */
export function readBudgetRows(
  workbook: Workbook,
  options?: { sheets?: string[] },
): { tables: AllocationTable[]; rows: BudgetRow[]; totals: TableTotal[]; unread: UnreadCell[] } {
  const tables = recogniseAllocationTables(workbook, options);
  const rows: BudgetRow[] = [];
  const totals: TableTotal[] = [];
  const unread: UnreadCell[] = [];
  for (const t of tables) {
    for (const r of t.rows) rows.push(r);
    for (const r of t.totals) totals.push(r);
    for (const r of t.unread) unread.push(r);
  }
  return { tables, rows, totals, unread };
}
