import ExcelJS from "exceljs";
import type { ChartSpec, TableInfo, WorkbookHost } from "../host/workbook-host";
import type { OutputSheet } from "../core/report/output-sheet";
import type { Grid, Workbook } from "../core/workbook/grid";
import { OWNED_SHEETS_MARKER, ownedSheetNames } from "../core/reconcile/output-sheets";
import { recogniseSheetTables } from "../core/allocations/recognise-tables";
import { parseRangeAddress, rangeAddress, type SheetRange } from "../core/workbook/grid-range";
import { ReconcilerError } from "../core/errors";
import { readWorkbookFromBuffer } from "../files/xlsx-workbook";
import { ensureOwnedSheet, writeOwnedSheet } from "./owned-sheets";
import { importDecisionInto } from "./register-import";
import type { DecisionRecord } from "../core/decision/decision-record";

/** A rectangle the analyst selected on a sheet of the preview's grid view. */
export interface PreviewSelection {
  sheet: string;
  range: SheetRange;
}

/** What the grid view draws: the workbook as plain values, the charts the add-in wrote, and the selection. */
export interface PreviewState {
  file: string;
  workbook: Workbook;
  /** Charts by the sheet they sit on. */
  charts: ReadonlyMap<string, ChartSpec>;
  selection: PreviewSelection | null;
  /** Sheets the add-in wrote (and the hidden marker sheet). */
  owned: ReadonlySet<string>;
  /** Set by selectCell: the sheet and cell the task pane asked to show; the grid view moves its focus there. */
  reveal: { sheet: string; cell: string; seq: number } | null;
  /** Bumped on every change. */
  version: number;
}

type Listener = (state: PreviewState) => void;

function sub(grid: Grid, range: SheetRange): Grid {
  const rows: Grid["rows"] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const src = grid.rows[r - grid.origin.row];
    const row: Grid["rows"][number] = [];
    for (let c = range.left; c <= range.right; c++) row.push(src?.[c - grid.origin.col] ?? null);
    rows.push(row);
  }
  return { sheet: grid.sheet, rows, origin: { row: range.top, col: range.left } };
}

/**
 * The preview's workbook host: an .xlsx opened in the browser (exceljs), for people without Excel. It implements
 * the same WorkbookHost as Excel, so the task pane's views run on it unchanged. Reads see exactly what the CLI
 * sees (the file is read with the CLI's reader); writes go to the tool's own sheets only, marked as the CLI marks
 * them, so "Download" gives the same workbook `reconcile --out` would. Charts cannot be saved by exceljs: they are
 * kept here and drawn by the grid view.
 */
export class PreviewHost implements WorkbookHost {
  readonly kind = "preview" as const;
  private plain: Workbook;
  private readonly charts = new Map<string, ChartSpec>();
  private selection: PreviewSelection | null = null;
  private reveal: PreviewState["reveal"] = null;
  private version = 0;
  private readonly listeners = new Set<Listener>();

  private constructor(
    readonly file: string,
    private readonly book: ExcelJS.Workbook,
    plain: Workbook,
  ) {
    this.plain = plain;
    this.selection = this.defaultSelection();
  }

