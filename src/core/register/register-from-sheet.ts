import { endOfMonth, parseDate } from "../dates/parse-date";
import { isReconcilerError } from "../errors";
import { financialYearEnd, financialYearStart, parseFinancialYear } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding } from "../findings/finding";
import { parseMoneyCell } from "../money/parse-money";
import type { Pence } from "../money/pence";
import { normaliseRef, splitRefAndLine } from "../references/decision-ref";
import { cellText, isBlankCell, quoteCell } from "../workbook/cell-text";
import { cellAddress, type CellValue, type Grid, type Workbook } from "../workbook/grid";
import {
  REGISTER_COLUMNS,
  REGISTER_COLUMN_SYNONYMS,
  REGISTER_SHEET_NAME,
  headingKey,
  type RegisterColumn,
} from "./register-columns";
import type { RegisterRow } from "./register-row";

export interface RegisterSheet {
  rows: RegisterRow[];
  /** Cells that could not be read, each with its sheet and cell. */
  problems: Finding[];
}

const synonymIndex = new Map<string, RegisterColumn>();
for (const column of REGISTER_COLUMNS) {
  for (const name of REGISTER_COLUMN_SYNONYMS[column]) synonymIndex.set(headingKey(name), column);
}

/** The register column a heading names, or null. */
export function registerColumnOf(heading: CellValue | undefined): RegisterColumn | null {
  const t = cellText(heading);
  return t === null ? null : (synonymIndex.get(headingKey(t)) ?? null);
}

/**
 * The sheet holding the analyst's decision register: the one named `name` (default "Decisions"), or an Excel table of
 * that name. Null where there is none.
 */
export function findRegisterGrid(workbook: Workbook, name: string = REGISTER_SHEET_NAME): Grid | null {
  const want = headingKey(name);
  for (const g of workbook.sheets) if (headingKey(g.sheet) === want) return g;
  for (const g of workbook.sheets) {
    const t = g.tables?.find((tb) => headingKey(tb.name) === want);
    if (t) {
      const top = t.top - g.origin.row;
      const left = t.left - g.origin.col;
      const rows = g.rows
        .slice(Math.max(0, top), t.bottom - g.origin.row + 1)
        .map((r) => r.slice(Math.max(0, left), t.right - g.origin.col + 1));
      return { sheet: g.sheet, rows, origin: { row: t.top, col: t.left } };
    }
  }
  return null;
}

/**
 * Reads the analyst's "Decisions" register: a header row naming at least Ref and one of Approved or Resolution note
 * (other headings as in REGISTER_COLUMNS, synonyms accepted), then one row per figure. Bad cells are reported as
 * problems with their sheet and cell, and the row is left out rather than guessed.
 */
