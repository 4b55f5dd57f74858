import { cellAddress, columnLetters } from "../core/workbook/grid";
import { columnNumber } from "../core/workbook/grid-range";

export { columnLetters, columnNumber };

/** A rectangle of cells in sheet coordinates, 1-based and inclusive, as Office.js addresses name them. */
export interface CellBox {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Reads an Office.js address such as "'My sheet'!B3:F20" or "Sheet1!C7" into a box. */
export function parseAddress(address: string): CellBox {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [from, to] = address.slice(bang + 1).split(":") as [string, string | undefined];
  const cell = (text: string) => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(text);
    if (!m) throw new Error(`not a cell address: ${JSON.stringify(text)} in ${JSON.stringify(address)}`);
    return { col: columnNumber(m[1]!), row: Number(m[2]) };
  };
  const a = cell(from);
  const b = to ? cell(to) : a;
  return { sheet, top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** "C3:F20" (no sheet) for a box. */
export function boxAddress(box: Omit<CellBox, "sheet">): string {
  const a = cellAddress(box.top, box.left);
  const b = cellAddress(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}
