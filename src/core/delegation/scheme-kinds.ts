import { ReconcilerError } from "../errors";
import type { DelegationScheme, SchemeKind } from "./delegation-scheme";
import { containsWords, normaliseWords } from "./normalise-words";

/** The kind ids the scheme knows, in file order ("business-case", "grant", …). */
export function knownKinds(scheme: DelegationScheme): string[] {
  return scheme.kinds.map((k) => k.id);
}

function namesOf(kind: SchemeKind): string[] {
  return [kind.id, kind.label, ...kind.aliases].map(normaliseWords);
}

/**
 * The kind a user named: its id, label or one of its aliases, compared ignoring case and punctuation
 * ("business case", "Grant variation"). Anything else → UNKNOWN_KIND listing the known kinds.
 */
export function resolveKind(scheme: DelegationScheme, kindText: string): SchemeKind {
  const wanted = normaliseWords(kindText);
  const byId = scheme.kinds.find((k) => k.id === kindText);
  const found = byId ?? scheme.kinds.find((k) => namesOf(k).includes(wanted));
  if (found) return found;
  throw new ReconcilerError(
    "UNKNOWN_KIND",
    `unknown kind ${JSON.stringify(kindText)}; ${scheme.name} knows ${knownKinds(scheme).join(", ")}`,
  );
}

/**
 * Maps the words an approval uses for what it approves ("contract", "grant variation", "funding", "business case",
 * "award of grant funding to …") to a kind id of the scheme, or null when none fits. An exact id, label or alias
 * wins; otherwise the longest alias found as whole words in the text.
 */
export function kindForApproval(scheme: DelegationScheme, approvalKind: string): string | null {
  const text = normaliseWords(approvalKind);
  if (!text) return null;
  let best: { id: string; length: number } | null = null;
  for (const kind of scheme.kinds) {
    for (const name of namesOf(kind)) {
      if (name === text) return kind.id;
      if (containsWords(text, name) && (!best || name.length > best.length))
        best = { id: kind.id, length: name.length };
    }
  }
  return best?.id ?? null;
}
