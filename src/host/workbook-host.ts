import type { Grid, Workbook } from "../core/workbook/grid";
import type { OutputSheet } from "../core/report/output-sheet";
import type { DecisionRecord } from "../core/decision/decision-record";

/*
 * NOTE for the preview host (helper B) from the task pane (helper A): WorkbookHost gained one OPTIONAL method,
 * `importDecision(record, replace)`, which writes a decision's rows into the workbook's "Decisions" register.
 * The task pane works out the differences first (core/register/register-import-diff.ts `diffRegisterImport` over
 * `readRegisterCells(findRegisterGrid(workbook))`), shows them, and then calls it. An implementation:
 *   incoming = registerFromDecision(record); current = readRegisterCells(register grid, header row first);
 *   diff = diffRegisterImport(current.rows, incoming);
 *   append diff.added as registerRowCells(row) (columns REGISTER_COLUMNS + REGISTER_SOURCE_COLUMN, laid out by the
 *   sheet's own header; create the "Decisions" sheet with that header when there is none);
 *   for each diff.conflicts c whose c.key is in `replace`: overwrite sheet row c.existing.sheetRow with
 *   registerRowCells({ ...c.incoming, resolution: c.existing.row.resolution }).
 * ExcelHost implements it with src/excel/register-table.ts `importDecision`. Without it, the task pane keeps
 * imported decisions for the session only and says so.
 */

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
  /**
   * Optional. Writes a decision's register rows into the "Decisions" register (creating it): appends the rows the
   * register lacks and replaces the conflicting rows whose keys (RegisterConflict.key) are listed in `replace`,
   * keeping their resolution notes. The task pane lists only rows the add-in wrote, never an analyst's.
   */
  importDecision?(
    record: DecisionRecord,
    replace: readonly string[],
  ): Promise<{ added: number; updated: number }>;
}
