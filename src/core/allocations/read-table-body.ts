import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";
import { cellText, valueText } from "../workbook/cell-text";
import { cellAddress, type CellValue, type Grid } from "../workbook/grid";
import type { MergedCells } from "../workbook/merged-cells";
import { readAmountCell } from "./amount-cells";
import type { BudgetRow, TableTotal, UnreadCell } from "./budget-row";
import { financialYearOfCell, type FinancialYearCell } from "./financial-year-cells";
import type { TableHeader } from "./table-header";
import { mentionsTotal, totalKind, type TotalKind } from "./total-labels";

export interface TableBody {
  rows: BudgetRow[];
  totals: TableTotal[];
  unread: UnreadCell[];
  /** Last sheet row that belongs to the table (the header's last row when the body is empty). */
  bottom: number;
}

export interface BodyLimits {
  /** Excel tables end where Excel says; plain ranges end at two blank rows or a new header. */
  lastRow?: number;
  /** Whether a row (with no figures) starts a new table over these columns. */
  startsNewTable(row: number): boolean;
}

/** A label cell: its own text, or the text of the merged range it lies in ("PCD 1307" merged down a block). */
function labelAt(
  grid: Grid,
  merged: MergedCells,
  values: CellValue[],
  row: number,
  col: number,
): string | null {
  if (col === 0) return null;
  const v = values[col - grid.origin.col];
  if (v !== null && v !== undefined && v !== "") return cellText(v);
  return merged.any ? cellText(merged.shown(row, col)) : null;
}

function formatPounds(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const p = abs % 100;
  return `${sign}£${pounds}${p ? `.${p < 10 ? "0" : ""}${p}` : ""}`;
}

/**
 * Reads the rows under a header: each figure becomes a BudgetRow (one per financial year in a wide table), total
 * and subtotal rows become TableTotals checked against the rows they cover, and every cell that cannot be read
 * becomes an UnreadCell. Linear in the rows; the column roles were settled by the header.
 */
