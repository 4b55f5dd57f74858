import type { DocumentSection, DocumentTable, NumberedParagraph, SectionPart } from "../decision-document";
import type { CheckContext } from "./check-context";

/** The section holding an offset (the innermost, where headings nest), or null. */
export function sectionAt(ctx: CheckContext, offset: number): DocumentSection | null {
  let best: DocumentSection | null = null;
  for (const s of ctx.doc.sections) {
    if (s.start <= offset && offset < s.end && (!best || s.start >= best.start)) best = s;
  }
  return best;
}

/** The canonical part of the document an offset is in, or null when no section holds it. */
export function partAt(ctx: CheckContext, offset: number): SectionPart | null {
  return sectionAt(ctx, offset)?.part ?? null;
}

/** The numbered paragraph holding an offset (the innermost: "2.7.1" inside "2.7"), or null. */
export function paragraphAt(ctx: CheckContext, offset: number): NumberedParagraph | null {
  let best: NumberedParagraph | null = null;
  for (const p of ctx.doc.paragraphs) {
    if (p.start <= offset && offset < p.end && (!best || p.start >= best.start)) best = p;
  }
  return best;
}

/** The table holding an offset, or null. */
export function tableAt(ctx: CheckContext, offset: number): DocumentTable | null {
  return ctx.doc.tables.find((t) => t.start <= offset && offset < t.end) ?? null;
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

/** "the table in 3.2" (the numbered paragraph that introduces it), else "the table in Financial Comments". */
export function tablePlace(ctx: CheckContext, table: DocumentTable): string {
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
