/**
 * The roles that decide, sign or are consulted on a decision, as data. Each role is a canonical name and the ways
 * documents write it ("Deputy Mayor, Policing and Crime", "DMPC"). Roles of other bodies are added here.
 */
export interface RoleForm {
  role: string;
  pattern: RegExp;
}

export const ROLE_FORMS: readonly RoleForm[] = [
  {
    role: "Deputy Mayor for Policing and Crime",
    pattern: /\bDeputy Mayor(?:[ \t]+for|,)?[ \t]+Policing[ \t]+(?:and|&)[ \t]+Crime\b|\bDMPC\b/i,
  },
  {
    role: "Deputy Mayor for Fire and Resilience",
    pattern: /\bDeputy Mayor(?:[ \t]+for|,)?[ \t]+Fire(?:[ \t]+(?:and|&)[ \t]+Resilience)?\b/i,
  },
  { role: "Chief Executive Officer", pattern: /\bChief Executive(?:[ \t]+Officer)?\b|\bCEO\b/ },
  { role: "Chief Finance Officer", pattern: /\bChief Finan(?:ce|cial)[ \t]+Officer\b|\bCFO\b/ },
  {
    role: "Commissioner of Police of the Metropolis",
    pattern: /\bCommissioner of (?:Police of )?the Metropolis\b/i,
  },
  { role: "Mayor of London", pattern: /(?<!Deputy[ \t]+)\bMayor of London\b/i },
  // The GLA's officers who sign off a Mayoral Decision before the Mayor approves it.
  { role: "Executive Director, Resources", pattern: /\bExecutive Director(?:,|[ \t]+of)?[ \t]+Resources\b/i },
  { role: "Chief of Staff", pattern: /\bChief of Staff\b/i },
  {
    role: "Police and Crime Commissioner",
    pattern: /\bPolice(?:,)? (?:Fire )?(?:and|&) Crime Commissioner\b|\bPCC\b/,
  },
];

/**
 * Generic role phrases for bodies not listed above: "Deputy Mayor for Housing", "Deputy Mayor, Housing",
 * "Executive Director of Resources", "Director of Finance". The captured name is kept as written.
 */
export const GENERIC_ROLE_FORMS: readonly { pattern: RegExp; spell: (m: RegExpExecArray) => string }[] = [
  {
    pattern:
      /\bDeputy Mayor(?:[ \t]+for|,)[ \t]+([A-Z][A-Za-z]*(?:,?[ \t]+(?:and|&|of|the|[A-Z][A-Za-z]*))*)/,
    spell: (m) => `Deputy Mayor for ${tidy(m[1] ?? "")}`,
  },
  {
    pattern:
      /\b((?:Executive |Assistant |Interim |Acting )?Director(?:[ \t]+(?:of|for)[ \t]+[A-Z][A-Za-z]*(?:[ \t]+(?:and|&|of|the|[A-Z][A-Za-z]*))*)?)/,
    spell: (m) => tidy(m[1] ?? ""),
  },
  // "The Mayor", or "Mayor" opening the text ("Mayor approves …" once "That the" is read off), not "Mayor's Office".
  {
    pattern: /(?<!Deputy[ \t]+)\bThe Mayor\b|^Mayor\b(?![’']|[ \t]+(?:of|for)\b)/,
    spell: () => "Mayor of London",
  },
];

function tidy(s: string): string {
  return s
    .replace(/[ \t]+/g, " ")
    .replace(/\s+(?:and|&|of|the)$/i, "")
    .trim();
}

const roleWord = /Mayor|DMPC|Chief|CEO|CFO|Commissioner|PCC|Director/i;

/** A role named in `text`, canonical where it is a known one: the earliest-written role wins. */
export function roleIn(text: string): { role: string; index: number; length: number } | null {
  // Every form below needs one of these words; most lines have none, so ten patterns are not tried on them.
  if (!roleWord.test(text)) return null;
  let best: { role: string; index: number; length: number } | null = null;
  for (const form of ROLE_FORMS) {
    const m = form.pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { role: form.role, index: m.index, length: m[0].length };
  }
  if (best) return best;
  for (const form of GENERIC_ROLE_FORMS) {
    const m = form.pattern.exec(text);
    if (m && (!best || m.index < best.index))
      best = { role: form.spell(m), index: m.index, length: m[0].length };
  }
  return best;
}

/** True when a whole line is just a role (a signature block's heading): "Interim Chief Executive Officer". */
export function isRoleLine(line: string): boolean {
  const bare = line
    .replace(/<[^>]{0,20}>/g, "")
    .replace(/[#*_:]/g, "")
    .trim();
  if (!bare || bare.length > 70) return false;
  const r = roleIn(bare);
  if (!r) return false;
  const rest = (bare.slice(0, r.index) + bare.slice(r.index + r.length))
    .replace(/\b(?:Interim|Acting|Deputy|the|for|The)\b/g, "")
    .trim();
  return rest.length === 0;
}

/** A role named in a text, and where. */
export interface RoleAt {
  role: string;
  index: number;
  end: number;
}

/** Every role named in the text, in order, with where each stands. */
export function rolesIn(text: string): RoleAt[] {
  const out: RoleAt[] = [];
  let from = 0;
  while (from < text.length && out.length < 12) {
    const r = roleIn(text.slice(from));
    if (!r) break;
    out.push({ role: r.role, index: from + r.index, end: from + r.index + r.length });
    from += r.index + Math.max(r.length, 1);
  }
  return out;
}
