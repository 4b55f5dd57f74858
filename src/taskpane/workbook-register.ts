import type { Finding } from "../core/findings/finding";
import { REGISTER_SHEET_NAME } from "../core/register/register-columns";
import { findRegisterGrid, registerColumnOf } from "../core/register/register-from-sheet";
import { readRegisterCells, type RegisterSheetRow } from "../core/register/register-sheet-cells";
import type { Grid, Workbook } from "../core/workbook/grid";
import type { WorkbookHost } from "../host/workbook-host";

/** The workbook's "Decisions" register as the task pane sees it: its rows (who wrote each) and unreadable cells. */
export interface WorkbookRegister {
  /** The sheet it is on, or null when the workbook has no register yet. */
  sheet: string | null;
  rows: RegisterSheetRow[];
  problems: Finding[];
}

/** The register grid starting at its header row (readRegisterCells expects the header first). */
function fromHeader(grid: Grid): Grid {
  const at = grid.rows.findIndex((r) => r.some((v) => registerColumnOf(v) === "Ref"));
  if (at <= 0) return grid;
  return { ...grid, rows: grid.rows.slice(at), origin: { row: grid.origin.row + at, col: grid.origin.col } };
}

export function registerOf(workbook: Workbook): WorkbookRegister {
  const grid = findRegisterGrid(workbook, REGISTER_SHEET_NAME);
  if (!grid) return { sheet: null, rows: [], problems: [] };
  const read = readRegisterCells(fromHeader(grid));
  return { sheet: grid.sheet, rows: read.rows, problems: read.problems };
}

export async function readWorkbookRegister(host: WorkbookHost): Promise<WorkbookRegister> {
  return registerOf(await host.readWorkbook());
}
