import type { DecisionDocument } from "./decision-document";
import { roleIn } from "./decision-roles";
import type { TextLine } from "./text-lines";

const decisionByLabel =
  /^(?:[*_ \t]*)(?:decision[ \t]+(?:by|maker|taken by)|decision-maker|approved by|decided by)[*_ \t]*:[*_ \t]*(.+)$/i;
/** "The Deputy Mayor for Policing and Crime is recommended to:", "The DMPC approves", "…, via …, is asked to:". */
const deciding =
  /\b(?:is|are)[ \t]+(?:recommended|asked|requested|invited|being asked)[ \t]+to\b|\b(?:hereby[ \t]+)?(?:approves|agrees|authorises|decides)\b/g;

/**
 * The role that decides: the web page's "Decision by:" (the role in it, not the person: "A Person (Former
 * post holder), Deputy Mayor, Policing and Crime" → "Deputy Mayor for Policing and Crime"), else the subject of "… is
 * recommended to" / "… is asked to" / "The … approves" / "That the Mayor:" above "approves …" (in the
 * Recommendation first; never one who "has been consulted … and agrees"), else the role heading the approver's
 * signature block.
 */
export function decisionMaker(doc: DecisionDocument, lines: readonly TextLine[]): string | null {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const m = decisionByLabel.exec(lines[i]!.trimmed);
    if (!m) continue;
    const r = roleIn(m[1]!);
    if (r) return r.role;
  }
  const recommendation = doc.sections.filter((s) => s.part === "recommendation");
  for (const s of recommendation) {
    const r = subjectRole(doc.text.slice(s.start, Math.min(s.end, s.start + 4000)));
    if (r) return r;
  }
  const r = subjectRole(doc.text.slice(0, 200_000));
  if (r) return r;
  const signer = doc.signatures.find((s) => s.capacity === "approver" && s.role);
  return signer?.role ?? null;
}

function subjectRole(text: string): string | null {
  deciding.lastIndex = 0;
  let tries = 0;
  for (let m = deciding.exec(text); m && tries < 50; m = deciding.exec(text), tries++) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const cut = Math.max(
      before.lastIndexOf("\n"),
      before.lastIndexOf(". "),
      before.lastIndexOf(":"),
      before.lastIndexOf(";"),
    );
    let subject = before.slice(cut + 1);
    // "That the Mayor:" / "approves …": the verb opens its line, and the subject is the lead-in above it.
    if (!subject.trim()) subject = leadIn(before.slice(0, cut + 1)) ?? "";
    subject = subject.replace(/^[ \t*_#-]*(?:That[ \t]+)?(?:The[ \t]+)?/i, "");
    // "The Deputy Mayor … has been consulted about the proposal and agrees the recommendations": a consultee.
    if (/\bconsulted\b/i.test(subject)) continue;
    const r = roleIn(subject);
    if (r && r.index === 0) return r.role;
  }
  return null;
}

/** The last non-empty line of `before` when it ends in a colon ("That the Mayor:"), without the colon. */
function leadIn(before: string): string | null {
  const lines = before.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    return line.endsWith(":") ? line.slice(0, -1) : null;
  }
  return null;
}
