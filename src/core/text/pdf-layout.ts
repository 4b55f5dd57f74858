/**
 * Rebuilds reading-order text from the positioned text pieces a PDF holds (what pdf.js's getTextContent() gives,
 * as plain values), in the form the decision extractor reads:
 *
 * - pieces on one baseline make one line, left to right; a raised or lowered piece (a footnote mark) stays on its
 *   line;
 * - within a line, touching pieces join with nothing ("ﬁ" ligatures, kerning), a word space with " ", and a wide
 *   gap with "\t" where it separates table columns: a gap counts as a column break when it is very wide, or when the
 *   text after it starts (or ends) at the same x as a column in a neighbouring row, so the columns of a table come
 *   out the same in every row;
 * - a paragraph wrapped over several lines is joined back into one line (a line is wrapped when the next line's
 *   first word would not have fitted after it); a wider gap between lines than the page's usual line pitch starts a
 *   new paragraph (a blank line);
 * - pages are separated by a blank line, except that a table or a wrapped sentence running on over a page break
 *   continues as if there were none.
 *
 * Coordinates are PDF user space: x grows to the right, y (the baseline) grows upwards.
 */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize?: number;
  hasEOL?: boolean;
}

export type PdfPageItems = readonly PdfTextItem[];

interface Piece {
  str: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

interface Line {
  page: number;
  pieces: Piece[];
  /** Baseline of the line's main text (its tallest piece). */
  y: number;
  size: number;
  left: number;
  right: number;
  /** Where each gap wide enough to be a column break lies: [index of piece after the gap]. */
  candidates: number[];
  /** The chosen separator before each piece (index 0 unused). */
  joins: string[];
  /** How many empty cells a table row starts with (its first cells merged down from the row above). */
  lead: number;
}

/** A gap narrower than this share of the font size joins pieces with nothing. */
const TOUCHING = 0.15;
/** A gap at least this share of the font size may be a column break. */
const COLUMN_CANDIDATE = 0.8;
/** A gap at least this share of the font size is a column break whatever the neighbours. */
const COLUMN_CERTAIN = 2.5;
/** How near, in points, two column edges must be to count as the same column. */
const ALIGN = 2.5;

export function layoutPdfText(pages: readonly PdfPageItems[]): string {
  const built: Line[] = [];
  pages.forEach((items, page) => built.push(...linesOfPage(items, page)));
  const pitch = usualPitch(built);
  const lines = mergeRows(built, pitch);
  lines.forEach(measure);
  chooseColumnBreaks(lines);
  countLeadingCells(lines);
  return joinLines(joinWrappedCells(lines));
}

/**
 * A table cell wrapped over several lines, top-aligned (the other cells of its row keep to the first line): the
 * lines under a table row whose text starts in the row's columns, set closer to the row than the rows are to each
 * other, continue those cells. Their text is added to the cells above and the lines go.
 */
function joinWrappedCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let n = 0; n < lines.length; n++) {
    const row = lines[n]!;
    out.push(row);
    if (!row.joins.includes("\t")) continue;
    const columns = columnStarts(row);
    let lowest = row.y;
    while (n + 1 < lines.length) {
      const next = lines[n + 1]!;
      if (next.page !== row.page || next.joins.includes("\t")) break;
      const gap = lowest - next.y;
      if (gap <= 0 || gap > 1.6 * next.size) break;
      const segments = segmentsOf(next);
      const targets = segments.map((seg) => columns.findIndex((c) => Math.abs(c.x - seg.x) <= ALIGN));
      if (targets.some((t) => t < 0)) break;
      // The line after must be further away than this one: rows are spaced wider than the lines of one cell.
      const after = lines[n + 2];
      const afterGap = after && after.page === next.page ? next.y - after.y : Infinity;
      if (afterGap <= gap + 0.1 * next.size) break;
      segments.forEach((seg, k) => {
        const cell = columns[targets[k]!]!.last;
        cell.str = `${cell.str.trimEnd()} ${seg.text}`;
      });
      lowest = next.y;
      n++;
    }
  }
  return out;
}

/** Where each column of a table row starts, and its last piece (the end of the cell's text). */
function columnStarts(line: Line): { x: number; last: Piece }[] {
  const out: { x: number; last: Piece }[] = [];
  line.pieces.forEach((p, i) => {
    if (i === 0 || line.joins[i] === "\t") out.push({ x: p.x, last: p });
    else out[out.length - 1]!.last = p;
  });
  return out;
}

/** The runs of text of a line that wide gaps separate, with where each starts. */
function segmentsOf(line: Line): { x: number; text: string }[] {
  const out: { x: number; text: string }[] = [];
  line.pieces.forEach((p, i) => {
    const last = out[out.length - 1];
    if (i === 0 || line.candidates.includes(i) || !last) out.push({ x: p.x, text: p.str.trim() });
    else last.text += (line.joins[i] ?? "") + p.str;
  });
  return out.map((s) => ({ x: s.x, text: s.text.replace(/\s+/g, " ").trim() }));
}

