import type { FinancialYear } from "../financial-year/financial-year-label";
import { cellAddress, type CellValue, type Grid } from "../workbook/grid";
import type { MergedCells } from "../workbook/merged-cells";
import { classifyHeader, type ColumnHeading } from "./column-roles";
import { financialYearInHeaderText } from "./financial-year-cells";
import type { HeaderColumn, TableHeader } from "./table-header";

/** Which columns of a row are free to hold a new table (not inside a table already found). */
export type FreeColumns = (row: number, col: number) => boolean;

interface HeaderCell {
  col: number;
  text: string;
  heading: ColumnHeading | null;
  /** Row of the cell the text came from (the lower row of a two-row header). */
  row: number;
}

function textAt(
  merged: MergedCells,
  grid: Grid,
  rowValues: CellValue[] | undefined,
  row: number,
  col: number,
): string | null {
  let v: CellValue | undefined = rowValues?.[col - grid.origin.col];
  if ((v === null || v === undefined || v === "") && merged.any) v = merged.shown(row, col);
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" ? null : t;
}

function lastColumn(grid: Grid, rowValues: CellValue[] | undefined): number {
  return grid.origin.col + (rowValues ? rowValues.length : 0) - 1;
}

/** Text cells of one row, classified. Returns null fast for rows that cannot be headers. */
function readHeaderRow(
  grid: Grid,
  merged: MergedCells,
  row: number,
  free: FreeColumns,
  right: number,
): HeaderCell[] | null {
  const rowValues = grid.rows[row - grid.origin.row];
  let last = lastColumn(grid, rowValues);
  if (merged.any) last = Math.max(last, right);
  const cells: HeaderCell[] = [];
  let numbers = 0;
  for (let col = grid.origin.col; col <= last; col++) {
    if (!free(row, col)) continue;
    const raw = rowValues?.[col - grid.origin.col];
    if (typeof raw === "number") {
      numbers++;
      continue;
    }
    const text = textAt(merged, grid, rowValues, row, col);
    if (text === null) continue;
    cells.push({ col, text, heading: null, row });
  }
  if (cells.length < 2 || numbers > cells.length) return null;
  let any = false;
  for (const c of cells) {
    c.heading = classifyHeader(c.text);
    if (c.heading) any = true;
  }
  return any ? cells : null;
}

function widestColumn(grid: Grid): number {
  let right = grid.origin.col;
  for (const m of grid.merges ?? []) right = Math.max(right, m.right);
  return right;
}

/**
 * A row over financial-year sub-headers ("Allocation" merged over "2023/24 | 2024/25"): the two rows make one
 * header when every year column sits under an amount heading ("Allocation", "Budget") or under nothing.
 */
function joinTwoRowHeader(upper: HeaderCell[], lower: HeaderCell[] | null): HeaderCell[] | null {
  if (!lower) return null;
  const upperByCol = new Map(upper.map((c) => [c.col, c]));
  let underAmount = 0;
  for (const c of lower) {
    if (c.heading?.role !== "fyAmount") continue;
    const above = upperByCol.get(c.col);
    if (!above) continue;
    if (above.heading?.role !== "amount") return null;
    underAmount++;
  }
  if (underAmount === 0) return null;
  const lowerByCol = new Map(lower.map((c) => [c.col, c]));
  const cols = new Set([...upperByCol.keys(), ...lowerByCol.keys()]);
  const joined: HeaderCell[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const up = upperByCol.get(col);
    const low = lowerByCol.get(col);
    if (low && low.heading) {
      const text =
        up && up.heading?.role === "amount" && low.heading.role === "fyAmount"
          ? `${up.text} ${low.text}`
          : low.text;
      joined.push({ col, text, heading: low.heading, row: low.row });
    } else if (up) {
      joined.push({ col, text: up.text, heading: up.heading, row: low ? low.row : up.row });
    } else if (low) {
      joined.push(low);
    }
  }
  return joined;
}

