import { definedAcronyms } from "./defined-acronyms";

/**
 * Budget line names compared the way an analyst reads them: case, spaces and punctuation do not count ("S-TAC",
 * "STAC" and "s tac" are one line), and names known to mean the same line (an alias list, or an acronym a decision
 * defines: "London Stalking Threat Assessment Centre (S-TAC)") are one line. Each distinct name is reduced once.
 */
export function lineKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

export class LineNames {
  private readonly parent = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  /** `aliases`: a name and the other names it goes by, e.g. { "S-TAC": ["London Stalking Threat Assessment Centre"] }. */
  constructor(aliases: Readonly<Record<string, readonly string[]>> = {}) {
    for (const [name, others] of Object.entries(aliases)) for (const o of others) this.alias(name, o);
  }

  /** Declares two names to be the same line. */
  alias(a: string, b: string): void {
    const ka = this.root(lineKey(a));
    const kb = this.root(lineKey(b));
    if (ka === "" || kb === "" || ka === kb) return;
    // The shorter key (usually the acronym) becomes the shared one, so results do not depend on declaration order.
    const [keep, drop] = ka.length < kb.length || (ka.length === kb.length && ka < kb) ? [ka, kb] : [kb, ka];
    this.parent.set(drop, keep);
    this.cache.clear();
  }

  /**
   * Learns the acronym a name gives itself: "Community Alliance to Combat Hate (CATCH)" is then one line with the
   * long name and with the acronym. Learn every name before asking for keys: a key given out earlier is not changed.
   */
  learn(name: string): void {
    if (!name.endsWith(")")) return;
    for (const [long, short] of definedAcronyms(name)) {
      this.alias(long, short);
      this.alias(name, short);
    }
  }

  /** The key a name is matched on ("" for a name with no letters or digits). */
  key(name: string): string {
    let k = this.cache.get(name);
    if (k === undefined) {
      k = this.root(lineKey(name));
      this.cache.set(name, k);
    }
    return k;
  }

  private root(key: string): string {
    let k = key;
    for (let p = this.parent.get(k); p !== undefined; p = this.parent.get(k)) k = p;
    return k;
  }
}
