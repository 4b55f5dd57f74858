/**
 * A sentence that opens by naming the thing paid for and saying that funders pay it, with no sum before: "The pilot
 * is co-funded by", "The programme will be jointly funded from", "The total cost is met in full by". Group 1 is the
 * thing as named ("The pilot"), group 2 its noun ("pilot").
 */
export const THING_FUNDED =
  /^[\s\-–•]*((?:The|This)\s+(?:[\w'’-]+\s+){0,4}?(pilot|project|programme|service|services|contract|grants?|scheme|initiative|work|works|proposal|costs?|expenditure|commitment|award|extension|variation|decision|activity|activities))\s+(?:is|are|will\s+be|has\s+been|have\s+been|is\s+being)\s+(?:to\s+be\s+)?(?:co-?|jointly\s+|fully\s+|wholly\s+|entirely\s+)?(?:funded|financed|paid\s+for|resourced|met)\s+(?:(?:in\s+full|jointly|entirely|wholly|fully)\s+)?(?:by|from|through|out\s+of)\b/i;

/** Nouns that name the whole of what the decision approves rather than one thing in it. */
const WHOLE_NOUN = /^(?:costs?|expenditure|commitment|decision)$/i;

/**
 * Whether the thing a sentence names (its noun: "pilot") is what the decision approves: a noun of the whole ("The
 * costs"), or one the approvals' own sentences use ("Approve a grant of £1.25m to Catch22 for … the pilot").
 */
export function thingApproved(noun: string, approvalSentences: readonly string[]): boolean {
  if (WHOLE_NOUN.test(noun)) return true;
  const stem = noun.toLowerCase().replace(/s$/, "");
  return approvalSentences.some((s) => s.toLowerCase().includes(stem));
}
