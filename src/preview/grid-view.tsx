import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { cellAddress, columnLetters, type Grid } from "../core/workbook/grid";
import { gridValue } from "../core/workbook/merged-cells";
import { rangeAddress, rangeContains, type SheetRange } from "../core/workbook/grid-range";
import { visibleSheets, type PreviewState } from "./preview-host";
import { cellDisplay } from "./cell-text";
import { ChartView } from "./chart-view";

/**
 * A plain view of the preview workbook: one tab per sheet and an HTML grid with row numbers and column letters.
 * Keyboard: arrows move, Shift+arrows extend the selection, Home/End go to the row's ends, Ctrl+Home to A1,
 * Page Up/Down move ten rows. Clicking selects a cell, Shift+click a range. The selection is what the task pane's
 * "use the selection" reads. Large sheets show their first rows only.
 */
export const MAX_SHOWN_ROWS = 1000;
export const MAX_SHOWN_COLS = 60;

interface Cell {
  row: number;
  col: number;
}

function extent(grid: Grid): { rows: number; cols: number } {
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    rows: grid.rows.length ? grid.origin.row - 1 + grid.rows.length : 0,
    cols: width ? grid.origin.col - 1 + width : 0,
  };
}

function boxOf(a: Cell, b: Cell): SheetRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function cellId(sheetIndex: number, row: number, col: number): string {
  return `preview-cell-${sheetIndex}-${row}-${col}`;
}

