import type { Pence } from "../money/pence";
import type { MoneyMention } from "../money/scan-money";
import {
  approvalKind,
  bringsMoneyIn,
  changeToBefore,
  chargedBy,
  eachCount,
  eachRecipients,
  inOneYearAfter,
  isChangeFrom,
  neverApprovedAfter,
  neverApprovedBefore,
  DELEGATING,
  NOT_APPROVING,
  notApprovedAfter,
  INCLUDING_VAT,
  EXCLUDING_VAT,
  notApprovedBefore,
  qualifierBefore,
  recipientBeforeBracket,
  recipientIn,
  revisedTotalBefore,
  runningTotalBefore,
  thresholdBefore,
  monthlyRateAfter,
  monthlyRateBefore,
  thereafterRateAfter,
  yearlyRateAfter,
  yearlyRateBefore,
  bracketedYearlyRate,
} from "./approval-words";
import type { DecisionDocument } from "./decision-document";
import { referredItems, tableApprovals } from "./approvals-by-reference";
import {
  nextYearsPeriod,
  periodIn,
  relativeYears,
  endIn,
  laterStart,
  monthsByFinancialYear,
  periodEndingOn,
  periodThereafter,
  type Period,
  wholeYears,
} from "./decision-period";
import type { Approval } from "./decision-record";
import { findFinancialYears } from "../financial-year/financial-year";
import { approvingSentences, recommendationItems, type RecommendationItem } from "./recommendation-items";
import { RECOMMENDATION_VERBS } from "./section-headings";
import { sentenceAround, sentenceStart, flatten } from "./sentence-bounds";
import type { TextLine } from "./text-lines";
import { besideTheSum } from "./beside-the-sum";
import { onlyBids } from "./bids";
import { isUnitRate, unitCount } from "./unit-rate";
import { reversedPeriods } from "./reversed-periods";
import { wholeLifePeriod } from "./whole-life-term";
import { markSourcesOfSpending } from "./sources-of-spending";
import { isMayoralDecision, mopacRecipient } from "./mayoral-recipient";
import { movedBetweenYearsAt } from "./source-years";
import { partsOfAnEarlierSum } from "./parts-of-an-earlier-sum";
import { count, numberWord } from "../text/number-words";
import { partsSaidWithTheSum } from "./parts-said-with-the-sum";

const TOTAL_BEFORE = /\b(?:total(?:ling|ing)?|in total|overall|sum of|combined|aggregate)\b[^£]{0,40}$/i;
const MAX_APPROVALS = 50;
/** Words before a figure that restate the one before it another way: "being", "i.e.", "equivalent to". */
const RESTATING = /(?:\bbeing|\bi\.?e\.?,?|\bequivalent[ \t]+to|\bwhich[ \t]+is|\bthat[ \t]+is)[ \t]*$/i;
/** The words of a clause saying what pays for a sum, up to a figure in it: "…, funded by the Home Office grant and". */
const FUNDED_BY_BEFORE =
  /\b(?:funded|financed|met|paid[ \t\n]+for|resourced)[ \t\n]+(?:(?:in[ \t\n]+full|wholly|entirely|jointly|partly)[ \t\n]+)?(?:from|by|through|out[ \t\n]+of)\b[^.;£]*$/i;
/** The words after a figure that say whose money it is: "£600,000 of MOPAC match funding", "£1.8m from the … budget". */
const SOURCE_AFTER = /^[ \t\n]*(?:of|from)[ \t\n]+/i;
/** The words between two sources of a sum in a list: "of retained business rates income and ", ", ". */
const SOURCE_LIST_BETWEEN =
  /^[^.;£]{0,80}?(?:,|\band|\bplus)[ \t\n]+(?:a[ \t\n]+contribution[ \t\n]+of[ \t\n]+)?$/i;
/** The words after a sum each of several recipients gets: "each", "to each of", "for each of", "per borough". */
const EACH_AFTER =
  /^[ \t\n]*(?:each\b|apiece\b|(?:to|for)[ \t\n]+each[ \t\n]+of\b|per[ \t\n]+(?:borough|recipient|organisation|provider|authority|council|partner(?:ship)?|force|project)\b)/i;
/** "over the two years", "for the three financial years": as many years as named before, the definite article says. */
const THE_YEARS = new RegExp(
  String.raw`\b(?:for|over|during|across|in)[ \t]+the[ \t]+${numberWord}[ \t]+(?:financial[ \t]+)?years\b(?![ \t]+(?:from|to|starting|commencing|beginning|after|before|following))`,
  "i",
);
/** A date or a financial year in an item's own words. */
const DATED =
  /\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{4}\b|\b(?:20)?\d\d[/-](?:20)?\d\d\b/i;
const SAME_PERIOD = /\b(?:for|over|during|in|across)[ \t]+the[ \t]+same[ \t]+(?:period|years?|term|dates)\b/i;

