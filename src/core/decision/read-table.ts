import { financialYearInHeader, findFinancialYears } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import { parseMoney } from "../money/parse-money";
import type { Pence } from "../money/pence";
import type { DocumentTable, TableCell, TableSection } from "./decision-document";
import { isPartTotal } from "./part-totals";
import { yearsSpentIn } from "./source-years";
import { stackedTableAt, type CellTests } from "./stacked-cells";
import { textLines, type TextLine } from "./text-lines";
import { continuesRow } from "./wrapped-cells";

type Delimiter = DocumentTable["delimiter"];

interface Row {
  line: TextLine;
  delimiter: Delimiter;
  cells: TableCell[];
  /** A markdown rule line ("|---|---|"): part of the table, not a row. */
  rule: boolean;
  /** A label row ("Capital", "Revenue", "Funded by"): it opens a section of the table and is not a row itself. */
  section?: boolean;
}

const ruleLine = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?$/;
const spaceGap = / {2,}/g;
const moneyLooking =
  /^(?:\(|-|−)?[ \t]*(?:c\.?[ \t]?)?£?[ \t]?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?:[ \t]?(?:k|m|bn|million|billion))?\)?$|^(?:\(|-|−)?[ \t]*(?:c\.?[ \t]?)?£?[ \t]?\d+(?:\.\d{1,2})?(?:[ \t]?(?:k|m|bn|million|billion))?\)?$/i;
const moneyHeader =
  /£|\bamount\b|\ballocation\b|\bbudget\b|\bcost\b|\bvalue\b|\btotal\b|\bspend\b|\bgrant\b|\bfunding\b(?![ \t]+source)|\bexpenditure\b|\bprice\b/i;
/** A Total row's label: "Total", "Sub-total", "Grand Total", "Revised contract total", "New total", "Programme total". */
const totalLabel =
  /^(?:\*\*)?(?:(?:revised|new|overall|updated|amended|cumulative|final|contract|grant|programme|project|net|gross)[ \t]+){0,2}(?:sub[- ]?totals?|grand[ \t]+total|totals?)\b/i;
/** A net figure's label ("Net revenue", "Net cost"): what rows above come to after savings or income, not a line. */
const netLabel =
  /^(?:\*\*)?net[ \t]+(?:revenue|capital|costs?|expenditure|spend|budget|position|savings?|requirement|funding|impact|change|income|investment|pressure|benefits?)\b/i;
/**
 * A gross subtotal's label ("Gross expenditure", "Gross revenue expenditure", "Gross cost"): in a budget table it
 * adds up the spending rows above it, before the income rows after it take it down to the "Net …" row.
 */
const grossLabel =
  /^(?:\*\*)?gross[ \t]+(?:(?:revenue|capital|total)[ \t]+)?(?:expenditure|costs?|spend(?:ing)?|budget|requirement)\b/i;
const MAX_CELLS = 40;

/** A row label of a net figure ("Net revenue", "Net impact on council tax requirement"): a difference, not a sum. */
export function isNetLabel(label: string): boolean {
  return netLabel.test(label);
}

/**
 * Finds the tables in a document's text: runs of consecutive lines whose cells are separated by tabs, by markdown
 * pipes ("| a | b |", with "|---|" rule lines), or by runs of two or more spaces. The first row is the header
 * unless it already holds money. Columns whose header names a financial year ("23/24 Allocation", "2023/24",
 * "2023-2024", "FY 24/25") are listed in `fyColumns`; cells that are money ("£12,500", or a bare figure under a
 * money or year header) carry their pence; Total/Subtotal rows, and net figures ("Net revenue"), are kept apart in
 * `totalRows` (checked, never counted). A line with only a label ("Capital", "Revenue", "Funded by") between rows
 * opens a section of the table (`sections`); the rows of a "Funded by" section say where the money comes from and
 * are kept apart in `fundingRows`. Space-separated blocks are only tables when they hold money, so that prose with double spaces is never
 * read as one; a block such as a declaration's "Tick to confirm" lines is a table with no money columns, which
 * {@link isFundingTable} rejects.
 */
