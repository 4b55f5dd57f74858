import type { Pence } from "../money/pence";
import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";

/** One recipient's share of an approval, as the text states it: "£45,000 to Safer London". */
export interface RecipientShare {
  recipient: string;
  pence: Pence;
  quote: string;
  offset: number;
}

/** The names in a list of recipients: "Safer London, St Giles Trust, Abianda and Power the Fight". */
function listedNames(recipients: string): string[] {
  return recipients
    .split(/,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+/)
    .map((n) => n.replace(/^the[ \t]+/i, "").trim())
    .filter((n) => n.length > 1);
}

const TO = /^[ \t\n]*(?:each[ \t\n]+)?to[ \t\n]+(?:the[ \t\n]+)?/i;
/** A name ends where a word does: "Abianda" is not the start of "Abiandas". */
const NAME_GOES_ON = /^[\w'’&-]/;

/** Where the paragraph holding `offset` starts: its numbered paragraph, else its line. */
function blockStart(doc: DecisionDocument, offset: number): number {
  for (const p of doc.paragraphs) if (p.start <= offset && offset < p.end) return p.start;
  return doc.text.lastIndexOf("\n", offset) + 1;
}

/**
 * What the text says each of an approval's recipients is paid, where the Recommendation names them in a list and one
 * paragraph outside it shares the money out ("The proposed grants are £45,000 to Safer London and £60,000 to St Giles
 * Trust …; £38,000 to Abianda …"): one share per recipient, in the order written. Null unless one paragraph names a
 * sum for every recipient on the list, each once. Tables and the Recommendation itself are not read (their parts are
 * read as approvals and allocations).
 */
export function recipientShares(doc: DecisionDocument, approval: Approval): RecipientShare[] | null {
  if (approval.recipient === null) return null;
  const names = listedNames(approval.recipient);
  if (names.length < 2) return null;
  const byBlock = new Map<number, RecipientShare[]>();
  for (const m of doc.money) {
    if (m.pence <= 0 || doc.tables.some((t) => t.start <= m.offset && m.offset < t.end)) continue;
    if (doc.sections.some((s) => s.part === "recommendation" && s.start <= m.offset && m.offset < s.end))
      continue;
    const end = m.offset + m.quote.length;
    const after = doc.text.slice(end, end + 160);
    const to = TO.exec(after);
    if (to === null) continue;
    const rest = after.slice(to[0].length);
    const name = names.find((n) => rest.startsWith(n) && !NAME_GOES_ON.test(rest.slice(n.length)));
    if (name === undefined) continue;
    const start = blockStart(doc, m.offset);
    const shares = byBlock.get(start) ?? [];
    shares.push({ recipient: name, pence: m.pence, quote: m.quote, offset: m.offset });
    byBlock.set(start, shares);
  }
  for (const shares of byBlock.values()) {
    const named = new Set(shares.map((s) => s.recipient));
    if (named.size === names.length && shares.length === names.length) return shares;
  }
  return null;
}