function sizeOf(item: PdfTextItem): number {
  const s = item.fontSize && item.fontSize > 0 ? item.fontSize : item.height;
  return Number.isFinite(s) && s > 0 ? s : 10;
}

function linesOfPage(items: PdfPageItems, page: number): Line[] {
  const pieces: Piece[] = [];
  for (const it of items) {
    if (typeof it.str !== "string" || it.str.trim() === "") continue;
    if (![it.x, it.y, it.width].every(Number.isFinite)) continue;
    const str = it.str.replace(/\s+/g, " ");
    pieces.push({ str, x: it.x, right: it.x + Math.max(0, it.width), y: it.y, size: sizeOf(it) });
  }
  // Top of the page first; within a band, left to right.
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const p of pieces) {
    if (current && sameLine(current, p)) {
      current.pieces.push(p);
      if (p.size > current.size) {
        current.size = p.size;
        current.y = p.y;
      }
      continue;
    }
    current = {
      page,
      pieces: [p],
      y: p.y,
      size: p.size,
      left: 0,
      right: 0,
      candidates: [],
      joins: [],
      lead: 0,
    };
    lines.push(current);
  }
  // Lines were built top-down by the top of their tallest piece; order them by baseline.
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  lines.sort((a, b) => b.y - a.y || (a.pieces[0]?.x ?? 0) - (b.pieces[0]?.x ?? 0));
  return lines;
}

/**
 * Lines closer together than text lines can be are one row of a table whose cells are set at different heights
 * (vertically centred cells, a cell wrapped over two lines beside one-line cells): they are merged into one line.
 * A piece lying under a piece of the row (the same column) continues that cell's text.
 */
function mergeRows(lines: Line[], pitch: number): Line[] {
  const out: Line[] = [];
  let lowest = 0; // the lowest baseline merged into the last line so far
  for (const line of lines) {
    const prev = out[out.length - 1];
    const distance = prev ? lowest - line.y : Infinity;
    lowest = line.y;
    const size = Math.max(prev?.size ?? 0, line.size);
    if (
      !prev ||
      prev.page !== line.page ||
      distance <= 0 ||
      distance >= 0.75 * pitch ||
      distance >= 0.9 * size
    ) {
      out.push(line);
      continue;
    }
    for (const p of line.pieces) {
      const above = prev.pieces.filter((q) => q.x < p.right && p.x < q.right);
      const cell = above[above.length - 1];
      if (cell) cell.str = `${cell.str.trimEnd()} ${p.str.trimStart()}`;
      else prev.pieces.push(p);
    }
    prev.pieces.sort((a, b) => a.x - b.x);
  }
  return out;
}

/** Each line's extent, and how each piece joins the one before it: "", " ", or a column-break candidate. */
function measure(line: Line): void {
  line.pieces.sort((a, b) => a.x - b.x);
  line.left = line.pieces[0]!.x;
  line.right = Math.max(...line.pieces.map((p) => p.right));
  line.joins = [""];
  for (let i = 1; i < line.pieces.length; i++) {
    const prev = line.pieces[i - 1]!;
    const next = line.pieces[i]!;
    const size = Math.max(prev.size, next.size);
    const gap = next.x - prev.right;
    if (gap >= COLUMN_CANDIDATE * size) {
      line.candidates.push(i);
      line.joins.push(gap >= COLUMN_CERTAIN * size ? "\t" : " ");
    } else if (gap < TOUCHING * size || prev.str.endsWith(" ") || next.str.startsWith(" ")) {
      line.joins.push("");
    } else {
      line.joins.push(" ");
    }
  }
}

/** Whether a piece sits on the line: their vertical extents overlap by at least half the smaller one. */
function sameLine(line: Line, p: Piece): boolean {
  const lineTop = line.y + line.size;
  const pieceTop = p.y + p.size;
  const overlap = Math.min(lineTop, pieceTop) - Math.max(line.y, p.y);
  return overlap >= 0.5 * Math.min(line.size, p.size);
}

/**
 * A wide gap is a column break when the text after it starts or ends at the same x as a column in one of the
 * neighbouring lines that have wide gaps too (a table's rows), looking up to two lines either way.
 */
function chooseColumnBreaks(lines: Line[]): void {
  const edges = lines.map((line) =>
    line.candidates.map((i) => ({ start: line.pieces[i]!.x, end: segmentEnd(line, i) })),
  );
  lines.forEach((line, n) => {
    line.candidates.forEach((i, k) => {
      if (line.joins[i] === "\t") return;
      const mine = edges[n]![k]!;
      for (const m of [n - 1, n + 1, n - 2, n + 2]) {
        const other = edges[m];
        if (!other || other.length === 0) continue;
        if (
          other.some((e) => Math.abs(e.start - mine.start) <= ALIGN || Math.abs(e.end - mine.end) <= ALIGN)
        ) {
          line.joins[i] = "\t";
          return;
        }
      }
    });
  });
}