export function readTables(text: string, lines: readonly TextLine[] = textLines(text)): DocumentTable[] {
  const tables: DocumentTable[] = [];
  let block: Row[] = [];
  let blanks = 0;
  // The last lines of prose before the block: "Figures are in £000" there sets the unit of the table that follows.
  let prose: string[] = [];
  const flush = (): void => {
    if (block.length >= 2) {
      const leadIn = prose[prose.length - 1] ?? "";
      const t = tableOf(block, statedUnit(prose.join(" ")) ?? leadInUnit(leadIn), leadIn);
      if (t) tables.push(t);
    }
    if (block.length) prose = [];
    block = [];
    blanks = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trimmed) {
      blanks++;
      if (blanks > 1) flush();
      continue;
    }
    // A table whose PDF text writes each cell on a line of its own: read whole, as the rows a tab table gives.
    const stacked = line.text.includes("\t") ? null : stackedTableAt(lines, i, STACKED_CELL_TESTS);
    if (stacked) {
      flush();
      block = stacked.lines.map((group) => ({
        line: spanOf(text, group),
        delimiter: "lines",
        cells: group.map((l) => cell(l.text, 0, l.text.length, l.start)),
        rule: false,
      }));
      flush();
      i = stacked.last;
      continue;
    }
    const last = block[block.length - 1];
    // A label may come after one blank line: the parts of a table are sometimes set apart.
    const label = last && blanks <= 1 ? sectionLabel(line, block, lines, i) : null;
    // A space-separated table's wrapped cell goes on with the row above, unless it is a label opening a section.
    const wraps = last?.delimiter === "spaces" && blanks === 0 && !last.section && !last.rule;
    if (wraps && !(label && opensSection(label, block)) && continuesRow(line, last)) continue;
    if (label) {
      block.push(label);
      blanks = 0;
      continue;
    }
    const row = rowOf(line);
    if (!row) {
      flush();
      prose = [...prose.slice(-1), line.trimmed];
      continue;
    }
    if (last && (last.delimiter !== row.delimiter || (blanks > 0 && !sameShape(last, row)))) flush();
    block.push(row);
    blanks = 0;
  }
  flush();
  return tables;
}

/**
 * A funding table has at least one money column, and is not a table of a budget before and after a change: its
 * columns are the budget approved before, the change, and the budget after ("Approved 2023/24 | Virement | Revised
 * 2023/24"), which adds up no money this decision approves.
 */
export function isFundingTable(table: DocumentTable): boolean {
  return (table.moneyColumns?.length ?? 0) > 0 && !isChangeTable(table) && !isIndicatorTable(table);
}

/**
 * A row of a treasury table: a limit or indicator the decision sets ("Authorised limit for external debt",
 * "Operational boundary", "Capital Financing Requirement", "Ratio of financing costs to net revenue stream").
 */
const INDICATOR_ROW =
  /\b(?:limits?|boundary|capital[ \t]+financing[ \t]+requirement|CFR|prudential|indicators?|benchmark|(?:ratio|proportion)[ \t]+of|maturity[ \t]+structure)\b/i;

/**
 * A table of prudential indicators and debt limits: most of its rows are limits or indicators, not spending. Its
 * figures are ceilings and measures, never money to budget, nor parts of one sum.
 */
export function isIndicatorTable(table: DocumentTable): boolean {
  const labels = table.rows.map((r) => r.find((c) => c.text !== "" && c.pence === null)?.text ?? "");
  const indicators = labels.filter((l) => INDICATOR_ROW.test(l)).length;
  return indicators >= 2 && indicators * 2 > labels.length;
}

export const BEFORE_HEADER = /\b(?:approved|original|previous|current|existing|opening|base(?:line)?)\b/i;
export const CHANGE_HEADER =
  /\b(?:virements?|re-?profil\w*|changes?|movements?|adjustments?|variance|increase|decrease|transfers?|variation)\b/i;
export const AFTER_HEADER = /\b(?:revised|new|proposed|updated|amended|closing|final)\b/i;

/**
 * A table of a budget before and after a change (two of its headers say before, change, after), or of money moved
 * between years: see {@link movesBetweenYears}.
 */
export function isChangeTable(table: DocumentTable): boolean {
  const headers = table.header.map((h) => h.text);
  const kinds = [BEFORE_HEADER, CHANGE_HEADER, AFTER_HEADER].filter((p) => headers.some((h) => p.test(h)));
  return (
    (kinds.length >= 2 && (kinds.includes(CHANGE_HEADER) || kinds.includes(AFTER_HEADER))) ||
    movesBetweenYears(table) ||
    changesByRow(table)
  );
}

