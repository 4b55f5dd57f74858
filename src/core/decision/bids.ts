/**
 * A bid for money from another body ("Approve the submission of a bid to the Youth Endowment Fund … for up to
 * £1,500,000", "Agree that MOPAC submits an application to the Home Office for £2m"): it asks for money, so it commits
 * none and brings none in. The sum bid for is neither spending nor income the decision approves; accepting the money
 * if the bid succeeds is a later decision (or one the same recommendation also takes: "… and accept the grant if
 * successful", which is income).
 */

const APPROVING_VERB = String.raw`(?:to[ \t\n]+)?(?:approve|agree|endorse|authorise|support)s?`;
const SUBMITTING = String.raw`(?:the[ \t\n]+)?(?:submission[ \t\n]+of|making[ \t\n]+of|(?:that[ \t\n]+)?(?:MOPAC|the[ \t\n]+VRU|the[ \t\n]+MPS)?[ \t\n]*(?:(?:to[ \t\n]+|will[ \t\n]+)?submit(?:s|ting)?|(?:to[ \t\n]+|will[ \t\n]+)?mak(?:e|es|ing)|(?:to[ \t\n]+|will[ \t\n]+)?bid(?:s|ding)?[ \t\n]+for))`;
const WHAT = String.raw`(?:[ \t\n]+(?:a|an|the|MOPAC['’]s|its|one|two|three|joint)?)?(?:[ \t\n]+[\w'’"“”-]+){0,5}?[ \t\n]+(?:bids?|applications?|expressions?[ \t\n]+of[ \t\n]+interest|funding[ \t\n]+proposals?)\b`;
const BID = new RegExp(String.raw`^[ \t\n]*${APPROVING_VERB}[ \t\n]+${SUBMITTING}${WHAT}`, "i");
/** "Bid for funding from the Home Office": the verb alone. */
const BID_VERB = new RegExp(
  String.raw`^[ \t\n]*${APPROVING_VERB}[ \t\n]+(?:a[ \t\n]+)?bid(?:ding)?[ \t\n]+(?:to|for)\b`,
  "i",
);
const ACCEPTS = /\baccept(?:s|ing|ance)?\b/i;

/** True for a recommendation's words that approve a bid for money and nothing more: its figures are approved by no one. */
export function onlyBids(words: string): boolean {
  return (BID.test(words) || BID_VERB.test(words)) && !ACCEPTS.test(words);
}
