import type { DocumentSection, SectionPart } from "./decision-document";
import { isRoleLine } from "./decision-roles";
import { RECOMMENDATION_VERBS, sectionPartOf } from "./section-headings";
import type { TextLine } from "./text-lines";

interface Heading {
  lineIndex: number;
  start: number;
  heading: string;
  part: SectionPart;
  number: string | null;
  quote: string;
  offset: number;
}

const markdownLead = /^(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*/;
const numbered = /^(\d{1,2})\.?[ \t]+(.{2,120})$/;
const inlineLabel =
  /^([A-Za-z][A-Za-z0-9 /&'-]{1,60}?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(\S.*)?$/;
const signatureWords = /\bI have been consulted\b|^(?:\S+[ \t]+){0,3}Signature\b|^Date\b|^Signed\b/i;
const approvalWords = /\bmy approval\b|\bI confirm I have considered\b|\bI approve\b/i;

/**
 * The document's sections, each from its heading to the next heading. A heading is a line that is:
 * - a known heading ("Executive Summary:", "**Recommendation:**", "#### 3. Financial Comments", "Financial Comments"
 *   on its own line after a "-" bullet line), or a known label opening a line ("Title: …", "Recommendation: The …");
 * - a numbered heading ("6. Public Health Approach") followed by its numbered paragraphs ("6.1");
 * - a role on its own line ("Deputy Mayor for Policing and Crime", "Chief Executive Officer"): a signature block,
 *   part "approval" where it holds the decision maker's approval, else "signature".
 * Numbered recommendations ("1. Approve …") and sentences are never headings.
 */
export function readSections(text: string, lines: readonly TextLine[]): DocumentSection[] {
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt(lines, i);
    if (h) headings.push(h);
  }
  return headings.map((h, k) => {
    const next = headings[k + 1];
    return {
      start: h.start,
      end: next ? next.start : text.length,
      heading: h.heading,
      part: h.part,
      number: h.number,
      headingQuote: { quote: h.quote, offset: h.offset },
    };
  });
}

function headingAt(lines: readonly TextLine[], i: number): Heading | null {
  const line = lines[i]!;
  const t = line.trimmed;
  if (!t || t.includes("\t")) return null;
  const lead = markdownLead.exec(t)?.[0].length ?? 0;
  const body = t.slice(lead);
  const bodyOffset = line.trimStart + lead;
  // Whole-line headings are short: a long line can only open with a label ("Recommendation: The …").
  const clean = body.length <= 160 && wordCountAtMost(body, 16) ? stripMarks(body) : "";

  const part = clean ? sectionPartOf(clean) : null;
  if (part) {
    return make(line, clean, part, null, body, bodyOffset);
  }

  const n = clean ? numbered.exec(body) : null;
  if (n) {
    const num = n[1]!;
    const title = stripMarks(n[2]!);
    const known = sectionPartOf(title);
    if (known) return make(line, title, known, num, body, bodyOffset);
    if (looksLikeHeadingTitle(title) && paragraphFollows(lines, i, num)) {
      return make(line, title, "other", num, body, bodyOffset);
    }
    return null;
  }

  const colon = body.indexOf(":");
  const label = colon > 0 && colon < 100 ? inlineLabel.exec(body) : null;
  if (label) {
    const known = sectionPartOf(label[1]!);
    if (known) {
      const q = body.slice(0, label[1]!.length);
      return make(line, stripMarks(label[1]!), known, null, q, bodyOffset);
    }
  }

  if (clean && isRoleLine(clean)) {
    const words = signatureWordsFollow(lines, i);
    if (words) return make(line, clean, words, null, body, bodyOffset);
  }
  return null;
}

function wordCountAtMost(s: string, n: number): boolean {
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32 && ++words > n) return false;
  return true;
}

function make(
  line: TextLine,
  heading: string,
  part: SectionPart,
  number: string | null,
  quote: string,
  offset: number,
): Heading {
  const q = quote.replace(/[ \t]+$/, "");
  return { lineIndex: line.index, start: line.start, heading, part, number, quote: q, offset };
}

function stripMarks(s: string): string {
  let out = s;
  if (out.includes("<")) out = out.replace(/<\/?[a-z]{1,6}>/gi, "");
  if (out.includes("**") || out.includes("__")) out = out.replace(/\*\*|__/g, "");
  if (out.includes(":")) out = out.replace(/[ \t]*:[ \t]*$/, "");
  return out.trim();
}

function looksLikeHeadingTitle(title: string): boolean {
  if (!/^[A-Z]/.test(title)) return false;
  if (/[.;,£$€]$/.test(title) || title.includes("£")) return false;
  if (RECOMMENDATION_VERBS.test(title)) return false;
  return title.split(/\s+/).length <= 8;
}

/** A numbered paragraph "n.1" within the next few lines makes "n. Title" a heading. */
function paragraphFollows(lines: readonly TextLine[], i: number, num: string): boolean {
  const want = new RegExp(`^(?:[-•*][ \\t]+)?(?:\\*\\*)?${num}\\.1\\b`);
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 6; j++) {
    const t = lines[j]!.trimmed;
    if (!t) continue;
    seen++;
    if (want.test(t)) return true;
  }
  return false;
}

/** "approval" when the decision maker's words follow the role line, "signature" for another signature block. */
function signatureWordsFollow(lines: readonly TextLine[], i: number): SectionPart | null {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 5; j++) {
    const t = lines[j]!.trimmed;
    if (!t) continue;
    seen++;
    if (approvalWords.test(t)) return "approval";
    if (signatureWords.test(t)) return "signature";
  }
  return null;
}

/** The sections of one part, in document order. */
export function sectionsOf(sections: readonly DocumentSection[], part: SectionPart): DocumentSection[] {
  return sections.filter((s) => s.part === part);
}

/** The section holding an offset, or null before the first heading. */
export function sectionAt(sections: readonly DocumentSection[], offset: number): DocumentSection | null {
  let lo = 0;
  let hi = sections.length - 1;
  let found: DocumentSection | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid]!;
    if (s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset < found.end ? found : null;
}
