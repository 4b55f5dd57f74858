import type { DecisionDocument, DocumentSection } from "./decision-document";
import { RECOMMENDATION_VERBS } from "./section-headings";
import { flatten, sentenceAround } from "./sentence-bounds";
import { lineIndexAt, textLines, type TextLine } from "./text-lines";

/** One recommendation: "Approve the award of …", with its span in the text and its words on one line. */
export interface RecommendationItem {
  start: number;
  end: number;
  /** The item's text with line breaks and "-" bullet lines flattened to spaces (for reading words only). */
  words: string;
  section: DocumentSection;
  /** True where it is a lettered or roman-numbered sub-item ("(a) award grants …") of the recommendation before. */
  lettered: boolean;
  /** True where it is a bulleted item ("• up to £640,000 for …", "- …"). */
  bulleted: boolean;
}

const marker =
  /^(?:[-•*▪◦](?:[ \t]+|$)|\(?\d{1,2}[.)](?:[ \t]+|$)|\(?[a-h][.)](?:[ \t]+|$)|\(?(?:i|ii|iii|iv|v|vi|vii|viii)\)(?:[ \t]+|$))/;
/** A bullet: "•", "-", "*". */
const bulletMarker = /^[-•*▪◦]/;
/** A sub-item's marker: "(a)", "b)", "(iv)". */
const letteredMarker = /^\(?(?:[a-h]|i|ii|iii|iv|v|vi|vii|viii)\)/;

/**
 * The recommendations of every Recommendation section, one item per numbered or bulleted recommendation. A
 * recommendation may run over several lines and over "-" bullet lines (web text): a new item starts only after
 * one that ended (".", ";", ":") or where the next line opens with a recommending verb ("Approve", "Note", …).
 */
export function recommendationItems(
  doc: DecisionDocument,
  lines: readonly TextLine[] = textLines(doc.text),
): RecommendationItem[] {
  const items: RecommendationItem[] = [];
  for (const section of doc.sections) {
    if (section.part !== "recommendation") continue;
    const bodyStart = section.headingQuote.offset + section.headingQuote.quote.length;
    let current: { start: number; end: number; lettered: boolean; bulleted: boolean } | null = null;
    let lastContent = "";
    const close = (): void => {
      if (current && current.end > current.start) {
        items.push({ ...current, words: flatten(doc.text.slice(current.start, current.end)), section });
      }
      current = null;
    };
    const first = lineIndexAt(lines, bodyStart);
    for (let i = first; i < lines.length && lines[i]!.start < section.end; i++) {
      const line = lines[i]!;
      let from = Math.max(line.trimStart, bodyStart);
      let content = doc.text.slice(from, line.trimStart + line.trimmed.length);
      const lead = /^[ \t*:_]*/.exec(content)?.[0].length ?? 0;
      from += lead;
      content = content.slice(lead);
      if (!content) continue;
      const m = marker.exec(content);
      let startsItem = Boolean(m);
      if (m) {
        from += m[0].length;
        content = content.slice(m[0].length);
        if (!content) continue; // "-" alone: the next line carries the item
      }
      const cur = current as { start: number; end: number } | null;
      if (cur) {
        const ended = /[.;:!?]$/.test(lastContent);
        const verb = RECOMMENDATION_VERBS.test(content) && /^[A-Z]/.test(content);
        // "1. … subject to contract; and" then "2. approves disposal costs …": a list joined by "and" or "or".
        const joined = m !== null && /[ \t](?:and|or)$/.test(lastContent);
        startsItem = ended || verb || joined;
        if (!startsItem) {
          cur.end = line.trimStart + line.trimmed.length;
          lastContent = content;
          continue;
        }
      }
      close();
      current = {
        start: from,
        end: line.trimStart + line.trimmed.length,
        lettered: letteredMarker.test(m?.[0] ?? ""),
        bulleted: bulletMarker.test(m?.[0] ?? ""),
      };
      lastContent = content;
    }
    close();
  }
  return items;
}

const APPROVING = /\b(?:approv\w*|agree\w*|authoris\w*|authoriz\w*|endorse\w*)\b/i;

/**
 * Where a document has no Recommendation section (a PDF that lost its headings), the sentences of its summary
 * that approve money stand in for the recommendations.
 */
export function approvingSentences(doc: DecisionDocument): RecommendationItem[] {
  const summary = doc.sections.find((s) => s.part === "summary");
  if (!summary) return [];
  const items: RecommendationItem[] = [];
  let last = -1;
  for (const m of doc.money) {
    if (m.offset < summary.start) continue;
    if (m.offset >= summary.end) break;
    const b = sentenceAround(doc.text, m.offset);
    if (b.start <= last) continue;
    const words = flatten(doc.text.slice(b.start, b.end));
    if (!APPROVING.test(words)) continue;
    items.push({ start: b.start, end: b.end, words, section: summary, lettered: false, bulleted: false });
    last = b.start;
  }
  return items;
}

/** The numbering of a recommendation item: "2. ", "b) ", "(iii) ", "1.2. ", "- ". */
const ITEM_MARK = /^[ \t]*(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})?[.)]|\(?[a-z]{1,4}[.)]|[-•*])?[ \t]*/i;

/**
 * The words of the line holding `offset`, from after its item's numbering up to `offset`: "Note that ongoing costs of
 * approximately " for a figure in "2. Note that ongoing costs of approximately £1.8m …".
 */
export function itemWordsBefore(text: string, offset: number): string {
  const line = text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);
  return line.slice(ITEM_MARK.exec(line)![0].length);
}