/**
 * A table of a budget before and after a change laid out by rows ("Approved budget (PCD 1845)", "Slippage",
 * "Additional funding (this decision)", "Revised budget" under "2024/25 | 2025/26 | Total"): its first row says before,
 * its last after, and in every year column the last row is the sum of the rows above it.
 */
function changesByRow(t: DocumentTable): boolean {
  if (t.rows.length < 3 || t.fyColumns.length === 0) return false;
  const label = (r: readonly TableCell[]) => r.find((c) => c.text !== "" && c.pence === null)?.text ?? "";
  const first = t.rows[0]!;
  const last = t.rows[t.rows.length - 1]!;
  if (!BEFORE_HEADER.test(label(first)) || !AFTER_HEADER.test(label(last))) return false;
  return t.fyColumns.every(({ index }) => {
    const above = t.rows.slice(0, -1).reduce((n, r) => n + (r[index]?.pence ?? 0), 0);
    return last[index]?.pence !== null && last[index]?.pence !== undefined && above === last[index].pence;
  });
}

/**
 * A re-profile's table: its year columns hold reductions (bracketed or minus figures) and additions that net to
 * nothing ("Custody suite refurbishment | (6.2) | 4.9 | 1.3 | 0.0"). It moves money approved before, and adds none.
 */
export function movesBetweenYears(t: DocumentTable): boolean {
  if (t.fyColumns.length < 2) return false;
  const cells = t.rows.flatMap((r) => t.fyColumns.map((f): number => r[f.index]?.pence ?? 0));
  return cells.some((p) => p < 0) && cells.some((p) => p > 0) && cells.reduce((n, p) => n + p, 0) === 0;
}

/** A label row's text: a few words, no figures ("Capital", "Revenue costs", "Funded by:", "Revenue – contracts"). */
const LABEL_ROW = /^[A-Za-z][A-Za-z&'’()/-]*(?:[ ](?:[A-Za-z&'’()/-]+|[–—])){0,7}:?$/;
/** A section whose rows are where the money comes from, not what it pays for. */
const FUNDING_LABEL =
  /^(?:funded[ \t]+(?:by|from)|funding(?:[ \t]+sources?)?|sources?[ \t]+of[ \t]+funding|financed[ \t]+by|financing)[ \t]*:?$/i;

/**
 * A line inside a table that holds only a label ("Capital", with or without the empty cells of its row): it opens a
 * section of the table when the next line is a row of the same table with figures in it. Null for anything else.
 */
function sectionLabel(
  line: TextLine,
  block: readonly Row[],
  lines: readonly TextLine[],
  i: number,
): Row | null {
  const text = line.trimmed
    .replace(/^\|/, "")
    .replace(/[|\t ]+$/, "")
    .trim();
  const label = text.replace(/\*\*|__/g, "").trim();
  if (!LABEL_ROW.test(label)) return null;
  const delimiter = block[block.length - 1]!.delimiter;
  const next = lines[i + 1];
  const row = next ? rowOf(next) : null;
  if (!row || row.delimiter !== delimiter || !row.cells.slice(1).some((c) => isFigure(c.text))) return null;
  // It stands in the table's first column, as the rows' labels do.
  const at = line.text.indexOf(text);
  const above = [...block].reverse().find((r) => !r.rule && !r.section && r.cells[0]);
  if (above && at > above.cells[0]!.offset - above.line.start + 2) return null;
  return {
    line,
    delimiter,
    cells: [{ ...cell(line.text, at, at + text.length, line.start), text: label }],
    rule: false,
    section: true,
  };
}

/** Labels that open a part of a costs table: "Capital", "Revenue", "Funded by", "One-off costs". */
const SECTION_WORDS =
  /^(?:capital|revenue|income|expenditure|costs?|(?:one-off|ongoing|recurring|capital|revenue)[ \t]+(?:costs?|expenditure)|funded[ \t]+(?:by|from)|funding(?:[ \t]+sources?)?|sources?[ \t]+of[ \t]+funding|financed[ \t]+by|financing)[ \t]*:?$/i;

