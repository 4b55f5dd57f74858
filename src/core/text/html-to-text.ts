import { decodeEntities } from "./html-entities";

/**
 * Turns an HTML page into the plain text the decision extractor reads, without a DOM (imported HTML is never
 * parsed into one): a small tolerant tokenizer that never throws, whatever it is given.
 *
 * - <script>, <style>, <head>, <template>, <noscript>, <svg>, <iframe>, comments and page furniture are dropped:
 *   site navigation (<nav>), sidebars (<aside>, such as "Related content"), and the site's banner and footer (a
 *   <header> or <footer> outside <article>, <main> and <section>, unless it holds the page's <h1>);
 * - paragraphs, headings, lists, tables and other blocks start new lines; paragraphs, headings and whole tables
 *   and lists are set off by a blank line; <br> breaks a line;
 * - <li> becomes a "- " bullet on its own line (indented two spaces per level of nesting);
 * - each table row is one line with its cells joined by "\t" (a cell spanning n columns adds n-1 empty cells, and
 *   one spanning rows leaves an empty cell in its columns in the rows below), so the extractor's table reader sees
 *   the columns; a <thead> of several rows becomes one line, each column's headings joined; line breaks inside a
 *   cell become spaces;
 * - character references are decoded; runs of spaces collapse; <pre> keeps its line breaks.
 *
 * @example htmlToText("<p>Total &pound;1,000</p><table><tr><td>A</td><td>B</td></tr></table>") // "Total £1,000\n\nA\tB"
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  const n = html.length;
  let i = 0;
  /** Depth inside elements whose content is dropped (nav, head, …). */
  let skipping = 0;
  const skipStack: string[] = [];
  let listDepth = 0;
  const tables: TableState[] = [];
  let pre = 0;
  /** Depth inside <article>, <main> and <section>, where a <header> or <footer> is the content's own. */
  let sectioning = 0;
  const closeAt: Record<string, number> = {};
  let h1At: number | undefined;

  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (skipping === 0) out.text(decodeEntities(html.slice(i, textEnd)), pre > 0);
      i = textEnd;
      continue;
    }
    // At a "<".
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith("<![CDATA[", i)) {
      const end = html.indexOf("]]>", i + 9);
      if (skipping === 0) out.text(html.slice(i + 9, end < 0 ? n : end), pre > 0);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf(">", i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      if (skipping === 0) out.text("<", pre > 0);
      i++;
      continue;
    }
    i = tag.end;
    const name = tag.name;

    if (rawText.has(name) && !tag.closing) {
      // Skip to the matching close tag; the content is code, not text.
      const close = indexOfCaseless(html, `</${name}`, i);
      i = close < 0 ? n : skipPastTag(html, close);
      continue;
    }
    if (dropped.has(name)) {
      if (!tag.closing && !tag.selfClosing) {
        skipping++;
        skipStack.push(name);
      } else if (tag.closing) {
        const at = skipStack.lastIndexOf(name);
        if (at >= 0) {
          skipping -= skipStack.length - at;
          skipStack.length = at;
        }
      }
      continue;
    }
    if (name === "body" && skipStack.includes("head")) {
      // A page that never closed its <head>.
      const at = skipStack.indexOf("head");
      skipping -= skipStack.length - at;
      skipStack.length = at;
      continue;
    }
    if (skipping > 0) continue;

    if (name === "article" || name === "main" || name === "section") {
      sectioning = Math.max(0, sectioning + (tag.closing ? -1 : 1));
    } else if (
      (name === "header" || name === "footer") &&
      sectioning === 0 &&
      !tag.closing &&
      !tag.selfClosing
    ) {
      // Outside the page's content this is the site's banner or footer (logos, cookie notice, "Share this page"),
      // and is dropped, unless it holds the page's <h1>, which on a decision page is the decision's title. Where
      // it is never closed it is kept: dropping to the end of the page could drop the decision itself.
      // (The first close and the first <h1> after a point are remembered, so many headers cost one pass.)
      const cached = closeAt[name];
      const close =
        cached !== undefined && (cached < 0 || cached >= i) ? cached : indexOfCaseless(html, `</${name}`, i);
      closeAt[name] = close;
      if (h1At === undefined || (h1At >= 0 && h1At < i)) h1At = indexOfTag(html, "h1", i);
      if (close >= 0 && !(h1At >= 0 && h1At < close)) {
        i = skipPastTag(html, close);
        continue;
      }
    }

    const inTable = tables.length > 0 && tables[tables.length - 1]!.inRow;
    switch (name) {
      case "br":
        if (pre > 0) out.text("\n", true);
        else if (inCell(tables)) out.text(" ", false);
        else out.lineBreak();
        break;
      case "table":
        if (tag.closing) {
          tables.pop();
          if (tables.length === 0) out.paragraphBreak();
        } else {
          if (tables.length === 0) out.paragraphBreak();
          tables.push({ inRow: false, tabs: 0, column: 0, spans: new Map(), header: -1 });
        }
        break;
      case "thead":
      case "tbody":
      case "tfoot":
        if (inTable) out.text(" ", false);
        else out.lineBreak();
        if (tables.length === 1) {
          const t = tables[0]!;
          // A cell spanning rows stops at the end of its row group, as in a browser.
          endRow(t);
          t.spans.clear();
          // The table reader takes a table's first line as its header: a header of several rows ("Financial year"
          // over "2024/25", "2025/26") becomes one line once its end is known.
          if (t.header >= 0) out.joinColumns(t.header);
          t.header = name === "thead" && !tag.closing ? out.lineCount() : -1;
        }
        break;
      case "tr":
        if (tables.length === 0) out.lineBreak();
        else if (tables.length === 1) {
          out.lineBreak();
          endRow(tables[0]!);
          if (!tag.closing) startRow(tables[0]!);
        } else out.text(" ", false);
        break;
      case "td":
      case "th":
        if (tag.closing) break;
        if (tables.length === 1) {
          const row = tables[0]!;
          if (!row.inRow) {
            out.lineBreak(); // a cell outside any <tr>
            startRow(row);
          }
          // The cell goes in the first column not taken by a cell from a row above; a row's line has as many tabs
          // before a cell as the cell's column number, so an empty cell is left under each cell spanning down.
          while (row.spans.has(row.column)) row.column++;
          for (; row.tabs < row.column; row.tabs++) out.cell();
          const colspan = spanOf(tag.attrs, "colspan", 1, 50);
          const rowspan = spanOf(tag.attrs, "rowspan", 0, 1000);
          // rowspan="0" runs to the end of the row group: the group's end clears it. Past MAX_SPANNED_COLUMN no
          // table is read anyway, and keeping no spans there keeps each row's work small whatever the page.
          const rows = rowspan === 0 ? 1000 : rowspan;
          for (let k = 0; rows > 1 && k < colspan && row.column + k < MAX_SPANNED_COLUMN; k++) {
            row.spans.set(row.column + k, Math.max(row.spans.get(row.column + k) ?? 0, rows));
          }
          row.column += colspan;
        } else if (tables.length > 1) out.text(" ", false);
        break;
      case "li":
        if (tag.closing) {
          if (!inTable) out.lineBreak();
          break;
        }
        if (inTable) out.text(" ", false);
        else {
          out.lineBreak();
          out.bullet("  ".repeat(Math.max(0, listDepth - 1)) + "- ");
        }
        break;
      case "ul":
      case "ol":
      case "dl":
        listDepth = Math.max(0, listDepth + (tag.closing ? -1 : 1));
        if (inTable) out.text(" ", false);
        else if (listDepth === 0 || (!tag.closing && listDepth === 1)) out.paragraphBreak();
        else out.lineBreak();
        break;
      case "pre":
        pre = Math.max(0, pre + (tag.closing ? -1 : 1));
        if (inTable) out.text(" ", false);
        else out.paragraphBreak();
        break;
      default:
        if (paragraphs.has(name)) {
          if (inTable) out.text(" ", false);
          else out.paragraphBreak();
        } else if (blocks.has(name)) {
          if (inTable) out.text(" ", false);
          else out.lineBreak();
        }
    }
  }
  return out.finish();
}

