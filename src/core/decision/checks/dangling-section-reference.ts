import type { Finding, Quote } from "../../findings/finding";
import type { CheckContext, DecisionCheck } from "./check-context";
import { makeFinding } from "./make-finding";
import { paragraphAt, placeOf, sectionAt } from "./places";
import { sentenceAt } from "./sentences";
import { listOf } from "./wording";

const N = String.raw`\d{1,2}(?:\.\d{1,2}){0,3}`;
const RANGE = String.raw`(${N})(?:\s*(?:to|and|-|–|&)\s*(${N}))?`;
/** "section 2.1 to 2.4", "paragraphs 3.1 and 3.4", "item 2"; not a statute's "Section 22A". */
const keywordRef = new RegExp(
  String.raw`\b(?:sections?|paragraphs?|paras?\.?|items?)\s+${RANGE}(?![\d.]*\d)(?![A-Z](?![a-z]))`,
  "gi",
);
/** "listed in 2.1 to 2.4", "as laid out in 2.2", "see 3.1". */
const DOTTED = String.raw`\d{1,2}(?:\.\d{1,2}){1,3}`;
const bareRef = new RegExp(
  String.raw`\b(?:in|under|at|see|within|per)\s+(${DOTTED})(?:\s*(?:to|and|-|–|&)\s*(${DOTTED}))?(?![\d.]*\d)`,
  "iy",
);
/** Where a bare reference can start: a dotted number ("2.4"), found first because digits are rare in prose. */
const dottedStart = /(?<![\w.])\d{1,2}\.\d/g;
/** The word before a dotted number that makes it a bare reference: "in ", "see ", "per ". */
const bareWordBefore = /\b(?:in|under|at|see|within|per)\s+$/i;

/** The bare references of the text, as a global search for `bareRef` would find them. */
function bareMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let consumed = 0;
  for (const d of text.matchAll(dottedStart)) {
    const at = d.index!;
    if (at < consumed) continue;
    const lookBehind = text.slice(Math.max(consumed, at - 24), at);
    const w = bareWordBefore.exec(lookBehind);
    if (!w) continue;
    bareRef.lastIndex = at - lookBehind.length + w.index;
    const m = bareRef.exec(text);
    if (!m) continue;
    out.push(m);
    consumed = m.index + m[0].length;
  }
  return out;
}
const referringVerb =
  /\b(?:set out|laid out|listed|referenced|referred to|detailed|described|outlined|mentioned|noted|shown|covered|explained|discussed|given|as|see|per)\s*$/i;
/**
 * After the number: a sub-clause "(1)", "of the Equality Act", or a statute's name for a kind of thing ("a section 75
 * agreement", "a section 31 grant", "section 106 contributions") — a reference into another text.
 */
const externalAfter =
  /^\s*(?:\(\s*\w{1,4}\s*\)|of\s+(?!this\s+(?:decision|report|document|paper|form)\b)|(?:agreements?|grants?|arrangements?|partnerships?|funding|monies|notices?|powers?|duty|duties|contributions?|pooled)\b)/i;
/**
 * Before testing what follows a reference: the glosses and further numbers of a list of references ("sections 40
 * (personal information), 42 (legal professional privilege) and 43 (commercial interests) of the FOIA") are skipped,
 * so the document the list cites is read after its last number.
 */
const listTail =
  /^(?:\s*\([^()\n]{1,80}\)|\s*(?:,|and\b|or\b|&)\s*(?:s\.?\s*)?\d{1,3}[A-Z]?(?:\(\w{1,4}\))*)+/;
function afterList(after: string): string {
  return after.replace(listTail, "");
}
const externalBefore = /\b(?:Schedule|Article|Part|Chapter|Regulation|Annex)\s+[\w.]+\s*,?\s*$/i;
/** A sentence citing another document: the scheme of delegation, an Act, regulations. */
const citesDocument =
  /\b(?:Scheme|Act\b|Acts\b|Regulations?|Order\b|Schedule|Code of|Standing Orders|Constitution|Directive|GDPR|Article|[Dd]elegation|[Dd]elegated|FOIA|FoIA|FOI|DPA|RIPA|TUPE|Freedom of Information|Data Protection)\b/;
