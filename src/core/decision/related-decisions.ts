import { sameDecision, type RefMention } from "./decision-ref";

/**
 * The other decisions a document mentions, normalised, in order of first mention, each once: its own reference
 * (in any spelling) is left out, and "DMPCD 2014 143" is the same decision as an earlier "DMPCD 143".
 */
export function relatedDecisions(refs: readonly RefMention[], own: RefMention | null): string[] {
  const out: string[] = [];
  const exact = new Set<string>();
  const anyYear = new Set<string>();
  const noYear = new Set<string>();
  for (const r of refs) {
    if (own && sameDecision(r, own)) continue;
    const key = `${r.series} ${r.num}`;
    if (exact.has(r.ref) || (r.year === null ? anyYear.has(key) : noYear.has(key))) continue;
    exact.add(r.ref);
    anyYear.add(key);
    if (r.year === null) noYear.add(key);
    out.push(r.ref);
    if (out.length >= 500) break;
  }
  return out;
}
