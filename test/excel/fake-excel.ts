/* eslint-disable @typescript-eslint/no-this-alias -- the proxies close over the fake workbook they belong to */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../src/core/workbook/grid";
import { columnNumber, parseAddress } from "../../src/excel/a1-address";
import { cellAddress } from "../../src/core/workbook/grid";

/**
 * A small in-memory workbook behind office-addin-mock: the RequestContext is an OfficeMockObject whose sync() is
 * wrapped to count round trips and to apply the values and number formats written through range proxies, which are
 * OfficeMockObjects too (so an unloaded property reads as the mock's sentinel string, as the notes warn). The
 * collections (worksheets, tables, charts, custom properties) are hand-written: the mock has no object model.
 */
export interface FakeSheet {
  name: string;
  /** grid[row-1][col-1] */
  grid: (CellValue | undefined)[][];
  formats: Map<string, string>;
  columnFormats: Map<number, string>;
  hiddenColumns: Set<number>;
  props: Map<string, string>;
  frozenRows: number;
  autoFilter: string | null;
  conditionalFormats: { address: string; formula: string; fill: string }[];
  charts: { name: string; type: string; seriesBy: string; source: string; title: string }[];
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  width: number;
  bodyRows: number;
  changed: (() => Promise<unknown>)[];
}

interface PendingRange {
  sheet: FakeSheet;
  top: number;
  left: number;
  mock: any;
  initialValues: unknown;
  initialFormat: unknown;
}

