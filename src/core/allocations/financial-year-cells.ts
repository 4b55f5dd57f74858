import { isReconcilerError } from "../errors";
import { financialYearInHeader, financialYearOf, parseFinancialYear } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { CellValue } from "../workbook/grid";

/**
 * Financial years as allocation tables write them: in a column header of a wide table ("23/24 Allocation",
 * "FY 2025-26", "Budget 2023-2024 (£)") and in the FY column of a long table ("2023/24", "23-24", or a date,
 * which stands for the financial year it falls in).
 */

/** The financial year a piece of header text names ("23/24 Allocation" → "2023/24"), or null. */
export function financialYearInHeaderText(text: string): FinancialYear | null {
  return financialYearInHeader(text);
}

/** Excel serial day numbers between 1954 and 2119: a date, not an amount or a bare year. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

export type FinancialYearCell = { fy: FinancialYear } | { reason: string };

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function fromString(text: string): FinancialYearCell {
  let labelError = `${JSON.stringify(text)} is not a financial year: expected e.g. "2023/24" or a date`;
  try {
    return { fy: parseFinancialYear(text) };
  } catch (e) {
    if (!isReconcilerError(e)) throw e;
    labelError = e.message;
  }
  // Not a year label: a date stands for the year it falls in ("2023-05-01", "01/05/2023").
  if (hasDigit(text) && !/^\s*(?:FY\s*)?\d{2}(?:\d{2})?\s*$/i.test(text)) {
    try {
      return { fy: financialYearOf(text.trim()) };
    } catch (e) {
      if (!isReconcilerError(e)) throw e;
    }
  }
  return { reason: labelError };
}

/**
 * The financial year in one FY cell of a long table. Strings are cached in the caller's map so a long column of
 * the same few labels is parsed once per label.
 */
export function financialYearOfCell(
  value: CellValue,
  cache?: Map<string, FinancialYearCell>,
): FinancialYearCell {
  if (typeof value === "string") {
    const hit = cache?.get(value);
    if (hit) return hit;
    const read = fromString(value);
    if (cache && cache.size < 10000) cache.set(value, read);
    return read;
  }
  if (typeof value === "number" && Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
    try {
      return { fy: financialYearOf(value) };
    } catch (e) {
      if (!isReconcilerError(e)) throw e;
    }
  }
  return {
    reason: `${String(value)} is not a financial year: expected e.g. "2023/24" or a date${typeof value === "number" && value >= 1990 && value <= 2100 ? " (a single year is ambiguous)" : ""}`,
  };
}
