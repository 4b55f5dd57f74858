import type { DocumentSection, DocumentTable, NumberedParagraph, SectionPart } from "../decision-document";
import type { CheckContext } from "./check-context";

/** Spans in start order, with the index of the last one starting at or before an offset (binary search). */
interface SpanIndex<T extends { start: number; end: number }> {
  sorted: T[];
  /** maxEnd[i]: the latest end among sorted[0..i], so a walk back can stop once nothing earlier reaches. */
  maxEnd: number[];
}
const indexes = new WeakMap<readonly unknown[], SpanIndex<{ start: number; end: number }>>();

function spanIndex<T extends { start: number; end: number }>(spans: readonly T[]): SpanIndex<T> {
  let index = indexes.get(spans) as SpanIndex<T> | undefined;
  if (!index) {
    // Stable sort: spans with the same start keep their document order, as the linear scan did.
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    for (const [i, sp] of sorted.entries()) maxEnd.push(Math.max(sp.end, i > 0 ? maxEnd[i - 1]! : -Infinity));
    index = { sorted, maxEnd };
    indexes.set(spans, index as SpanIndex<{ start: number; end: number }>);
  }
  return index;
}

/**
 * The innermost span holding an offset: the one with the latest start at or before it that still holds it (where
 * spans nest, an inner one starts later). Walks back from the binary-search position only past spans that ended.
 */
function innermostAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  offset: number,
): T | null {
  const { sorted, maxEnd } = spanIndex(spans);
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0 && maxEnd[i]! > offset; i--) {
    const s = sorted[i]!;
    if (offset < s.end) return s;
  }
  return null;
}

/** The section holding an offset (the innermost, where headings nest), or null. */
export function sectionAt(ctx: CheckContext, offset: number): DocumentSection | null {
  return innermostAt(ctx.doc.sections, offset);
}

/** The canonical part of the document an offset is in, or null when no section holds it. */
export function partAt(ctx: CheckContext, offset: number): SectionPart | null {
  return sectionAt(ctx, offset)?.part ?? null;
}

/** The numbered paragraph holding an offset (the innermost: "2.7.1" inside "2.7"), or null. */
export function paragraphAt(ctx: CheckContext, offset: number): NumberedParagraph | null {
  return innermostAt(ctx.doc.paragraphs, offset);
}

/** The table holding an offset, or null. */
export function tableAt(ctx: CheckContext, offset: number): DocumentTable | null {
  return innermostAt(ctx.doc.tables, offset);
}

const partNames: Partial<Record<SectionPart, string>> = {
  title: "the title",
  summary: "the Executive Summary",
  recommendation: "the Recommendation",
  approval: "the approval",
  financial: "Financial Comments",
  legal: "Legal Comments",
  commercial: "Commercial Issues",
  declaration: "the officer declaration",
  signature: "the signature block",
};

/** What an analyst calls a section: "the Recommendation", "Financial Comments", or its own heading. */
export function sectionName(section: DocumentSection): string {
  const named = partNames[section.part];
  if (named) return named;
  const heading = section.heading
    .replace(/[*_#:]/g, "")
    .replace(/^\s*\d+(?:\.\d+)*\.?\s*/, "")
    .trim();
  return heading ? `the ${heading} section` : "the document";
}

/** Parts whose numbered paragraphs read naturally after the section's name: "Financial Comments 3.1". */
const namedWithNumber = new Set<SectionPart>(["financial", "legal", "commercial"]);
/** Parts where a paragraph number adds nothing (recommendations are numbered 1, 2, …). */
const namedWithoutNumber = new Set<SectionPart>([
  "title",
  "summary",
  "recommendation",
  "approval",
  "signature",
  "declaration",
]);

function isSubNumber(n: string): boolean {
  return /^\d+\.\d/.test(n);
}

/**
 * Where an offset is, as an analyst would say it: "the Recommendation", "the Executive Summary",
 * "Financial Comments 3.1", "paragraph 2.2", "the table in 3.2", "the table in Financial Comments".
 */
export function placeOf(ctx: CheckContext, offset: number): string {
  const table = tableAt(ctx, offset);
  if (table) return tablePlace(ctx, table);
  const section = sectionAt(ctx, offset);
  const paragraph = paragraphAt(ctx, offset);
  if (section && namedWithoutNumber.has(section.part)) return sectionName(section);
  if (paragraph && isSubNumber(paragraph.number)) {
    if (section && namedWithNumber.has(section.part)) return `${sectionName(section)} ${paragraph.number}`;
    return `paragraph ${paragraph.number}`;
  }
  if (section) return sectionName(section);
  return "the document";
}

/** A table's caption on the line before it: "Table 1: Capital expenditure by programme (£m)". */
const CAPTION_NUMBER = /^[ \t]*table[ \t]+(\d+[a-z]?)\b/i;

/** The number a table's caption gives it ("Table 1: …" on the line above it → "1"), or null. */
export function tableNumber(ctx: CheckContext, table: DocumentTable): string | null {
  const before = ctx.text.slice(Math.max(0, table.start - 400), table.start).trimEnd();
  const caption = before.slice(before.lastIndexOf("\n") + 1);
  return CAPTION_NUMBER.exec(caption)?.[1]?.toLowerCase() ?? null;
}

/**
 * "Table 1" where the table's caption numbers it, else "the table in 3.2" (the numbered paragraph that introduces it),
 * else "the table in Financial Comments".
 */
export function tablePlace(ctx: CheckContext, table: DocumentTable): string {
  const number = tableNumber(ctx, table);
  if (number !== null) return `Table ${number}`;
  const section = sectionAt(ctx, table.start);
  let intro: { number: string; start: number } | null = null;
  for (const p of ctx.doc.paragraphs) {
    if (p.start < table.start && (!section || p.start >= section.start) && isSubNumber(p.number)) {
      if (!intro || p.start > intro.start) intro = p;
    }
  }
  if (intro) return `the table in ${intro.number}`;
  if (section) return `the table in ${sectionName(section)}`;
  return "the table";
}
