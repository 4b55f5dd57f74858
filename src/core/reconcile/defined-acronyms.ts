/**
 * The acronyms a document defines, as pairs of the long name and the acronym: "London Stalking Threat Assessment
 * Centre (S-TAC)" gives ["London Stalking Threat Assessment Centre", "S-TAC"] and, because the acronym spells the
 * initials of its last four words, ["Stalking Threat Assessment Centre", "S-TAC"] too. The initials skip small words
 * ("of", "and", "to"), or keep them where the acronym does ("Community Alliance to Combat Hate (CATCH)"). A bracketed word is taken as
 * an acronym only where its letters are the initials of the words before it, so "(2023)" or "(DMPC)" after an
 * unrelated phrase define nothing.
 */
const SMALL_WORDS = new Set(["of", "and", "for", "the", "in", "on", "to", "&"]);

export function definedAcronyms(text: string): [string, string][] {
  const out: [string, string][] = [];
  const pattern = /\(([A-Z][A-Za-z0-9&-]{1,14})\)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
    if (letters.length < 2) continue;
    const lineStart = Math.max(text.lastIndexOf("\n", m.index) + 1, m.index - 160);
    const words = text
      .slice(lineStart, m.index)
      .split(/\s+/)
      .filter((w) => w !== "");
    // The run of capitalised words (and small joining words) just before the bracket.
    let first = words.length;
    while (first > 0) {
      const w = words[first - 1]!;
      if (/^[A-Z]/.test(w) || SMALL_WORDS.has(w.toLowerCase())) first--;
      else break;
    }
    const run = words.slice(first).map((w) => w.replace(/[^\w&'’-]+$/g, ""));
    while (run.length && SMALL_WORDS.has(run[0]!.toLowerCase())) run.shift();
    for (let from = 0; from < run.length - 1; from++) {
      const words = run.slice(from);
      const initials = (list: string[]) => list.map((w) => w[0]!.toUpperCase()).join("");
      // Most acronyms skip the small words; some keep them ("Community Alliance to Combat Hate (CATCH)").
      const skipping = initials(words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())));
      if (skipping === letters || initials(words) === letters) {
        if (from > 0) out.push([run.join(" "), acronym]);
        out.push([run.slice(from).join(" "), acronym]);
        break;
      }
    }
  }
  return out;
}