function inCell(tables: readonly unknown[]): boolean {
  return tables.length > 0;
}

/** The row being read in an outermost table, and the cells of rows above that span down into it. */
interface TableState {
  inRow: boolean;
  /** Tabs written on the row's line so far. */
  tabs: number;
  /** The first column the next cell may take. */
  column: number;
  /** The columns a cell spanning rows covers: how many rows, counting the one being read, it still covers. */
  spans: Map<number, number>;
  /** The output line an open <thead> starts at; -1 outside one. */
  header: number;
}

function startRow(t: TableState): void {
  t.inRow = true;
  t.tabs = 0;
  t.column = 0;
}

/** Ends the row being read (if any): the cells spanning rows now cover one row fewer. */
function endRow(t: TableState): void {
  if (!t.inRow) return;
  t.inRow = false;
  for (const [column, rows] of t.spans) {
    if (rows > 1) t.spans.set(column, rows - 1);
    else t.spans.delete(column);
  }
}

const MAX_SPANNED_COLUMN = 1000;

/** A colspan or rowspan attribute's value, within [min, max]; 1 where it is missing or not a number. */
function spanOf(attrs: string, name: string, min: number, max: number): number {
  const v = parseInt(attribute(attrs, name) ?? "1", 10);
  return Number.isNaN(v) ? 1 : Math.min(max, Math.max(min, v));
}

