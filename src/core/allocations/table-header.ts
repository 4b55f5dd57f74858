import type { FinancialYear } from "../financial-year/financial-year-label";
import type { ColumnHeading, ColumnRole } from "./column-roles";

/** One column of a recognised header: where it is, what it says and which role it was given. */
export interface HeaderColumn {
  /** Sheet column (1-based). */
  col: number;
  /** The header as written (a two-row header joins both rows: "Allocation 2023/24"). */
  header: string;
  /** A1 address of the header cell (the lower row of a two-row header). */
  cell: string;
  heading: ColumnHeading | null;
}

/**
 * The header of one allocation table, with the roles of its columns decided once, so that reading the body is a
 * plain loop over cells.
 */
export interface TableHeader {
  /** First and last header row (a two-row header spans two). */
  top: number;
  bottom: number;
  /** Columns the table spans. */
  left: number;
  right: number;
  columns: HeaderColumn[];
  layout: "wide" | "long";
  /** Sheet column of each role, or 0 where the table has none. */
  refCol: number;
  lineCol: number;
  providerCol: number;
  fundingSourceCol: number;
  /** Long layout: the FY column (0 when the year comes from `fixedFy`) and the amount column. */
  fyCol: number;
  amountCol: number;
  /** Long layout without an FY column: the year the sheet or its title names. */
  fixedFy: FinancialYear | null;
  /** Wide layout: one amount column per financial year. */
  yearColumns: { col: number; fy: FinancialYear; scale: number }[];
  /** Long layout: pounds per unit written in the amount column (1000 for "Amount (£000)"). */
  amountScale: number;
  /** Excel table name, when the table is one. */
  excelName: string | null;
}

/** The role names used in reports: the recognised role, or "other" for a column read only for labels. */
export function roleName(heading: ColumnHeading | null): ColumnRole | "other" {
  return heading ? heading.role : "other";
}