  /** Opens .xlsx bytes; throws ReconcilerError BAD_WORKBOOK naming the file for anything else. */
  static async open(file: string, bytes: Uint8Array | ArrayBuffer): Promise<PreviewHost> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const plain = await readWorkbookFromBuffer(file, data);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    return new PreviewHost(file, book, plain);
  }

  /** The first recognised allocation table, else the first used cell of the first sheet, as the selection. */
  private defaultSelection(): PreviewSelection | null {
    const owned = ownedSheetNames(this.plain);
    for (const grid of this.plain.sheets) {
      if (owned.has(grid.sheet)) continue;
      const table = recogniseSheetTables(grid)[0];
      const range = table ? parseRangeAddress(table.range) : null;
      if (table && range) return { sheet: table.sheet, range };
    }
    const first = this.plain.sheets.find((g) => !owned.has(g.sheet));
    return first ? { sheet: first.sheet, range: { top: 1, left: 1, bottom: 1, right: 1 } } : null;
  }

  state(): PreviewState {
    return {
      file: this.file,
      workbook: this.plain,
      charts: this.charts,
      selection: this.selection,
      owned: ownedSheetNames(this.plain),
      reveal: this.reveal,
      version: this.version,
    };
  }

  /** Calls `listener` after every change (a write, a selection); returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    const s = this.state();
    for (const l of this.listeners) l(s);
  }

  /** The grid view reports the analyst's selection here. */
  select(sheet: string, range: SheetRange): void {
    const cur = this.selection;
    if (
      cur &&
      cur.sheet === sheet &&
      cur.range.top === range.top &&
      cur.range.left === range.left &&
      cur.range.bottom === range.bottom &&
      cur.range.right === range.right
    )
      return;
    this.selection = { sheet, range };
    this.changed();
  }

  /** The workbook as .xlsx bytes, with the tool's sheets (charts are not saved: exceljs cannot write them). */
  async toBytes(): Promise<Uint8Array<ArrayBuffer>> {
    const buf = await this.book.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }

  /** Re-reads the model after a write through the same reader as the CLI, so reads see what a saved file holds. */
  private async refresh(): Promise<void> {
    this.plain = await readWorkbookFromBuffer(this.file, await this.toBytes());
  }

  private grid(sheet: string): Grid {
    const grid = this.plain.sheets.find((g) => g.sheet === sheet);
    if (!grid) {
      const have = this.plain.sheets.map((g) => JSON.stringify(g.sheet)).join(", ");
      throw new ReconcilerError(
        "NOT_FOUND",
        `no sheet named ${JSON.stringify(sheet)} (the sheets: ${have})`,
        {
          file: this.file,
        },
      );
    }
    return grid;
  }

  async readWorkbook(): Promise<Workbook> {
    return this.plain;
  }

  async readSelection(): Promise<Grid> {
    const s = this.selection;
    if (!s)
      throw new ReconcilerError("NOT_FOUND", "nothing is selected: click a cell in the grid", {
        file: this.file,
      });
    return sub(this.grid(s.sheet), s.range);
  }

  async listTables(): Promise<TableInfo[]> {
    return this.plain.sheets.flatMap((g) =>
      (g.tables ?? []).map((t) => ({ name: t.name, sheet: g.sheet, range: rangeAddress(t) })),
    );
  }

  /** An Excel table as a grid, header row first, placed where it sits on its sheet. */
  async readTable(name: string): Promise<Grid> {
    for (const g of this.plain.sheets) {
      const t = (g.tables ?? []).find((x) => x.name === name);
      if (t) return { ...sub(g, t), tables: [{ ...t }] };
    }
    throw new ReconcilerError("NO_TABLE", `${this.file} has no table named ${JSON.stringify(name)}`, {
      file: this.file,
    });
  }

  async writeOutputSheet(sheet: OutputSheet): Promise<void> {
    writeOwnedSheet(this.book, sheet);
    await this.refresh();
    this.changed();
  }

  async writeChart(chart: ChartSpec): Promise<void> {
    const name = ensureOwnedSheet(this.book, chart.sheet);
    this.charts.set(name, { ...chart, sheet: name });
    await this.refresh();
    this.changed();
  }

  /** Writes a decision's rows into the "Decisions" register (see register-import.ts). */
  async importDecision(
    record: DecisionRecord,
    replace: readonly string[],
  ): Promise<{ added: number; updated: number }> {
    const written = importDecisionInto(this.book, this.plain, record, replace);
    await this.refresh();
    this.changed();
    return written;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const grid = this.grid(sheet);
    const range = parseRangeAddress(cell);
    if (!range) {
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        `${JSON.stringify(cell)} is not a cell address such as "C7"`,
        {
          sheet: grid.sheet,
        },
      );
    }
    this.selection = { sheet: grid.sheet, range };
    this.reveal = {
      sheet: grid.sheet,
      cell: rangeAddress({ ...range, bottom: range.top, right: range.left }),
      seq: this.version + 1,
    };
    this.changed();
  }
}

/** The sheets a person sees: all but the tool's hidden marker sheet. */
export function visibleSheets(workbook: Workbook): Grid[] {
  return workbook.sheets.filter((g) => g.sheet !== OWNED_SHEETS_MARKER);
}
