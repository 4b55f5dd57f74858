import type { SectionPart } from "./decision-document";

/**
 * The headings decision documents use, as data: what each is called and which part of the document it opens.
 * Matched against the heading's text with markdown marks, numbering and the trailing colon removed, ignoring case.
 */
export const SECTION_HEADINGS: readonly { part: SectionPart; pattern: RegExp }[] = [
  { part: "title", pattern: /^(?:title|key information|decision title)$/ },
  {
    part: "summary",
    pattern: /^(?:executive summary|summary|purpose(?: of (?:the )?(?:report|decision))?)$/,
  },
  {
    part: "recommendation",
    pattern:
      /^(?:recommendations?|recommendation\(s\)|decisions?|decisions? required|proposed decisions?|decision(?:s)? sought|recommendations? and decisions?|the decision)$/,
  },
  { part: "approval", pattern: /^(?:approval|decision and approval|authorisation)$/ },
  {
    part: "introduction",
    pattern: /^(?:introduction(?: and background)?|background and introduction|context)$/,
  },
  {
    part: "background",
    pattern: /^(?:background(?:[ /]+supporting papers)?|supporting papers|background papers|appendices)$/,
  },
  {
    part: "issues",
    pattern: /^(?:issues for consideration|issues|proposal|the proposal|options(?: considered)?)$/,
  },
  {
    part: "financial",
    pattern:
      /^(?:financial comments|financial implications|finance comments|financial|finance|financial and resource implications|resources?)$/,
  },
  { part: "legal", pattern: /^(?:legal comments|legal implications|legal)$/ },
  {
    part: "commercial",
    pattern: /^(?:commercial issues|commercial comments|commercial implications|procurement)$/,
  },
  { part: "declaration", pattern: /^(?:originating officer declaration)$/ },
  {
    part: "other",
    pattern:
      /^(?:equality comments|equalities comments|equality implications|gdpr and data privacy|gdpr|data privacy|public health approach|risks?|risk management|public access to information|part 1 deferral|part 2 confidentiality|signed decision document|non-confidential facts and advice to .{1,80}|part i(?: -| –)? non-confidential facts and advice to .{1,80}|part (?:i|1|one)|personal information|environmental implications|other implications|consultation)$/,
  },
];

/** Heading text made comparable: marks, numbering and colon removed, spaces single, lower case. */
export function headingKey(text: string): string {
  let s = text;
  // Each step only where it has something to do: this runs on every short line of every decision text.
  if (s.includes("<")) s = s.replace(/<[^>]{0,20}>/g, "");
  if (marks.test(s)) s = s.replace(/[*_#]/g, "");
  s = s.replace(/[:.]\s*$/, "");
  if (oddSpace.test(s)) s = s.replace(/\s+/g, " ");
  return s.trim().toLowerCase();
}
const marks = /[*_#]/;
const oddSpace = /[^\S ]|  /;

export function sectionPartOf(heading: string): SectionPart | null {
  if (heading.length > 240) return null;
  const key = headingKey(heading);
  if (!key || key.length > 120) return null;
  for (const h of SECTION_HEADINGS) if (h.pattern.test(key)) return h.part;
  return null;
}

/** Verbs that open a numbered recommendation ("1. Approve …"), never a section heading. */
export const RECOMMENDATION_VERBS =
  /^(?:approve|agree|note|notes|delegate|authorise|authorize|endorse|confirm|release|award|allocate|accept|grant|extend|vary|commit|support|request|give|provide|fund|continue|consider)\b/i;