/**
 * Whether a label line opens a section rather than wrapping the label of the row above (a space-separated table
 * cannot tell them apart by its layout): it follows the header or a Total row, or it names a part of a costs table.
 */
function opensSection(label: Row, block: readonly Row[]): boolean {
  const rows = block.filter((r) => !r.rule);
  const last = rows[rows.length - 1];
  if (!last || last === rows[0] || last.section) return true;
  const lastLabel = last.cells.find((c) => c.text !== "")?.text ?? "";
  const part = [...rows].reverse().find((r) => r.section)?.cells[0]?.text ?? null;
  return (
    totalLabel.test(lastLabel) ||
    netLabel.test(lastLabel) ||
    isPartTotal(lastLabel, part, SECTION_WORDS) ||
    SECTION_WORDS.test(label.cells[0]!.text)
  );
}

/** How a table of one cell per line tells its headings, figures and Total rows: as the other tables do. */
const STACKED_CELL_TESTS: CellTests = {
  moneyHeading: (t) => financialYearInHeader(t) !== null || moneyHeader.test(t) || unitOnly.test(t),
  figure: isFigure,
  totalLabel: (t) => totalLabel.test(t),
};

/** One line standing for the several lines a row of one cell per line is written on. */
function spanOf(text: string, group: readonly TextLine[]): TextLine {
  const a = group[0]!;
  const b = group[group.length - 1]!;
  const whole = text.slice(a.start, b.end);
  return {
    index: a.index,
    start: a.start,
    end: b.end,
    text: whole,
    trimmed: whole.trim(),
    trimStart: a.trimStart,
  };
}

/** A cell that is a figure ("6,200", "£1.2m", "(0.05)"), not a year ("2025"). */
function isFigure(text: string): boolean {
  return moneyLooking.test(text) && !/^(?:19|20)\d\d$/.test(text);
}

function sameShape(a: Row, b: Row): boolean {
  return !a.rule && !b.rule && a.cells.length === b.cells.length && a.delimiter !== "spaces";
}

function rowOf(line: TextLine): Row | null {
  const t = line.trimmed;
  if (t.startsWith("|") && t.indexOf("|", 1) > 0) {
    if (ruleLine.test(t)) return { line, delimiter: "pipe", cells: [], rule: true };
    return withCells(line, "pipe", splitPipes(line));
  }
  if (line.text.includes("\t")) return withCells(line, "tab", splitTabs(line));
  if (t.length <= 200 && / {2,}\S/.test(t)) return withCells(line, "spaces", splitOn(line, spaceGap));
  const single = t.length <= 200 ? splitSingleSpaced(line) : null;
  return single === null ? null : withCells(line, "spaces", single);
}

/** A row's last cells when a PDF's text keeps one space between columns: money ("£210,000", "-") or years. */
const trailingMoney = /(?: (?:£[\d,]+(?:\.\d\d)?|-|–|nil))+$/;
const trailingYears = /(?: (?:FY ?)?(?:20)?\d\d\/(?:20)?\d\d)+(?: Total)?$/;

/**
 * A row whose columns a PDF's text separates by single spaces: a label, then two or more money cells
 * ("IOM Housing Navigators £210,000 £210,000 £420,000"), or, for a header, two or more financial years ("Service
 * 2025/26 2026/27 Total"). Null for anything else: a sentence never ends in two figures in a row.
 */
function splitSingleSpaced(line: TextLine): TableCell[] | null {
  const t = line.trimmed;
  const money = trailingMoney.exec(t);
  const tail = money ?? trailingYears.exec(t);
  if (tail === null || tail.index === 0) return null;
  const out: TableCell[] = [cell(t, 0, tail.index, line.trimStart)];
  const token = /(?:FY ?)?(?:20)?\d\d\/(?:20)?\d\d|Total|£[\d,]+(?:\.\d\d)?|-|–|nil/g;
  for (let m = token.exec(tail[0]); m !== null; m = token.exec(tail[0])) {
    out.push(cell(t, tail.index + m.index, tail.index + m.index + m[0].length, line.trimStart));
  }
  const figures = out.filter((c) => (money ? c.text.startsWith("£") : /\d\d\/\d\d/.test(c.text))).length;
  return figures >= 2 ? out : null;
}