export function GridView({
  state,
  onSelect,
}: {
  state: PreviewState;
  onSelect: (sheet: string, range: SheetRange) => void;
}) {
  const sheets = useMemo(() => visibleSheets(state.workbook), [state.workbook]);
  const [activeName, setActiveName] = useState<string | null>(
    state.selection?.sheet ?? sheets[0]?.sheet ?? null,
  );
  const active = sheets.find((g) => g.sheet === activeName) ?? sheets[0] ?? null;
  const sheetIndex = active ? sheets.indexOf(active) : -1;
  const sel =
    state.selection && active && state.selection.sheet === active.sheet ? state.selection.range : null;
  const [cursor, setCursor] = useState<Cell>(sel ? { row: sel.top, col: sel.left } : { row: 1, col: 1 });
  const [anchor, setAnchor] = useState<Cell>(cursor);
  const remembered = useRef(new Map<string, SheetRange>());
  const tableRef = useRef<HTMLTableElement>(null);
  const focusAfterMove = useRef(false);
  const lastReveal = useRef<number | null>(null);
  const [announce, setAnnounce] = useState("");

  // The task pane asked to show a cell (selectCell): switch to its sheet, move there and scroll it into view.
  useEffect(() => {
    const r = state.reveal;
    if (!r || r.seq === lastReveal.current) return;
    lastReveal.current = r.seq;
    const range = state.selection?.sheet === r.sheet ? state.selection.range : null;
    setActiveName(r.sheet);
    if (range) {
      setCursor({ row: range.top, col: range.left });
      setAnchor({ row: range.top, col: range.left });
    }
    setAnnounce(`Showing ${r.sheet}!${r.cell}`);
  }, [state.reveal, state.selection]);

  // Scroll the cursor into view after a reveal or a move; focus it when the move came from the keyboard.
  useEffect(() => {
    if (!active) return;
    const el = document.getElementById(cellId(sheetIndex, cursor.row, cursor.col));
    if (!el) return;
    el.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    if (focusAfterMove.current) {
      focusAfterMove.current = false;
      el.focus();
    }
  }, [active, sheetIndex, cursor]);

  if (!active) return <p>This workbook has no sheets.</p>;
  const size = extent(active);
  const shownRows = Math.min(Math.max(size.rows, 1), MAX_SHOWN_ROWS);
  const shownCols = Math.min(Math.max(size.cols, 1), MAX_SHOWN_COLS);
  const chart = state.charts.get(active.sheet);

  const choose = (next: Cell, extend: boolean) => {
    const c = {
      row: Math.min(Math.max(1, next.row), shownRows),
      col: Math.min(Math.max(1, next.col), shownCols),
    };
    const a = extend ? anchor : c;
    setCursor(c);
    if (!extend) setAnchor(c);
    const range = boxOf(a, c);
    remembered.current.set(active.sheet, range);
    onSelect(active.sheet, range);
  };

  const switchSheet = (name: string) => {
    setActiveName(name);
    const range =
      remembered.current.get(name) ??
      (state.selection?.sheet === name ? state.selection.range : { top: 1, left: 1, bottom: 1, right: 1 });
    setCursor({ row: range.top, col: range.left });
    setAnchor({ row: range.top, col: range.left });
    onSelect(name, range);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, Cell> = {
      ArrowUp: { row: cursor.row - 1, col: cursor.col },
      ArrowDown: { row: cursor.row + 1, col: cursor.col },
      ArrowLeft: { row: cursor.row, col: cursor.col - 1 },
      ArrowRight: { row: cursor.row, col: cursor.col + 1 },
      PageUp: { row: cursor.row - 10, col: cursor.col },
      PageDown: { row: cursor.row + 10, col: cursor.col },
      Home: e.ctrlKey ? { row: 1, col: 1 } : { row: cursor.row, col: 1 },
      End: e.ctrlKey ? { row: shownRows, col: shownCols } : { row: cursor.row, col: shownCols },
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    focusAfterMove.current = true;
    choose(next, e.shiftKey);
  };

  const rows: number[] = Array.from({ length: shownRows }, (_, i) => i + 1);
  const cols: number[] = Array.from({ length: shownCols }, (_, i) => i + 1);
  const selectedText = sel ? `${active.sheet}!${rangeAddress(sel)}` : "none";

  return (
    <div className="grid-view">
      <TabList
        selectedValue={active.sheet}
        onTabSelect={(_, d) => switchSheet(String(d.value))}
        aria-label="Sheets"
        size="small"
      >
        {sheets.map((g) => (
          <Tab key={g.sheet} value={g.sheet}>
            {g.sheet}
            {state.owned.has(g.sheet) ? " (add-in)" : ""}
          </Tab>
        ))}
      </TabList>
      <p className="selection-line">
        Selection: <output aria-live="polite">{selectedText}</output>
        <span className="visually-hidden" aria-live="polite">
          {announce}
        </span>
      </p>
      {chart ? <ChartView chart={chart} id={`chart-${sheetIndex}`} /> : null}
      <div className="grid-scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-label={`Sheet ${active.sheet}`}
          aria-multiselectable="true"
          aria-rowcount={size.rows + 1}
          aria-colcount={size.cols + 1}
          className="sheet-grid"
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <td className="corner" />
              {cols.map((c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row">{r}</th>
                {cols.map((c) => {
                  const v = gridValue(active, r, c);
                  const isCursor = cursor.row === r && cursor.col === c;
                  const selected = sel ? rangeContains(sel, r, c) : false;
                  const classes = [
                    typeof v === "number" ? "num" : "",
                    selected ? "selected" : "",
                    isCursor ? "cursor" : "",
                  ]
                    .filter(Boolean)
                    .join(" ");
                  return (
                    <td
                      key={c}
                      id={cellId(sheetIndex, r, c)}
                      className={classes || undefined}
                      tabIndex={isCursor ? 0 : -1}
                      aria-selected={selected}
                      title={cellAddress(r, c)}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        (e.currentTarget as HTMLElement).focus();
                        choose({ row: r, col: c }, e.shiftKey);
                      }}
                    >
                      {cellDisplay(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {size.rows > MAX_SHOWN_ROWS || size.cols > MAX_SHOWN_COLS ? (
        <p>
          Showing the first {shownRows.toLocaleString("en-GB")} of {size.rows.toLocaleString("en-GB")} rows
          and {shownCols} of {size.cols} columns; the task pane reads the whole sheet.
        </p>
      ) : null}
    </div>
  );
}
