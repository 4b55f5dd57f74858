import type { Qualifier } from "./decision-record";
import { count, numberWord } from "../text/number-words";
import { roleIn } from "./decision-roles";

/**
 * The words of a recommendation that say what kind of approval it is, how its figure is qualified, and who
 * receives the money. Vocabulary only; read-approvals.ts applies it.
 */

/** Recommendations that approve nothing themselves: they note, or delegate the decision to someone else. */
export const NOT_APPROVING =
  /^(?:note|notes|noting|delegate|delegates|delegating|agree to delegate|authorise the (?:chief executive|director)|to note)\b/i;

/**
 * Recommendations that hand the decision to someone else ("Delegate authority to the Director to approve grants of up
 * to £150,000"): nothing in them is approved here, whatever verbs follow. One that notes is read clause by clause:
 * "Note the forecast underspend of £2.1m and approve its carry forward of £1.6m to 2026/27" approves the £1.6m.
 */
export const DELEGATING =
  /^(?:delegate|delegates|delegating|agree to delegate|authorise the (?:chief executive|director))\b/i;

/** Kinds of approval, first match wins: variations before the thing varied, contracts before grants before funding. */
export const APPROVAL_KINDS: readonly { kind: string; pattern: RegExp }[] = [
  // Money accepted is income whatever the grant is called ("Accept the Police Uplift Programme grant").
  {
    kind: "income",
    pattern:
      /^[ \t]*(?:to[ \t]+)?(?:accept|approve[ \t]+(?:the[ \t]+)?acceptance[ \t]+of)\b.{0,100}\b(?:income|funding|grants?|monies|award|contributions?|donations?|sponsorship)\b/i,
  },
  // A recharge to another body ("the recharge to the MPS of £243,600") is invoiced to it: money coming in.
  { kind: "income", pattern: /\brecharg(?:e|es|ing)[ \t]+(?:of[ \t]+£[\d,.]+[ \t]*(?:m|k)?[ \t]+)?to\b/i },
  // A lease or licence granted to a tenant brings rent in: a disposal of an interest, not a grant.
  {
    kind: "disposal",
    pattern:
      /\bgrant(?:ing)?[ \t]+(?:of[ \t]+)?(?:a|an|the)[ \t]+(?:new[ \t]+)?(?:lease|licen[cs]e|under-?lease|sub-?lease|tenancy)\b|\b(?:letting|let)[ \t]+(?:of[ \t]+)?(?:the|a|an)[ \t]+[^.;]{0,80}?\bto\b/i,
  },
  // Approved money moved from one year to another: no new money.
  { kind: "re-profile", pattern: /\bre-?profil\w*\b/i },
  // "the slippage of £0.4m of the … budget from 2024/25 into 2025/26": money approved for one year moved to the next.
  {
    kind: "re-profile",
    pattern:
      /\bslip(?:page|ped|ping)?\b(?:[^.;]|\.\d){0,120}?\bfrom[ \t]+(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d[ \t]+(?:in)?to[ \t]+(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d\b/i,
  },
  // Money put into a reserve ("the transfer of £14.2m of the forecast 2025/26 underspend to the Budget Resilience
  // Reserve", "a contribution of £2m to the General Reserve"): kept for later, not spent.
  {
    kind: "transfer to reserve",
    pattern:
      /\b(?:transfer\w*|contribut\w*|set[ \t]+aside)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:to|into)[ \t]+(?:the[ \t]+|its[ \t]+|MOPAC['’]s[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?reserves?\b(?![ \t]+(?:to|for)[ \t]+(?:fund|meet|pay)\b)/i,
  },
  // Debts written off against a provision: no spending.
  {
    kind: "write-off",
    pattern: /\bwrit(?:e|ing|ten)[- ]?offs?\b|\bwrit(?:e|ing|ten)[ \t]+(?:\w+[ \t]+){0,3}off\b/i,
  },
  { kind: "loan", pattern: /\bloans?\b/i },
  {
    kind: "contract variation",
    pattern:
      /\b(?:variation|vary|varying|extension|extend|extending|uplift)\b.{0,80}\bcontracts?\b|\bcontracts?\b.{0,40}\b(?:variation|extension|uplift)\b/i,
  },
  {
    kind: "grant variation",
    pattern:
      /\b(?:variation|vary|varying|extension|extend|extending|uplift)\b.{0,80}\b(?:grants?|funding agreements?|grant agreements?)\b|\b(?:grant|funding agreement)s?\b.{0,40}\b(?:variation|extension|uplift)\b/i,
  },
  {
    kind: "income",
    pattern:
      /\b(?:accept|acceptance of|receipt of)\b.{0,60}\b(?:income|funding|grant|contributions?|donations?|sponsorship)\b/i,
  },
  {
    kind: "disposal",
    pattern:
      /\b(?:disposal|sale)[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|a[ \t]+)?(?:freehold|leasehold|long[- ]lease|site|property|land|building|premises|former|interest|surplus)\b|\bdispose[ \t]+of\b/i,
  },
  { kind: "contract", pattern: /\bcontracts?\b|\bprocure(?:ment)?\b|\btender\b|\bcall[- ]off\b/i },
  { kind: "grant", pattern: /\bgrants?\b/i },
  { kind: "business case", pattern: /\bbusiness case\b/i },
  { kind: "virement", pattern: /\bvirements?\b/i },
  { kind: "income", pattern: /\b(?:accept|receipt of)\b.{0,60}\b(?:income|funding|grant)\b/i },
  {
    kind: "funding",
    pattern: /\bfund(?:s|ed|ing)?\b|\bexpenditure\b|\bspend\b|\bbudget\b|\binvestment\b|\ballocat/i,
  },
];

/** The words of a running total just before its figure: "rises to", "bringing the total to", "taking it to". */
export const runningTotalBefore =
  /\b(?:rises?|rising|rose|increases?|increasing|increased|bring(?:s|ing)?|brought|tak(?:es|ing)|taken|grows?|growing)\b[^£\n.]{0,60}\bto\s*(?:a\s+total\s+of\s+|approximately\s+|around\s+|c\.?\s*)?$/i;

const CHANGE_VERB = String.raw`\b(?:increas|ris|rose|reduc|decreas|chang|revis|uplift|mov|grow|grew|var(?:y|ie|ied|ying))\w*\b`;
/**
 * Words between a change's verb and its "from": any but a sentence's end, and the change itself ("by £2.45m, "), as
 * far as a long recommendation puts them ("Approve an increase of £380,000 in the MOPAC contribution to King's College
 * Hospital NHS Foundation Trust for the Havens for 2025/26 and 2026/27, from £1,120,000 to £1,500,000").
 */
const CHANGE_WORDS = String.raw`(?:[^£.;\n]|(?:\bby\s*)?£\s*[\d,.]+\s*(?:m|k|bn|million|billion)?\b,?){0,200}`;
/** The words before the old figure of a change "from £X to £Y": "increasing the total contract value from". */
const changeFromBefore = new RegExp(String.raw`${CHANGE_VERB}${CHANGE_WORDS}\bfrom\s*$`, "i");
/** True for the old value of a change "from £X to £Y": the words before it end "… from", those after open "to". */
export function isChangeFrom(before: string, after: string): boolean {
  return changeFromBefore.test(before) && /^\s*to\b/i.test(after);
}
/** The words before the new figure of such a change: "increasing the total contract value from £31,220,000 to". */
export const changeToBefore = new RegExp(
  String.raw`${CHANGE_VERB}${CHANGE_WORDS}\bfrom\s*£\s*[\d,.]+\s*(?:m|k|bn|million|billion)?\s*to\s*$`,
  "i",
);

/** The words of the total a variation brings the whole to: "… by £1m to a revised total of", "The revised total of". */
export const revisedTotalBefore =
  /(?:\bto\s+(?:a|an|the)\s+(?:revised|new|increased|overall|total)\s+(?:total\s+)?(?:contract\s+|grant\s+)?(?:value\s+|sum\s+)?(?:of\s+)?|\b(?:a|an|the|its|this)\s+(?:revised|new|increased|updated|amended)\s+(?:overall\s+)?(?:total|(?:contract\s+|grant\s+)?value)\b[^£.;\n]{0,40})$/i;

/**
 * The words before a figure that a recommendation sets as a threshold or limit, not money it approves: "raises the
 * threshold for registering gifts from £25 to £50", "above the public procurement threshold of £214,904".
 */
export const thresholdBefore = /\b(?:thresholds?|limits?|ceilings?|caps?)\b[^.;:]{0,60}$/i;

const YEARLY = String.raw`(?:per[ \t]+(?:year|annum)|a[ \t]+year|each[ \t]+year|annually|p\.a\.?(?![a-z])|(?:in|for)[ \t]+each[ \t]+of|(?:in|for)[ \t]+each[ \t]+(?:financial[ \t]+)?year)`;
/**
 * The words just after a figure that make it a sum for each year: "£250k per annum", "£40,000 a year", "£600,000
 * in each of 2025/26 and 2026/27".
 */
export const yearlyRateAfter = new RegExp(`^[ \\t]*${YEARLY}`, "i");
/**
 * The words just after a figure that make it a sum for each year after the year of the figure before it: "£106,250 in
 * 2022/23 and £425,000 in each full financial year thereafter", "£200,000 per annum in subsequent years".
 */
const THEREAFTER = String.raw`(?:(?:(?:in|for)[ \t\n]+)?(?:each|every)[ \t\n]+(?:full[ \t\n]+)?(?:financial[ \t\n]+)?year|per[ \t\n]+(?:year|annum)|a[ \t\n]+(?:full[ \t\n]+)?year|annually|p\.a\.?)[ \t\n]+(?:thereafter|(?:in|for)[ \t\n]+(?:each[ \t\n]+)?(?:subsequent|following|later|remaining)[ \t\n]+years?)\b`;
export const thereafterRateAfter = new RegExp(`^[ \\t\\n]*${THEREAFTER}`, "i");
/**
 * A quote that ends with those words, or that opens "annual …" ("annual rent of £425,000"), or a sum with its yearly
 * rate in brackets ("£1,350,000 (£450,000 per annum)"): an approval read as a sum for each of its years.
 */
export const yearlyRateAtEnd = new RegExp(
  String.raw`${YEARLY}$|${THEREAFTER}$|^(?:annual|yearly)\b|^£[^£]*\([ \t]*£[\d,.]+[ \t]*(?:m|k|bn|million)?[ \t]+${YEARLY}[ \t]*\)$`,
  "i",
);
/** The words just before a figure that make it a sum for each year: "an annual rent of", "annual funding of up to". */
export const yearlyRateBefore =
  /\b(?:annual|yearly)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:of[ \t]+)?(?:up[ \t]+to[ \t]+|a[ \t]+maximum[ \t]+of[ \t]+)?$/i;
/** A sum's yearly rate in brackets just after it: " (£450,000 per annum)". */
export const bracketedYearlyRate = new RegExp(
  String.raw`^[ \t]*\([ \t]*£[\d,.]+[ \t]*(?:m|k|bn|million)?[ \t]+${YEARLY}[ \t]*\)`,
  "i",
);

const MONTHLY = String.raw`(?:per[ \t]+(?:calendar[ \t]+)?month|a[ \t]+month|each[ \t]+month|monthly)\b`;
/** The words just after a figure that make it a sum for each month: "£70,000 per month". */
export const monthlyRateAfter = new RegExp(`^[ \\t]*${MONTHLY}`, "i");
/** A quote that ends with them, or opens "monthly …" ("monthly rate of £12,500"): an approval read as a sum for each of
 * its months. */
export const monthlyRateAtEnd = new RegExp(`${MONTHLY}$|^monthly\\b`, "i");
/** The words just before a figure that make it a sum for each month: "a monthly rate of", "a monthly fee of up to". */
export const monthlyRateBefore =
  /\bmonthly[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:of[ \t]+)?(?:up[ \t]+to[ \t]+|a[ \t]+maximum[ \t]+of[ \t]+)?$/i;

/**
 * The words just before a figure of a recommendation that say it is not money the recommendation approves: money
 * approved before ("in addition to the £1.1m"), a part of the sum ("of which £0.3m"), the envelope it sits within
 * ("within an overall contract value of £4,390,000"), another body's match funding,
 * the size of what pays for it ("funded from the Home Office Grant of £5.24m", "funded by the Police Innovation Fund
 * grant and a contribution of £600k from …").
 */
export const notApprovedBefore =
  /(?:\b(?:funded|financed|met|paid|resourced)[ \t\n]+(?:from|by|through|out[ \t\n]+of)\b[^£;]{0,80}\bof[ \t\n]*(?:up[ \t\n]+to[ \t\n]+)?|\b(?:in addition to|on top of|over and above)\b[^£]{0,30}|\bof which\b[^£]{0,20}|\bmatch(?:ed)?[- ]?fund(?:ing|ed)?\b[^£]{0,30}|\binclud(?:ing|es|ed)\b[^£]{0,30}|\b(?:share|half|part|proportion|portion)[ \t\n]+of\b[^£]{0,12}|\bwithin[ \t\n]+(?:the|a|an|its|their|this)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:total|value|budget|envelope|programme|allocation|provision|limit)[ \t\n]+of[ \t\n]*)$/i;
/**
 * The words before a figure that is never money approved, even where it is a recommendation's only figure: a saving
 * ("represents a saving of approximately £240,000 a year"), or the budget or contract a sum sits within ("at the value
 * set out in the Part 2 report, which is within the existing budget provision of £3.2m a year", "at a cost of
 * £1,150,000, within an overall contract value of £4,390,000").
 */
export const neverApprovedBefore =
  /(?:\bremains?(?:[ \t\n]+unchanged)?(?:[ \t\n]+at)?|\b(?:savings?|reductions?|cuts?|efficienc(?:y|ies))[ \t\n]+of(?:[ \t\n]+(?:approximately|around|about|up[ \t\n]+to|c\.?))?|\bwithin[ \t\n]+(?:the|a|an|its)[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?(?:programme|envelope|plan|total|limit|value|budget|cost)[ \t\n]+of[ \t\n]*|\bwithin[ \t\n]+(?:the[ \t\n]+|a[ \t\n]+|an[ \t\n]+|its[ \t\n]+)?(?:existing[ \t\n]+|current[ \t\n]+|approved[ \t\n]+|agreed[ \t\n]+|overall[ \t\n]+)?(?:budget|provision|envelope|allocation|funding)\b[^£]{0,30})[ \t\n]*$/i;
/** The words just after a figure another decision approved: "£1,480,000 as approved under PCD 1105". */
export const neverApprovedAfter =
  /^[ \t]*,?[ \t]*(?:as[ \t]+|which[ \t]+was[ \t]+)?(?:previously[ \t]+|already[ \t]+|originally[ \t]+)?(?:approved|agreed)[ \t]+(?:under|by|in|through)[ \t]+(?:PCD|DMPCD|DMPC[ \t]+Decision|MD|decision)\b/i;
/**
 * Words that say a sum includes VAT: "including VAT", "incl. VAT", "inc VAT", "inclusive of VAT", "gross of VAT",
 * "VAT inclusive", "(VAT included)". MOPAC recovers VAT, so such a sum is not what it budgets or approves.
 */
export const INCLUDING_VAT = String.raw`\(?[ \t]*(?:(?:inc(?:luding|lusive[ \t]+of|l\.?|\.)?|gross[ \t]+of)[ \t]+VAT\b|VAT[ \t]+inc(?:lusive|luded|l)?\b)`;
/** Words that say a sum is net of VAT: "excluding VAT", "excl. VAT", "ex VAT", "exclusive of VAT", "net of VAT", "plus VAT". */
export const EXCLUDING_VAT = String.raw`\)?[ \t]*\(?[ \t]*(?:(?:exc(?:luding|l\.?|\.)?|ex\.?|exclusive[ \t]+of|net[ \t]+of|plus|\+)[ \t]+VAT\b|VAT[ \t]+exc(?:lusive|luded|l)?\b)`;

/**
 * The words just after such a figure: "£1.1m approved under PCD 1650", "£540,000 including VAT", a rate beside the
 * sum the item approves ("costing £48.6m in a full year, £36.5m in 2023/24", "£1,000 per full-time equivalent").
 */
export const notApprovedAfter = new RegExp(
  String.raw`^[ \t]*(?:(?:previously[ \t]+|already[ \t]+)?(?:approved|agreed)[ \t]+(?:under|by|in|through)\b|${INCLUDING_VAT}|in[ \t]+a[ \t]+full[ \t]+year\b|${THEREAFTER}|per[ \t]+(?:full[- ]time[ \t]+equivalent|FTE|head|person|officer|member[ \t]+of[ \t]+staff|employee|post)\b|if[ \t]+(?:(?:both|all|the|any)[ \t]+)?(?:(?:optional|two|three)[ \t]+)?extensions?[ \t]+(?:are|is)[ \t]+(?:taken[ \t]+up|exercised|used|agreed)\b|if[ \t]+extended\b)`,
  "i",
);
/** The words just after a figure that tie it to one financial year: "£0.6m in 2024/25" (not "in 2025/26 to 2027/28", "for 2024/25 and 2025/26"). */
export const inOneYearAfter =
  /^[ \t]*(?:in|for|during)[ \t]+(?:FY[ \t]?)?(?:20)?\d{2}[/-](?:20)?\d{2}\b(?![ \t]*(?:to|until|-|–|and|&|,)[ \t]*(?:FY[ \t]?)?(?:20)?\d{2}[/-])/i;

/** An option to extend a contract being awarded: it makes the award no variation. */
const EXTENSION_OPTION = /\b(?:an?\s+|the\s+)?options?\s+to\s+extend\b[^.;]*|\bextension\s+options?\b/gi;

/**
 * True for the kinds of approval that spend no new money: money already approved moved from one year to another,
 * debts written off against a provision, or money put into a reserve for later. (A virement moves money between
 * budgets within a year, and the budget it goes to has it: that is an allocation.)
 */
export function movesMoney(kind: string): boolean {
  return kind === "re-profile" || kind === "write-off" || kind === "transfer to reserve";
}

/**
 * The kinds of an approval of money that pays for spending the decision approves beside it, named for where the
 * money comes from: a reserve drawn down, a contingency, a provision, an underspend, or borrowing ("1. Approve the
 * 2026/27 capital programme of £412.6m; 2. Approve … new external borrowing of up to £248.3m").
 */
export const FUNDS_SPENDING_BESIDE = [
  "reserve drawdown",
  "contingency",
  "provision",
  "underspend",
  "borrowing",
] as const;

/** True for a kind of approval that is a source of the spending approved beside it (see `FUNDS_SPENDING_BESIDE`). */
export function fundsSpendingBeside(kind: string): boolean {
  return (FUNDS_SPENDING_BESIDE as readonly string[]).includes(kind);
}

/**
 * True for the kinds of approval that bring money in (income accepted, a sale's proceeds, money drawn from a reserve,
 * a contingency or borrowing to pay for the spending approved beside it) rather than spend it.
 */
export function bringsMoneyIn(kind: string): boolean {
  return kind === "income" || kind === "disposal" || fundsSpendingBeside(kind);
}

/** A clause that delegates what follows the approval: "… and delegate the award of the resulting contract to …". */
const DELEGATED_CLAUSE = /(?:\band|,|;)[ \t]+(?:to[ \t]+)?delegat\w*\b[^.;]*/gi;

/** A clause naming what pays for the approval: "…, funded by the Police Innovation Fund grant and …". */
const FUNDED_CLAUSE =
  /\b(?:funded|financed|met|resourced)[ \t\n]+(?:(?:in[ \t\n]+full|wholly|entirely)[ \t\n]+)?(?:from|by|through|out[ \t\n]+of)\b[^.;]*/gi;

/** An option to extend being taken up: "the exercise of the option to extend the contract". */
const OPTION_EXERCISED =
  /\bexercis\w*[ \t]+(?:of[ \t]+)?(?:the[ \t]+|an?[ \t]+)?options?[ \t]+to[ \t]+extend\b/i;

/**
 * An approval of money to spend ("Approve expenditure of up to £500,000 for the procurement and implementation of …",
 * "Approve expenditure of £145,000 … through a variation to the existing contract"): a business case, whatever the
 * money buys and however it will be bought.
 */
const SPENDING_APPROVED =
  /^[ \t]*(?:to[ \t]+)?approve[ \t]+(?:the[ \t]+)?(?:(?:revenue|capital)[ \t]+(?:(?:and|or)[ \t]+(?:revenue|capital)[ \t]+)?)?(?:expenditure|spend(?:ing)?)[ \t]+(?:of|up[ \t]+to)\b/i;

/**
 * Spending approved for a contract awarded to a named supplier ("Approve revenue expenditure of up to £450,000 … for
 * the award of a contract to Verian Group UK Ltd"): the award is what is decided, and its supplier is known.
 */
const CONTRACT_AWARDED_TO =
  /\baward(?:ing)?[ \t]+(?:of[ \t]+)?(?:a|the|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?contract[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]/;

export function approvalKind(words: string): string {
  if (OPTION_EXERCISED.test(words))
    return /\bgrants?\b/i.test(words) ? "grant variation" : "contract variation";
  const said = words
    .replace(EXTENSION_OPTION, " ")
    .replace(DELEGATED_CLAUSE, " ")
    .replace(FUNDED_CLAUSE, " ");
  for (const k of APPROVAL_KINDS) {
    if (!k.pattern.test(said)) continue;
    if (
      (k.kind === "contract" || k.kind === "contract variation") &&
      SPENDING_APPROVED.test(said) &&
      !(k.kind === "contract" && CONTRACT_AWARDED_TO.test(said))
    )
      return "funding";
    return k.kind;
  }
  return "funding";
}

/** Words that, just before a figure, qualify it. */
export const QUALIFIER_WORDS: readonly { qualifier: Qualifier; pattern: RegExp }[] = [
  { qualifier: "up to", pattern: /\bup(?:[ \t\n]+to)?(?:[ \t\n]+a[ \t\n]+maximum[ \t\n]+of)?[ \t\n]*$/i },
  {
    qualifier: "maximum",
    pattern:
      /(?:\b(?:a[ \t\n]+|the[ \t\n]+)?max(?:imum|\.)?(?:[ \t\n]+(?:(?:total[ \t\n]+)?(?:contract[ \t\n]+|grant[ \t\n]+|project[ \t\n]+)?(?:value|cost|sum|amount|budget|price)[ \t\n]+)?of)?|\bnot[ \t\n]+(?:to[ \t\n]+)?exceed(?:ing)?|\bcapped[ \t\n]+at|\bno[ \t\n]+more[ \t\n]+than|\bceiling[ \t\n]+of)[ \t\n]*$/i,
  },
  // An estimate given as a range: "external legal costs estimated at between £40,000 and £60,000".
  {
    qualifier: "approximately",
    pattern:
      /\b(?:estimated|forecast|expected|anticipated)[ \t\n]+(?:at[ \t\n]+|to[ \t\n]+(?:be|cost|total)[ \t\n]+)?between[ \t\n]+£[^£]{1,20}?[ \t\n]+and[ \t\n]*$/i,
  },
  // The upper end of a range: "between £1.2m and £1.5m".
  { qualifier: "maximum", pattern: /\bbetween[ \t\n]+£[^£]{1,20}?[ \t\n]+and[ \t\n]*$/i },
  {
    qualifier: "approximately",
    pattern:
      /\b(?:approximately|approx\.?|circa|c\.|around|about|roughly|(?:an[ \t\n]+)?estimated|some)[ \t\n]*$/i,
  },
  // "an estimated whole-life contract value of", "estimated at", "is estimated to cost": the sum is an estimate.
  {
    qualifier: "approximately",
    pattern:
      /\b(?:(?:an[ \t\n]+)?estimated[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:value|cost|total|sum|budget|price|spend|expenditure)[ \t\n]+of|estimated[ \t\n]+(?:at|to[ \t\n]+(?:be|cost|total))|(?:an[ \t\n]+)?estimate[ \t\n]+of)[ \t\n]*$/i,
  },
];

/** The sum written in words, then the bracket its figure is in: " sixty thousand pounds (" before "£65,000)". */
const IN_WORDS_THEN_BRACKET =
  /(?:[ \t\n]+(?:and|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|[a-z]+-[a-z]+))+[ \t\n]+pounds[ \t\n]*\([ \t\n]*$/i;

/**
 * The qualifier of a figure from the words just before it ("up to", "a maximum of", "c£…" → approximately), or
 * before the sum written in words that the figure restates ("not to exceed sixty thousand pounds (£65,000)"): then
 * `words` is empty, as the qualifying words are not beside the figure.
 */
export function qualifierBefore(
  before: string,
  approximate: boolean,
): { qualifier: Qualifier; words: string } {
  const inWords = IN_WORDS_THEN_BRACKET.exec(before);
  if (inWords !== null) {
    const q = qualifierBefore(before.slice(0, inWords.index), approximate);
    return { qualifier: q.qualifier, words: "" };
  }
  const tail = before.slice(-60);
  for (const q of QUALIFIER_WORDS) {
    const m = q.pattern.exec(tail);
    // A "c." the money scanner did not take for "circa" labels a list's item ("…; and c. £0.2m from …").
    if (m && !approximate && /^c\.[ \t\n]*$/i.test(m[0])) continue;
    if (m) return { qualifier: q.qualifier, words: m[0] };
  }
  return { qualifier: approximate ? "approximately" : "exact", words: "" };
}

const MONTH_NAMES =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
const MONTHS = new RegExp(`^${MONTH_NAMES}\\b`);
const name = "[A-Z][\\w'’&.()-]*";
const MONTH_AFTER_TO = new RegExp(`[ \\t]+to[ \\t]+${MONTH_NAMES}\\b.*$`);
/** Small words inside a name: "Fight for Peace", "Lives not Knives", "Mothers against Violence". */
const connector = "(?:and|of|the|for|&|on|upon|in|to|not|against)";
/** The short form a name is given in brackets after it: "Community Alliance to Combat Hate (CATCH)". */
const acronym = "\\([A-Z][A-Za-z&'’.-]{1,15}\\)";
const recipientPattern = (word: string): RegExp =>
  new RegExp(
    `(?:^|[\\s(])${word}[ \\t]+(?:the[ \\t]+)?(${name}(?:(?:[ \\t]+|,[ \\t]+(?:the[ \\t]+)?)(?:${connector}[ \\t]+)*(?:${name}|${acronym}))*)`,
    "g",
  );
const TO = recipientPattern("to");
/** A name just before the bracket a figure sits in: "Redthread Youth Ltd (" before "£1,150,000)". */
const NAME_BEFORE_BRACKET = new RegExp(
  `(?:^|[\\s,])(${name}(?:[ \\t]+(?:${connector}[ \\t]+)*${name})*)[ \\t]*\\([ \\t]*$`,
);

/** The recipient named just before a figure in brackets ("St Giles Trust (£520,000)"), or null. */
export function recipientBeforeBracket(before: string): string | null {
  const m = NAME_BEFORE_BRACKET.exec(before);
  if (m === null) return null;
  const n = m[1]!.replace(/^(?:and|&)[ \t]+/i, "");
  return MONTHS.test(n) || NOT_RECIPIENT.test(n) || roleIn(n)?.index === 0 ? null : n;
}
const WITH = recipientPattern("with");
const NOT_RECIPIENT =
  /^(?:MOPAC|GLA|Mayor|DMPC|CEO|The(?![ \t]+[A-Z])|This|These|That|Approve|Note|Police and Crime Plan|FY[ \t]?\d+|VAT)\b/;

/**
 * Who receives the money, from a recommendation's words: the name after "to" ("to Acme Trust to provide …"),
 * preferring one after the figure, else after "with" ("funding agreement with Example Care"). A name is a run of
 * capitalised words joined by "and", "of", "the", "&": "Acme Trust and the Royal Borough of Example". Months,
 * roles and the deciding body itself are not recipients. Null when none is named.
 */
export function recipientIn(after: string, whole: string): string | null {
  return (
    firstRecipient(after) ??
    firstRecipient(whole) ??
    firstName(WITH, after) ??
    firstName(WITH, whole) ??
    supplierIn(whole)
  );
}

const FROM = recipientPattern("from");
/** "the block purchase of four refuge bed spaces … from Solace Women's Aid": a purchase, then whom it is bought from. */
const BOUGHT_FROM = /\b(?:purchas|buy|bought|procur)\w*\b[^.;£\n]{0,160}?((?:^|\s)from[ \t]+\S[^]*)$/i;
/** Names of money, not of bodies: "from the VAWG Strategy Fund", "from the Victims budget". */
const MONEY_NAME =
  /\b(?:fund|funds|funding|budget|budgets|reserve|reserves|grant|allocation|account|underspend|contingency)$/i;

/** The body a purchase is made from ("purchase … from Solace Women's Aid"): it is paid. Null where none is named. */
function supplierIn(words: string): string | null {
  const m = BOUGHT_FROM.exec(words);
  if (m === null) return null;
  const n = firstName(FROM, m[1]!);
  return n === null || MONEY_NAME.test(n) ? null : n;
}

/** The first recipient after "to": a name, or a group of bodies ("to the 32 London boroughs"), whichever comes first. */
function firstRecipient(text: string): string | null {
  const named = firstName(TO, text);
  GROUP.lastIndex = 0;
  const group = GROUP.exec(text);
  if (group === null) return named;
  if (named === null) return group[1]!.trim();
  const at = text.indexOf(named);
  return at >= 0 && at < group.index ? named : group[1]!.trim();
}

/** "recharged to MOPAC by the Home Office", "invoiced to MOPAC by the MPS": the body that charges is paid. */
const CHARGED_BY = new RegExp(
  String.raw`\b(?:re-?)?(?:charged|invoiced|billed)[ \t\n]+to[ \t\n]+(?:MOPAC|us|the[ \t\n]+Mayor['’]s[ \t\n]+Office[ \t\n]+for[ \t\n]+Policing[ \t\n]+and[ \t\n]+Crime)[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?(${name}(?:[ \t]+(?:(?:of|and|the|for|&)[ \t]+)*${name})*)`,
);

/** The body a recommendation's words say charges MOPAC for the sum ("recharged to MOPAC by the Home Office"), or null. */
export function chargedBy(words: string): string | null {
  const m = CHARGED_BY.exec(words);
  if (m === null) return null;
  const n = m[1]!.replace(/[.,;:]+$/, "");
  return MONTHS.test(n) || NOT_RECIPIENT.test(n) ? null : n;
}

/** Kinds of body that receive money together: "boroughs", "Community Safety Partnerships", "local authorities". */
const GROUP_NOUN = String.raw`(?:boroughs|local[ \t]+authorities|councils|Community[ \t]+Safety[ \t]+Partnerships|CSPs|BCUs|Basic[ \t]+Command[ \t]+Units|police[ \t]+forces|forces|charities|organisations|providers|schools|colleges|hospitals|trusts)`;
/**
 * A group of recipients after "to": "to the 32 London boroughs", "to the nine London boroughs", "to London boroughs
 * and the City of London Corporation". A number or a few capitalised words may come before the kind of body; a
 * named body joined with "and the" belongs to the group.
 */
const GROUP = new RegExp(
  String.raw`(?:^|[\s(])to[ \t]+(?:each[ \t]+of[ \t]+(?=the[ \t]))?((?:the[ \t]+|all[ \t]+)?(?:${numberWord}[ \t]+(?:[\w'’/-]+[ \t]+){0,3}?|(?:[A-Z][\w'’-]*[ \t]+){0,3}?)${GROUP_NOUN}\b(?:[ \t]+and[ \t]+the[ \t]+${name}(?:[ \t]+(?:of[ \t]+)?${name})*)?)`,
  "g",
);

/**
 * The recipients of a sum given to each of them, from the words after the figure: "each to the London Borough of
 * Lambeth and the London Borough of Croydon, and …" gives both boroughs. Null unless the words say "each" (or
 * "apiece") and name two or more recipients; the list ends at the first part that is not a name.
 */
export function eachRecipients(after: string): string[] | null {
  const m = /^[ \t]*(?:each|apiece)\b[ \t,]*(?:to|for|with)[ \t]+([^]*)$/i.exec(after);
  if (!m) return null;
  const names: string[] = [];
  for (const part of m[1]!.split(/,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+/)) {
    if (!/^(?:the[ \t]+)?[A-Z]/.test(part.trim())) break;
    const n = firstName(TO, `to ${part.trim()}`);
    if (n === null) break;
    names.push(n);
  }
  return names.length > 1 ? names : null;
}

const EACH_COUNT = new RegExp(
  `^[ \\t\\n]*(?:each|apiece)\\b[ \\t\\n,]*(?:to|for)[ \\t\\n]+(?:the[ \\t\\n]+|up[ \\t\\n]+to[ \\t\\n]+)?${numberWord}[ \\t\\n]+(?=[A-Za-z])(?:[\\w'’-]+[ \\t\\n]+){0,3}?(?:boroughs?|organisations?|providers?|partners?|partnerships?|projects?|schemes?|charities|charity|services?|groups?|areas?|councils?|authorities|forces?|bodies|recipients?|applicants?|sites?|hubs?|schools?|colleges?|hospitals?|trusts?)\\b`,
  "i",
);

/**
 * A sum given to each of a number of recipients not named one by one: "£50,000 each to three London boroughs" gives
 * the count (3) and the words' length from the figure's end; null otherwise.
 */
export function eachCount(after: string): { count: number; length: number } | null {
  const m = EACH_COUNT.exec(after);
  const n = m ? count(m[1]!) : null;
  return n !== null && n > 1 && n <= 500 ? { count: n, length: m![0].length } : null;
}

/** A company's legal form ("Ltd", "Limited", "plc", "LLP", "CIC") then words joined by anything but "and" or "&". */
const LEGAL_FORM_THEN_WORDS = new RegExp(
  `\\b((?:Ltd|Limited|plc|PLC|LLP|CIC|C\\.I\\.C\\.|Inc)\\.?)[ \\t]+(?:for|of|on|upon|in|to|not|against)[ \\t]+.*$`,
);

function firstName(pattern: RegExp, text: string): string | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // "to Acme Trust for the Example Scheme": what follows "for the" is the purpose, not the name.
    // "to Safer London to March 2025": a name may hold "to" ("Community Alliance to Combat Hate"), a date may not.
    let n = (m[1] ?? "")
      .replace(/[ \t]+for[ \t]+the[ \t].*$/, "")
      .replace(MONTH_AFTER_TO, "")
      .replace(/[.,;:]+$/, "");
    // A closing bracket of the words around the name ("(grants to Acme Trust)"), not one of its own.
    if (n.endsWith(")") && n.split("(").length < n.split(")").length)
      n = n.replace(/\)+$/, "").replace(/[.,;:]+$/, "");
    // "to Northfield Research Ltd for PAS and USS fieldwork": a company's legal form ends its name; what follows
    // "for", "of", "to" … is the purpose or a place ("Fight for Peace", with no legal form, keeps its "for").
    n = n.replace(LEGAL_FORM_THEN_WORDS, "$1");
    n = n.replace(new RegExp(`(?:[ \\t]+${connector})+$`), "").trim();
    if (n.includes("(") && !n.includes(")")) n = n.slice(0, n.indexOf("(")).trim();
    // A list of names ("A, the B, C and D") is read whole; a comma with no "and" after it ends the name.
    if (n.includes(",") && !/,[^,]*[ \t](?:and|&)[ \t][^,]*$/.test(n)) n = n.slice(0, n.indexOf(",")).trim();
    if (!n || MONTHS.test(n) || NOT_RECIPIENT.test(n)) continue;
    // "the Victims' Right to Review": a right to something names a scheme, not whom the money goes to.
    if (/\bRights?$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const role = roleIn(n);
    if (role && role.index === 0) continue;
    return n;
  }
  return null;
}

/**
 * The rest of a sentence saying its money is untouched by the decision: "MOPAC's own contribution to victims' services,
 * £6.4m in 2025/26 from the MOPAC commissioning budget, is unaffected by this decision", "The use of £42.5m from the
 * Budget Resilience Reserve approved in PCD 2101 is unchanged", "… remains unchanged", "£142,500, is covered by the
 * extension of the current contract approved under PCD 1688 and does not form part of this decision". A decimal point
 * is no stop.
 */
export const UNTOUCHED_AFTER =
  /^(?:[^.;]|\.\d)*?\b(?:is|are|remains?|will[ \t\n]+(?:be|remain))[ \t\n]+(?:un(?:affected|changed|altered)|not[ \t\n]+(?:affected|changed|altered)|outside[ \t\n]+(?:the[ \t\n]+scope[ \t\n]+of[ \t\n]+)?this[ \t\n]+decision|not[ \t\n]+(?:part[ \t\n]+of|included[ \t\n]+in)[ \t\n]+this[ \t\n]+decision)\b|^(?:[^.;]|\.\d)*?\b(?:does|do|will)[ \t\n]+not[ \t\n]+form[ \t\n]+(?:any[ \t\n]+)?part[ \t\n]+of[ \t\n]+this[ \t\n]+decision\b/i;