function withCells(line: TextLine, delimiter: Delimiter, cells: TableCell[]): Row | null {
  while (cells.length > 1 && cells[cells.length - 1]!.text === "") cells.pop();
  const filled = cells.filter((c) => c.text !== "").length;
  if (filled < 2 && delimiter !== "tab") return null;
  // Leading empty cells (a row that starts with a tab) make no row on their own: "\tIndented text" is prose.
  let leading = 0;
  while (leading < cells.length && cells[leading]!.text === "") leading++;
  if (cells.length - leading < 2 || cells.length > MAX_CELLS) return null;
  return { line, delimiter, cells, rule: false };
}

/**
 * Splits a line at its tabs, keeping the empty cells a leading tab makes: a PDF's text writes an empty first cell
 * (one merged with the row above, such as the service of a second funding source) as a tab, and dropping it would
 * move every figure of the row one column left. A table whose every row starts with a tab is only indented: see
 * `withoutIndent`.
 */
function splitTabs(line: TextLine): TableCell[] {
  const t = line.text;
  let from = 0;
  while (from < t.length && (t.charCodeAt(from) === 32 || t.charCodeAt(from) === 0xa0)) from++;
  const cells: TableCell[] = [];
  for (let i = from; i <= t.length; i++) {
    if (i < t.length && t.charCodeAt(i) !== 9) continue;
    cells.push(cell(t, from, i, line.start));
    from = i + 1;
    if (cells.length > MAX_CELLS) break;
  }
  return cells;
}

/**
 * The rows of a table whose every row starts with an empty cell (the whole table indented), without that column.
 * Label rows are left as they are.
 */
function withoutIndent(rows: Row[]): Row[] {
  let out = rows;
  const cells = (): Row[] => out.filter((r) => !r.section);
  while (cells().length > 0 && cells().every((r) => r.cells.length > 1 && r.cells[0]!.text === "")) {
    out = out.map((r) => (r.section ? r : { ...r, cells: r.cells.slice(1) }));
  }
  return out;
}

/** Splits a line's trimmed text at a separator, giving each cell its trimmed text and its offset. */
function splitOn(line: TextLine, separator: RegExp): TableCell[] {
  const t = line.trimmed;
  const cells: TableCell[] = [];
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(t); m; m = separator.exec(t)) {
    cells.push(cell(t, from, m.index, line.trimStart));
    from = m.index + m[0].length;
    if (cells.length > MAX_CELLS) return cells;
  }
  cells.push(cell(t, from, t.length, line.trimStart));
  return cells;
}

function splitPipes(line: TextLine): TableCell[] {
  const t = line.trimmed;
  const cells: TableCell[] = [];
  let from = 1;
  const end = t.endsWith("|") && t.length > 1 ? t.length - 1 : t.length;
  for (let i = 1; i <= end; i++) {
    if (i === end || t.charCodeAt(i) === 124) {
      cells.push(cell(t, from, i, line.trimStart));
      from = i + 1;
      if (cells.length > MAX_CELLS) break;
    }
  }
  return cells;
}

function cell(t: string, from: number, to: number, base: number): TableCell {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(t.charAt(a))) a++;
  while (b > a && /\s/.test(t.charAt(b - 1))) b--;
  const text = t.slice(a, b);
  return { text, quote: text, offset: base + a, pence: null };
}

/**
 * "Figures are in £000", "All amounts in £m", "(£'000)", "… is set out below (£m):": the unit prose before a table
 * states for it, or null.
 */
function statedUnit(prose: string): number | null {
  const m = new RegExp(
    String.raw`(?:\b(?:figures|amounts|numbers|values|costs|sums|all)\b[^.\n]{0,40}?\bin[ \t]+(?:thousands[ \t]+of[ \t]+pounds|millions[ \t]+of[ \t]+pounds|${THOUSANDS}|${MILLIONS})|^\(?[ \t]*(?:${THOUSANDS}|${MILLIONS})[ \t]*\)?$|\([ \t]*(?:${THOUSANDS}|${MILLIONS})[ \t]*\)[ \t]*[:.]?$)`,
    "i",
  ).exec(prose.trim());
  if (!m) return null;
  return /thousand|000|£\s*k/i.test(m[0]) ? 1000 : 1_000_000;
}

