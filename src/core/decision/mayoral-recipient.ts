/**
 * MOPAC as the recipient of a Mayoral decision. In MOPAC's own decisions MOPAC is the body deciding and never the
 * recipient; in the Mayor's ("REQUEST FOR MAYORAL DECISION – MD3512 … approves additional funding of £30.0m to
 * MOPAC in 2026-27", "a grant to the Mayor's Office for Policing and Crime") it is the body the money goes to.
 */
import type { DecisionDocument } from "./decision-document";

/** The heading of the Mayor's decision form, or its reference at the head of the text: "MAYORAL DECISION – MD3512". */
const MAYORAL_DECISION = /\bMAYORAL[ \t]+DECISION\b|(?:^|\n)[ \t]*MD[ \t]?\d{3,5}\b/i;
/** "to MOPAC", "to the Mayor's Office for Policing and Crime (MOPAC)". */
const TO_MOPAC =
  /(?:^|[\s(])to[ \t\n]+(?:the[ \t\n]+)?(MOPAC\b|Mayor['’]s[ \t\n]+Office[ \t\n]+for[ \t\n]+Policing[ \t\n]+and[ \t\n]+Crime\b(?:[ \t\n]*\(MOPAC\))?)/;

/** True where the decision is the Mayor's, so MOPAC is another body. */
export function isMayoralDecision(doc: DecisionDocument): boolean {
  return MAYORAL_DECISION.test(doc.text.slice(0, 600));
}

/** MOPAC as named after "to" in `after` (the words after a figure), else in `whole` (its recommendation); or null. */
export function mopacRecipient(after: string, whole: string): string | null {
  const m = TO_MOPAC.exec(after) ?? TO_MOPAC.exec(whole);
  return m === null ? null : m[1]!.replace(/[ \t\n]+/g, " ");
}