/**
 * A table row whose first cells are empty (merged down from the row above: a service's second funding source) starts
 * under a later column of the rows around it: it starts with an empty cell for each column to its left, so its
 * figures stay under their headers. Rows above are looked at first, as their own empty cells are already counted.
 */
function countLeadingCells(lines: Line[]): void {
  lines.forEach((line, n) => {
    if (!line.joins.includes("\t")) return;
    for (const m of [n - 1, n - 2, n + 1, n + 2]) {
      const other = lines[m];
      if (!other || other.page !== line.page || !other.joins.includes("\t")) continue;
      const k = columnStarts(other).findIndex((c) => Math.abs(c.x - line.left) <= ALIGN);
      if (k < 0) continue;
      line.lead = other.lead + k;
      return;
    }
  });
}

/** The right edge of the run of text that starts at piece i and runs to the next wide gap. */
function segmentEnd(line: Line, i: number): number {
  let end = line.pieces[i]!.right;
  for (let j = i + 1; j < line.pieces.length && !line.candidates.includes(j); j++)
    end = line.pieces[j]!.right;
  return end;
}

function lineText(line: Line): string {
  let s = "";
  line.pieces.forEach((p, i) => {
    const join = line.joins[i] ?? "";
    if (join === "\t") s = s.trimEnd() + "\t" + p.str.trimStart();
    else s += join + p.str;
  });
  return "\t".repeat(line.lead) + s.replace(/ {2,}/g, " ").trim();
}

function joinLines(lines: Line[]): string {
  if (lines.length === 0) return "";
  const texts = lines.map(lineText);
  const pitch = usualPitch(lines);
  const rightEdge = new Map<number, number>();
  for (const l of lines) rightEdge.set(l.page, Math.max(rightEdge.get(l.page) ?? -Infinity, l.right));

  let out = texts[0]!;
  for (let n = 1; n < lines.length; n++) {
    const prev = lines[n - 1]!;
    const line = lines[n]!;
    const prevText = texts[n - 1]!;
    const text = texts[n]!;
    if (text === "") continue;
    const prevTabbed = prevText.includes("\t");
    const tabbed = text.includes("\t");
    const samePage = prev.page === line.page;
    const distance = prev.y - line.y;

    if (prevTabbed && tabbed) {
      out += "\n"; // rows of one table, on one page or running on over a page break
    } else if (
      !prevTabbed &&
      !tabbed &&
      wrapped(prev, line, rightEdge.get(prev.page) ?? prev.right, samePage, distance, pitch)
    ) {
      out += /\S-$/.test(prevText) ? "" : " "; // a line broken after a hyphen: "2022-" + "2025"
    } else if (!samePage) {
      out += "\n\n";
    } else {
      out += distance > pitch * 1.3 + 0.1 * line.size ? "\n\n" : "\n";
    }
    out += text;
  }
  return out;
}

/** The commonest distance between consecutive baselines on a page: the body text's line pitch. */
function usualPitch(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let n = 1; n < lines.length; n++) {
    const a = lines[n - 1]!;
    const b = lines[n]!;
    if (a.page !== b.page) continue;
    const d = Math.round((a.y - b.y) * 2) / 2;
    // Lines closer than their font size are not consecutive lines of text (they are cells set at different heights).
    if (d < 0.9 * Math.max(a.size, b.size)) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d < best)) [best, bestCount] = [d, c];
  return best > 0 ? best : 1.2 * (lines[0]?.size ?? 10);
}

/**
 * Whether `line` continues the paragraph of `prev`: it follows at the usual line pitch (or at the top of the next
 * page), starts no further left than `prev`'s indent allows, and its first word would not have fitted at the end of
 * `prev`.
 */
function wrapped(
  prev: Line,
  line: Line,
  rightEdge: number,
  samePage: boolean,
  distance: number,
  pitch: number,
): boolean {
  if (samePage && (distance <= 0 || distance > pitch * 1.3 + 0.1 * line.size)) return false;
  if (Math.abs(prev.size - line.size) > 0.15 * prev.size) return false;
  if (line.left < prev.left - 2 * prev.size) return false;
  // Half an em of slack: glyph widths are estimated, and the true margin lies at or beyond the widest line.
  return prev.right + 0.25 * prev.size + firstWordWidth(line) > rightEdge - 0.5 * prev.size;
}

/** The width of the line's first word, which may be spread over several touching pieces ("e" "ff" "ectiveness"). */
function firstWordWidth(line: Line): number {
  let width = 0;
  for (let i = 0; i < line.pieces.length; i++) {
    const p = line.pieces[i]!;
    if (i > 0 && line.joins[i] !== "") break;
    const str = i === 0 ? p.str.trimStart() : p.str;
    const space = str.indexOf(" ");
    const perChar = str.length > 0 ? (p.right - p.x) / str.length : 0;
    if (space >= 0) return width + space * perChar;
    width += p.right - p.x;
  }
  return width;
}
