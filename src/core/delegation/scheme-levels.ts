import { ReconcilerError } from "../errors";
import type { DelegationScheme, Level } from "./delegation-scheme";
import { containsWords, normaliseWords } from "./normalise-words";

/** The level with this id, or BAD_ARGUMENT listing the scheme's levels. */
export function schemeLevel(scheme: DelegationScheme, id: string): Level {
  const level = scheme.levels.find((l) => l.id === id);
  if (level) return level;
  throw new ReconcilerError(
    "BAD_ARGUMENT",
    `unknown level ${JSON.stringify(id)}; ${scheme.name} has levels ${scheme.levels.map((l) => l.id).join(", ")}`,
  );
}

/**
 * The level a role names, read the way decisions write it: "Deputy Mayor for Policing and Crime", "Sophie Linden,
 * Deputy Mayor, Policing and Crime", "Interim Chief Executive Officer", "Director of Strategic Procurement". The
 * longest title or alias found as whole words wins (so a person's name or "Interim" around it does not matter);
 * null when none is found.
 */
export function levelForRole(scheme: DelegationScheme, roleText: string): Level | null {
  const text = normaliseWords(roleText);
  if (!text) return null;
  let best: { level: Level; length: number } | null = null;
  for (const level of scheme.levels) {
    for (const name of [level.id, level.title, ...level.aliases].map(normaliseWords)) {
      if (containsWords(text, name) && (!best || name.length > best.length))
        best = { level, length: name.length };
    }
  }
  return best?.level ?? null;
}

/** True when level A is at least as senior as level B (A's rank ≤ B's). Levels are ids or Level objects. */
export function isAtLeastAsSenior(
  scheme: DelegationScheme,
  levelA: string | Level,
  levelB: string | Level,
): boolean {
  const a = schemeLevel(scheme, typeof levelA === "string" ? levelA : levelA.id);
  const b = schemeLevel(scheme, typeof levelB === "string" ? levelB : levelB.id);
  return a.rank <= b.rank;
}
