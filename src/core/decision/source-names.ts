/**
 * Whether a budget line's name names a funding source: "MoJ Victims' Services Grant" (a table's row) names the
 * "Ministry of Justice Victims' Services Grant" (the words' source). Names are compared by their words, ignoring
 * case, punctuation and words such as "the" and "of"; an acronym stands for the words whose initials it spells.
 */

const FILLER = new Set(["the", "of", "and", "for", "a", "s"]);

/** The words of a name, lower case, acronyms ("MoJ", "HO") kept as written for matching. */
function tokens(name: string): string[] {
  return name.match(/[A-Za-z0-9]+/g) ?? [];
}

/** An acronym: two to six letters with at least two capitals ("MoJ", "MOPAC", "HMPPS"). */
function isAcronym(word: string): boolean {
  return /^[A-Za-z]{2,6}$/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * The words of `name` with every run of words whose initials spell an acronym of `other` replaced by it: "Ministry of
 * Justice Victims Services Grant" against "MoJ …" becomes "moj victims services grant".
 */
function wordsAgainst(name: string, other: string): Set<string> {
  const words = tokens(name);
  const acronyms = tokens(other).filter(isAcronym);
  const out = new Set<string>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (const acronym of acronyms) {
      const letters = acronym.toLowerCase();
      for (const skipFiller of [false, true]) {
        let spelled = "";
        let j = i;
        while (j < words.length && spelled.length < letters.length) {
          const w = words[j]!.toLowerCase();
          j++;
          if (skipFiller && FILLER.has(w)) continue;
          spelled += w[0];
        }
        if (spelled === letters && j - i > 1) {
          out.add(letters);
          matched = j - i;
          break;
        }
      }
      if (matched > 0) break;
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const w = words[i]!.toLowerCase();
    if (!FILLER.has(w)) out.add(w);
    i++;
  }
  return out;
}

/** True where the two names can be one source: the words of one are all among the other's. */
export function namesSameSource(a: string, b: string): boolean {
  const wa = wordsAgainst(a, b);
  const wb = wordsAgainst(b, a);
  if (wa.size === 0 || wb.size === 0) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/** The one of `sources` the line's name names, or null where it names none or several. */
export function sourceNamedByLine(line: string, sources: readonly string[]): string | null {
  const named = sources.filter((s) => namesSameSource(line, s));
  return named.length === 1 ? named[0]! : null;
}
