import { findFinancialYears } from "../financial-year/financial-year";
import type { Quote } from "../findings/finding";
import type { DecisionDocument, SectionPart } from "./decision-document";
import { bringsMoneyIn, fundsSpendingBeside, movesMoney, UNTOUCHED_AFTER } from "./approval-words";
import type { Allocation, Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";
import { sourceNamedByLine } from "./source-names";
import { THING_FUNDED, thingApproved } from "./thing-funded";
import { withIncomeNamedBack } from "./income-named-back";

/** A funding source the decision's words name: "… will be met from the Violence Reduction budget". */
export interface FundingSourceMention extends Quote {
  /** The source's name as written, without its article or words such as "approved" or "existing". */
  name: string;
  /** Named for one part of the money only: "Revenue costs will be met from …", "The capital element is funded by …". */
  partial?: boolean;
  /** The sources a joint source names: "the MoJ Victims' Services Grant and the MOPAC VAWG Strategy Fund". */
  parts?: string[];
  /**
   * The thing a sentence says its sources pay for ("The pilot is co-funded by …": "pilot"), where the source is the
   * decision's only if that thing is what it approves: all the sources such a sentence names, as one joint source, or
   * a source the words "The programme is funded by" name, which may equally be a wider programme's own funding.
   */
  thing?: string;
}

/** Two sources named together: "the Ministry of Justice Victims' Services Grant and the MOPAC VAWG Strategy Fund". */
const JOINT = /^(.+?)[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(.+)$/;

/** The sources a joint source names, where each of its two parts is a source in its own right; else undefined. */
function jointParts(name: string): string[] | undefined {
  const m = JOINT.exec(name);
  if (m === null) return undefined;
  const [first, second] = [m[1]!, m[2]!];
  return SOURCE_NOUN.test(first) && isSourceName(first) && SOURCE_NOUN.test(second) && isSourceName(second)
    ? [first, second]
    : undefined;
}

/** The words of a sentence, before its source, that make the source one part's: "Revenue costs will be met from". */
const ONE_PART =
  /\b(?:(revenue|capital)[ \t\n]+(?:costs?|expenditure|elements?|spend|requirements?|funding)\b|the[ \t\n]+(capital|revenue)\b)/i;

/** True where the sentence names its source for the capital (or revenue) part, and the decision has the other part. */
function forOnePart(text: string, before: string): boolean {
  const m = ONE_PART.exec(before);
  if (m === null) return false;
  const other = (m[1] ?? m[2])!.toLowerCase() === "revenue" ? /\bcapital\b/i : /\brevenue\b/i;
  return other.test(text);
}

/**
 * Only what the decision itself says pays: background text names the sources of other money. The summary counts
 * where its sentence asks for money ("This decision seeks approval of £4.35m …, funded from the Capital
 * Programme"), not where it tells the story ("Drive is currently part funded through the Home Office …").
 */
const STATING_PARTS = new Set<SectionPart>(["recommendation", "financial"]);
const ASKING =
  /£[ \t]*\d[^]*\b(?:approv\w*|seek\w*|request\w*)\b|\b(?:approv\w*|seek\w*|request\w*)\b[^]*£[ \t]*\d/i;

/** "funded from", "will be met from within", "fully funded by", "financed out of", "… comes from". */
const SOURCE_INTRO =
  /\b(?:(?:funded|financed|met|paid|resourced)[ \t\n]+(?:in[ \t\n]+full[ \t\n]+|entirely[ \t\n]+|wholly[ \t\n]+)?(?:from|by|through|out[ \t\n]+of)|(?:will[ \t\n]+)?comes?[ \t\n]+from)[ \t\n]+/gi;
/** Money taken from a budget: "the assignment of c£780,000 from the Mental Health Training budget", "funding from". */
const MONEY_FROM =
  /(?:£[\d,.]+(?:[ \t]*(?:m|k|bn|million|billion)\b)?\)?(?:[ \t]+(?:excluding|including|excl\.?|incl\.?|exclusive of|inclusive of)[ \t]+VAT)?(?:[ \t]*\([^()\n]{0,60}\))?|\bfunding)[ \t\n]+from[ \t\n]+/gi;
/**
 * A budget's own funding ("This budget is funded from match funding and Home Office grants", "the VRU programme
 * budget, which is funded by the Mayor", "the MOPAC Victims' Services budget, funded by the Ministry of Justice
 * Victims' Services Grant"), not the decision's.
 */
const ABOUT_A_SOURCE =
  /\b(?:(?:budget|grant|fund|programme|allocation|reserve)s?[ \t\n]*(?:,[ \t\n]*which[ \t\n]+)?(?:is|are|was|were|has been|have been)[ \t\n]+(?:\w+[ \t\n]+)?|(?:budget|reserve|fund)s?[ \t\n]*,[ \t\n]*(?:itself[ \t\n]+|in[ \t\n]+turn[ \t\n]+)?)$/i;
/**
 * Another body's money, which the decision does not pay: "NHS England's contribution is met from NHS England's own
 * budget and is not part of this decision".
 */
const OTHER_BODYS =
  /\bnot[ \t\n]+part[ \t\n]+of[ \t\n]+this[ \t\n]+(?:decision|approval|request|paper)|\b(?:outside|beyond)[ \t\n]+(?:the[ \t\n]+scope[ \t\n]+of[ \t\n]+)?this[ \t\n]+decision/i;
/** A recommendation that approves what pays: "2. Approve that the grant is funded from …", "Agree that the cost is met from …". */
const APPROVES_THAT =
  /^[\s\-–•]*(?:\(?(?:\d{1,2}|[a-h])[.)][ \t]*)?(?:to[ \t]+)?(?:approve|agree|confirm|note)s?[ \t]+that\b/i;
/**
 * The running costs of what the decision buys, after it ("Ongoing maintenance of the replacement cameras, estimated at
 * £95,000 per annum from 2027/28, will be met from within the existing DDaT revenue budget", "Revenue costs of
 * maintenance, estimated at £28,000 a year, will be met from …"): future budgets' money, not a source of what it approves.
 */
const LATER_RUNNING_COSTS =
  /(?:ongoing|on-going|maintenance|running|whole[- ]life|support)[ \t\n]+(?:[\w-]+[ \t\n]+){0,4}?(?:costs?|of)\b[^.;]*\b(?:estimated|thereafter|from[ \t\n]+(?:20)?\d\d[/-]\d\d|once|after[ \t\n]+(?:completion|implementation|go-live))\b|\bestimated[ \t\n]+at[ \t\n]+£[\d,.]+[ \t]*(?:m|k|million)?[ \t\n]+(?:a|per|each)[ \t\n]+(?:year|annum)\b/i;
/** Another funder paying the rest of a scheme: "with the balance of £260,000 met by the London Borough of Newham". */
const PARTNER_PAYS_REST = /\b(?:balance|remainder|rest)\b[^.;]{0,60}\b(?:met|paid|funded)[ \t\n]+by\b/i;
/** A source named as another body's own: "NHS England's own budget". */
const OWN_BUDGET = /['’]s[ \t]+own\b/i;
/** A source that pays only if another fails: "Should the grant be reduced, the shortfall will be met from …". */
const FALLBACK =
  /\b(?:shortfall|any[ \t\n]+overspend|in[ \t\n]+the[ \t\n]+event[ \t\n]+(?:that|of)|should[ \t\n]+the[ \t\n]+\w+(?:[ \t\n]+\w+)?[ \t\n]+be[ \t\n]+(?:reduced|withdrawn|delayed|insufficient|lower))\b/i;
/**
 * Money the decision does not approve now: a sentence on a condition ("Should both extension options be exercised,
 * … would be met from future years' budgets") or left to a later decision ("subject to a further decision").
 */
const NOT_APPROVED_NOW =
  /^[^A-Za-z]*(?:should|if|were|where)\b|\bsubject[ \t\n]+to[ \t\n]+(?:a|an)[ \t\n]+(?:further|separate|future|later|new)[ \t\n]+(?:decision|approval)\b/i;
/** Where a source's name ends: a clause's end, or words that begin what is said about it. */
const NAME_END =
  /[.;:,()\n£]|[ \t]+and[ \t]+(?:will|is|are|was|were|has|have|shall|would|can|may|does|do|did|requires?|represents?)\b|[ \t]+of[ \t]+(?:up[ \t]+to[ \t]+|c\.?[ \t]*|approximately[ \t]+)?£|[ \t](?:approved|agreed|allocated)[ \t]+(?:under|by|in|at|through|via)\b|[ \t](?:which|into|and[ \t]+(?:the[ \t]+)?subsequent|within|subject[ \t]+to|to|for|over|in[ \t]+(?:20\d\d|\d\d[/-]\d\d|the[ \t]+(?:financial|next|current)|each)|until|from|under|as[ \t]+(?:part|set|agreed|approved)|where|with|by|via|on|at|if|so)\b/i;
/**
 * Where the name that starts at `lead` in `rest` ends. A comma ends it, unless the name is not yet a source and the
 * words after the comma make one: "the MPS Digital, Data and Technology revenue budget".
 */
function nameEnd(rest: string, lead: number): number {
  let end = endFrom(rest, lead);
  while (rest[end] === "," && !SOURCE_NOUN.test(rest.slice(lead, end))) {
    const next = endFrom(rest, end + 1);
    const more = rest.slice(end + 1, next);
    if (!/^[ \t]+[A-Z]/.test(more) || !SOURCE_NOUN.test(more.trimEnd())) break;
    end = next;
  }
  return end;
}

function endFrom(rest: string, from: number): number {
  const m = NAME_END.exec(rest.slice(from));
  return m === null ? rest.length : from + m.index;
}

/** Words before the name that are not part of it: "within the wider", "the approved", "the ring-fenced element of the". */
const LEADING =
  /^(?:(?:within|the|a|an|its|their|approved|existing|current|wider|agreed|ring-?fenced|available|remaining|relevant|annual|(?:FY[ \t]*)?(?:20)?\d\d[/-](?:20)?\d\d(?:[ \t]+(?:and|to|&))?|(?:element|part|portion|share|balance|allocation|remainder)[ \t]+of)[ \t]+)+/i;
/** A name that is a source of money: a budget, grant, fund, reserve… or a proper name. */
const SOURCE_NOUN =
  /\b(?:budgets?|grants?|funds?|funding|reserves?|programmes?|settlement|allocation|precept|levy|income|underspend|contingency|balances|receipts?)$/i;
/** Not a source but a mechanism, a pronoun or another decision: "grant agreements", "this grant", "PCD 1120". */
const NOT_A_SOURCE =
  /^(?:this|that|these|those|it|them|which|what|grant[ \t]+agreements?|agreements?|contracts?|invoices?|the[ \t]+decision)\b|\b(?:PCD|DMPCD|decision)[ \t]*\d/i;
const MAX_WORDS = 12;

/**
 * A source's kind with nothing to say whose it is: "the budget", "the underspend", "existing funding". Its year, where
 * the words give one, names it ("the 2024/25 underspend"); else it names no source.
 */
const KIND_ONLY =
  /^(?:(?:revenue|capital|overall|general|central|available|additional|remaining|forecast|projected|in-?year|one-?off|local)[ \t]+)*(?:budgets?|underspends?|funding|funds?|grants?|reserves?|contingency|income|balances|allocation|settlement|resources?)$/i;
/** The financial year among the words before a name: "the 2024/25 underspend". */
const LEADING_YEAR = /(?:FY[ \t]*)?(?:20)?\d\d[/-](?:20)?\d\d/i;

/** The name a source is known by: its year and kind where it names no more ("2024/25 underspend"); else null. */
function namedSource(name: string, leading: string): string | null {
  if (!KIND_ONLY.test(name)) return name;
  const year = LEADING_YEAR.exec(leading);
  return year === null ? null : `${year[0]} ${name}`;
}

/** "the same reserve", "this grant", "the said budget": a source named before, by its kind. */
const NAMED_BEFORE = /^(?:same|said|above|aforementioned|this|that)[ \t]+([A-Za-z-]+)$/i;
/** A source's share in brackets, then another source: "… budget (£865,000) and the Police Grant (£410,000)". */
const AND_ANOTHER = /^[ \t]*\([^()\n]*£[^()\n]*\)[ \t]*,?[ \t]*(?:and|&)[ \t]+/i;

/** Another source with its sum: "… grant and £600,000 of MOPAC match funding", "… and £1.8m from the VAWG budget". */
const AND_SUM_OF = /^[ \t]+(?:and|&)[ \t]+£[\d,.]+[ \t]*(?:m|k|bn|million)?[ \t]+(?:of|from)[ \t]+/i;

/** Every funding source the Recommendation and Financial Comments name, in text order. */
export function fundingSourceMentions(doc: DecisionDocument): FundingSourceMention[] {
  const found: (FundingSourceMention & { kindOnly: boolean; sentence: number; aboutThing: boolean })[] = [];
  const text = doc.text;
  // Only the parts that may state the source are searched.
  const searched = doc.sections.filter((sec) => STATING_PARTS.has(sec.part) || sec.part === "summary");
  const read = (intro: RegExp, named: (name: string) => boolean): void => {
    for (const section of searched) {
      const body = text.slice(section.start, section.end);
      intro.lastIndex = 0;
      for (let hit = intro.exec(body); hit !== null; hit = intro.exec(body)) {
        const at = section.start + hit.index;
        const around = sentenceAround(text, at);
        const sentence = text.slice(around.start, around.end);
        if (section.part === "summary" && !ASKING.test(sentence)) continue;
        // "The programme is funded by …" opening the sentence: the thing funded, which may be the decision's.
        const opening = THING_FUNDED.exec(sentence);
        const thing = opening?.[2];
        const opens = opening !== null && at < around.start + opening.index + opening[0].length;
        // "2. Approve that the grant is funded from the MOPAC capital budget …": the decision says what pays for what
        // it approves, not what a budget is funded by.
        const approvesSource = section.part === "recommendation" && APPROVES_THAT.test(sentence);
        if (
          !opens &&
          !approvesSource &&
          ABOUT_A_SOURCE.test(body.slice(Math.max(0, hit.index - 40), hit.index))
        )
          continue;
        if (OTHER_BODYS.test(sentence) || FALLBACK.test(sentence) || NOT_APPROVED_NOW.test(sentence))
          continue;
        if (
          section.part !== "recommendation" &&
          (LATER_RUNNING_COSTS.test(sentence) || PARTNER_PAYS_REST.test(sentence))
        )
          continue;
        // Funding the decision leaves as it was ("The use of £42.5m from the Budget Resilience Reserve approved in
        // PCD 2101 is unchanged") pays for nothing it approves.
        if (UNTOUCHED_AFTER.test(text.slice(at, around.end))) continue;
        // The source named, and any named with it ("… (£865,000) and the Police Grant (£410,000)").
        for (let from = at + hit[0].length, sources = 0; sources < 4; sources++) {
          const rest = text.slice(from, Math.min(section.end, from + 200));
          const lead = LEADING.exec(rest)?.[0].length ?? 0;
          // A name cut short at the figure of a second source keeps no "and": "the Home Office grant and £600,000 of …".
          const end = nameEnd(rest, lead);
          const raw = rest
            .slice(0, end)
            .replace(/[ \t]+(?:and|&)[ \t]*$/i, "")
            .trimEnd();
          const written = raw.slice(lead).replace(/[ \t]+/g, " ");
          const kindOnly = NAMED_BEFORE.test(written);
          const name = kindOnly ? written : namedSource(written, raw.slice(0, lead));
          if (name === null) break;
          if (!kindOnly && (!isSourceName(name) || !named(name) || OWN_BUDGET.test(raw))) break;
          const partial = forOnePart(text, text.slice(around.start, at));
          found.push({
            name,
            quote: text.slice(at, from + raw.length),
            offset: at,
            kindOnly,
            partial,
            sentence: around.start,
            ...(thing !== undefined ? { thing } : {}),
            aboutThing: opens && ABOUT_A_SOURCE.test(body.slice(Math.max(0, hit.index - 40), hit.index)),
          });
          const another = AND_ANOTHER.exec(rest.slice(end)) ?? AND_SUM_OF.exec(rest.slice(raw.length));
          if (another === null) break;
          from += (another.input === rest.slice(end) ? end : raw.length) + another[0].length;
        }
      }
    }
  };
  read(SOURCE_INTRO, () => true);
  read(MONEY_FROM, (name) => SOURCE_NOUN.test(name));
  found.sort((a, b) => a.offset - b.offset);
  // "from the same reserve": the last source named before it of that kind.
  const out: FundingSourceMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!f.kindOnly) {
      const together = sourcesOfTheThing(found.slice(i), text);
      if (together !== null) {
        out.push(together.mention);
        i += together.count - 1;
        continue;
      }
      // A lone source "The grant is funded by" names may be the grant's own funding, not the decision's.
      if (f.aboutThing) continue;
      const parts = jointParts(f.name);
      out.push({
        name: f.name,
        quote: f.quote,
        offset: f.offset,
        ...(f.partial ? { partial: true } : {}),
        ...(parts ? { parts } : {}),
      });
      continue;
    }
    const noun = NAMED_BEFORE.exec(f.name)![1]!.toLowerCase().replace(/s$/, "");
    const earlier = [...out].reverse().find((o) => o.name.toLowerCase().replace(/s$/, "").endsWith(noun));
    if (earlier !== undefined) out.push({ name: earlier.name, quote: f.quote, offset: f.offset });
  }
  return out;
}