/** Elements whose content is code or data, never text: skipped up to their close tag without parsing. */
const rawText = new Set(["script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes"]);
/** Elements whose content is dropped: page furniture, not the decision text itself */
const dropped = new Set([
  "head",
  "nav",
  "aside",
  "template",
  "noscript",
  "svg",
  "math",
  "iframe",
  "object",
  "select",
  "button",
  "canvas",
  "audio",
  "video",
  "map",
]);
/** Blocks set off by a blank line. */
const paragraphs = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "figure",
  "hr",
  "address",
  "fieldset",
  "form",
  "details",
  "summary",
]);
/** Blocks that start a new line. */
const blocks = new Set(["div", "dt", "dd", "caption", "figcaption", "center", "legend", "label", "option"]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
  end: number;
}

/** Reads a tag starting at `<`; null if what follows is not a tag (then the `<` is text). */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html.charCodeAt(i) === 47; /* / */
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  if (i === nameStart || !isLetter(html.charCodeAt(nameStart))) return null;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrStart = i;
  let quote = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote opens a value only after "="; elsewhere it is a stray character.
      if (prevNonSpace(html, i, attrStart) === 61 /* = */) quote = c;
    } else if (c === 62 /* > */) break;
    i++;
  }
  const attrs = html.slice(attrStart, i);
  return {
    name,
    closing,
    selfClosing: attrs.trimEnd().endsWith("/"),
    attrs,
    end: Math.min(html.length, i + 1),
  };
}

function prevNonSpace(s: string, i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return 0;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function indexOfCaseless(s: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  for (let i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
    if (s.slice(i, i + lower.length).toLowerCase() === lower) {
      const after = s.charCodeAt(i + lower.length);
      if (!isNameChar(after)) return i;
    }
  }
  return -1;
}

/** Where the next `<name` start tag is, at or after `from`, ignoring case; -1 if none. */
function indexOfTag(s: string, name: string, from: number): number {
  const re = new RegExp(`<${name}(?![\\w:-])`, "gi");
  re.lastIndex = from;
  return re.exec(s)?.index ?? -1;
}

function skipPastTag(s: string, at: number): number {
  const end = s.indexOf(">", at);
  return end < 0 ? s.length : end + 1;
}

/** `s` without its trailing spaces (and tabs, with `tabs`). */
function trimEndOf(s: string, tabs: boolean): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); c === 32 || (tabs && c === 9); c = s.charCodeAt(end - 1)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Collects text into lines: spaces collapse, a cell break is a tab, line and paragraph breaks never pile up (at most
 * one blank line), and lines are trimmed of spaces at both ends (tabs, which mark cells, stay).
 */
