import type { ChartSpec, TableInfo, WorkbookHost } from "../host/workbook-host";
import type { OutputSheet } from "../core/report/output-sheet";
import type { Grid, Workbook } from "../core/workbook/grid";
import { parseAddress } from "./a1-address";
import { plainValues, readTableValues, tableGrid } from "./read-table";
import { writeOutputSheet } from "./write-output-sheet";
import { writeChart } from "./write-chart";
import { ReconcilerError } from "../core/errors";
import type { DecisionRecord } from "../core/decision/decision-record";
import { importDecision } from "./register-table";

/** Runs a batch against the workbook: Excel.run in Excel, a mock in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * The task pane's workbook, in Excel: every read is batched into at most two syncs, every write is chunked under
 * the 5 MB request limit, and writes land only on sheets the add-in owns.
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  constructor(
    private readonly run: ExcelRun = excelRun,
    /** The workbook's name for messages (Excel does not give the file name to an add-in without a further API). */
    private readonly file = "this workbook",
  ) {}

  /** Every sheet's used range (formula cells as their results) and the tables on it. Two syncs. */
  readWorkbook(): Promise<Workbook> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name,items/showHeaders");
      await context.sync();
      const used = sheets.items.map((s) => {
        const r = s.getUsedRangeOrNullObject(true);
        r.load("values,address");
        return { name: s.name, r };
      });
      const tableRanges = tables.items.map((t) => ({ t, r: t.getRange().load("address") }));
      await context.sync();
      const grids: Grid[] = used.map(({ name, r }) => {
        if (r.isNullObject) return { sheet: name, rows: [], origin: { row: 1, col: 1 } };
        const box = parseAddress(r.address);
        return {
          sheet: name,
          rows: plainValues(r.values),
          origin: { row: box.top, col: box.left },
          tables: [],
        };
      });
      for (const { t, r } of tableRanges) {
        const box = parseAddress(r.address);
        const grid = grids.find((g) => g.sheet === box.sheet);
        grid?.tables?.push({
          name: t.name,
          top: box.top,
          left: box.left,
          bottom: box.bottom,
          right: box.right,
          headerRow: t.showHeaders,
        });
      }
      return { file: this.file, sheets: grids };
    });
  }

  /** The selected cells as a grid. One sync. */
  readSelection(): Promise<Grid> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("values,address");
      await context.sync();
      const box = parseAddress(range.address);
      return { sheet: box.sheet, rows: plainValues(range.values), origin: { row: box.top, col: box.left } };
    });
  }

  /** Every Excel table with its sheet and range. Two syncs. */
  listTables(): Promise<TableInfo[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const ranges = tables.items.map((t) => ({ name: t.name, r: t.getRange().load("address") }));
      await context.sync();
      return ranges.map(({ name, r }) => {
        const box = parseAddress(r.address);
        return { name, sheet: box.sheet, range: r.address.slice(r.address.lastIndexOf("!") + 1) };
      });
    });
  }

  /** A table as a grid (header row first). Two syncs whatever its size. */
  readTable(name: string): Promise<Grid> {
    return this.run(async (context) => {
      const t = await readTableValues(context, name);
      if (!t)
        throw new ReconcilerError("NO_TABLE", `${this.file} has no table named ${JSON.stringify(name)}`);
      return tableGrid(t);
    });
  }

  writeOutputSheet(sheet: OutputSheet): Promise<void> {
    return this.run(async (context) => {
      await writeOutputSheet(context, sheet);
    });
  }

  writeChart(chart: ChartSpec): Promise<void> {
    return this.run((context) => writeChart(context, chart));
  }

  /** Shows the sheet and selects the cell. One sync. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** Writes a decision's rows into the "Decisions" register table, replacing only the listed conflicts. */
  importDecision(
    record: DecisionRecord,
    replace: readonly string[],
  ): Promise<{ added: number; updated: number }> {
    return this.run(async (context) => (await importDecision(context, record, { confirm: replace })).written);
  }
}
