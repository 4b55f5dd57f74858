import type { DecisionDocument } from "./decision-document";
import type { RefMention } from "./decision-ref";
import { sectionPartOf } from "./section-headings";
import type { TextLine } from "./text-lines";

const titleLabel = /^(?:[#*_ \t]*)(?:decision[ \t]+)?title[*_ \t]*:[*_ \t]*(.*)$/i;
const keyInformation = /^(?:[#*_ \t]*)key information[*_ \t:]*$/i;
const wrapsOn = /(?:\b(?:and|or|of|for|the|to|in|on|with|a|an)|[&,–-])$/i;
const navigation = /^(?:home|skip to .*|menu|search|.*\blogo\b.*|back|breadcrumb.*|you are here.*|share.*)$/i;
/**
 * A section heading the PDF's text ran on into the title's line ("Title: Helpline Extension Executive Summary: This
 * decision …"): the title ends before it.
 */
const runOnHeading =
  /[ \t]+(?:executive[ \t]+summary|recommendations?|decision[ \t]+required|key[ \t]+information)[ \t]*:.*$/i;
/** A title line this long was probably wrapped by the PDF's page width. */
const WRAP_WIDTH = 60;

/**
 * The decision's title: after "Title:" (joined with its next line where the PDF wrapped it), else the web page's
 * "PCD 1234 <title>" line, else the heading just before "Key information". Markdown marks are removed.
 */
export function decisionTitle(
  doc: DecisionDocument,
  lines: readonly TextLine[],
  own: RefMention | null,
): string | null {
  return (
    labelledTitle(doc, lines) ??
    refLineTitle(lines, own) ??
    titleBeforeKeyInformation(lines) ??
    headingTitle(lines)
  );
}

/** Letterhead lines that head a document but are not its title. */
const LETTERHEAD =
  /^(?:mayor of london|office for policing and crime|mopac|greater london authority|london assembly|mayor of london office for policing and crime)$|\bdecision\b[ \t]*[-–:]|^(?:key information|executive summary)$/i;

/** A markdown heading near the top that is not letterhead, a section heading or the decision's reference line. */
function headingTitle(lines: readonly TextLine[]): string | null {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.trimmed;
    if (!t.startsWith("#")) continue;
    const title = clean(t);
    if (!title || LETTERHEAD.test(title) || sectionPartOf(title) || title.split(/\s+/).length < 2) continue;
    return title;
  }
  return null;
}

function clean(s: string): string {
  return s
    .replace(/<\/?[a-z]{1,6}>/gi, "")
    .replace(/\*\*|__/g, "")
    .replace(/^#+[ \t]*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function labelledTitle(doc: DecisionDocument, lines: readonly TextLine[]): string | null {
  const limit = Math.min(lines.length, 300);
  for (let i = 0; i < limit; i++) {
    const m = titleLabel.exec(lines[i]!.trimmed);
    if (!m) continue;
    let title = clean(m[1] ?? "");
    let j = i;
    if (!title) {
      const next = nextNonEmpty(lines, i);
      if (next === null || isHeadingLine(doc, lines[next]!)) return null;
      title = clean(lines[next]!.trimmed);
      j = next;
    }
    const last = lines[j]!.trimmed;
    if (last.length >= WRAP_WIDTH || wrapsOn.test(title)) {
      const next = nextNonEmpty(lines, j, 1);
      if (next !== null && continuesTitle(doc, lines[next]!))
        title = `${title} ${clean(lines[next]!.trimmed)}`;
    }
    return title.replace(runOnHeading, "") || null;
  }
  return null;
}

function nextNonEmpty(lines: readonly TextLine[], i: number, maxBlank = 2): number | null {
  let blanks = 0;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.trimmed) return j;
    if (++blanks > maxBlank) return null;
  }
  return null;
}

function isHeadingLine(doc: DecisionDocument, line: TextLine): boolean {
  return doc.sections.some((s) => s.start === line.start) || sectionPartOf(line.trimmed) !== null;
}

function continuesTitle(doc: DecisionDocument, line: TextLine): boolean {
  const t = line.trimmed;
  if (t.length > 120 || isHeadingLine(doc, line)) return false;
  if (/^(?:#|-|\||\d+[.)]|•)/.test(t) || /:\**$/.test(t) || t.includes("\t")) return false;
  if (/[.;!?]$/.test(t) && t.split(/\s+/).length > 12) return false;
  return true;
}

function refLineTitle(lines: readonly TextLine[], own: RefMention | null): string | null {
  if (!own) return null;
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.trimmed.replace(/^[#*_ \t]+/, "");
    if (!t.startsWith(own.quote)) continue;
    const rest = clean(t.slice(own.quote.length).replace(/^[ \t]*[-–:][ \t]*/, ""));
    if (
      rest.split(/\s+/).length >= 2 &&
      !/\b(?:was|were|is|has|had)\b/.test(rest.split(/\s+/).slice(0, 3).join(" "))
    ) {
      return rest;
    }
  }
  return null;
}

function titleBeforeKeyInformation(lines: readonly TextLine[]): string | null {
  const limit = Math.min(lines.length, 200);
  for (let i = 0; i < limit; i++) {
    if (!keyInformation.test(lines[i]!.trimmed)) continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
      const t = clean(lines[j]!.trimmed);
      if (!t) continue;
      seen++;
      if (navigation.test(t) || t.split(/\s+/).length < 2) continue;
      return t;
    }
    return null;
  }
  return null;
}
