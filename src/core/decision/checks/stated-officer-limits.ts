import type { Quote } from "../../findings/finding";
import type { DelegationLimit, DelegationScheme, Level } from "../../delegation/delegation-scheme";
import { containsWords, normaliseWords } from "../../delegation/normalise-words";
import { kindForApproval } from "../../delegation/scheme-kinds";
import { levelForRole } from "../../delegation/scheme-levels";
import { rolesIn } from "../decision-roles";
import type { CheckContext } from "./check-context";
import { figureClause } from "./figure-clause";
import { quoteOf } from "./make-finding";

/**
 * A decision's own statement of what an officer may approve on their own authority under the scheme: "Under
 * paragraph 5.4 of MOPAC's Scheme of Consent and Delegation, the Chief Finance Officer may approve expenditure of up
 * to £100,000 within approved budgets", "paragraph 6.3 allows Directors to approve expenditure up to £100,000",
 * "This is within the Chief Finance Officer's delegated limit of £100,000".
 */
export interface StatedOfficerLimit {
  /** The roles the statement gives the authority to, as the role list spells them; empty when it names none. */
  roles: string[];
  /** What may be approved, as written ("expenditure", "budget virements"); empty when unsaid. */
  kindWords: string;
  limit: DelegationLimit;
  /** The scheme's paragraph the statement cites ("5.4"), when it cites one. */
  paragraph: string | null;
  /** The sentence that says so. */
  quote: Quote;
}

const WS = "[ \\t]+";
/** The words that make the figure an upper limit ("up to £100,000"; "below £500,000"). */
const UPPER = `(up${WS}to(?:${WS}and${WS}including)?|not${WS}exceeding|no${WS}more${WS}than|a${WS}maximum${WS}of|below|under|less${WS}than)`;
/** "may approve", "has delegated authority to approve", "allows the Chief Finance Officer to approve". */
const MAY_APPROVE = new RegExp(
  `(?:\\b(?:may|can)|\\b(?:is|are)${WS}(?:authori[sz]ed|permitted|able|empowered)${WS}to|\\bha(?:s|ve)${WS}(?:the${WS})?(?:delegated${WS})?(?:authority|power)${WS}to|\\b(?:allows?|permits?|enables?|authori[sz]es?|empowers?)${WS}([^.;£]{1,80}?)${WS}to)` +
    `${WS}approve${WS}([a-z][a-z \\t-]{0,60}?)` +
    `(?:${WS}(?:of|with${WS}(?:an${WS}individual${WS}|a${WS}(?:total${WS})?)?value${WS}of|valued${WS}at|totalling))?` +
    `(?:${WS}${UPPER})?[ \\t]*$`,
  "i",
);
/** "within the delegated limit of", "within the Chief Finance Officer's delegated authority of up to". */
const WITHIN_LIMIT = new RegExp(
  `\\bwithin${WS}(?:the${WS}|(?:his|her|their|its)${WS}|([^.;£]{1,60}?)['’]s?${WS})(?:own${WS})?delegated${WS}(?:financial${WS})?(?:limit|authority)${WS}(?:of${WS})?(?:${UPPER}${WS})?$`,
  "i",
);
/** "£100,000 or less", "£0.5m and below". */
const OR_LESS = /^[ \t]*(?:or|and)[ \t]+(?:less|below|under)\b/i;
/** "may not approve", "cannot approve": no authority stated. */
const DENIED = /\b(?:not|cannot|never|no longer)[ \t]+$/i;
const PARAGRAPH = /\bparagraphs?[ \t]+(\d+(?:\.\d+)+)/i;

/** The roles named in a text, in order. */
function roleNamesIn(text: string): string[] {
  return rolesIn(text).map((r) => r.role);
}

/**
 * Who a "may approve" statement gives the authority to: the roles of its subject, read back from the verb to the
 * last comma or colon ("Under paragraph 5.4 …, the Chief Finance Officer may approve"), else the whole sentence
 * before it ("The Chief Finance Officer, under paragraph 5.4, may approve").
 */