/**
 * The line that introduces a table ("3.2. The costs and funding by year (£000) are:", "The profile (£m) is set out in
 * the table below.") may give the table's unit in brackets mid-sentence. Only that line counts, and only when it leads
 * into the table (it ends with a colon, or points to the table below or by its number), so that a unit in some other
 * sentence of the prose is never taken for the table's.
 */
function leadInUnit(line: string): number | null {
  const introduces = /:[ \t]*$/.test(line) || /\b(?:below|following[ \t]+table|table[ \t]+\d+)\b/i.test(line);
  if (!introduces) return null;
  const m = new RegExp(String.raw`\([ \t]*(?:(${THOUSANDS})|${MILLIONS})[ \t]*\)`, "i").exec(line);
  if (!m) return null;
  return m[1] !== undefined ? 1000 : 1_000_000;
}

/**
 * Rows of a table laid out with spaces whose header (and the units row under it) leave the labels' column empty, as
 * PDF text does: "          2024/25     2025/26   Total" over "Design and build contract   3.10   11.20   21.30". Such
 * a row has one cell fewer than the table's widest rows, and starts right of where their labels end: it gets an empty
 * first cell, so its cells stand over the columns they head.
 */
function withEmptyLabelCells(rows: Row[]): Row[] {
  const cellRows = rows.filter((r) => !r.section && r.delimiter === "spaces");
  const widest = Math.max(0, ...cellRows.map((r) => r.cells.length));
  const full = cellRows.filter((r) => r.cells.length === widest);
  if (widest < 3 || full.length === 0) return rows;
  const labelsEnd = Math.max(...full.map((r) => r.cells[0]!.offset + r.cells[0]!.text.length - r.line.start));
  return rows.map((r) => {
    if (r.section || r.delimiter !== "spaces" || r.cells.length !== widest - 1) return r;
    if (r.cells[0]!.offset - r.line.start <= labelsEnd) return r;
    const empty: TableCell = { text: "", quote: "", offset: r.line.trimStart, pence: null };
    return { ...r, cells: [empty, ...r.cells] };
  });
}

/** A row under the header that holds only units ("£m  £m  £m", "(£000)"): each sets the unit of its column. */
function unitsRow(row: Row | undefined): Row | null {
  if (row === undefined || row.section) return null;
  const filled = row.cells.filter((c) => c.text !== "");
  return filled.length > 0 && filled.every((c) => unitOnly.test(c.text)) ? row : null;
}