export function readTableBody(
  grid: Grid,
  merged: MergedCells,
  header: TableHeader,
  limits: BodyLimits,
): TableBody {
  const { sheet } = grid;
  const oRow = grid.origin.row;
  const oCol = grid.origin.col;
  const leftJ = header.left - oCol;
  const rightJ = header.right - oCol;
  const rows: BudgetRow[] = [];
  const totals: TableTotal[] = [];
  const unread: UnreadCell[] = [];

  // Columns that may hold a "Total" label: every column of the table that is not a figure.
  const figureCols = new Set<number>(
    header.layout === "wide" ? header.yearColumns.map((y) => y.col) : [header.amountCol],
  );
  const labelJs: number[] = [];
  for (let col = header.left; col <= header.right; col++) if (!figureCols.has(col)) labelJs.push(col - oCol);

  // Financial years by index, so running sums are plain arrays.
  const fys: FinancialYear[] = [];
  const fyIndex = new Map<string, number>();
  const indexOf = (fy: FinancialYear): number => {
    let i = fyIndex.get(fy);
    if (i === undefined) {
      i = fys.length;
      fys.push(fy);
      fyIndex.set(fy, i);
      sinceSum.push(0);
      allSum.push(0);
      sinceCount.push(0);
      allCount.push(0);
    }
    return i;
  };
  const sinceSum: number[] = [];
  const allSum: number[] = [];
  const sinceCount: number[] = [];
  const allCount: number[] = [];
  let rowsSince = 0;
  let rowsAll = 0;

  // Amount columns and their year index (wide); the long layout has one amount column and a year per row.
  const wide = header.layout === "wide";
  const amountJs = wide ? header.yearColumns.map((y) => y.col - oCol) : [header.amountCol - oCol];
  const amountScale = wide ? header.yearColumns.map((y) => y.scale) : [header.amountScale];
  const amountYear = wide
    ? header.yearColumns.map((y) => indexOf(y.fy))
    : [header.fixedFy ? indexOf(header.fixedFy) : -1];
  const fyJ = header.fyCol ? header.fyCol - oCol : -1;
  const fyCache = new Map<string, FinancialYearCell>();

  // Per-row scratch, reused: figures read on the row, and cells that could not be read.
  const gotYear: number[] = new Array<number>(amountJs.length).fill(0);
  const gotPence: number[] = new Array<number>(amountJs.length).fill(0);
  const gotCol: number[] = new Array<number>(amountJs.length).fill(0);
  const pending: UnreadCell[] = [];

  const lastRow = limits.lastRow ?? oRow + grid.rows.length - 1;
  let bottom = header.bottom;
  let blankRun = 0;

  for (let row = header.bottom + 1; row <= lastRow; row++) {
    const values = grid.rows[row - oRow];
    let blank = true;
    let numbers = 0;
    let strings = 0;
    if (values) {
      const end = Math.min(rightJ, values.length - 1);
      for (let j = leftJ; j <= end; j++) {
        const v = values[j];
        if (v === null || v === undefined) continue;
        if (typeof v === "string") {
          if (v.trim() === "") continue;
          strings++;
        } else if (typeof v === "number") numbers++;
        blank = false;
      }
    }
    if (blank || !values) {
      blankRun++;
      if (limits.lastRow === undefined && blankRun >= 2) break;
      continue;
    }

    // Figures on the row.
    let got = 0;
    pending.length = 0;
    let rowFy = -1; // long layout: the row's year index, -2 when its FY cell is unreadable, -3 when blank
    if (!wide && header.fyCol) {
      const fv = values[fyJ];
      if (fv === null || fv === undefined || (typeof fv === "string" && fv.trim() === "")) rowFy = -3;
      else {
        const read = financialYearOfCell(fv, fyCache);
        if ("fy" in read) rowFy = indexOf(read.fy);
        else {
          rowFy = -2;
          pending.push({
            sheet,
            cell: cellAddress(row, header.fyCol),
            value: valueText(fv),
            reason: read.reason,
          });
        }
      }
    }
    for (let k = 0; k < amountJs.length; k++) {
      const j = amountJs[k] as number;
      const v = values[j];
      if (v === null || v === undefined || v === "") continue;
      const read = readAmountCell(v);
      if (read === null) continue;
      const col = j + oCol;
      if ("reason" in read) {
        pending.push({ sheet, cell: cellAddress(row, col), value: valueText(v), reason: read.reason });
        continue;
      }
      const scale = amountScale[k] as number;
      const pence = scale === 1 ? read.pence : read.pence * scale;
      if (!Number.isSafeInteger(pence)) {
        pending.push({
          sheet,
          cell: cellAddress(row, col),
          value: valueText(v),
          reason: `amount ${valueText(v)} × ${scale} is too large`,
        });
        continue;
      }
      gotYear[got] = wide || header.fixedFy ? (amountYear[k] as number) : rowFy;
      gotPence[got] = pence;
      gotCol[got] = col;
      got++;
    }

    // A row with no figures and only text may be the header of the next table.
    if (
      got === 0 &&
      numbers === 0 &&
      strings >= 2 &&
      limits.lastRow === undefined &&
      limits.startsNewTable(row)
    )
      break;
    blankRun = 0;
    bottom = row;
    for (const u of pending) unread.push(u);

    let label: string | null = null;
    let kind: TotalKind | null = null;
    for (const j of labelJs) {
      const v = values[j];
      if (typeof v === "string" && mentionsTotal(v)) {
        kind = totalKind(v);
        if (kind) {
          label = v.trim();
          break;
        }
      }
    }
    if (got === 0) continue;

    const ref = labelAt(grid, merged, values, row, header.refCol);
    const line = labelAt(grid, merged, values, row, header.lineCol);

    if (!kind && ref === null && line === null) {
      // No ref and no line but figures: a total without a label when it adds up, else a line with no name.
      const coverage = unlabelledCoverage(got);
      if (coverage) {
        recordTotal(row, "(unlabelled total)", coverage, got);
        continue;
      }
    }
    if (kind) {
      recordTotal(row, label ?? "Total", chooseCoverage(kind, got), got);
      continue;
    }

    const provider = labelAt(grid, merged, values, row, header.providerCol);
    const fundingSource = labelAt(grid, merged, values, row, header.fundingSourceCol);
    let counted = false;
    for (let g = 0; g < got; g++) {
      const y = gotYear[g] as number;
      const col = gotCol[g] as number;
      if (y < 0) {
        if (y === -3) {
          unread.push({
            sheet,
            cell: cellAddress(row, col),
            value: valueText(values[col - oCol]),
            reason: `amount ${formatPounds(gotPence[g] as number)} has no financial year (cell ${cellAddress(row, header.fyCol)} is blank)`,
          });
        }
        continue;
      }
      const pence = gotPence[g] as number;
      rows.push({
        sheet,
        row,
        cell: cellAddress(row, col),
        refText: ref,
        line,
        provider,
        fundingSource,
        fy: fys[y] as FinancialYear,
        pence: pence as Pence,
        table: "",
      });
      sinceSum[y] = (sinceSum[y] as number) + pence;
      allSum[y] = (allSum[y] as number) + pence;
      sinceCount[y] = (sinceCount[y] as number) + 1;
      allCount[y] = (allCount[y] as number) + 1;
      counted = true;
    }
    if (counted) {
      rowsSince++;
      rowsAll++;
    }
  }

  /** Whether the row's figures equal, year by year, the running sums given. */
  function figuresMatch(got: number, sums: number[], counts: number[]): boolean {
    for (let g = 0; g < got; g++) {
      const y = gotYear[g] as number;
      if (y >= 0) {
        if (sums[y] !== gotPence[g] || counts[y] === 0) return false;
      } else {
        // Long layout total with no year: compare with the sum over every year.
        let s = 0;
        for (const v of sums) s += v;
        if (s !== gotPence[g]) return false;
      }
    }
    return true;
  }

  function unlabelledCoverage(got: number): "since" | "all" | null {
    if (rowsSince >= 2 && figuresMatch(got, sinceSum, sinceCount)) return "since";
    if (rowsAll >= 2 && figuresMatch(got, allSum, allCount)) return "all";
    return null;
  }

  function chooseCoverage(kind: TotalKind, got: number): "since" | "all" {
    if (kind === "subtotal") return "since";
    const since = rowsSince > 0 && figuresMatch(got, sinceSum, sinceCount);
    const all = figuresMatch(got, allSum, allCount);
    if (kind === "total") return all || !since ? "all" : "since";
    return since || !all ? "since" : "all";
  }

  function recordTotal(row: number, label: string, coverage: "since" | "all", got: number): void {
    const sums = coverage === "since" ? sinceSum : allSum;
    const counts = coverage === "since" ? sinceCount : allCount;
    for (let g = 0; g < got; g++) {
      let y = gotYear[g] as number;
      const cell = cellAddress(row, gotCol[g] as number);
      const stated = gotPence[g] as number;
      if (y === -3) {
        // A long table's total with no year: it is one year's total when the rows it covers are all one year.
        const years = counts.flatMap((n, i) => (n > 0 ? [i] : []));
        if (years.length === 1) y = years[0] as number;
        else {
          let s = 0;
          for (const v of sums) s += v;
          unread.push({
            sheet,
            cell,
            value: formatPounds(stated),
            reason: `total "${label}" adds up rows of ${years.length} financial years (they sum to ${formatPounds(s)}); a total per year is needed to check it`,
          });
          continue;
        }
      }
      if (y < 0) continue;
      totals.push({
        sheet,
        row,
        cell,
        label,
        fy: fys[y] as FinancialYear,
        statedPence: stated as Pence,
        computedPence: (sums[y] ?? 0) as Pence,
        table: "",
      });
    }
    if (!wide && header.fyCol && rowFyOf(got) >= 0) {
      // A long table states one total row per year: it closes that year's block only.
      const y = rowFyOf(got);
      sinceSum[y] = 0;
      sinceCount[y] = 0;
    } else {
      sinceSum.fill(0);
      sinceCount.fill(0);
    }
    rowsSince = 0;
  }

  function rowFyOf(got: number): number {
    return got > 0 ? (gotYear[0] as number) : -1;
  }

  return { rows, totals, unread, bottom };
}