/**
 * A document the decision cites by name, which a section's later sentences may go on citing by number alone: the
 * scheme of delegation ("the Scheme"), an Act, regulations, standing orders. Stricter than `citesDocument`, which
 * reads one sentence: across a section, a programme's name ("the Youth Diversion Scheme") is no citation.
 */
const namesDocument =
  /\b(?:Scheme of (?:Consent|Consultation|Delegation)|[Tt]he Scheme\b|Acts?\b|Regulations\b|Standing Orders\b|Code of Practice\b|Constitution\b|Directive\b|GDPR\b)/;
/** What a rule does, said after a reference that opens its sentence: "Paragraph 4.14 provides that …", "… reserves to". */
const ruleVerbAfter =
  /^\s*(?:(?:also|further|then|similarly|in turn)\s+)?(?:(?:provides?|states?|specif(?:y|ies)|sets?\s+out|says?)\s+(?:that|for)\b|(?:reserves?|requires?|stipulates?|delegates?|confers?|permits?|allows?|empowers?|authori[sz]es?|prohibits?)\b|(?:is|are|will\s+be|shall\s+be)\s+(?:disapplied|suspended|amended|varied|waived|revoked|replaced)\b|(?:does|do)\s+not\s+apply\b)/i;
/** The sentence up to a reference that opens it, a connective or "Under" aside: "However, paragraph …", "Under …". */
const opensSentence =
  /^[^A-Za-z]*(?:(?:however|and|but|also|further(?:more)?|similarly|likewise|in addition|additionally)\s*,?\s*)?(under\s+)?$/i;
/** The words a rule is applied by, just before a reference: "in accordance with paragraph 1.7", "pursuant to". */
const appliedByBefore =
  /\b(?:in accordance with|pursuant to|in line with|by virtue of|as (?:required|permitted) by|conferred by)\s+$/i;
/** After a reference: it says it is the decision's own ("of this report", "above", "below"). */
const ownAfter = /^\s*(?:of\s+this\s+(?:decision|report|document|paper|form)\b|above\b|below\b)/i;
/** How far back a section's citation is looked for: a long section's early citation no longer governs. */
const CITATION_REACH = 3000;

/**
 * True when a reference is written as a rule of the document its section cites earlier, not a part of the decision:
 * "Paragraph 4.8 of the MOPAC Scheme … provides …. Paragraph 4.14 provides that the DMPC reserves …", "4.3. Under
 * paragraph 4.11 the Chief Executive …", "… in accordance with paragraph 1.7". A reference that says where in the
 * decision something is ("the grants are described in paragraph 2.9", "paragraph 2.8 of this decision provides") is
 * the decision's own, whatever the section cites.
 */
function citesAsRule(ctx: CheckContext, start: number, end: number): boolean {
  const text = ctx.text;
  if (ownAfter.test(text.slice(end, end + 40))) return false;
  const sentence = sentenceAt(text, start);
  const lead = text.slice(Math.max(sentence.start, start - 200), start);
  const opens = sentence.start >= start - 200 ? opensSentence.exec(lead) : null;
  const asRule =
    (opens !== null &&
      (opens[1] !== undefined ||
        ruleVerbAfter.test(text.slice(end, end + 180).replace(/^\s*\([^()]{0,120}\)/, "")))) ||
    appliedByBefore.test(lead);
  if (!asRule) return false;
  const scope =
    sectionAt(ctx, sentence.start)?.start ?? paragraphAt(ctx, sentence.start)?.start ?? sentence.start;
  return namesDocument.test(text.slice(Math.max(scope, sentence.start - CITATION_REACH), sentence.start));
}