function tableOf(block: Row[], proseUnit: number | null = null, title = ""): DocumentTable | null {
  const rows = withEmptyLabelCells(withoutIndent(block.filter((r) => !r.rule)));
  if (rows.length < 2) return null;
  const first = rows[0]!;
  const headerHasMoney = first.cells.some(
    (c) =>
      unitOf(c.text) === null &&
      (moneyOf(c.text, false) !== null || /^\d{1,3}(?:,\d{3})+(?:\.\d\d)?$/.test(c.text)),
  );
  const header = headerHasMoney ? [] : first.cells;
  const units = headerHasMoney ? null : unitsRow(rows[1]);
  const body = headerHasMoney ? rows : rows.slice(units === null ? 1 : 2);
  if (body.length === 0) return null;
  // "£000" or "(£m)" in a header: the figures of its column are in thousands or millions of pounds; a header cell
  // that is only the unit ("£000" over the labels) sets it for every column.
  // So does a unit in the first header, over the labels: "Budget line (£m)", "Net revenue expenditure (£m)".
  const tableUnit = header
    .map((h, i) => (unitOnly.test(h.text) || (i === 0 && labelsBelow(body, i)) ? unitOf(h.text) : null))
    .find((u) => u !== null);
  const unitOfColumn = (i: number): number =>
    unitOf(header[i]?.text ?? "") ??
    (units && unitOf(units.cells[i]?.text ?? "")) ??
    tableUnit ??
    proseUnit ??
    1;

  const fyColumns: { index: number; fy: NonNullable<ReturnType<typeof financialYearInHeader>> }[] = [];
  header.forEach((h, index) => {
    const fy = financialYearInHeader(h.text);
    // "2019/20 rate per hour": a price, not the year's money. "Total 2024/25": the row's total, which may add money
    // approved before to this decision's. "2028/29 (optional extension)": money not approved.
    if (fy && !RATE_HEADER.test(h.text) && !isTotalHeader(h.text) && !NOT_APPROVED_HEADER.test(h.text)) {
      fyColumns.push({ index, fy });
    }
  });
  const moneyColumnHeader = (i: number): boolean =>
    fyColumns.some((f) => f.index === i) || moneyHeader.test(header[i]?.text ?? "");

  const moneyColumns = new Set<number>();
  const bodyRows: TableCell[][] = [];
  const totalRows: TableCell[][] = [];
  const fundingRows: TableCell[][] = [];
  const notApprovedRows: TableCell[][] = [];
  const sections: TableSection[] = [];
  const end = block[block.length - 1]!.line.end;
  // Body rows since the last Total row or label row: what a gross subtotal adds up.
  let linesSinceTotal = 0;
  for (const r of body) {
    if (r.section) {
      linesSinceTotal = 0;
      const label = r.cells[0]!;
      const last = sections[sections.length - 1];
      if (last) last.end = r.line.start;
      sections.push({ label, start: r.line.start, end, funding: FUNDING_LABEL.test(label.text) });
      continue;
    }
    r.cells.forEach((c, i) => {
      const unit = unitOfColumn(i);
      const pence = moneyOf(c.text, moneyColumnHeader(i) || unit !== 1);
      c.pence =
        unit === 1 || (pence !== null && OWN_UNIT.test(c.text))
          ? pence
          : (inUnits(c.text, unit) ??
            (pence !== null && Number.isSafeInteger(pence * unit) ? ((pence * unit) as Pence) : null));
      if (c.pence !== null && c.text.includes("£")) moneyColumns.add(i);
      else if (c.pence !== null && (moneyColumnHeader(i) || unit !== 1)) moneyColumns.add(i);
    });
    const label = r.cells.find((c) => c.text !== "" && c.pence === null)?.text ?? "";
    // A "Gross expenditure" row under spending rows of its own is their subtotal; first in its part ("Gross cost",
    // "Income (100)", "Net cost") it is the one spending line.
    const gross = grossLabel.test(label) && linesSinceTotal > 0;
    const part = sections[sections.length - 1]?.label.text ?? null;
    if (totalLabel.test(label) || netLabel.test(label) || gross || isPartTotal(label, part, SECTION_WORDS)) {
      totalRows.push(r.cells);
      linesSinceTotal = 0;
    } else if (sections[sections.length - 1]?.funding) fundingRows.push(r.cells);
    else if (NOT_APPROVED_HEADER.test(label)) notApprovedRows.push(r.cells);
    else {
      bodyRows.push(r.cells);
      linesSinceTotal++;
    }
  }
  const loose = block[0]!.delimiter === "spaces" || block[0]!.delimiter === "lines";
  if (loose && moneyColumns.size === 0) return null;
  const start = block[0]!.line.start;
  // A table whose every row is called indicative or optional says so of all its money: its rows are its body.
  const unapproved = bodyRows.length > 0 ? notApprovedRows : [];
  return {
    start,
    end,
    header,
    rows: bodyRows.length > 0 ? bodyRows : notApprovedRows,
    notApprovedRows: unapproved,
    fyColumns,
    totalRows,
    moneyColumns: [...moneyColumns].sort((a, b) => a - b),
    delimiter: block[0]!.delimiter,
    sections,
    fundingRows,
    titleYears: tableYears(title, header),
  };
}

/** A column of row totals: "Total", "Total 2024/25", "Total (initial term)". */
export function isTotalHeader(text: string): boolean {
  return /\btotal\b/i.test(text);
}

/**
 * A year column, or a row, of money the decision does not approve: "2028/29 (optional extension)", "2027/28
 * (indicative)", "2026/27 – subject to future approval", "Optional extension (1 July 2027 – 30 June 2028) – subject
 * to future approval".
 */
export const NOT_APPROVED_HEADER =
  /\b(?:optional|indicative|illustrative|unapproved|not[ \t]+(?:yet[ \t]+)?approved|subject[ \t]+to[ \t]+(?:(?:further|future|separate)[ \t]+)?(?:approval|decision|agreement))\b/i;

/**
 * A table's title: the line of prose just before it, where it is a caption ("Table 1: … 2024/25 (£000)", "The
 * project budget for 2015/16 is as follows:"), not a sentence of its own.
 */
