import type { Grid, Workbook } from "../core/workbook/grid";
import type { OutputSheet } from "../core/report/output-sheet";

/**
 * What the task pane needs from the workbook it runs beside. Two implementations: Excel (src/excel, Office.js) and
 * the preview host (an .xlsx held in the browser, for people without Excel). The views know only this interface.
 */
export interface TableInfo {
  name: string;
  sheet: string;
  /** A1 range, e.g. "A3:F20". */
  range: string;
}

export interface ChartSpec {
  /** The owned sheet the chart sits on and the data it plots. */
  sheet: string;
  title: string;
  /** Category labels (financial years) and the two series. Money in pence. */
  categories: string[];
  series: { name: string; pence: number[] }[];
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Every sheet as plain values (formula cells as cached results). */
  readWorkbook(): Promise<Workbook>;
  /** The user's current selection as a grid. */
  readSelection(): Promise<Grid>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<Grid>;
  /** Replaces (or creates) a sheet the add-in owns. Never touches a sheet the add-in did not create. */
  writeOutputSheet(sheet: OutputSheet): Promise<void>;
  /** A clustered-column chart of approved against budget by FY on an owned sheet (replaces the previous one). */
  writeChart(chart: ChartSpec): Promise<void>;
  /** Selects a cell so the analyst sees the budget figure a result row is about. */
  selectCell(sheet: string, cell: string): Promise<void>;
}
