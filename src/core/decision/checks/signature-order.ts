import type { Finding } from "../../findings/finding";
import type { DecisionCheck } from "./check-context";
import { makeFinding } from "./make-finding";

function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * SIGNATURE_ORDER (warning): the Chief Executive's consultation ("I have been consulted about the proposal …") or an
 * officer's sign-off (the GLA form's Chief of Staff: "I am satisfied that this is an appropriate request to be
 * submitted to the Mayor") is dated after the decision maker approved. The consultation must come first; a later date
 * means the record was signed out of order or a date is wrong.
 */
export const signatureOrder: DecisionCheck = (ctx) => {
  const approver = ctx.doc.signatures.find((s) => s.capacity === "approver" && s.date);
  if (!approver?.date) return [];
  const out: Finding[] = [];
  for (const s of ctx.doc.signatures) {
    if (s.capacity === "approver" || !s.date || s.date <= approver.date) continue;
    const who = s.capacity === "consultee" ? `The ${s.role}'s consultation` : `The sign-off by the ${s.role}`;
    const message =
      `${who} is dated ${ukDate(s.date)}, after the ${approver.role} approved the decision on ${ukDate(approver.date)}. ` +
      `Consultation should precede approval: check which date is wrong, or whether the decision was approved before advice was confirmed.`;
    const quotes = [
      s.roleQuote,
      ...(s.dateQuote ? [s.dateQuote] : []),
      approver.roleQuote,
      ...(approver.dateQuote ? [approver.dateQuote] : []),
    ];
    out.push(makeFinding(ctx, "SIGNATURE_ORDER", "warning", message, quotes));
  }
  return out;
};
