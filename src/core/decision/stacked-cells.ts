import type { TextLine } from "./text-lines";

/** What a stacked table's reader asks of a cell's text; the table reader's own tests, so both read cells alike. */
export interface CellTests {
  /** A column heading over money: a financial year ("2025/26"), "Total", or a money word ("Contract value", "£000"). */
  moneyHeading(text: string): boolean;
  /** A figure ("£210,000", "1,050", "(12.5)"), not a year. */
  figure(text: string): boolean;
  /** A Total row's label ("Total", "Grand total"). */
  totalLabel(text: string): boolean;
}

/** A table whose text puts each cell on a line of its own: the lines of its header and rows, and the last it takes. */
export interface StackedTable {
  /** The lines each row (the header first) is written on, in order. */
  lines: TextLine[][];
  /** The index, in the lines given, of the table's last line. */
  last: number;
}

/** The most columns a stacked table is read with. */
const MAX_COLUMNS = 8;
/** A heading is a few words: a column's name, not a sentence. */
const MAX_HEADING = 50;
/** A row's label: a name, not a paragraph. */
const MAX_LABEL = 100;
/** An empty money cell: "-", "–", "nil". */
const EMPTY_CELL = /^(?:-|–|—|nil)$/i;
/** A line of prose after a table: a numbered paragraph ("3.3. Payments …"), or a sentence. */
const PROSE_AFTER = /^(?:\d+(?:\.\d+)*\.?[ \t]|\(?[a-z]\)[ \t])|[.:;]$/i;
const PROSE_LENGTH = 60;

/**
 * A table at line `i` whose PDF text writes ONE CELL PER LINE instead of separating its cells by tabs:
 *
 *     Borough / 2025/26 / 2026/27 / Total / Westminster City Council / £210,000 / £180,000 / £390,000 / … / Total / …
 *
 * It is read only where it is unambiguous: a header block of N (2 to 8) short lines, the first naming the labels'
 * column and each of the others a money column (a year, "Total", a money word); then groups of exactly N lines, each
 * a label then N−1 figures (or "-"), at least one a figure. The table ends after a Total group, at a blank line, or
 * before a line of prose (a numbered paragraph, a sentence); a line that is none of these, where the next group
 * should start, leaves the layout unclear and no table is read. It has two groups at least. Null where no table
 * starts at `i`. Each cell keeps its own line's text and offset.
 */
export function stackedTableAt(lines: readonly TextLine[], i: number, tests: CellTests): StackedTable | null {
  const first = lines[i];
  // The labels' column is named in words ("Borough", "Financial year", "Budget line"), not by a year or "Total".
  if (!first || !isHeading(first.trimmed, tests) || /^\d/.test(first.trimmed)) return null;
  if (tests.totalLabel(first.trimmed)) return null;
  for (let n = 2; n <= MAX_COLUMNS; n++) {
    const heading = lines[i + n - 1];
    if (!heading || !isHeading(heading.trimmed, tests) || !tests.moneyHeading(heading.trimmed)) return null;
    const table = groupsAfter(lines, i, n, tests);
    if (table) return table;
  }
  return null;
}

function groupsAfter(
  lines: readonly TextLine[],
  i: number,
  n: number,
  tests: CellTests,
): StackedTable | null {
  const headerLines = lines.slice(i, i + n);
  const rowLines: TextLine[][] = [];
  let p = i + n;
  for (;;) {
    const group = groupAt(lines, p, n, tests);
    if (group === null) {
      const next = lines[p];
      const ends = next === undefined || next.trimmed === "" || isProse(next.trimmed);
      if (!ends || rowLines.length === 0) return null;
      break;
    }
    rowLines.push(group);
    p += n;
    if (tests.totalLabel(group[0]!.trimmed)) break;
  }
  if (rowLines.length < 2) return null;
  return {
    lines: [headerLines, ...rowLines],
    last: p - 1,
  };
}

/** The N lines of a row at `p`: a label, then N−1 figures or empty cells, one a figure at least; null if not. */
function groupAt(lines: readonly TextLine[], p: number, n: number, tests: CellTests): TextLine[] | null {
  const group = lines.slice(p, p + n);
  if (group.length < n) return null;
  const [label, ...cells] = group;
  const name = label!.trimmed;
  if (name === "" || name.length > MAX_LABEL || name.includes("\t") || isCell(name, tests)) return null;
  if (!cells.every((c) => isCell(c.trimmed, tests))) return null;
  return cells.some((c) => tests.figure(c.trimmed)) ? group : null;
}

function isCell(text: string, tests: CellTests): boolean {
  return tests.figure(text) || EMPTY_CELL.test(text);
}

function isHeading(text: string, tests: CellTests): boolean {
  if (text === "" || text.length > MAX_HEADING || text.includes("\t")) return false;
  return !/[.:;,]$/.test(text) && !isCell(text, tests);
}

function isProse(text: string): boolean {
  return text.length > PROSE_LENGTH || PROSE_AFTER.test(text);
}
