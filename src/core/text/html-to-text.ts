import { decodeEntities } from "./html-entities";

/**
 * Turns an HTML page into the plain text the decision extractor reads, without a DOM (imported HTML is never
 * parsed into one): a small tolerant tokenizer that never throws, whatever it is given.
 *
 * - <script>, <style>, <head>, <template>, <noscript>, <svg>, <iframe>, comments and site navigation (<nav>) are
 *   dropped;
 * - paragraphs, headings, lists, tables and other blocks start new lines; paragraphs, headings and whole tables
 *   and lists are set off by a blank line; <br> breaks a line;
 * - <li> becomes a "- " bullet on its own line (indented two spaces per level of nesting);
 * - each table row is one line with its cells joined by "\t" (a cell spanning n columns adds n-1 empty cells),
 *   so the extractor's table reader sees the columns; line breaks inside a cell become spaces;
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
  const tables: { cells: number; extra: number }[] = [];
  let pre = 0;

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

    const inTable = tables.length > 0 && tables[tables.length - 1]!.cells >= 0;
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
          tables.push({ cells: -1, extra: 0 });
        }
        break;
      case "tr":
        if (tables.length === 0) out.lineBreak();
        else if (tables.length === 1) {
          out.lineBreak();
          tables[0]!.cells = tag.closing ? -1 : 0;
        } else out.text(" ", false);
        break;
      case "td":
      case "th":
        if (tag.closing) break;
        if (tables.length === 1) {
          const row = tables[0]!;
          if (row.cells < 0) {
            out.lineBreak(); // a cell outside any <tr>
            row.cells = 0;
          }
          // The tab before this cell, and one more for each extra column the previous cell spanned.
          if (row.cells > 0) for (let k = 0; k <= row.extra; k++) out.cell();
          row.extra =
            Math.min(50, Math.max(1, parseInt(attribute(tag.attrs, "colspan") ?? "1", 10) || 1)) - 1;
          row.cells++;
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

/** Elements whose content is code or data, never text: skipped up to their close tag without parsing. */
const rawText = new Set(["script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes"]);
/** Elements whose content is dropped: page furniture, not the decision text itself */
const dropped = new Set([
  "head",
  "nav",
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
  "aside",
  "figure",
  "hr",
  "address",
  "fieldset",
  "form",
  "details",
  "summary",
]);
/** Blocks that start a new line. */
const blocks = new Set([
  "div",
  "dt",
  "dd",
  "caption",
  "figcaption",
  "thead",
  "tbody",
  "tfoot",
  "center",
  "legend",
  "label",
  "option",
]);

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

function skipPastTag(s: string, at: number): number {
  const end = s.indexOf(">", at);
  return end < 0 ? s.length : end + 1;
}

/**
 * Collects text into lines: spaces collapse, a cell break is a tab, line and paragraph breaks never pile up (at most
 * one blank line), and lines are trimmed of spaces at both ends (tabs, which mark cells, stay).
 */
class TextBuilder {
  private lines: string[] = [];
  private line = "";
  private pendingSpace = false;
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
    this.line += marker;
    this.pendingSpace = false;
  }

  cell(): void {
    this.line = this.line.replace(/ +$/, "") + "\t";
    this.pendingSpace = false;
  }

  lineBreak(): void {
    // Trailing spaces and empty trailing cells go; leading spaces stay only as a nested bullet's indent.
    const text = this.line
      .replace(/[ \t]+$/, "")
      .replace(/^ +/, (indent, _at, line: string) => (line.startsWith("- ", indent.length) ? indent : ""));
    this.line = "";
    this.pendingSpace = false;
    if (text.replace(/[\t -]/g, "") === "") return; // empty, or only empty cells or a bare bullet
    if (this.blankBefore && this.lines.length > 0 && this.lines[this.lines.length - 1] !== "")
      this.lines.push("");
    this.blankBefore = false;
    this.lines.push(text);
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
