import type { CellValue } from "../workbook/grid";

/**
 * A sheet the tool owns and writes (Reconciliation, Findings, Profiles, the Decisions register), described as plain
 * values so that every host renders the same thing: exceljs for the CLI's --out copy and the preview, Office.js in
 * Excel. Money cells hold integer PENCE; renderers write pounds with the format "£#,##0.00".
 */
export type ColumnKind = "text" | "money" | "integer" | "date" | "status";

export interface OutputColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters, a hint. */
  width?: number;
}

export interface OutputSheet {
  name: string;
  columns: OutputColumn[];
  rows: CellValue[][];
  /** Index of the column holding a reconciliation status, for conditional formatting. */
  statusColumn?: number;
}

/** Fill colours by status, shared by every renderer (light fills, dark text: readable and printable). */
export const statusFills: Record<string, string> = {
  MATCHED: "#E6F4EA",
  OVER: "#FCE8E6",
  UNDER: "#FEF7E0",
  NO_DECISION: "#FCE8E6",
  OUTSIDE_PERIOD: "#FCE8E6",
  UNPROFILED: "#E8F0FE",
  DECISION_INCONSISTENT: "#F3E8FD",
};

/** Pence as a pounds number for a spreadsheet cell, exact for every amount below 2^53 pence. */
export function penceToPoundsNumber(pence: number): number {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return Number(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`);
}