/**
 * What the Recommendation approves: one approval per approved sum, in the order written. For each figure in a
 * recommendation (not one that only notes or delegates) it reads the qualifier ("up to", "a maximum of", "c£"),
 * the recipient, the kind (from the verb phrase) and the period. Where the recommendation gives no period, the
 * period comes from another recommendation that does ("Approve that the contract runs for 18 months from …"),
 * then from a sentence elsewhere restating the same sum, then from "the next N financial years" resolved against
 * the decision text. A figure the recommendation states exactly but the body restates with "up to" or "a maximum of"
 * takes the body's qualifier.
 */
export function readApprovals(
  doc: DecisionDocument,
  lines: readonly TextLine[],
  signed: string | null,
): Approval[] {
  let items = recommendationItems(doc, lines);
  if (!doc.sections.some((s) => s.part === "recommendation")) items = approvingSentences(doc);
  const approvals = approvalsOf(doc, items, signed);
  if (approvals.length === 0) approvals.push(...tableApprovals(doc, items).slice(0, MAX_APPROVALS));
  // "Approve the proposal set out in this paper": what the paper (or the paragraph named) asks for.
  let stating = items;
  if (approvals.length === 0) {
    const referred = referredItems(doc, items);
    if (referred.length > 0) approvals.push(...approvalsOf(doc, referred, signed));
    stating = referred;
  }
  // Money from a reserve, a contingency or borrowing that pays for the spending approved beside it is not more spending.
  markSourcesOfSpending(approvals, (a) => {
    const item = stating.find((it) => it.start <= a.offset && a.offset < it.end);
    if (item === undefined) return { words: "", before: "" };
    return { words: item.words, before: flatten(doc.text.slice(item.start, a.offset)) };
  });
  return approvals;
}

