import { REF_FORMS, OWN_REF_HEADING, OWN_REF_LABEL, spellRef } from "./decision-ref-forms";
import { textLines, type TextLine } from "./text-lines";

/** A decision reference found in text: its normalised form and where it is written. */
export interface RefMention {
  ref: string;
  series: string;
  num: string;
  year: string | null;
  quote: string;
  offset: number;
}

/**
 * Every decision reference in the text, in text order, normalised: "PCD1234" → "PCD 1234", "PCD 0099" → "PCD 99",
 * "DMPCD 2014/23" → "DMPCD 2014 23", "DMPC PDC 174" → "DMPCD 174", "MD 1434" → "MD1434". Where two forms overlap
 * the earlier, longer one wins.
 */
export function findDecisionRefs(text: string): RefMention[] {
  const found: RefMention[] = [];
  for (const form of REF_FORMS) {
    // Every form opens with its series' letters ("DMPC" for both DMPCD forms): where they are absent, as most
    // series are from most documents, the pattern need not be run over the text.
    if (!text.includes(literalOf(form.series))) continue;
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const num = String(Number(m.groups?.num ?? "0"));
      const year = m.groups?.year ?? null;
      found.push({
        ref: spellRef(form, num, year),
        series: form.series,
        num,
        year,
        quote: m[0],
        offset: m.index,
      });
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.quote.length - a.quote.length);
  const out: RefMention[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.offset < reach) continue;
    out.push(f);
    reach = f.offset + f.quote.length;
  }
  return out;
}

/** The letters every match of a series' patterns contains: "DMPC" for "DMPCD" (also written "DMPC Decision"). */
function literalOf(series: string): string {
  return series === "DMPCD" ? "DMPC" : series;
}

/** True when two references name the same decision: "DMPCD 143" and "DMPCD 2014 143". */
export function sameDecision(a: RefMention, b: RefMention): boolean {
  if (a.ref === b.ref) return true;
  return a.series === b.series && a.num === b.num && (a.year === null || b.year === null);
}

/**
 * The document's own reference: the labelled one ("Reference code: PCD 99"), else one on a heading line after
 * "Decision" ("DMPC Decision – PCD 1234"), else one opening a line near the top ("PCD 1234 Award of …"),
 * else the first reference in the document's first lines. Null when there is none.
 */
export function findOwnRef(
  text: string,
  refs: readonly RefMention[],
  lines: readonly TextLine[] = textLines(text),
): RefMention | null {
  if (refs.length === 0) return null;
  let best: RefMention | null = null;
  let bestScore = 0;
  let lineIdx = 0;
  let nonEmptyBefore = 0;
  for (const r of refs) {
    while (lineIdx + 1 < lines.length && lines[lineIdx + 1]!.start <= r.offset) {
      if (lines[lineIdx]!.trimmed) nonEmptyBefore++;
      lineIdx++;
    }
    const line = lines[lineIdx];
    if (!line) continue;
    const before = text.slice(line.start, r.offset);
    const words = line.trimmed.split(/\s+/).length;
    let score = 0;
    if (OWN_REF_LABEL.test(before)) score = 100;
    else if (OWN_REF_HEADING.test(before) && words <= 12) score = 90;
    else if (
      /^[#*_ \t]*$/.test(before) &&
      nonEmptyBefore < 40 &&
      !/\b(?:was|were|is|has|had)\b/.test(line.trimmed)
    )
      score = 60;
    else if (nonEmptyBefore < 12 && words <= 12) score = 30;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
    if (bestScore === 100) break;
  }
  return best;
}