const CAPTION = /^(?:table[ \t]+\d+[a-z]?\b.*|[^.]{1,120}[^.]|.{1,160}:)$/i;

/**
 * The financial years a table is said to be for, outside its year columns: those its title names ("Table 1: Hotspot
 * Action Fund 2024/25 (£000)") and those a Total column's header names ("Total 2024/25"), each once, in order.
 */
function tableYears(title: string, header: readonly TableCell[]): FinancialYear[] {
  const texts = [
    CAPTION.test(title.trim()) ? title : "",
    ...header.filter((h) => isTotalHeader(h.text)).map((h) => h.text),
  ];
  // "Proposed revenue carry forwards from 2024/25 into 2025/26 (£000)": the year the money comes from is not the
  // table's year.
  return [...new Set(texts.flatMap((t) => findFinancialYears(t).flatMap((m) => yearsSpentIn(t, m))))];
}

/** The marks PDF text and word processors write for an apostrophe: "£'000", "£’000", "£‘000", "£′000", "£`000", "£´000". */
const APOSTROPHE = "['’‘′`´]";
const THOUSANDS = String.raw`£\s*(?:${APOSTROPHE}?000s?|k|thousands?)`;
const MILLIONS = String.raw`£\s*(?:m|mn|millions?)`;
const thousandsIn = new RegExp(`${THOUSANDS}\\b`, "i");
const millionsIn = new RegExp(`${MILLIONS}\\b`, "i");

/** A cell that writes its own unit ("£148.2m", "£450k", "£1.2 million"): a sum of money, whatever the table's unit. */
const OWN_UNIT = /\d[ \t]*(?:k|m|bn|thousand|million|billion)\b/i;

/** "£000", "£'000", "£’000", "(£000s)", "£k", "£m", "(£ million)": a header's unit, in pounds per figure; null if none. */
function unitOf(text: string): number | null {
  if (thousandsIn.test(text)) return 1000;
  if (millionsIn.test(text)) return 1_000_000;
  return null;
}

/**
 * A figure in thousands or millions of pounds, to the penny, however many decimals it has: "0.125" in a £m column
 * is £125,000, "(12.5)" in a £000 column is -£12,500. Null where it is not a plain figure, or not whole pence.
 */
function inUnits(cellText: string, unit: number): Pence | null {
  const m = /^(\()?[ \t]*(-)?[ \t]*£?[ \t]*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,6}))?[ \t]*(\))?$/.exec(
    cellText.replace(/\*\*/g, "").trim(),
  );
  if (!m || Boolean(m[1]) !== Boolean(m[5])) return null;
  const fraction = m[4] ?? "";
  const scale = 10 ** fraction.length;
  const units = Number(m[3]!.replace(/,/g, "")) * scale + Number(fraction || "0");
  const pence = (units * unit * 100) / scale;
  if (!Number.isSafeInteger(pence)) return null;
  return ((m[1] || m[2] ? -1 : 1) * pence) as Pence;
}

/** True where the column holds words, not figures, in every row that has it: the labels of the rows. */
function labelsBelow(body: readonly Row[], i: number): boolean {
  const cells = body.map((r) => r.cells[i]?.text ?? "").filter((t) => t !== "");
  return cells.length > 0 && cells.every((t) => !/^[(£\-\d.,\s)]+$/.test(t));
}

/** A column of prices, not money by year: "rate per hour", "hourly rate", "per officer", "unit cost". */
const RATE_HEADER =
  /\b(?:rates?|hourly|daily|unit[ \t]+(?:cost|price)|price[ \t]+per|per[ \t]+(?:hour|day|unit|officer|head|person|item|week|month|shift|FTE))\b/i;

/** A header cell that is only a unit: "£000", "(£m)". */
const unitOnly = new RegExp(`^\\(?\\s*(?:${THOUSANDS}|${MILLIONS})\\s*\\)?$`, "i");

/** The pence of a cell that is money: one with a £, or a bare figure in a column headed as money or a year. */
function moneyOf(cellText: string, moneyColumn: boolean): Pence | null {
  const s = cellText.replace(/\*\*/g, "").trim();
  if (!s || !/\d/.test(s)) return null;
  if (!s.includes("£") && !moneyColumn) return null;
  if (!moneyLooking.test(s)) return null;
  try {
    return parseMoney(s);
  } catch {
    return null;
  }
}