export function registerFromSheet(grid: Grid): RegisterSheet {
  const problems: Finding[] = [];
  const header = findHeader(grid);
  if (header === null) {
    problems.push({
      code: "REGISTER_NO_HEADER",
      severity: "error",
      message: `sheet "${grid.sheet}" has no register header row: expected the headings ${REGISTER_COLUMNS.map((c) => `"${c}"`).join(", ")} (at least Ref and Approved or Resolution note)`,
      quotes: [],
      place: { sheet: grid.sheet, cell: cellAddress(grid.origin.row, grid.origin.col) },
    });
    return { rows: [], problems };
  }
  const rows: RegisterRow[] = [];
  const { index, columns } = header;
  for (let r = index + 1; r < grid.rows.length; r++) {
    const values = grid.rows[r] ?? [];
    const sheetRow = grid.origin.row + r;
    const at = (c: RegisterColumn): { value: CellValue | undefined; cell: string } | null => {
      const col = columns.get(c);
      if (col === undefined) return null;
      return { value: values[col], cell: cellAddress(sheetRow, grid.origin.col + col) };
    };
    if (values.every((v) => isBlankCell(v))) continue;
    const problem = (
      cell: string,
      value: CellValue | undefined,
      what: string,
      severity: "error" | "warning" = "error",
    ): void => {
      problems.push({
        code: "REGISTER_BAD_CELL",
        severity,
        message: `register cell ${quoteCell(value)} ${what}`,
        quotes: [],
        place: { sheet: grid.sheet, cell },
      });
    };
    const refCell = at("Ref")!;
    const refText = cellText(refCell.value);
    if (refText === null) {
      problem(
        refCell.cell,
        refCell.value,
        'is blank: every register row needs a decision reference such as "PCD 1307"',
      );
      continue;
    }
    const split = splitRefAndLine(refText);
    const ref = split.ref ?? normaliseRef(refText);
    if (ref === null) {
      problem(
        refCell.cell,
        refCell.value,
        'is not a decision reference: expected e.g. "PCD 1307" or "DMPCD 2014/23"',
      );
      continue;
    }
    const text = (c: RegisterColumn): string | null => {
      const a = at(c);
      return a === null ? null : cellText(a.value);
    };
    let fy: FinancialYear | null = null;
    const fyCell = at("FY");
    if (fyCell && !isBlankCell(fyCell.value)) {
      try {
        fy = parseFinancialYear(String(fyCell.value));
      } catch (e) {
        if (!isReconcilerError(e)) throw e;
        problem(fyCell.cell, fyCell.value, `is not a financial year: expected e.g. "2023/24"`);
        continue;
      }
    }
    let approvedPence: Pence | null = null;
    const amountCell = at("Approved");
    if (amountCell && !isBlankCell(amountCell.value)) {
      try {
        approvedPence = parseMoneyCell(amountCell.value);
      } catch (e) {
        if (!isReconcilerError(e)) throw e;
        problem(amountCell.cell, amountCell.value, `is not an amount: ${e.message}`);
        continue;
      }
    }
    const date = (c: RegisterColumn): string | null => {
      const a = at(c);
      if (a === null || isBlankCell(a.value)) return null;
      try {
        return parseDate(a.value as string | number);
      } catch (e) {
        if (!isReconcilerError(e)) throw e;
        problem(
          a.cell,
          a.value,
          `is not a date: expected e.g. "2023-04-01" or "01/04/2023"; the period was left out`,
          "warning",
        );
        return null;
      }
    };
    let start = date("Period start");
    let end = date("Period end");
    if (header.period !== null && start === null && end === null) {
      const cell = cellAddress(sheetRow, grid.origin.col + header.period);
      const value = values[header.period];
      if (!isBlankCell(value)) {
        const period = parsePeriod(value);
        if (period) ({ start, end } = period);
        else
          problem(
            cell,
            value,
            `is not a period: expected e.g. "2023-10-01 to 2025-03-31", "Oct 2023 – Mar 2025" or "2023/24 to 2024/25"; the period was left out`,
            "warning",
          );
      }
    }
    const resolution = text("Resolution note");
    if (approvedPence === null && resolution === null) {
      problem(
        refCell.cell,
        refCell.value,
        "row gives neither an approved figure nor a resolution note, so it says nothing to check against",
        "warning",
      );
      continue;
    }
    rows.push({
      ref,
      line: text("Line") ?? split.rest,
      fy,
      approvedPence,
      recipient: text("Recipient"),
      start,
      end,
      fundingSource: text("Funding source"),
      resolution,
      source: "analyst",
      evidence: null,
      place: { sheet: grid.sheet, cell: refCell.cell },
    });
  }
  return { rows, problems };
}

/** Headings of one column giving the whole period ("2023-10-01 to 2025-03-31"), read where there is no start/end. */
const PERIOD_HEADINGS = new Set(["period", "approvalperiod", "periodcovered", "dates", "term"]);

function findHeader(
  grid: Grid,
): { index: number; columns: Map<RegisterColumn, number>; period: number | null } | null {
  const limit = Math.min(grid.rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const columns = new Map<RegisterColumn, number>();
    let period: number | null = null;
    const row = grid.rows[r] ?? [];
    row.forEach((v, c) => {
      const col = registerColumnOf(v);
      if (col !== null && !columns.has(col)) columns.set(col, c);
      const t = col === null ? cellText(v) : null;
      if (t !== null && period === null && PERIOD_HEADINGS.has(headingKey(t))) period = c;
    });
    if (columns.has("Ref") && (columns.has("Approved") || columns.has("Resolution note")))
      return { index: r, columns, period };
  }
  return null;
}

/** "2023-10-01 to 2025-03-31", "01/10/2023 - 31/03/2025", "Oct 2023 – Mar 2025", "2023/24 to 2024/25", "2023/24". */
function parsePeriod(value: CellValue | undefined): { start: string; end: string } | null {
  const t = cellText(value);
  if (t === null) return null;
  const parts = t.split(/\s+(?:to|until|[-–—])\s+/i);
  if (parts.length > 2) return null;
  const from = parts[0]!.trim();
  const to = (parts[1] ?? parts[0]!).trim();
  const attempt = <T>(fn: () => T): T | null => {
    try {
      return fn();
    } catch (e) {
      if (!isReconcilerError(e)) throw e;
      return null;
    }
  };
  const fyFrom = attempt(() => parseFinancialYear(from));
  const fyTo = attempt(() => parseFinancialYear(to));
  if (fyFrom !== null && fyTo !== null)
    return { start: financialYearStart(fyFrom), end: financialYearEnd(fyTo) };
  if (parts.length !== 2) return null;
  const start = attempt(() => parseDate(from));
  let end = attempt(() => parseDate(to));
  if (start === null || end === null) return null;
  // "Oct 2023 – Mar 2025": a month as the end means its last day.
  if (/^[a-z]+\.?,?[\s-]+\d{4}$/i.test(to)) end = endOfMonth(end);
  return start <= end ? { start, end } : null;
}