function subjectRoles(beforeVerb: string): string[] {
  const clause = beforeVerb.slice(
    Math.max(...[",", ";", ":", "("].map((c) => beforeVerb.lastIndexOf(c))) + 1,
  );
  const inClause = roleNamesIn(clause);
  return inClause.length > 0 ? inClause : roleNamesIn(beforeVerb).slice(-1);
}

/** The officers' own limits this decision states, in text order. */
export function statedOfficerLimits(ctx: CheckContext): StatedOfficerLimit[] {
  const out: StatedOfficerLimit[] = [];
  for (const figure of ctx.figures) {
    const clause = figureClause(ctx, figure);
    if (!/approve|delegated/i.test(clause.before)) continue;
    const orLess = OR_LESS.exec(clause.after);
    let roles: string[];
    let kindWords: string;
    let upper: string | undefined;
    const may = MAY_APPROVE.exec(clause.before);
    const within = may ? null : WITHIN_LIMIT.exec(clause.before);
    if (may) {
      const start = clause.before.length - may[0].length;
      const beforeVerb = clause.sentenceBefore.slice(
        0,
        clause.sentenceBefore.length - clause.before.length + start,
      );
      if (DENIED.test(beforeVerb)) continue;
      roles = may[1] !== undefined ? roleNamesIn(may[1]) : subjectRoles(beforeVerb);
      kindWords = (may[2] ?? "").trim();
      upper = may[3];
    } else if (within) {
      roles = within[1] !== undefined ? roleNamesIn(within[1]) : [];
      if (within[1] !== undefined && roles.length === 0) continue;
      kindWords = "";
      upper = within[2] ?? "limit";
    } else continue;
    if (!upper && !orLess) continue;
    if (may && roles.length === 0) continue;
    const strict = upper !== undefined && /^(?:below|under|less)/i.test(upper);
    out.push({
      roles,
      kindWords,
      limit: { pence: figure.pence, comparison: strict ? "less-than" : "at-most" },
      paragraph: PARAGRAPH.exec(clause.sentence)?.[1] ?? null,
      quote: quoteOf(ctx.text, clause.sentenceStart, clause.sentenceEnd),
    });
    if (out.length >= 12) break;
  }
  return out;
}

/** True when a role a statement names is the decision maker's: the same level, named generically or as the maker. */
export function namesMaker(
  scheme: DelegationScheme,
  stated: string,
  makerRole: string,
  maker: Level,
): boolean {
  const level = levelForRole(scheme, stated);
  if (!level || level.id !== maker.id) return false;
  const s = normaliseWords(stated).replace(/^(?:mopac|interim|acting) /, "");
  const m = normaliseWords(makerRole);
  if (containsWords(m, s) || containsWords(s, m)) return true;
  return [level.id, level.title, ...level.aliases].map(normaliseWords).includes(s);
}

/** Words for spending in general ("spending", "payments"), which are the scheme's business-case kind. */
const SPENDING =
  /^(?:(?:revenue|capital|and|or|the|this|such|any|all)[ \t]+)*(?:spending|spend|payments?|costs?|purchases?)$/i;

/**
 * The scheme's kind a statement's words name ("expenditure", "budget virements"), or null. Plurals are read as the
 * singular the scheme's aliases use.
 */
export function statedKind(scheme: DelegationScheme, words: string): string | null {
  if (!words) return null;
  const singular = words.replace(/\b(\w+?[^s])s\b/g, "$1");
  return (
    kindForApproval(scheme, words) ??
    kindForApproval(scheme, singular) ??
    (SPENDING.test(words) ? kindForApproval(scheme, "expenditure") : null)
  );
}

/** True when a stated limit covers an amount. */
export function withinLimit(limit: DelegationLimit, pence: number): boolean {
  return limit.comparison === "at-most" ? pence <= limit.pence : pence < limit.pence;
}
