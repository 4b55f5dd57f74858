import type { TableCell } from "./decision-document";
import type { TextLine } from "./text-lines";

/**
 * A line of a space-separated table that goes on with the row above it, where a PDF's text wraps a cell over two
 * lines: a label ("Out of Court Resolutions Support" / "Service"), a last cell ("Ministry of Justice Reducing" /
 * an indented "Reoffending Grant"), or a header over two lines ("Funding" / an indented "source").
 *
 * The line holds no figures, and each run of its text starts under the start of one of the row's cells and ends
 * before the next cell starts; it is indented (its text starts right of the row's first cell), or it is one short run
 * under the first cell. Its words are added to those cells' text (their quote stays the cell's first line) and true
 * is returned; otherwise nothing changes and false is returned.
 */
export function continuesRow(line: TextLine, row: { line: TextLine; cells: TableCell[] }): boolean {
  const columns = row.cells.map((c) => c.offset - row.line.start);
  const runs = runsOf(line);
  if (runs.length === 0 || columns.length < 2) return false;
  if (runs.some((r) => FIGURE.test(r.text))) return false;
  const indented = runs[0]!.column > columns[0]! + SLACK;
  if (!indented && runs.length > 1) return false;
  const targets = runs.map((r) => columns.findIndex((c) => Math.abs(c - r.column) <= SLACK));
  const fits = runs.every((r, k) => {
    const t = targets[k]!;
    const next = columns[t + 1];
    return t >= 0 && (next === undefined || r.column + r.text.length < next);
  });
  if (!fits || new Set(targets).size !== targets.length) return false;
  runs.forEach((r, k) => {
    const cell = row.cells[targets[k]!]!;
    cell.text = `${cell.text} ${r.text}`;
  });
  return true;
}

/** How far, in characters, a wrapped line's text may start from its cell's start. */
const SLACK = 2;
/** A figure: money, or a number that is not a year range's part. */
const FIGURE = /£[ \t]?\d|\d{1,3},\d{3}|^\(?-?\d+(?:\.\d+)?\)?$/;

/** The runs of text of a line that two or more spaces (or a tab) separate, with the column each starts at. */
function runsOf(line: TextLine): { column: number; text: string }[] {
  const out: { column: number; text: string }[] = [];
  const gap = /\S+(?: \S+)*/g;
  for (let m = gap.exec(line.text); m !== null; m = gap.exec(line.text)) {
    out.push({ column: m.index, text: m[0] });
  }
  return out;
}