const unitAfter =
  /^\s*(?:%|per\s?cent|percent|hours?|days?|weeks?|months?|years?|m\b|million|bn|billion|k\b|FTE|posts?|staff|officers|times)/i;

/** The clause a semicolon ends just before the sentence part holding `at` ("" where none does). */
function clauseBeforeSemicolon(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 400), at);
  const semicolon = before.lastIndexOf(";");
  if (semicolon < 0 || /[.!?]\s/.test(before.slice(semicolon))) return "";
  const clause = before.slice(0, semicolon);
  const start = Math.max(clause.search(/[^.!?]*$/), clause.lastIndexOf("\n") + 1);
  return clause.slice(start);
}

/** True when `at` lies inside one of the spans (in offset order, not overlapping). */
function insideKeywordMatch(spans: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid]!;
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

interface Reference {
  quote: Quote;
  targets: string[];
}

function parts(n: string): number[] {
  return n.replace(/\.$/, "").split(".").map(Number);
}

function expand(from: string, to: string | undefined): string[] {
  const a = from.replace(/\.$/, "");
  if (!to) return [a];
  const b = to.replace(/\.$/, "");
  const pa = parts(a);
  const pb = parts(b);
  const sameParent = pa.length === pb.length && pa.slice(0, -1).join(".") === pb.slice(0, -1).join(".");
  const first = pa[pa.length - 1]!;
  const last = pb[pb.length - 1]!;
  if (!sameParent || last <= first || last - first > 30) return [a, b];
  const prefix = pa.slice(0, -1).join(".");
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(prefix ? `${prefix}.${i}` : String(i));
  return out;
}

function references(ctx: CheckContext): Reference[] {
  const text = ctx.text;
  const out: Reference[] = [];
  const seen = new Set<number>();
  const consider = (m: RegExpMatchArray, bare: boolean) => {
    const index = m.index!;
    const end = index + m[0].length;
    const before = text.slice(Math.max(0, index - 40), index);
    const after = text.slice(end, end + 60);
    if (externalAfter.test(after) || externalBefore.test(before) || unitAfter.test(after)) return;
    if (externalAfter.test(afterList(text.slice(end, end + 400)))) return;
    if (bare && !m[2] && !referringVerb.test(text.slice(Math.max(0, index - 30), index))) return;
    if (text[index - 1] === "£" || /£\s*$/.test(before)) return;
    if (citesDocument.test(sentenceAt(text, index).text)) return;
    // "Paragraph 4.8 of the Scheme … provides …; paragraph 4.11 reserves …": the clause before the semicolon
    // names the document the next one goes on citing.
    if (citesDocument.test(clauseBeforeSemicolon(text, index))) return;
    // "(paragraph 4.8)" after a list of the scheme's rules: the scheme is named a line or two above.
    if (/\(\s*$/.test(before) && citesDocument.test(text.slice(Math.max(0, index - 400), index))) return;
    const start = bare ? index + m[0].indexOf(m[1]!) : index;
    // "Paragraph 4.14 provides that …" after the Legal Comments cite the scheme: the scheme's paragraph. An item is
    // always one of the decision's recommendations.
    if (!/^items?\b/i.test(m[0]) && citesAsRule(ctx, start, end)) return;
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ quote: { quote: text.slice(start, end), offset: start }, targets: expand(m[1]!, m[2]) });
  };
  for (const m of text.matchAll(keywordRef)) consider(m, false);
  const keywordSpans = out.map((r) => [r.quote.offset, r.quote.offset + r.quote.quote.length] as const);
  for (const m of bareMatches(text)) {
    // Skip a bare match inside a keyword match already taken ("in section 2.2" is read once).
    const numberAt = m.index! + m[0].indexOf(m[1]!);
    if (insideKeywordMatch(keywordSpans, numberAt)) continue;
    consider(m, true);
  }
  return out;
}