/** Runs of header cells separated by empty columns: tables side by side. */
function segments(cells: HeaderCell[]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  let current: HeaderCell[] = [];
  for (const c of cells) {
    const prev = current[current.length - 1];
    if (prev && c.col > prev.col + 1) {
      out.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length) out.push(current);
  return out;
}

interface Shape {
  labels: number;
  years: number;
  amounts: number;
  fys: number;
}

function shape(cells: HeaderCell[]): Shape {
  const s: Shape = { labels: 0, years: 0, amounts: 0, fys: 0 };
  for (const c of cells) {
    const role = c.heading?.role;
    if (role === "ref" || role === "line") s.labels++;
    else if (role === "fyAmount") s.years++;
    else if (role === "amount") s.amounts++;
    else if (role === "fy") s.fys++;
  }
  return s;
}

function hasFigures(s: Shape, fixedFy: boolean): boolean {
  return s.years > 0 || (s.amounts > 0 && (s.fys > 0 || fixedFy));
}

/**
 * Side-by-side segments separated by a single unnamed column belong together when neither is a table alone
 * ("Service | (blank) | 2023/24").
 */
function joinBrokenSegments(parts: HeaderCell[][]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    const prevLast = prev?.[prev.length - 1];
    const first = part[0];
    if (prev && prevLast && first && first.col === prevLast.col + 2) {
      const a = shape(prev);
      const b = shape(part);
      const aWhole = a.labels > 0 && hasFigures(a, false);
      const bWhole = b.labels > 0 && hasFigures(b, false);
      if (!aWhole && !bWhole) {
        out[out.length - 1] = [...prev, ...part];
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

function firstCol(cells: HeaderCell[], role: string): number {
  for (const c of cells) if (c.heading?.role === role) return c.col;
  return 0;
}

function buildHeader(
  cells: HeaderCell[],
  top: number,
  bottom: number,
  contextFy: () => FinancialYear | null,
  excelName: string | null,
): TableHeader | null {
  const s = shape(cells);
  if (s.labels === 0) return null;
  let layout: "wide" | "long";
  let fixedFy: FinancialYear | null = null;
  if (s.amounts > 0 && s.fys > 0) layout = "long";
  else if (s.years > 0) layout = "wide";
  else if (s.amounts > 0) {
    fixedFy = contextFy();
    if (!fixedFy) return null;
    layout = "long";
  } else return null;

  const yearColumns: { col: number; fy: FinancialYear; scale: number }[] = [];
  if (layout === "wide") {
    const seen = new Set<string>();
    for (const c of cells) {
      const fy = c.heading?.role === "fyAmount" ? c.heading.fy : undefined;
      if (fy && !seen.has(fy)) {
        seen.add(fy);
        yearColumns.push({ col: c.col, fy, scale: c.heading?.scale ?? 1 });
      }
    }
  }
  const columns: HeaderColumn[] = cells.map((c) => ({
    col: c.col,
    header: c.text,
    cell: cellAddress(c.row, c.col),
    heading: c.heading,
  }));
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last) return null;
  return {
    top,
    bottom,
    left: first.col,
    right: last.col,
    columns,
    layout,
    refCol: firstCol(cells, "ref"),
    lineCol: firstCol(cells, "line"),
    providerCol: firstCol(cells, "provider"),
    fundingSourceCol: firstCol(cells, "fundingSource"),
    fyCol: layout === "long" && !fixedFy ? firstCol(cells, "fy") : 0,
    amountCol: layout === "long" ? firstCol(cells, "amount") : 0,
    amountScale:
      layout === "long" ? (cells.find((c) => c.heading?.role === "amount")?.heading?.scale ?? 1) : 1,
    fixedFy,
    yearColumns,
    excelName,
  };
}

/** A year named by the sheet ("2023-24") or by a title row just above the header ("Budget 2023/24"). */
export function contextFinancialYear(grid: Grid, headerRow: number): FinancialYear | null {
  for (let row = headerRow - 1; row >= Math.max(grid.origin.row, headerRow - 6); row--) {
    for (const v of grid.rows[row - grid.origin.row] ?? []) {
      if (typeof v === "string" && v.length < 200) {
        const fy = financialYearInHeaderText(v);
        if (fy) return fy;
      }
    }
  }
  return financialYearInHeaderText(grid.sheet);
}

/**
 * The allocation-table headers that start on a sheet row: none, one, or several side by side. A header needs a
 * decision or line column and amounts (a column per financial year, or an FY column and an amount column).
 */
export function findHeadersAt(
  grid: Grid,
  merged: MergedCells,
  row: number,
  free: FreeColumns,
): TableHeader[] {
  const right = merged.any ? widestColumn(grid) : 0;
  const upper = readHeaderRow(grid, merged, row, free, right);
  if (!upper) return [];
  let cells = upper;
  let bottom = row;
  if (upper.some((c) => c.heading?.role === "amount")) {
    const joined = joinTwoRowHeader(upper, readHeaderRow(grid, merged, row + 1, free, right));
    if (joined) {
      cells = joined;
      bottom = row + 1;
    }
  }
  let fyFromContext: FinancialYear | null | undefined;
  const contextFy = () => {
    if (fyFromContext === undefined) fyFromContext = contextFinancialYear(grid, row);
    return fyFromContext;
  };
  const headers: TableHeader[] = [];
  for (const part of joinBrokenSegments(segments(cells))) {
    const header = buildHeader(part, row, bottom, contextFy, null);
    if (header) headers.push(header);
  }
  return headers;
}

/** The header of an Excel table (its first row), or null when its columns are not an allocation table's. */
export function excelTableHeader(
  grid: Grid,
  merged: MergedCells,
  table: { name: string; top: number; left: number; right: number },
): TableHeader | null {
  const rowValues = grid.rows[table.top - grid.origin.row];
  const cells: HeaderCell[] = [];
  for (let col = table.left; col <= table.right; col++) {
    const text = textAt(merged, grid, rowValues, table.top, col);
    if (text !== null) cells.push({ col, text, heading: classifyHeader(text), row: table.top });
  }
  const header = buildHeader(
    cells,
    table.top,
    table.top,
    () => contextFinancialYear(grid, table.top),
    table.name,
  );
  if (!header) return null;
  return { ...header, left: table.left, right: table.right };
}