/** The approvals the recommendations (or the sentences standing in for them) state. */
function approvalsOf(
  doc: DecisionDocument,
  items: readonly RecommendationItem[],
  signed: string | null,
): Approval[] {
  const byItem = new Map<RecommendationItem, MoneyMention[]>();
  let k = 0;
  for (const m of doc.money) {
    while (k < items.length && items[k]!.end <= m.offset) k++;
    const item = items[k];
    if (!item || m.offset < item.start || m.pence <= 0) continue;
    const before = flatten(doc.text.slice(Math.max(item.start, m.offset - 80), m.offset));
    const after = doc.text.slice(
      m.offset + m.quote.length,
      Math.min(item.end, m.offset + m.quote.length + 60),
    );
    if (thresholdBefore.test(before) || neverApprovedBefore.test(before) || neverApprovedAfter.test(after))
      continue;
    // "approves … £30.0m …; and notes that the ongoing cost, estimated at £31.5m a year …": a figure in a clause
    // that notes is not approved.
    if (inNotingClause(doc.text.slice(item.start, m.offset))) continue;
    // A unit rate with no count of its units ("at a rate of £1,200 per placement") is no sum.
    if (isUnitRate(before, after) && unitCount(after, before) === null) continue;
    const list = byItem.get(item) ?? [];
    list.push(m);
    byItem.set(item, list);
  }

  const inRecommendation = (offset: number): boolean => {
    let lo = 0;
    let hi = items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const it = items[mid]!;
      if (offset < it.start) hi = mid - 1;
      else if (offset >= it.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // A table under an approving sentence splits the sentence's sum ("grants totalling £3m to the boroughs in the
  // table below"): where the approving words carry a figure of their own, the table's cells are allocations, not
  // further approvals. A recommendation made only of a table still approves its figures.
  const inTable = (offset: number): boolean => doc.tables.some((t) => t.start <= offset && offset < t.end);
  const sentencesApprove = items.some(
    (item) =>
      !DELEGATING.test(item.words) &&
      !onlyBids(item.words) &&
      (byItem.get(item) ?? []).some((m) => !inTable(m.offset)),
  );
  const approvals: Approval[] = [];
  /** The approvals read from lettered sub-items ("(a) £0.5m to the MPS"), which may take their period from the rest. */
  const fromSubItems = new Set<Approval>();
  const byRecommendation = new Map<RecommendationItem, Approval[]>();
  // A figure restates an approval already read where it has the same sum and says nothing different of its
  // period, recipient or direction, income or spending ("Approve £2m … The £2m will be paid …"); the same sum for
  // another year or recipient is another approval.
  // A later recommendation section restating the same sum over the same period (a web page's Decision, then the
  // body's "This decision recommends …") restates it, whoever it names: the provider in one, the service in another.
  const sectionOf = new Map<Approval, RecommendationItem["section"]>();
  const restates = (a: Approval, section: RecommendationItem["section"]): boolean =>
    approvals.some(
      (b) =>
        b.pence === a.pence &&
        // Income accepted and the same sum approved for spending are two flows of money, not one said twice.
        bringsMoneyIn(a.kind) === bringsMoneyIn(b.kind) &&
        (a.start === null || (b.start === a.start && b.end === a.end)) &&
        (a.recipient === null ||
          b.recipient === null ||
          a.recipient === b.recipient ||
          (a.start !== null && sectionOf.get(b) !== section)),
    );
  // The lettered sub-items of a recommendation that delegates ("Delegate authority to the Director to: (a) award
  // grants of up to £150,000 …") set what may be done under the delegation; they approve nothing themselves.
  let delegating = false;
  for (const item of items) {
    if (!item.lettered) delegating = NOT_APPROVING.test(item.words) && /:\s*$/.test(item.words);
    else if (delegating) continue;
    const all = byItem.get(item);
    // An item that notes keeps the figures of its approving clauses ("Note … and approve …"): the figures it only
    // notes were left out above.
    if (!all || DELEGATING.test(item.words) || onlyBids(item.words)) continue;
    const mentions = sentencesApprove ? all.filter((m) => !inTable(m.offset)) : all;
    if (mentions.length === 0) continue;
    for (const m of approvedFigures(doc.text, item, mentions)) {
      if (approvals.length >= MAX_APPROVALS) continue;
      const a = approvalOf(doc, items, item, m, inRecommendation, (i) => byItem.has(i), signed);
      // "… over the same period": the period of the approval before, whatever else the words name.
      const before = approvals[approvals.length - 1];
      if (before !== undefined && before.start !== null && SAME_PERIOD.test(item.words)) {
        a.start = before.start;
        a.end = before.end;
      } else if (before !== undefined && before.end !== null && !DATED.test(item.words)) {
        // "… to a value of up to £780,000 over the two years": the years named before, where they are as many, not a
        // period read from other words.
        const years = THE_YEARS.exec(item.words);
        const n = years === null ? null : count(years[1]!);
        if (n !== null && wholeYears({ start: before.start!, end: before.end }) === n) {
          a.start = before.start;
          a.end = before.end;
        }
      }
      if (restates(a, item.section)) continue;
      // "£150,000 each to A and B": one approval of the sum for each recipient.
      const each = eachRecipients(
        flatten(doc.text.slice(m.offset + m.quote.length, clauseEnd(all, m, item))),
      );
      const added =
        each === null
          ? [a]
          : each.slice(0, MAX_APPROVALS - approvals.length).map((recipient) => ({ ...a, recipient }));
      for (const x of added) {
        approvals.push(x);
        sectionOf.set(x, item.section);
        if (item.lettered) fromSubItems.add(x);
        byRecommendation.set(item, [...(byRecommendation.get(item) ?? []), x]);
      }
    }
  }
  const parts = listedParts(items, byRecommendation);
  for (const a of partsOfAnEarlierSum(items, byRecommendation)) parts.add(a);
  for (const [item, list] of byRecommendation)
    for (const a of wholeAndParts(doc.text, item, list)) parts.add(a);
  if (parts.size > 0) approvals.splice(0, approvals.length, ...approvals.filter((a) => !parts.has(a)));
  sharePeriod(approvals, fromSubItems);
  return approvals;
}

/** The verb that starts a clause of a recommendation: "approves", "; and notes that", "and to note". */
const CLAUSE_VERB =
  /(?:^|[;:]|\band|\n)[ \t\n]*(?:to[ \t\n]+)?(approves?|agrees?|authorises?|accepts?|awards?|endorses?|notes?|noting)\b/gi;

/** True where the last verb starting a clause in `before` (a recommendation's words up to a figure) notes. */
function inNotingClause(before: string): boolean {
  let last: string | null = null;
  CLAUSE_VERB.lastIndex = 0;
  for (let v = CLAUSE_VERB.exec(before); v !== null; v = CLAUSE_VERB.exec(before)) last = v[1]!;
  return last !== null && /^not/i.test(last);
}

/** Words that end a recommendation listing the parts of its sum: "comprising:", "including:", "as follows:". */
const LISTS_PARTS =
  /\b(?:comprising|including|includes|made[ \t]+up[ \t]+of|consisting[ \t]+of|as[ \t]+follows|broken[ \t]+down[ \t]+as[ \t]+follows|namely|for)[ \t]*:\s*$/i;

/**
 * The items listed under a recommendation that approves one sum and ends with a colon ("Approve expenditure of up to
 * £1,275,000 …, comprising:" then "• up to £640,000 for …", "• up to £410,000 …", "• up to £225,000 …") are parts of
 * that sum, not more money: where they add up to it, or where the words say they are its parts ("comprising:",
 * "including:") and add up to no more. The list is the bulleted or lettered items that follow (numbered ones only
 * where they add up to the sum exactly). Where each part names its own recipient and they make the sum, the parts are
 * the approvals and the sum is what is dropped. Returns the approvals to drop.
 */
function listedParts(
  items: readonly RecommendationItem[],
  byItem: ReadonlyMap<RecommendationItem, Approval[]>,
): Set<Approval> {
  const parts = new Set<Approval>();
  const sub = (item: RecommendationItem): boolean => item.lettered || item.bulleted;
  for (let i = 0; i < items.length; i++) {
    const whole = byItem.get(items[i]!);
    if (whole?.length !== 1 || !/:\s*$/.test(items[i]!.words)) continue;
    const total = whole[0]!.pence;
    // The bulleted or lettered items straight after it; else the numbered ones, up to the sum.
    const listed: Approval[] = [];
    const bulleted = i + 1 < items.length && sub(items[i + 1]!);
    let sum = 0;
    for (let j = i + 1; j < items.length && (bulleted ? sub(items[j]!) : sum < total); j++) {
      const own = byItem.get(items[j]!) ?? [];
      if (own.length === 0 && !bulleted) break;
      for (const a of own) sum += a.pence;
      listed.push(...own);
    }
    const adds = listed.length > 1 && sum === total;
    const within = bulleted && listed.length > 0 && sum <= total && LISTS_PARTS.test(items[i]!.words);
    // Parts that each name their recipient and make the whole ("totalling £1,035,000 …, as follows: (a) Redthread –
    // £415,000 …") are the approvals, one a recipient; the whole, said again, is dropped. They take its period,
    // kind and qualifier where they say none.
    const recipients = new Set(listed.map((a) => a.recipient));
    if (adds && !recipients.has(null) && recipients.size === listed.length) {
      const w = whole[0]!;
      for (const a of listed) {
        undatedTakesPeriod(a, w);
        if (a.qualifier === "exact") a.qualifier = w.qualifier;
        if (a.kind === "funding") a.kind = w.kind;
      }
      parts.add(w);
    } else if (adds || within) for (const a of listed) parts.add(a);
  }
  return parts;
}

/**
 * How many of the figures straight after figure `k` make it up ("£37.4m … (£24.1m) and … (£13.3m)"): two or more
 * that add to it exactly; none where they do not.
 */
function partsAfter(figures: readonly MoneyMention[], k: number): number {
  const whole = figures[k]!.pence;
  let sum = 0;
  for (let j = k + 1; j < figures.length; j++) {
    sum += figures[j]!.pence;
    if (sum === whole) return j - k >= 2 ? j - k : 0;
    if (sum > whole) return 0;
  }
  return 0;
}

/** A part with no period of its own runs over the period of the sum it is part of. */
function undatedTakesPeriod(part: Approval, whole: Approval): void {
  if (part.start !== null || part.end !== null) return;
  part.start = whole.start;
  part.end = whole.end;
}

/**
 * Sub-items that share out one sum ("2. Approve expenditure of the grant as follows: (a) £1.25m to the boroughs;
 * (b) £0.5m to the MPS") and name no period of their own: where every dated approval of the decision runs over the
 * same period ("1. Accept £2m … for 2024/25"), they run over it too.
 */
function sharePeriod(approvals: Approval[], fromSubItems: ReadonlySet<Approval>): void {
  const dated = approvals.filter((a) => a.start !== null && a.end !== null);
  const first = dated[0];
  if (first === undefined || dated.some((a) => a.start !== first.start || a.end !== first.end)) return;
  for (const a of fromSubItems) {
    if (a.start !== null || a.end !== null) continue;
    a.start = first.start;
    a.end = first.end;
  }
}

/** Where the words about a figure end: at the item's next figure, or the item's end. */
function clauseEnd(mentions: readonly MoneyMention[], m: MoneyMention, item: RecommendationItem): number {
  const next = mentions.find((o) => o.offset > m.offset);
  return next === undefined ? item.end : next.offset;
}

/**
 * The figures an item approves: asides in brackets, the total a variation brings the whole to ("… £1m, bringing the
 * total contract value to £14m") and the parts of a stated total are not approvals.
 */
function approvedFigures(text: string, item: RecommendationItem, all: MoneyMention[]): MoneyMention[] {
  if (all.length <= 1) return all;
  const mentions = withoutVat(text, all);
  const outside = mentions.filter((m) => !inBrackets(text, item.start, m.offset));
  // "£1,940,000 … on grants to Redthread Youth Ltd (£1,150,000), St Giles Trust (£520,000) and …": each recipient's
  // part in brackets after its name, where the parts make a sum the item states, are the approvals.
  const named = mentions.filter((m) => !outside.includes(m) && bracketRecipient(text, item, m) !== null);
  const madeOf = named.length >= 2 ? named.reduce((n, m) => n + m.pence, 0) : -1;
  if (named.length === mentions.length - outside.length && outside.some((m) => m.pence === madeOf))
    return named;
  let list = outside.length > 0 ? outside : mentions;
  const beforeOf = (m: MoneyMention): string =>
    flatten(text.slice(Math.max(item.start, m.offset - 80), m.offset)) + " ";
  const afterOf = (m: MoneyMention): string =>
    text.slice(m.offset + m.quote.length, Math.min(item.end, m.offset + m.quote.length + 60));
  // From "of which" on, the figures are parts of the sum before: its split by year, however they add up ("£13.21m …,
  // of which £6.55m in 2024/25, £5.82m in 2025/26 and £0.42m in each of 2026/27 and 2027/28"), and any others where
  // they come to no more than it ("£1,560,000 …, of which £900,000 is a grant to the Suzy Lamplugh Trust and …").
  // So do those after "including", "within which", "within this", "£50,000 of this sum", and the tranches it is paid
  // in ("released in two tranches of £450,000 in 2025/26 and £300,000 in 2026/27"), whatever they add up to.
  const partsOfTheSum = partsSaidWithTheSum(text, list, beforeOf, afterOf);
  if (partsOfTheSum.size > 0) list = list.filter((m) => !partsOfTheSum.has(m));
  // The words of a figure's sentence up to it: a change's verb may stand far before its "from £A to £B".
  const sentenceBeforeOf = (m: MoneyMention): string =>
    flatten(text.slice(Math.max(item.start, sentenceStart(text, m.offset)), m.offset)) + " ";
  // "increasing the total contract value from £31.22m to £34.7m": the old value is never what is approved.
  const notOld = list.filter((m) => !isChangeFrom(sentenceBeforeOf(m), afterOf(m)));
  if (notOld.length > 0) list = notOld;
  const sources = new Set<MoneyMention>();
  const added = list.filter((m, k) => {
    const before = beforeOf(m);
    const after = afterOf(m);
    // "…, funded by the Home Office grant and £600,000 of MOPAC match funding": what pays for the sum before; and
    // the next source in its list ("to be funded from £18.5m of retained business rates income and £9.5m from the
    // GLA's Business Rates Reserve").
    if (k > 0) {
      const since = list[k - 1]!.offset + list[k - 1]!.quote.length;
      const between = text.slice(since, m.offset);
      const nextSource = sources.has(list[k - 1]!) && SOURCE_LIST_BETWEEN.test(between);
      if ((FUNDED_BY_BEFORE.test(between) || nextSource) && SOURCE_AFTER.test(after)) {
        sources.add(m);
        return false;
      }
    }
    return (
      !runningTotalBefore.test(before) &&
      !revisedTotalBefore.test(before) &&
      !changeToBefore.test(sentenceBeforeOf(m)) &&
      // "a total cost of £2,160,000, being £720,000 in each financial year": the sum again, as a rate.
      !(RESTATING.test(before) && (yearlyRateAfter.test(after) || monthlyRateAfter.test(after))) &&
      !notApprovedBefore.test(before.trimEnd()) &&
      // "…, a saving of £120,000 compared with the current contract value of £1,245,000", "£1,200 per placement".
      !besideTheSum(before, after) &&
      // A yearly sum "thereafter" approves its years only where its words say when they end.
      (!notApprovedAfter.test(after) || laterYears(text, item, all, m) !== null)
    );
  });
  if (added.length > 0) list = added;
  // "grants of £60,000 to each of the 32 London boroughs and the City of London Corporation, totalling £1,980,000":
  // the sum each recipient gets is a rate; the total said after it is what is approved.
  const perRecipient = list.filter(
    (m, k) =>
      EACH_AFTER.test(afterOf(m)) &&
      list.slice(k + 1).some((t) => t.pence > m.pence && TOTAL_BEFORE.test(beforeOf(t))),
  );
  if (perRecipient.length > 0) list = list.filter((m) => !perRecipient.includes(m));
  if (list.length <= 1) return list;
  // "between £1.2m and £1.5m": the range's upper end only (read as its maximum).
  const ranged = list.filter(
    (m, k) =>
      !(
        k + 1 < list.length &&
        /\bbetween[ \t\n]*$/i.test(text.slice(Math.max(item.start, m.offset - 12), m.offset)) &&
        /^[ \t\n]+and[ \t\n]+$/i.test(text.slice(m.offset + m.quote.length, list[k + 1]!.offset))
      ),
  );
  if (ranged.length < list.length) list = ranged;
  if (list.length <= 1) return list;
  // "£1.2m … over two years, £0.6m in 2024/25 and £0.6m in 2025/26": a sum, then its parts year by year.
  const [first, ...parts] = list;
  if (
    parts.length >= 2 &&
    parts.reduce((s, o) => s + o.pence, 0) === first!.pence &&
    !inOneYearAfter.test(text.slice(first!.offset + first!.quote.length, item.end)) &&
    parts.every((o) => inOneYearAfter.test(text.slice(o.offset + o.quote.length, item.end)))
  ) {
    return [first!];
  }
  // A total stated with its parts ("£620,000 …, comprising £470,000 to … and £150,000 to …", "…, a total of
  // £2,145,000") is settled once the approvals are read (see `wholeAndParts`): which to keep depends on whether the
  // parts name their recipients.
  return list;
}

/** True where the words around a figure call it a total of what else the item states: "a total of", "comprising". */
function statedAsTotal(text: string, item: RecommendationItem, a: Approval): boolean {
  const before = flatten(text.slice(Math.max(item.start, a.offset - 60), a.offset)) + " ";
  const end = a.offset + a.quote.length;
  const after = flatten(text.slice(end, Math.min(item.end, end + 200)));
  return TOTAL_BEFORE.test(before) || PARTS_FOLLOW.test(after);
}

/** The words after a total, up to its first part, that say parts follow: "…, comprising", "made up of", "as follows:". */
const PARTS_FOLLOW =
  /^[^£]{0,160}?(?:\b(?:comprising|comprised[ \t]+of|made[ \t]+up[ \t]+of|consisting[ \t]+of|of[ \t]+which|split|broken[ \t]+down|profiled|phased|as[ \t]+follows)\b|:[ \t]*$)/i;

/**
 * An item's approvals that are a total and its parts: the approval stated as a total whose sum the others make. The
 * parts are the approvals where each names its own recipient (one approval a recipient); otherwise the total is, and
 * the parts are dropped. Returns the approvals to drop.
 */
function wholeAndParts(text: string, item: RecommendationItem, list: readonly Approval[]): Approval[] {
  if (list.length < 3) return [];
  const eachNamed = (parts: readonly Approval[]): boolean => {
    const recipients = new Set(parts.map((a) => a.recipient));
    return !recipients.has(null) && recipients.size === parts.length;
  };
  for (const whole of list) {
    const parts = list.filter((a) => a !== whole);
    // A sum the item opens with, then parts that each name their recipient ("Approve expenditure of £1,940,000 … on
    // grants of £1,150,000 to A, £520,000 to B and £270,000 to C"), is a total as plainly as one the words call so.
    if (parts.reduce((n, a) => n + a.pence, 0) !== whole.pence) continue;
    if (!statedAsTotal(text, item, whole) && !(whole === list[0] && eachNamed(parts))) continue;
    if (!eachNamed(parts)) return parts;
    for (const a of parts) undatedTakesPeriod(a, whole);
    return [whole];
  }
  // A total said after parts that each name their recipient, which they do not make ("£45,000 to Safer London, …
  // and £31,000 to Power the Fight, a total of £236,000"): the parts are what each is paid; the total is no more
  // money, and where the decision states it elsewhere the checks find the two disagree.
  const last = list[list.length - 1]!;
  const before = flatten(text.slice(Math.max(item.start, last.offset - 60), last.offset)) + " ";
  if (TOTAL_BEFORE.test(before) && eachNamed(list.slice(0, -1))) return [last];
  return [];
}

const WITH_VAT = new RegExp(String.raw`^[ \t]*${INCLUDING_VAT}`, "i");
const WITHOUT_VAT = new RegExp(String.raw`^[ \t]*${EXCLUDING_VAT}`, "i");

/**
 * A sum with VAT followed by the same without it ("£648,000 including VAT (£540,000 excluding VAT)"): the sum
 * without VAT is the one budgeted, as MOPAC recovers VAT; the sum with it is dropped.
 */
function withoutVat(text: string, mentions: MoneyMention[]): MoneyMention[] {
  return mentions.filter((m, k) => {
    const next = mentions[k + 1];
    const gap = next ? text.slice(m.offset + m.quote.length, next.offset) : "";
    if (!next || !WITH_VAT.test(gap)) return true;
    return !(
      gap.length <= 40 &&
      WITHOUT_VAT.test(text.slice(next.offset + next.quote.length, next.offset + next.quote.length + 30))
    );
  });
}

/** A second verb in one recommendation: "Accept £2m of Home Office funding … and approve its expenditure of £2m". */
const NEXT_VERB = /(?:\band|;|,)[ \t\n]+(?:to[ \t\n]+)?(?:approve|agree|authorise|accept|award)\b/gi;

/**
 * The words of the clause a figure's own verb starts, where a recommendation with several figures gives it one
 * ("… and approve its expenditure of £2m"): they say what kind of approval it is. Null where the figure shares the
 * recommendation's verb ("Approve grants of £X to A and £Y to B").
 */
function ownClause(
  text: string,
  item: RecommendationItem,
  figures: readonly MoneyMention[],
  m: MoneyMention,
): string | null {
  const k = figures.indexOf(m);
  if (k <= 0) return null;
  const from = figures[k - 1]!.offset + figures[k - 1]!.quote.length;
  const between = text.slice(from, m.offset);
  let verb = -1;
  NEXT_VERB.lastIndex = 0;
  for (let v = NEXT_VERB.exec(between); v !== null; v = NEXT_VERB.exec(between)) verb = v.index;
  if (verb < 0) return null;
  const to = k + 1 < figures.length ? figures[k + 1]!.offset : item.end;
  return flatten(text.slice(from + verb, to));
}

/**
 * The period of a yearly sum "thereafter" (`m`), after the figure before it in the item names its one financial year:
 * "£106,250 in 2022/23 and £425,000 in each full financial year thereafter to 31 March 2026" runs from 1 April 2023
 * to 31 March 2026. Null where the words are not so, or give no end.
 */
function laterYears(
  text: string,
  item: RecommendationItem,
  figures: readonly MoneyMention[],
  m: MoneyMention,
): Period | null {
  const k = figures.indexOf(m);
  if (k < 1) return null;
  const end = m.offset + m.quote.length;
  const words = text.slice(end, k + 1 < figures.length ? figures[k + 1]!.offset : item.end);
  const rate = thereafterRateAfter.exec(words);
  if (rate === null) return null;
  const prev = figures[k - 1]!;
  const own = inOneYearAfter.exec(text.slice(prev.offset + prev.quote.length, m.offset));
  const fy = own === null ? undefined : findFinancialYears(own[0])[0]?.years[0];
  return fy === undefined ? null : periodThereafter(fy, words.slice(rate[0].length));
}

/** "Redthread Youth Ltd – a grant of £95,000 for …": an item that opens with its recipient's name and a dash. */
const LEADING_NAME =
  /^((?:[A-Z][\w'’&.()-]*)(?:[ \t]+(?:of|and|the|for|&|[A-Z][\w'’&.()-]*)){0,8})[ \t]+[–—-][ \t]+/;

function leadingRecipient(words: string): string | null {
  const m = LEADING_NAME.exec(words);
  if (m === null || RECOMMENDATION_VERBS.test(m[1]!)) return null;
  return m[1]!;
}

/** The recipient named just before the bracket a figure is in: "St Giles Trust (£520,000)". */
function bracketRecipient(text: string, item: RecommendationItem, m: MoneyMention): string | null {
  return recipientBeforeBracket(text.slice(Math.max(item.start, m.offset - 80), m.offset));
}

function inBrackets(text: string, from: number, offset: number): boolean {
  const before = text.slice(Math.max(from, offset - 200), offset);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

function approvalOf(
  doc: DecisionDocument,
  items: readonly RecommendationItem[],
  item: RecommendationItem,
  m: MoneyMention,
  inRecommendation: (offset: number) => boolean,
  hasMoney: (item: RecommendationItem) => boolean,
  signed: string | null,
): Approval {
  const text = doc.text;
  const rawBefore = text.slice(Math.max(item.start, m.offset - 60), m.offset);
  const before = rawBefore.replace(/\n[ \t]*-[ \t]*\n/g, "\n");
  const stated = qualifierBefore(before, m.approximate);
  const words = stated.words;
  let qualifier = stated.qualifier;
  const after = flatten(text.slice(m.offset + m.quote.length, item.end));
  const restated = doc.money
    .filter((o) => o.pence === m.pence && o !== m && !inRecommendation(o.offset))
    .slice(0, 20);

  if (qualifier === "exact") {
    for (const o of restated) {
      const q = qualifierBefore(text.slice(Math.max(0, o.offset - 60), o.offset), o.approximate).qualifier;
      // A ceiling stated elsewhere qualifies the sum; a rounded restatement ("c.£1.35m") does not make it approximate.
      if (q === "up to" || q === "maximum") {
        qualifier = q;
        break;
      }
    }
  }

  let period: Period | null = null;
  const figures = doc.money.filter((o) => o.offset >= item.start && o.offset < item.end);
  if (figures.length > 1) {
    // Several figures in one recommendation: each takes the period written in its own clause first.
    const k = figures.indexOf(m);
    const from = k > 0 ? figures[k - 1]!.offset + figures[k - 1]!.quote.length : item.start;
    // "£37.4m … out of 2025/26, into 2026/27 (£24.1m) and 2027/28 (£13.3m)": the figures straight after a sum that
    // make it up are its parts, and its clause runs on through theirs.
    const next = k + 1 + partsAfter(figures, k);
    const to = next < figures.length ? figures[next]!.offset : item.end;
    // Words of money moved between years before the figure, in its clause, govern the years after it.
    const moved = movedBetweenYearsAt(text.slice(from, m.offset));
    const own = moved < 0 ? m.offset + m.quote.length : from + moved;
    period = periodIn(text.slice(own, to)) ?? periodIn(text.slice(from, m.offset));
  }
  // "£106,250 in 2022/23 and £425,000 in each full financial year thereafter to 31 March 2026".
  const later = laterYears(text, item, figures, m);
  if (later) period = later;
  else if (period) period = laterStart(text.slice(item.start, item.end), period);
  period ??= periodIn(text.slice(item.start, item.end));
  // "from 1 November 2025 to 31 March 2025": a recommendation whose own period ends before it starts gives the sum no
  // period, and none is taken from elsewhere to stand in for it (PERIOD_REVERSED reports it).
  const reversed = !period && reversedPeriods(text.slice(item.start, item.end)).length > 0;
  if (!period && !reversed) {
    let tried = 0;
    for (const other of items) {
      if (other === item || other.section !== item.section || hasMoney(other)) continue;
      if (++tried > 30) break;
      period = periodIn(text.slice(other.start, other.end));
      if (period) break;
    }
  }
  if (!period && !reversed) {
    // A sentence restating the sum gives the period, kept to the end the item itself states ("until the end of March
    // 2026"): one that starts after that end is about another year's money.
    const ownEnd = endIn(text.slice(item.start, item.end));
    for (const o of restated) {
      const s = sentenceAround(text, o.offset);
      period = periodIn(text.slice(s.start, s.end));
      if (period && ownEnd !== null)
        period = period.start <= ownEnd ? { start: period.start, end: ownEnd } : null;
      if (period) break;
    }
  }
  if (!period && !reversed) {
    const n = relativeYears(item.words);
    if (n) period = nextYearsPeriod(n, text, signed);
  }
  // "… from 1 October 2025 to 30 September 2028 with the option to extend for a further two years, at an estimated
  // whole-life contract value of £4,750,000": the sum runs to the end of the options.
  if (period) period = wholeLifePeriod(period, rawBefore, after, text.slice(item.start, item.end)) ?? period;
  // "an extension of the grant … until 31 March 2026": the end alone, where nothing gives the start.
  let endOnly = period || reversed ? null : endIn(text.slice(item.start, item.end));
  // Its start from the paragraph that gives the whole period ending then ("Delivery will run from 1 July 2025 until
  // 31 March 2026").
  if (endOnly !== null) {
    period = periodEndingOn(text, endOnly);
    if (period) endOnly = null;
  }

  // A sum for each year or month ("£250k per annum for three years", "£70,000 per month for six months") over a
  // period of whole months approves that sum for each of them: £750,000, £420,000. The quote takes in the words that
  // say so.
  let pence = m.pence;
  let quoteEnd = m.offset + m.quote.length;
  let rateStart: number | null = null;
  const rest = text.slice(quoteEnd, item.end);
  // "an annual rent of £425,000 for a term of 10 years", "at a monthly rate of £12,500 for the period …": the words
  // before say it is a sum for each year or month.
  const annual = yearlyRateBefore.exec(rawBefore);
  const monthly = annual === null ? monthlyRateBefore.exec(rawBefore) : null;
  const rateBefore = annual ?? monthly;
  const yearly =
    rateBefore === null
      ? ((later ? thereafterRateAfter.exec(rest) : null) ?? yearlyRateAfter.exec(rest))
      : null;
  const rate = rateBefore ?? yearly ?? monthlyRateAfter.exec(rest);
  const months = period ? monthsByFinancialYear(period) : null;
  // A sum a year over whole years that are not calendar months ("for a term of 10 years from 25 December 2022").
  const years = annual || yearly ? (period && !months ? wholeYears(period) : null) : null;
  if (rate && years !== null && years > 1 && Number.isSafeInteger(m.pence * years)) {
    pence = (m.pence * years) as Pence;
    if (annual) rateStart = m.offset - rawBefore.length + annual.index;
    else quoteEnd += rate[0].length;
  } else if (rate && months) {
    const count = months.reduce((n, y) => n + y.months, 0);
    const perMonth = annual || yearly ? 12 : 1;
    const total = (m.pence * count) / perMonth;
    if (count > perMonth && Number.isSafeInteger(total)) {
      pence = total as Pence;
      if (rateBefore) rateStart = m.offset - rawBefore.length + rateBefore.index;
      else quoteEnd += rate[0].length;
    }
  }
  // "£1,350,000 (£450,000 per annum)" over whole financial years: the total with its yearly sum, which fixes each
  // year's share where it makes the total. The quote takes in the brackets, so the allocations can tell.
  const yearlyInBrackets = rate === null ? bracketedYearlyRate.exec(rest) : null;
  if (yearlyInBrackets && months && months.every((y) => y.months === 12)) {
    const perYear = figures.find((o) => o.offset === quoteEnd + yearlyInBrackets[0].indexOf("£"));
    if (perYear && perYear.pence * months.length === m.pence) quoteEnd += yearlyInBrackets[0].length;
  }
  // "£50,000 each to three London boroughs": the sum times the count.
  const each = quoteEnd === m.offset + m.quote.length ? eachCount(rest) : null;
  if (each !== null && Number.isSafeInteger(m.pence * each.count)) {
    pence = (m.pence * each.count) as Pence;
    quoteEnd += each.length;
  }
  // "£1,200 per placement for up to 1,470 placements": the rate times the units, a ceiling where their count is one.
  const units = quoteEnd === m.offset + m.quote.length ? unitCount(rest, before) : null;
  if (units !== null && Number.isSafeInteger(m.pence * units.count)) {
    pence = (m.pence * units.count) as Pence;
    quoteEnd += units.length;
    if (units.qualifier !== null) qualifier = units.qualifier;
  }

  // The quote: the qualifying words with the figure where they sit on the same line, else the figure alone.
  let quoteStart = m.offset;
  if (rateStart !== null && !text.slice(rateStart, m.offset).includes("\n")) quoteStart = rateStart;
  else if (words && rawBefore === before && rawBefore.endsWith(words) && !words.includes("\n")) {
    quoteStart = m.offset - words.length + (words.length - words.trimStart().length);
  }
  const quote = text.slice(quoteStart, quoteEnd);

  return {
    pence,
    qualifier,
    recipient:
      (inBrackets(text, item.start, m.offset) ? bracketRecipient(text, item, m) : null) ??
      chargedBy(after) ??
      recipientIn(after, item.words) ??
      leadingRecipient(item.words) ??
      (isMayoralDecision(doc) ? mopacRecipient(after, item.words) : null),
    kind: approvalKind(ownClause(text, item, figures, m) ?? item.words),
    start: period?.start ?? null,
    end: period?.end ?? endOnly,
    fundingSource: null,
    quote,
    offset: quoteStart,
  };
}
