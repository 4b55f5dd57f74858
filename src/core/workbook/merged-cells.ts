import type { CellValue, Grid } from "./grid";

/**
 * Where a cell lies inside a merged range, the value a person sees there is the merged range's top-left value;
 * hosts store it only in the top-left cell. This answers "what does this cell show" for labels and headers.
 * (Amounts are never filled this way: a figure merged across two columns is one figure, not two.)
 */
export interface MergedCells {
  /** The shown value at a sheet cell: its own value, or its merged range's top-left value. */
  shown(row: number, col: number): CellValue;
  /** True when the sheet has merged ranges at all (so callers can skip the lookup). */
  readonly any: boolean;
}

export function gridValue(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

export function mergedCells(grid: Grid): MergedCells {
  const merges = grid.merges ?? [];
  if (merges.length === 0) {
    return { any: false, shown: (row, col) => gridValue(grid, row, col) };
  }
  // Index merges by their rows so a lookup looks only at the few ranges that cross that row.
  const byRow = new Map<number, { top: number; left: number; bottom: number; right: number }[]>();
  for (const m of merges) {
    // A merge over a huge number of rows is indexed lazily through a fallback list instead.
    if (m.bottom - m.top > 5000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const tall = merges.filter((m) => m.bottom - m.top > 5000);
  return {
    any: true,
    shown(row, col) {
      const own = gridValue(grid, row, col);
      if (own !== null && own !== "") return own;
      const list = byRow.get(row);
      if (list) {
        for (const m of list) {
          if (col >= m.left && col <= m.right) return gridValue(grid, m.top, m.left);
        }
      }
      for (const m of tall) {
        if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)
          return gridValue(grid, m.top, m.left);
      }
      return own;
    },
  };
}
