import { cellAddress } from "./grid";

/** A rectangle of a sheet in sheet coordinates (1-based, inclusive). */
export interface SheetRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:F20" for a range; a single cell stays "A3". */
export function rangeAddress(range: SheetRange): string {
  const first = cellAddress(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return first;
  return `${first}:${cellAddress(range.bottom, range.right)}`;
}

export function rangeContains(range: SheetRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** Column number of letters such as "AB" (28), or 0 when they are not column letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return 0;
    n = n * 26 + (c - 96);
  }
  return n;
}

/** Parses "B3" or "B3:F20" (with or without $) into a range, or null when it is not an A1 reference. */
export function parseRangeAddress(address: string): SheetRange | null {
  const parts = address.replace(/\$/g, "").split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const cells: { row: number; col: number }[] = [];
  for (const part of parts) {
    const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(part.trim());
    if (!m) return null;
    cells.push({ col: columnNumber(m[1] ?? ""), row: Number(m[2]) });
  }
  const a = cells[0];
  const b = cells[1] ?? a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