/** A source named by its kind of money ("the capital programme and …"): a split of the cost, not a funder. */
const COST_SPLIT = /^(?:capital|revenue)\b/i;

/**
 * The sources a sentence opening with the thing funded names ("The pilot is co-funded by a Youth Endowment Fund
 * grant of £750,000 and MOPAC's contribution of £450K from the MOPAC Violence Reduction budget"), as one joint source
 * with its parts, and how many of `found` (from its first) it takes; null where the sentence names one source, or
 * names the parts of a capital and revenue split.
 */
function sourcesOfTheThing(
  found: readonly (FundingSourceMention & { kindOnly: boolean; sentence: number })[],
  text: string,
): { mention: FundingSourceMention; count: number } | null {
  const first = found[0]!;
  if (first.thing === undefined) return null;
  let count = 0;
  while (count < found.length && found[count]!.sentence === first.sentence) count++;
  const named = found.slice(0, count);
  if (named.some((m) => m.kindOnly || m.partial || COST_SPLIT.test(m.name))) return null;
  const parts: string[] = [];
  for (const m of named) if (!parts.some((p) => sameSource(p, m.name))) parts.push(m.name);
  if (parts.length < 2) return null;
  const last = named[count - 1]!;
  return {
    mention: {
      name: parts.join(" and "),
      quote: text.slice(first.offset, last.offset + last.quote.length),
      offset: first.offset,
      parts,
      thing: first.thing,
    },
    count,
  };
}