const WHOLE = 1_048_576;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  syncs = 0;
  /** Bytes of values and formats written in each sync (JSON). */
  bytesPerSync: number[] = [];
  suspendCalls = 0;
  selected: { sheet: string; address: string } | null = null;
  active: string | null = null;
  private pending: PendingRange[] = [];
  private pendingBytes = 0;
  readonly context: any;

  constructor() {
    const fake = this;
    const context: any = new OfficeMockObject({
      workbook: { name: "Budget.xlsx" },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          fake.suspendCalls++;
        },
      },
    });
    const mockSync = context.sync.bind(context);
    context.sync = async () => {
      fake.syncs++;
      fake.flush();
      for (const p of fake.pending) await p.mock.sync();
      fake.pending = [];
      await mockSync();
    };
    context.workbook.worksheets = this.worksheetsProxy();
    context.workbook.tables = this.tablesProxy();
    context.workbook.getSelectedRange = () => {
      const s = fake.selected ?? { sheet: fake.sheets[0]!.name, address: "A1" };
      const b = parseAddress(s.address);
      return fake.range(fake.sheet(s.sheet)!, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
    };
    this.context = context;
  }

  /** Installs globalThis.Excel (run, RequestContext and the enums the code uses) over this workbook. */
  install(): this {
    (globalThis as any).Excel = {
      run: async (batch: (c: any) => Promise<unknown>) => batch(this.context),
      RequestContext: function RequestContext(this: unknown) {
        return fakeContextOf(this);
      },
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns" },
      ConditionalFormatType: { custom: "Custom" },
    };
    current = this;
    return this;
  }

  // ---- the model ----

  addSheet(name: string, rows: CellValue[][] = [], props: Record<string, string> = {}): FakeSheet {
    const sheet: FakeSheet = {
      name,
      grid: rows.map((r) => [...r]),
      formats: new Map(),
      columnFormats: new Map(),
      hiddenColumns: new Set(),
      props: new Map(Object.entries(props)),
      frozenRows: 0,
      autoFilter: null,
      conditionalFormats: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(
    name: string,
    sheet: FakeSheet,
    top: number,
    left: number,
    header: CellValue[],
    body: CellValue[][],
  ): FakeTable {
    this.write(sheet, top, left, [header, ...body]);
    const t: FakeTable = { name, sheet, top, left, width: header.length, bodyRows: body.length, changed: [] };
    this.tables.push(t);
    return t;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: FakeSheet, row: number, col: number): CellValue {
    return sheet.grid[row - 1]?.[col - 1] ?? null;
  }

  values(sheet: FakeSheet, top: number, left: number, rows: number, cols: number): CellValue[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.cell(sheet, top + r, left + c)),
    );
  }

  tableBody(t: FakeTable): CellValue[][] {
    return this.values(t.sheet, t.top + 1, t.left, t.bodyRows, t.width);
  }

  /** Simulates an analyst's edit of a register cell, then Excel firing the table's onChanged handlers. */
  async editTableCell(t: FakeTable, bodyRow: number, col: number, value: CellValue): Promise<void> {
    this.write(t.sheet, t.top + 1 + bodyRow, t.left + col, [[value]]);
    await Promise.all(t.changed.map((h) => h()));
  }

  private write(sheet: FakeSheet, top: number, left: number, rows: readonly (readonly unknown[])[]): void {
    rows.forEach((r, i) => {
      const row = (sheet.grid[top - 1 + i] ??= []);
      r.forEach((v, j) => {
        // As in Office.js: null in `values` leaves the cell as it is; "" clears it.
        if (v === null) return;
        row[left - 1 + j] = v === "" || v === undefined ? null : (v as CellValue);
      });
    });
    for (let i = 0; i < top - 1; i++) sheet.grid[i] ??= [];
  }

  private usedRows(sheet: FakeSheet): number {
    return sheet.grid.length;
  }

  private flush(): void {
    let bytes = this.pendingBytes;
    for (const p of this.pending) {
      const { mock } = p;
      if (mock.values !== p.initialValues && Array.isArray(mock.values)) {
        bytes += JSON.stringify(mock.values).length;
        this.write(p.sheet, p.top, p.left, mock.values);
      }
      if (mock.numberFormat !== p.initialFormat) {
        const f = mock.numberFormat;
        if (Array.isArray(f)) {
          bytes += JSON.stringify(f).length;
          f.forEach((r: string[], i: number) =>
            r.forEach((fmt, j) => p.sheet.formats.set(`${p.top + i},${p.left + j}`, fmt)),
          );
        } else if (typeof f === "string") {
          p.sheet.columnFormats.set(p.left, f);
        }
      }
      if (mock.columnHidden === true) p.sheet.hiddenColumns.add(p.left);
    }
    this.pendingBytes = 0;
    this.bytesPerSync.push(bytes);
  }

  // ---- proxies ----

  /** A range proxy (an OfficeMockObject) over rows × cols cells at (top, left). */
  range(sheet: FakeSheet, top: number, left: number, rows: number, cols: number): any {
    const fake = this;
    const shown = Math.max(0, Math.min(rows, this.usedRows(sheet) - top + 1));
    const bottom = top + rows - 1;
    const right = left + cols - 1;
    const address = `${sheet.name}!${cellAddress(top, left)}${rows * cols > 1 ? ":" + cellAddress(bottom, right) : ""}`;
    const mock: any = new OfficeMockObject({
      address,
      values: this.values(sheet, top, left, shown, cols).map((r) => r.map((v) => (v === null ? "" : v))),
      rowIndex: top - 1,
      columnIndex: left - 1,
      rowCount: rows,
      columnCount: cols,
      format: { font: { bold: false }, fill: { color: "" }, columnWidth: 0 },
      clear: () => {
        for (let r = top; r <= Math.min(bottom, fake.usedRows(sheet)); r++) {
          const row = sheet.grid[r - 1];
          if (row) for (let c = left; c <= Math.min(right, row.length); c++) row[c - 1] = null;
        }
      },
      select: () => {
        fake.selected = { sheet: sheet.name, address };
      },
      conditionalFormats: {
        add: () => {
          const cf = { custom: { rule: { formula: "" }, format: { fill: { color: "" } } } };
          const record = {
            address,
            get formula() {
              return cf.custom.rule.formula;
            },
            get fill() {
              return cf.custom.format.fill.color;
            },
          };
          sheet.conditionalFormats.push(record as any);
          return cf;
        },
        clearAll: () => {
          sheet.conditionalFormats = [];
        },
      },
    });
    // Plain, un-mocked fields written by the code under test (the mock would treat them as scalars to load).
    const initialValues = mock.values;
    mock.numberFormat = undefined;
    mock.columnHidden = undefined;
    mock.fakeAddress = address;
    mock.isNullObject = false; // real Office.js sets this on sync without a load
    this.pending.push({ sheet, top, left, mock, initialValues, initialFormat: undefined });
    return mock;
  }

  private rangeAt(sheet: FakeSheet, address?: string): any {
    if (address === undefined) return this.range(sheet, 1, 1, WHOLE, 16384);
    const col = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
    if (col)
      return this.range(
        sheet,
        1,
        columnNumber(col[1]!),
        WHOLE,
        columnNumber(col[2]!) - columnNumber(col[1]!) + 1,
      );
    const b = parseAddress(address);
    return this.range(sheet, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
  }

  private sheetProxy(sheet: FakeSheet): any {
    const fake = this;
    return {
      get name() {
        return sheet.name;
      },
      isNullObject: false,
      load() {
        return this;
      },
      activate: () => {
        fake.active = sheet.name;
      },
      getRange: (address?: string) => fake.rangeAt(sheet, address),
      getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
        fake.range(sheet, r + 1, c + 1, h, w),
      getUsedRangeOrNullObject: () => {
        let rows = 0;
        let cols = 0;
        sheet.grid.forEach((r, i) =>
          r?.forEach((v, j) => {
            if (v !== null && v !== undefined) {
              rows = Math.max(rows, i + 1);
              cols = Math.max(cols, j + 1);
            }
          }),
        );
        if (rows === 0 || cols === 0)
          return {
            isNullObject: true,
            load() {
              return this;
            },
          };
        return fake.range(sheet, 1, 1, rows, cols);
      },
      customProperties: {
        getItemOrNullObject: (key: string) => ({
          get isNullObject() {
            return !sheet.props.has(key);
          },
          get value() {
            return sheet.props.get(key);
          },
          load() {
            return this;
          },
          delete: () => sheet.props.delete(key),
        }),
        add: (key: string, value: string) => sheet.props.set(key, value),
      },
      freezePanes: {
        freezeRows: (n: number) => {
          sheet.frozenRows = n;
        },
        unfreeze: () => {
          sheet.frozenRows = 0;
        },
      },
      autoFilter: {
        apply: (range: any) => {
          sheet.autoFilter = range.fakeAddress;
        },
        remove: () => {
          sheet.autoFilter = null;
        },
      },
      charts: {
        add: (type: string, source: any, seriesBy: string) => {
          const chart = { name: "", type, seriesBy, source: source.fakeAddress, title: "" };
          sheet.charts.push(chart);
          return {
            set name(n: string) {
              chart.name = n;
            },
            title: {
              set text(t: string) {
                chart.title = t;
              },
            },
            setPosition: () => undefined,
          };
        },
        getItemOrNullObject: (name: string) => {
          const found = sheet.charts.find((c) => c.name === name);
          return {
            isNullObject: !found,
            delete: () => {
              sheet.charts = sheet.charts.filter((c) => c !== found);
            },
          };
        },
      },
      tables: {
        add: (address: string, _headers: boolean) => {
          const b = parseAddress(address);
          const t: FakeTable = {
            name: `Table${fake.tables.length + 1}`,
            sheet,
            top: b.top,
            left: b.left,
            width: b.right - b.left + 1,
            bodyRows: b.bottom - b.top,
            changed: [],
          };
          fake.tables.push(t);
          return fake.tableProxy(t);
        },
      },
    };
  }

  private worksheetsProxy(): any {
    const fake = this;
    return {
      get items() {
        return fake.sheets.map((s) => fake.sheetProxy(s));
      },
      load() {
        return this;
      },
      getItem: (name: string) => {
        const s = fake.sheet(name);
        if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
        return fake.sheetProxy(s);
      },
      getItemOrNullObject: (name: string) => {
        const s = fake.sheet(name);
        return s
          ? fake.sheetProxy(s)
          : {
              isNullObject: true,
              load() {
                return this;
              },
            };
      },
      add: (name: string) => fake.sheetProxy(fake.addSheet(name)),
    };
  }

  tableProxy(t: FakeTable): any {
    const fake = this;
    return {
      get name() {
        return t.name;
      },
      set name(n: string) {
        t.name = n;
      },
      isNullObject: false,
      showHeaders: true,
      load() {
        return this;
      },
      get worksheet() {
        return fake.sheetProxy(t.sheet);
      },
      getRange: () => fake.range(t.sheet, t.top, t.left, t.bodyRows + 1, t.width),
      getHeaderRowRange: () => fake.range(t.sheet, t.top, t.left, 1, t.width),
      getDataBodyRange: () => fake.range(t.sheet, t.top + 1, t.left, Math.max(1, t.bodyRows), t.width),
      rows: {
        add: (_index: unknown, values: unknown[][]) => {
          fake.pendingBytes += JSON.stringify(values).length;
          fake.write(t.sheet, t.top + 1 + t.bodyRows, t.left, values);
          t.bodyRows += values.length;
        },
      },
      columns: {
        add: (_i: unknown, _v: unknown, name: string) => {
          fake.write(t.sheet, t.top, t.left + t.width, [[name]]);
          t.width += 1;
        },
      },
      onChanged: {
        add: (handler: () => Promise<unknown>) => {
          t.changed.push(handler);
        },
      },
    };
  }

  private tablesProxy(): any {
    const fake = this;
    return {
      get items() {
        return fake.tables.map((t) => fake.tableProxy(t));
      },
      load() {
        return this;
      },
      getItem: (name: string) => {
        const t = fake.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t) throw new Error(`ItemNotFound: table ${name}`);
        return fake.tableProxy(t);
      },
      getItemOrNullObject: (name: string) => {
        const t = fake.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return t
          ? fake.tableProxy(t)
          : {
              isNullObject: true,
              load() {
                return this;
              },
            };
      },
      onAdded: { add: () => undefined },
      onDeleted: { add: () => undefined },
    };
  }
}

let current: FakeExcel | null = null;
function fakeContextOf(_: unknown): any {
  if (!current) throw new Error("FakeExcel not installed");
  return current.context;
}
