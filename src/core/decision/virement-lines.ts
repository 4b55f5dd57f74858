import type { DecisionDocument } from "./decision-document";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";

/**
 * The budget line a virement moves money to, named in full: "£450k from Commissioning – Neighbourhood Crime to
 * Oversight and Assurance – Data Analytics" is "Oversight and Assurance – Data Analytics". MOPAC's budget lines are
 * often a directorate and a line joined by a dash, so the name runs past the dash to the end of its clause.
 */

/** "to" and the line's name, which starts with a capital and runs to the end of its clause. */
const TO_LINE =
  /(?:^|[ \t\n])to[ \t\n]+(?:the[ \t\n]+)?([A-Z][^;:.\n£()]*?)(?=[ \t]*(?:[;:.\n£(),]|$)|[ \t]+(?:from|in|for|during|within|under|as|so|to)[ \t\n])/;
/** Words after a line's name that say it is a budget: "the Digital Policing revenue budget". */
const BUDGET_WORDS = /[ \t]+(?:(?:revenue|capital)[ \t]+)?budget(?:[ \t]+line)?$/i;

/** The line a virement's clause names as where the money goes, or null where it names none. */
export function virementLine(doc: DecisionDocument, a: Approval): string | null {
  if (a.kind !== "virement") return null;
  const end = a.offset + a.quote.length;
  const next = doc.money.find((m) => m.offset >= end)?.offset ?? doc.text.length;
  const clause = doc.text.slice(end, Math.min(next, sentenceAround(doc.text, a.offset).end));
  const m = TO_LINE.exec(clause);
  if (m === null) return null;
  const name = m[1]!
    .replace(BUDGET_WORDS, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return name.length >= 3 ? name : null;
}
