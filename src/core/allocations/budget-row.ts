import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";

/**
 * One budget line in one financial year, as read from an allocation table: the unit that reconciliation checks
 * against the decisions. A wide table row with three FY columns gives three BudgetRows.
 */
export interface BudgetRow {
  sheet: string;
  /** 1-based sheet row the figure sits on. */
  row: number;
  /** A1 address of the amount cell (the evidence a click in the task pane selects). */
  cell: string;
  /** The decision reference as written in the sheet ("PCD1307", "pcd-1307", "PCD 1234 Outreach"), or null. */
  refText: string | null;
  /** The budget line / service / project name, or null where the table has none. */
  line: string | null;
  provider: string | null;
  fundingSource: string | null;
  fy: FinancialYear;
  pence: Pence;
  /** Which table it came from (an Excel table name or "Sheet!A3:F20"). */
  table: string;
}

/** A Total or Subtotal row of an allocation table: verified against the rows above it, never counted as a line. */
export interface TableTotal {
  sheet: string;
  row: number;
  cell: string;
  label: string;
  fy: FinancialYear;
  statedPence: Pence;
  /** The sum of the body rows it covers. */
  computedPence: Pence;
  table: string;
}

/** Something in the workbook that could not be read, with its place. */
export interface UnreadCell {
  sheet: string;
  cell: string;
  value: string;
  reason: string;
}

export interface AllocationTable {
  name: string;
  sheet: string;
  /** A1 range of the whole table including its header. */
  range: string;
  layout: "wide" | "long";
  /** Which recognised column each header became (for the report). */
  columns: { header: string; role: string; cell: string }[];
  rows: BudgetRow[];
  totals: TableTotal[];
  unread: UnreadCell[];
}