function isSourceName(name: string): boolean {
  if (name.length < 3 || NOT_A_SOURCE.test(name)) return false;
  const words = name.split(" ");
  if (words.length > MAX_WORDS) return false;
  // A proper name ("Home Office", "MOPAC") or a common noun of money ("the Technology revenue budget").
  return SOURCE_NOUN.test(name) || words.some((w) => /^[A-Z]/.test(w));
}

/**
 * The same source named twice, once more fully ("MOPAC Reducing Reoffending budget", "Reducing Reoffending budget"), or
 * once with a possessive ("MOPAC's capital budget", "MOPAC capital budget").
 */
function sameSource(a: string, b: string): boolean {
  // "MOPAC's capital budget" and "the MOPAC capital budget" are one budget.
  const x = a.toLowerCase().replace(/['’]s\b/g, "");
  const y = b.toLowerCase().replace(/['’]s\b/g, "");
  return x.endsWith(y) || y.endsWith(x);
}

/**
 * The one funding source the decision names for its money, in its fullest form; null where it names none, or more
 * than one ("capital costs … from the Capital Programme; revenue costs … from the Technology budget"), since which
 * money each pays is then not said.
 */
export function singleFundingSource(mentions: readonly FundingSourceMention[]): string | null {
  let found: string | null = null;
  for (const m of mentions) {
    if (found === null) found = m.name;
    else if (!sameSource(found, m.name)) return null;
    else if (m.name.length > found.length) found = m.name;
  }
  return found;
}

/** After an income's figure, the words before who pays it: " from the", " (four hundred … pounds) from", " of grant funding from". */
const PAYER_AFTER =
  /^(?:[ \t]*\([^()\n]{0,80}\))?(?:[ \t\n]+of(?:[ \t\n]+[\w'’-]+){1,4}?)?[ \t\n]+from[ \t\n]+/i;
/** Not a payer but a date or a time: "from 1 April 2024", "from April", "from now". */
const NOT_A_PAYER =
  /^(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|now|then|today)\b)/i;

/**
 * Who pays an income the decision accepts, from the words just after its figure: "grant income of £1.75m from the
 * Home Office and £880k from the Ministry of Justice" gives each sum its own payer. Null where they name none.
 */
export function payerOf(text: string, a: Approval): string | null {
  const end = a.offset + a.quote.length;
  const after = text.slice(end, end + 240);
  const m = PAYER_AFTER.exec(after);
  if (m === null) return null;
  const rest = after.slice(m[0].length);
  const lead = LEADING.exec(rest)?.[0].length ?? 0;
  const raw = rest
    .slice(0, nameEnd(rest, lead))
    .replace(/[ \t]+(?:and|&)[ \t]*$/i, "")
    .trimEnd();
  const name = namedSource(raw.slice(lead).replace(/[ \t]+/g, " "), raw.slice(0, lead));
  return name !== null && isSourceName(name) && !NOT_A_PAYER.test(name) && !OWN_BUDGET.test(raw)
    ? name
    : null;
}

/**
 * Gives approvals and allocations the funding source the decision names for them, where nothing more specific (a
 * table's Funding Source column) already did: an approval the source its own sentence names ("Approve £2m …,
 * funded from the Reducing Reoffending budget"), else the decision's one source; an allocation its approval's
 * source, else the decision's one source.
 */
export function withFundingSources(
  doc: DecisionDocument,
  approvals: readonly Approval[],
  allocations: readonly Allocation[],
): void {
  // A source said to pay for a thing ("The programme is funded by …") is the decision's only where that thing is what
  // it approves.
  const approved = approvals
    .filter((a) => !bringsMoneyIn(a.kind) && !movesMoney(a.kind))
    .map((a) => {
      const s = sentenceAround(doc.text, a.offset);
      return doc.text.slice(s.start, s.end);
    });
  const mentions = fundingSourceMentions(doc).filter(
    (m) => m.thing === undefined || thingApproved(m.thing, approved),
  );
  // A table that gives two or more sources ("Funder: Home Office, MOPAC, MPS") says the money has several: a
  // source the words name is then one of them ("MOPAC's share will be met from …"), not the decision's.
  const tabled = new Set(allocations.map((a) => a.fundingSource).filter((x) => x !== null));
  // A source named for one part of the money ("Revenue costs will be met from …") is not the whole's.
  const single = tabled.size > 1 || mentions.some((m) => m.partial) ? null : singleFundingSource(mentions);
  // Money that pays for the spending beside it is read first: the source it is drawn from pays that part alone.
  const sourcesFirst = [...approvals].sort(
    (a, b) => Number(bringsMoneyIn(b.kind)) - Number(bringsMoneyIn(a.kind)),
  );
  for (const a of sourcesFirst) {
    if (a.fundingSource !== null) continue;
    // Income accepted is a source of money itself: its source is who pays it ("Accept grant income of £2.5m from the
    // Home Office Hotspot Action Fund"); a drawdown's is the reserve it is drawn from ("a drawdown of £0.65m from the
    // Budget Resilience Reserve"). A sale's proceeds have none.
    const s = sentenceAround(doc.text, a.offset);
    const own = mentions.filter((m) => m.offset >= s.start && m.offset < s.end);
    if (bringsMoneyIn(a.kind)) {
      if (a.kind === "income") a.fundingSource = payerOf(doc.text, a);
      // Money that pays for the spending beside it comes from where its own sentence says ("is met from the MPS
      // central contingency"), or a sentence restating its sum does ("The balance of £51,230 will be met from the
      // MPS central contingency"). Borrowing is itself where its money comes from: what else a sentence restating it
      // names pays for the rest.
      else if (fundsSpendingBeside(a.kind))
        a.fundingSource =
          payerOf(doc.text, a) ??
          singleFundingSource(own) ??
          (a.kind === "borrowing" ? null : singleFundingSource(restating(doc, mentions, a)));
      continue;
    }
    // "Approve £811,230 …" and "Approve that the £51,230 above the budget is met from the MPS central contingency":
    // the contingency pays the part drawn from it, not the whole.
    const whole = (ms: readonly FundingSourceMention[]): FundingSourceMention[] =>
      ms.filter((m) => !paysOnlyAPart(approvals, a, m.name));
    // Money moved between years or written off is not the thing the sources were said to pay for.
    const decisions =
      single === null ||
      paysOnlyAPart(approvals, a, single) ||
      (movesMoney(a.kind) && mentions.some((m) => m.thing !== undefined && m.name === single))
        ? null
        : single;
    a.fundingSource =
      singleFundingSource(whole(own)) ?? singleFundingSource(whole(restating(doc, mentions, a))) ?? decisions;
  }
  withIncomeNamedBack(doc.text, approvals);
  const byYear = single === null && tabled.size <= 1 ? sourcesByYear(doc.text, mentions) : null;
  // A line that is itself one of a joint source's parts (a table "by funding line": "MoJ Victims' Services Grant |
  // £500,000 …") is paid from that part alone.
  const joint = new Map(mentions.filter((m) => m.parts).map((m) => [m.name, m.parts!]));
  for (const al of allocations) {
    if (al.fundingSource !== null) continue;
    const from = approvals.find((a) => a.offset === al.offset);
    const whole =
      single !== null && approvals.some((a) => paysOnlyAPart(approvals, a, single)) ? null : single;
    al.fundingSource = (from === undefined ? whole : from.fundingSource) ?? byYear?.get(al.fy) ?? null;
    const parts = al.fundingSource === null ? undefined : joint.get(al.fundingSource);
    if (parts) al.fundingSource = sourceNamedByLine(al.line, parts) ?? al.fundingSource;
  }
}

/**
 * True where `name` is the source of money drawn to pay for part of spending approval `a` (a contingency, a reserve
 * drawdown, an underspend for less than `a`'s sum): it pays that part, not `a`.
 */
function paysOnlyAPart(approvals: readonly Approval[], a: Approval, name: string): boolean {
  return approvals.some(
    (b) =>
      b !== a &&
      fundsSpendingBeside(b.kind) &&
      b.pence < a.pence &&
      b.fundingSource !== null &&
      sameSource(b.fundingSource, name),
  );
}

/**
 * The sources named in sentences that restate an approval's sum ("The grant of £150,000 for the pilot will be funded
 * from the MOPAC Commissioning budget"): where the decision names several sources, the one its sum is paid from.
 */
function restating(
  doc: DecisionDocument,
  mentions: readonly FundingSourceMention[],
  a: Approval,
): FundingSourceMention[] {
  return mentions.filter((m) => {
    const s = sentenceAround(doc.text, m.offset);
    return doc.money.some((x) => x.pence === a.pence && x.offset >= s.start && x.offset < s.end);
  });
}

/**
 * The source the words name for each financial year, where a sentence names a source and its years and nothing
 * else ("Funding for 2025/26 and 2026/27 will be met from the VRU core budget. Funding for 2027/28 … from the VRU
 * reserve."); a year two sources are named for has none.
 */
function sourcesByYear(text: string, mentions: readonly FundingSourceMention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of mentions) {
    const s = sentenceAround(text, m.offset);
    const sentence = text.slice(s.start, s.end);
    if (sentence.includes("£")) continue;
    for (const fy of findFinancialYears(sentence).flatMap((y) => y.years)) {
      const had = out.get(fy);
      out.set(fy, had === undefined || had === m.name ? m.name : null);
    }
  }
  return out;
}