class TextBuilder {
  private lines: string[] = [];
  private line = "";
  private pendingSpace = false;
  /** Cell breaks not yet written: they are written with the next text, all at once (see `cell`). */
  private pendingTabs = 0;
  private blankBefore = false;

  text(s: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = s.replace(/\r\n?/g, "\n").split("\n");
      parts.forEach((part, k) => {
        if (k > 0) this.lineBreak();
        this.append(part.replace(/[ \t\f\u00A0]+/g, " "));
      });
      return;
    }
    this.append(s.replace(/[\s\u00A0]+/g, " "));
  }

  private append(s: string): void {
    if (s === "") return;
    if (s === " ") {
      this.pendingSpace = true;
      return;
    }
    const starts = s.startsWith(" ");
    const ends = s.endsWith(" ");
    const core = s.trim();
    if (core === "") {
      this.pendingSpace = true;
      return;
    }
    this.writeTabs();
    if (
      (starts || this.pendingSpace) &&
      this.line !== "" &&
      !this.line.endsWith("\t") &&
      !this.line.endsWith(" ")
    ) {
      this.line += " ";
    }
    this.line += core;
    this.pendingSpace = ends;
  }

  bullet(marker: string): void {
    this.writeTabs();
    this.line += marker;
    this.pendingSpace = false;
  }

  cell(): void {
    // Counted, not appended: a row of spanning cells makes thousands of empty cells, and reading the end of a line
    // after each one would cost the whole line each time.
    this.pendingTabs++;
    this.pendingSpace = false;
  }

  private writeTabs(): void {
    if (this.pendingTabs === 0) return;
    this.line = trimEndOf(this.line, false) + "\t".repeat(this.pendingTabs);
    this.pendingTabs = 0;
  }

  lineBreak(): void {
    // Trailing spaces and empty trailing cells (and cell breaks still pending) go; leading spaces stay only as a
    // nested bullet's indent.
    const text = trimEndOf(this.line, true).replace(/^ +/, (indent, _at, line: string) =>
      line.startsWith("- ", indent.length) ? indent : "",
    );
    this.line = "";
    this.pendingSpace = false;
    this.pendingTabs = 0;
    if (text.replace(/[\t -]/g, "") === "") return; // empty, or only empty cells or a bare bullet
    if (this.blankBefore && this.lines.length > 0 && this.lines[this.lines.length - 1] !== "")
      this.lines.push("");
    this.blankBefore = false;
    this.lines.push(text);
  }

  lineCount(): number {
    return this.lines.length;
  }

  /**
   * Makes the table rows written since line `from` one row: each column's texts joined top to bottom. The rows
   * keep their columns (spanning cells leave empty ones), so the n-th cell of every line is the same column.
   */
  joinColumns(from: number): void {
    const rows = this.lines.slice(from).filter((l) => l !== "");
    if (rows.length < 2) return;
    const columns: string[][] = [];
    for (const row of rows) row.split("\t").forEach((cell, k) => (columns[k] ??= []).push(cell));
    const joined = Array.from(columns, (c) => c.filter((t) => t !== "").join(" "))
      .join("\t")
      .replace(/\t+$/, "");
    const blank = this.lines[from] === "";
    this.lines.length = from;
    if (blank) this.lines.push("");
    this.lines.push(joined);
  }

  paragraphBreak(): void {
    this.lineBreak();
    this.blankBefore = true;
  }

  finish(): string {
    this.lineBreak();
    return this.lines.join("\n");
  }
}