/** A line that opens with a number: "2.5 ", "- 3.1. ", "#### 4. ", "**2.2** ". */
const numberedLineStart =
  /^[ \t]*(?:[-•*][ \t]*)?(?:#+[ \t]*)?(?:\*\*)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\*\*)?[ \t]/;

/** Every number the document gives a section or paragraph: "2", "2.5", "2.7.1". */
function existingNumbers(ctx: CheckContext): Set<string> {
  const have = new Set<string>();
  const add = (n: string | null) => {
    if (!n) return;
    const clean = n.replace(/\.$/, "");
    have.add(clean);
    // A paragraph "2.3" implies a section "2".
    const ps = clean.split(".");
    for (let i = 1; i < ps.length; i++) have.add(ps.slice(0, i).join("."));
  };
  for (const s of ctx.doc.sections) add(s.number);
  for (const p of ctx.doc.paragraphs) add(p.number);
  const text = ctx.text;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const m = numberedLineStart.exec(text.slice(start, Math.min(end, start + 40)));
    if (m) add(m[1]!);
    start = end + 1;
  }
  return have;
}

/** What the document numbers, by level: which parents have numbered children ("2" has "2.x"), and the top level. */
interface Numbering {
  have: Set<string>;
  /** "2|2": some number of two parts under "2" exists ("2.3"); "|1": some top-level number exists. */
  levels: Set<string>;
  topLevel: Set<string>;
}

function numbering(have: Set<string>): Numbering {
  const levels = new Set<string>();
  const topLevel = new Set<string>();
  for (const n of have) {
    const ps = n.split(".");
    if (ps.length === 1 && /^\d+$/.test(n)) topLevel.add(n);
    levels.add(`${ps.slice(0, -1).join(".")}|${ps.length}`);
  }
  return { have, levels, topLevel };
}

/** A target is only judged where the document numbers that level: "2.6" when some "2.x" exists. */
function judged(target: string, numbers: Numbering): boolean {
  const ps = target.split(".");
  if (ps.length === 1)
    return numbers.topLevel.size > (numbers.topLevel.has(target) ? 1 : 0) || numbers.have.has(target);
  return numbers.levels.has(`${ps.slice(0, -1).join(".")}|${ps.length}`);
}

/**
 * DANGLING_SECTION_REFERENCE (info): the text refers to its own sections or paragraphs ("detailed in section 2.2 to
 * 2.4", "listed in 2.1 to 2.4", "under item 2") and one of them does not exist. One finding per missing number,
 * quoting every reference to it. References into other documents ("paragraph 4.8 of the Scheme", "section
 * 5(2) of the Data Protection Act", "Schedule 2, paragraph 4") are not checked, nor are the paragraphs of a document
 * the section cites earlier that a later sentence cites as rules ("Paragraph 4.14 provides that the DMPC reserves …").
 */
export const danglingSectionReference: DecisionCheck = (ctx) => {
  const have = existingNumbers(ctx);
  const numbers = numbering(have);
  const missing = new Map<string, Quote[]>();
  for (const ref of references(ctx)) {
    for (const t of ref.targets) {
      if (have.has(t) || !judged(t, numbers)) continue;
      const quotes = missing.get(t);
      if (quotes) quotes.push(ref.quote);
      else missing.set(t, [ref.quote]);
    }
  }
  const out: Finding[] = [];
  for (const [target, quotes] of missing) {
    const refs = [...new Set(quotes.map((q) => `"${q.quote}"`))];
    const places = [...new Set(quotes.map((q) => placeOf(ctx, q.offset)))];
    const message =
      `The document refers to ${refs.length > 1 ? `${listOf(refs)}` : refs[0]} (in ${listOf(places)}), but it has no section or paragraph ${target}. ` +
      `Check whether a paragraph was removed or the reference should be to another number.`;
    out.push(makeFinding(ctx, "DANGLING_SECTION_REFERENCE", "info", message, quotes));
  }
  return out;
};
