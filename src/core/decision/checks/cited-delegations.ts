import type { Quote } from "../../findings/finding";
import type { DecisionDocument } from "../decision-document";
import { sameDecision } from "../decision-ref";
import { rolesIn, type RoleAt } from "../decision-roles";
import { quoteOf } from "./make-finding";
import { sentenceSpan } from "./sentences";

/** A statement that this decision is taken under authority delegated in another decision. */
export interface CitedDelegation {
  /** The decision that made the delegation: "PCD 1402". */
  ref: string;
  /** The role that delegated, as the role list spells it: "Deputy Mayor for Policing and Crime". */
  delegator: string;
  /** The role it delegated to, where the sentence names one ("… delegated the award … to the Chief Executive Officer"). */
  delegate: string | null;
  /** The sentence that says so. */
  quote: Quote;
}

const DELEGATED = /\bdelegat(?:ed|ion|es|e)\b/gi;
const DENIED = /\b(?:not|no longer|never|without)\b[^.;]{0,30}\bdelegat/i;

/**
 * Who delegated, in a sentence with a delegation word at `at`: the role straight after "by" or "from" ("authority
 * delegated by the DMPC", "delegated authority from the Deputy Mayor"), else the last role before the word, the
 * sentence's subject ("the Deputy Mayor … approved … and delegated the award …").
 */
function delegatorOf(sentence: string, at: number, roles: readonly RoleAt[]): RoleAt | null {
  const after =
    /^\w*(?:[ \t]+(?:authority|powers?|to[ \t]+(?:him|her|them|it)))?[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?/i.exec(
      sentence.slice(at),
    );
  if (after) {
    const start = at + after[0].length;
    const r = roles.find((x) => x.index === start);
    if (r) return r;
  }
  const before = roles.filter((x) => x.end <= at);
  return before[before.length - 1] ?? null;
}

/** Whom it delegated to: the role after "to (the)" following the delegation word, when the sentence names one. */
function delegateOf(sentence: string, at: number, roles: readonly RoleAt[]): RoleAt | null {
  const rest = sentence.slice(at);
  const to = /\bto[ \t]+(?:the[ \t]+)?(?=[A-Z])/g;
  for (let m = to.exec(rest); m; m = to.exec(rest)) {
    const r = roles.find((x) => x.index === at + m!.index + m![0].length);
    if (r) return r;
  }
  return null;
}

/**
 * The sentences that say this decision is taken under authority delegated in another, named decision: "The Chief
 * Executive Officer, under the authority delegated by the DMPC in PCD 1402, is asked to:", "In PCD 1402 the Deputy
 * Mayor … delegated the award of the contract to the Chief Executive Officer". Each needs a delegation word, the
 * role that delegated and another decision's reference in the same sentence; "not delegated" does not count. The
 * document's own reference is not another decision.
 */
export function citedDelegations(doc: DecisionDocument): CitedDelegation[] {
  const out: CitedDelegation[] = [];
  const own = doc.refs.find((r) => r.ref === doc.ref) ?? null;
  const seen = new Set<number>();
  for (const mention of doc.refs) {
    if (own && sameDecision(mention, own)) continue;
    const span = sentenceSpan(doc.text, mention.offset);
    if (seen.has(span.start)) continue;
    seen.add(span.start);
    const sentence = doc.text.slice(span.start, span.end);
    if (DENIED.test(sentence)) continue;
    const roles = rolesIn(sentence);
    DELEGATED.lastIndex = 0;
    for (let m = DELEGATED.exec(sentence); m; m = DELEGATED.exec(sentence)) {
      const delegator = delegatorOf(sentence, m.index, roles);
      if (!delegator) continue;
      const delegate = delegateOf(sentence, m.index + m[0].length, roles);
      out.push({
        ref: mention.ref,
        delegator: delegator.role,
        delegate: delegate && delegate !== delegator ? delegate.role : null,
        quote: quoteOf(doc.text, span.start, span.end),
      });
      break;
    }
    if (out.length >= 20) break;
  }
  return out;
}
