import type { FinancialYear } from "../../financial-year/financial-year-label";
import {
  bringsMoneyIn,
  changeToBefore,
  inOneYearAfter,
  isChangeFrom,
  movesMoney,
  notApprovedAfter,
  notApprovedBefore,
  revisedTotalBefore,
  runningTotalBefore,
  UNTOUCHED_AFTER,
} from "../approval-words";
import type { SectionPart } from "../decision-document";
import type { CheckContext, MoneyFigure } from "./check-context";
import { costStatementStart } from "./cost-statement";
import { type FigureClause, figureClause } from "./figure-clause";
import { sharedWithAnotherFunder } from "./shared-cost";
import { isApproximate, roundingTolerance } from "./figure-precision";
import { exactRestatement } from "./bracketed-restatement";
import { financialYearsIn } from "./financial-years";
import {
  referenceYear,
  spelledFinancialYears,
  spelledYearAfter,
  spelledYearBefore,
} from "./spelled-financial-years";
import { isMoneySetAgainst } from "./money-set-against";
import { partAt, tableAt } from "./places";

/** A figure the document states as the decision's total, or as what it commits in one financial year. */
export interface StatedFigure {
  figure: MoneyFigure;
  kind: "total" | "year";
  /** For a year figure, its financial year. */
  fy: FinancialYear | null;
  approximate: boolean;
  /** How far off the exact amount the figure may be because of how it is written (pence). */
  tolerance: number;
  /** Said with "total" or "commitment" words ("total financial commitment", "financial commitment in 2024/25"). */
  emphatic: boolean;
  /**
   * For a total said after its parts in one sentence ("Youth Endowment Fund £590,000 and MOPAC match funding
   * £295,000, a total of £885,000"): the parts, one of which may be all the decision approves.
   */
  parts?: number[];
  /**
   * A total said as a ceiling ("at a maximum value of £2,340,000", "The maximum contract value is", "a total value of
   * up to"): it states the approval's own ceiling, so a different ceiling under it is a contradiction, not headroom.
   */
  ceiling?: boolean;
}

/** The parts of a decision that state what it approves; background sections talk about other money. */
const decidingParts = new Set<SectionPart>(["summary", "recommendation", "approval", "financial"]);

export function inDecidingPart(ctx: CheckContext, offset: number): boolean {
  if (ctx.doc.sections.length === 0) return true;
  const part = partAt(ctx, offset);
  return part !== null && decidingParts.has(part);
}

const totalNoun =
  "(?:financial\\s+)?(?:commitments?|requirements?|costs?|value|amount|spend|expenditure|investment|sum|allocation|envelope|award|request|package|outlay|ask|price)";
/**
 * "total financial commitment of", "overall cost of the programme is", "total budget requirement for the programme is
 * a maximum of"; the figure may start the next line (a PDF's wrapped text), not the next paragraph.
 */
const totalPhrase = new RegExp(
  `\\b(?:total|overall|aggregate|combined|whole)\\s+(?:[\\w'’/-]+\\s+){0,3}?${totalNoun}\\b(?:[^£\\n]|\\n(?![ \\t]*\\n)){0,90}$`,
  "i",
);
/** "totalling £40,000", "a total of up to £1m", "in total £2m", "totals £5,000". */
const totallingPhrase =
  /\b(?:totall?ing|totals|a total of|in total(?: of)?|the total of|total of)\s*(?:up to\s+|(?:a\s+)?maximum of\s+|no more than\s+|approximately\s+|around\s+|circa\s+|c\.?\s*|an estimated\s+)?$/i;
/** "total budget required for this project is", "total funding requested is". */
const totalBudgetPhrase =
  /\btotal\s+(?:[\w'’/-]+\s+){0,2}?(?:budget|funding)\s+(?:required|requested|sought|needed|approved|for (?:this|the) (?:decision|proposal|project|programme|service|contract|work|scheme))\b[^£\n]{0,60}$/i;
/**
 * "at a maximum value of", "The maximum contract value is", "a maximum total cost of": the decided thing's maximum,
 * said as its total. Not a framework's ("The framework has a maximum value of £50m"): what other call-offs share.
 */
const maximumPhrase =
  /\b(?:the|a|an)\s+maximum\s+(?:[\w'’/-]+\s+){0,2}?(?:value|cost|price|commitment|spend|expenditure|amount|sum)\b(?:\s+of\s+(?:the|this)\s+(?:contract|grant|award|service|scheme|project|programme|extension|variation))?\s*(?:is\s+|will\s+be\s+|of\s+)?$/i;
const frameworkBefore = /\bframework(?:\s+agreement)?\s+(?:has|with|is|carries|of)\s*$/i;
/** Words in a total's phrase that make it a ceiling: "maximum", "up to", "not to exceed", "no more than". */
const ceilingWords = /\b(?:maximum|up\s+to|not\s+(?:to\s+)?exceed(?:ing)?|no\s+more\s+than|capped\s+at)\b/i;
/** "This decision seeks approval of", "approval is sought for": what is sought. */
const soughtPhrase =
  /\b(?:(?:seeks?|seeking|requests?|requesting)\s+(?:the\s+DMPC'?s?\s+)?approval\s+(?:of|for)|approval\s+is\s+(?:sought|requested)\s+(?:of|for))\s*(?:up to\s+|(?:a\s+)?maximum of\s+|approximately\s+|around\s+|circa\s+|c\.?\s*)?$/i;
/** A third party's envelope the decision's money sits within: "within the overall programme total of £20m". */
const withinTotal = /\bwithin\s+(?:the|a|an|its|their|this)\s+(?:[\w'’-]+\s+){0,2}?total\b/i;
/**
 * Money that is no commitment: an underspend, a saving, a balance left uncommitted ("the budget for 2025/26 is
 * forecast to underspend by £1.1m", "which has an uncommitted balance of £212,000").
 */
const notCommitmentBefore =
  /\b(?:underspe\w*|overspe\w*|savings?|shortfall|surplus|deficit|pressures?|uncommitted[ \t\n]+(?:balance|funds?|budget)|unallocated)\b[^£.;]{0,40}$/i;

/**
 * After a figure, words that make it money left over or still free, not committed: "within which £150,000 is
 * available in 2026/27", "which has £150,000 uncommitted in 2026/27", "£0.4m of the 2024/25 budget will not be spent
 * this year".
 */
const notCommitmentAfter =
  /^[ \t\n]*(?:(?:is|are|remains?|will[ \t\n]+(?:be|remain))[ \t\n]+)?(?:still[ \t\n]+)?(?:available|uncommitted|unallocated|unspent)\b|^[^£.;]{0,60}?\b(?:will|would|is|are|was|were)[ \t\n]+not[ \t\n]+(?:be[ \t\n]+)?(?:spent|used|needed|required)\b/i;

/** After a figure, parts that include money approved before: "made up of the original budget of …". */
const earlierMoneyAfter =
  /^[ \t\n]*[,(]?[ \t\n]*(?:made[ \t\n]+up[ \t\n]+of|comprising|consisting[ \t\n]+of|which[ \t\n]+includes|including)\b[^.;]{0,60}?\b(?:original|existing|previous(?:ly)?|already|current|base(?:line)?)\b/i;

/** The words after a figure that may name its years: its clause, to the first stop, whole words (a span of years kept whole). */
function wordsAfter(after: string): string {
  const stop = after.search(/[;.](?:\s|$)/);
  const clause = stop < 0 ? after : after.slice(0, stop);
  if (clause.length <= 100) return clause;
  const cut = /^[\w/–-]*/.exec(clause.slice(100))![0].length;
  return clause.slice(0, 100 + cut);
}

const rateAfter =
  /^\s*(?:\)\s*)?(?:per\s+(?:year|annum|month|week|day|head|person)|a\s+(?:year|month|week)|each\s+year|annually|p\.?a\.?\b)/i;
/** A threshold, not a sum: "a total value of £250,000 or more", "£500,000 and above". */
const orMoreAfter = /^\s*(?:or|and)\s+(?:more|above|over|greater|higher|upwards)\b/i;
/**
 * Words that make a figure with its year money committed in that year: "the financial commitment in 2025/26", "will
 * be", or a profile of the money over its years ("profiled as £220k in 2024/25 and £280k in 2025/26", "phased over
 * two years as", "split as", "a profile of £X in …").
 */
const commitmentWords =
  /\b(?:commitment|committed|budget|allocation|allocated|funding|funded|cost|costs|spend|expenditure|provides?\s+for|will be|payments?|paid|payable|approve[ds]?|requested|profiled?|phased|phasing|split)\b/i;

/** Another funder's money added in: "alongside £5,400,000 from NHS England", "plus £2m contributed by the Home Office". */
const otherMoneyAdded =
  /\b(?:alongside|together\s+with|plus|as\s+well\s+as|combined\s+with|added\s+to)\s+(?:a\s+|an\s+|the\s+)?(?:further\s+|additional\s+)?£/i;

/**
 * A total of a package that another funder pays into, stated with its parts ("MOPAC's funding of £1,860,000,
 * alongside £5,400,000 from NHS England, making a total investment of £7,260,000"): what the package costs, not what
 * this decision approves. Only where the sentence's figures before it add up to it; a package total that its own
 * parts contradict is still read as a total.
 */
function isPackageTotal(ctx: CheckContext, figure: MoneyFigure, clause: FigureClause): boolean {
  if (!otherMoneyAdded.test(clause.sentenceBefore)) return false;
  let parts = 0;
  for (const f of ctx.figures) {
    if (f.offset >= figure.offset) break;
    if (f.offset >= clause.sentenceStart) parts += f.pence;
  }
  return parts === figure.pence;
}

const FY_WORD = String.raw`(?:FY\s?)?(?:20)?\d\d[/-](?:20)?\d\d\b`;
/** "2024/25 to 2026/27", "between 2024/2025 and 2026/2027", "2024/25 and 2025/26": a sum over more than one year. */
const rangeOfYears = new RegExp(
  String.raw`${FY_WORD}\s*(?:to|until|till|through|-|–|and|&)\s*(?:FY\s?)?(?:20)?\d\d[/-](?:20)?\d\d\b`,
  "gi",
);
const rangeEnd = new RegExp(String.raw`\b(?:to|until|till|from|through|between)\s+${FY_WORD}`, "gi");

/** The text without spans of years ("2024/25 to 2026/27") and the years a span runs to or from ("to 2027/28"). */
function withoutRangeEnds(text: string): string {
  return text.replace(rangeOfYears, " ").replace(rangeEnd, " ");
}

/**
 * Words just after a figure that make it a sum over several years: "£1,122.4m over the three years 2026/27 to
 * 2028/29", "£666.8m over 2026/27 to 2028/29", "£3m across the next three financial years". Whatever year the rest of
 * its sentence names (a strategy's title: "The Capital Strategy 2026/27 provides for …"), it is no one year's figure.
 */
const overYearsAfter = new RegExp(
  String.raw`^[ \t\n]*(?:\)[ \t\n]*)?,?[ \t\n]*(?:over|across|spread[ \t\n]+over|for|in|between|from)[ \t\n]+(?:the[ \t\n]+)?(?:(?:next|following|first|coming|last|remaining)[ \t\n]+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)[ \t\n]+(?:financial[ \t\n]+)?years\b|(?:period[ \t\n]+|years[ \t\n]+)?${FY_WORD}[ \t\n]*(?:to|until|till|through|-|–|and|&)[ \t\n]*(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d\b)`,
  "i",
);

/** Words just before income a decision accepts: "Accept in-year grant income of", "It also accepts an uplift of". */
const acceptedBefore = /\b(?:accept(?:s|ed|ing)?|receipt[ \t\n]+of)\b[^£.;]{0,60}$/i;

/**
 * Income the decision accepts (inside an approval of income, or said as accepted): money coming in, often passed
 * straight on to others, not what the decision spends in a year. A year figure of it is no year's commitment to
 * compare with a table of spending ("Accept in-year grant income of £450,000 … for 2024/25" beside a reserve
 * drawdown's table).
 */
function isIncomeAccepted(ctx: CheckContext, figure: MoneyFigure, clause: FigureClause): boolean {
  if (acceptedBefore.test(clause.before)) return true;
  return ctx.record.approvals.some(
    (a) => bringsMoneyIn(a.kind) && figure.offset >= a.offset && figure.offset < a.offset + a.quote.length,
  );
}

/**
 * A budget or programme as it stands after the change, money approved before included: "The revised 2024/25 capital
 * budget will be £402.0m", "Note the revised 2024/25 MOPAC (excluding MPS) revenue budget of". A running total.
 */
const revisedBudgetBefore =
  /\b(?:revised|updated|amended|resulting)[ \t\n]+(?:[\w/'’()-]+[ \t\n]+){0,6}?(?:budget|programme|envelope|provision|plan)\b[^£.;]{0,30}$/i;

/** Money a figure's clause moves from one year to another: "£12.4m … out of 2024/25, into 2025/26", "from 2024/25 to". */
const movedAfter =
  /^[^£.;]{0,80}?\b(?:out[ \t\n]+of|from)[ \t\n]+(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d\b,?[ \t\n]+(?:in)?to\b/i;

/** Money a past decision approved: "was approved by the DMPC in PCD 1590", "In PCD 1712 the DMPC accepted £2.0m". */
const approvedInPast =
  /\b(?:was|were|had[ \t\n]+been|has[ \t\n]+been|have[ \t\n]+been)[ \t\n]+(?:approved|accepted|agreed|awarded|allocated)\b|\b(?:approved|accepted|agreed|awarded|made|granted|provided|paid)\b/i;
/** Words that make a sentence about this decision's own request, whatever earlier decision it names. */
const thisRequest =
  /\bthis[ \t\n]+(?:decision|paper|report|variation|extension|request)\b|\bseek(?:s|ing)?\b|\b(?:is|are)[ \t\n]+(?:sought|requested|proposed)\b|\bwill\b|\bnow\b|\bfurther\b|\badditional\b/i;

/**
 * True for a figure of a sentence that tells what another decision approved ("The 2024/25 MPS capital programme of
 * £412.6m was approved by the DMPC in PCD 1590", "In 2024/25 MOPAC made capital grants of £1,350,000 to five boroughs
 * for similar upgrades (PCD 1745)"): that decision's money, not what this one commits.
 */
export function ofAnotherDecision(ctx: CheckContext, clause: FigureClause): boolean {
  const other = ctx.doc.refs.some(
    (r) => r.offset >= clause.sentenceStart && r.offset < clause.sentenceEnd && r.ref !== ctx.record.ref,
  );
  return other && approvedInPast.test(clause.sentence) && !thisRequest.test(clause.sentence);
}

/** True for a figure inside the words of an approval that moves money already approved (a re-profile, a write-off). */
function inMovingApproval(ctx: CheckContext, figure: MoneyFigure): boolean {
  return ctx.record.approvals.some(
    (a) => movesMoney(a.kind) && figure.offset >= a.offset && figure.offset < a.offset + a.quote.length,
  );
}

/** The figures of a clause's sentence, in order. */
function sentenceFigures(ctx: CheckContext, clause: FigureClause): MoneyFigure[] {
  return ctx.figures.filter((f) => f.offset >= clause.sentenceStart && f.offset < clause.sentenceEnd);
}

/**
 * The run of figures straight before `t` in its sentence (two or more) that add up to it, or null: "£38.6m capital
 * and £9.2m revenue …, a total of £47.8m" gives [£38.6m, £9.2m] for £47.8m.
 */
function partsBefore(figures: readonly MoneyFigure[], t: number): MoneyFigure[] | null {
  let sum = 0;
  for (let i = t - 1; i >= 0; i--) {
    sum += figures[i]!.pence;
    if (sum === figures[t]!.pence && t - i >= 2) return figures.slice(i, t);
    if (sum > figures[t]!.pence) break;
  }
  return null;
}

/** True where a later figure of the sentence, said as a total, is the sum of a run of figures this one is in. */
function partOfLaterTotal(ctx: CheckContext, figure: MoneyFigure, clause: FigureClause): boolean {
  const figures = sentenceFigures(ctx, clause);
  const k = figures.indexOf(figure);
  for (let t = k + 1; t < figures.length; t++) {
    const later = figureClause(ctx, figures[t]!);
    if (totalPhraseStart(later.before) === null) continue;
    if (partsBefore(figures, t)?.includes(figure)) return true;
  }
  return false;
}

/** The one year a figure's clause names before it ("in 2025/26 will be"), with no break or total between. */
function yearBefore(before: string): FinancialYear | null {
  const m =
    /\b(?:in|for|during)[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+)?((?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d)\b([^£]*)$/i.exec(
      before,
    );
  if (m === null || /[,;]|\btotal\b|\d\d[/-]\d\d/i.test(m[2]!)) return null;
  if (financialYearsIn(before).length !== 1) return null;
  return financialYearsIn(m[1]!)[0] ?? null;
}

/**
 * The years named as labels plus those named in words ("next financial year"); a relative year with no date to
 * resolve it counts as a year of its own, so that a sum beside it is never given the other year its sentence names.
 */
function withSpelledYears(
  labelled: FinancialYear[],
  text: string,
  reference: FinancialYear | null,
): (FinancialYear | null)[] {
  const out: (FinancialYear | null)[] = [...labelled];
  for (const y of spelledFinancialYears(text, reference))
    if (y.fy === null || !out.includes(y.fy)) out.push(y.fy);
  return out;
}

function totalPhraseStart(before: string): number | null {
  for (const p of [totalPhrase, totallingPhrase, totalBudgetPhrase, soughtPhrase]) {
    const m = p.exec(before);
    if (m) return m.index;
  }
  const max = maximumPhrase.exec(before);
  if (max && !frameworkBefore.test(before.slice(0, max.index))) return max.index;
  // "The cost of the extension year is", "The adjustments total": the decision's subject costed without "total".
  return costStatementStart(before);
}

/**
 * The figures the deciding parts of the document (summary, recommendation, financial comments) state as the
 * decision's total or as one financial year's commitment. Table cells, rates ("£70,000 per month"), envelopes the
 * money sits within ("within the programme total of …") and figures about other bodies' money are left out.
 */
export function statedFigures(ctx: CheckContext): StatedFigure[] {
  let stated = known.get(ctx);
  if (!stated) known.set(ctx, (stated = readStatedFigures(ctx)));
  return stated;
}

/**
 * The same reading of the figures the rest of the report states (background, issues for consideration): what a
 * sentence there says of a year is checked only where it plainly restates the decided money (see
 * background-year-splits.ts).
 */
export function statedFiguresOutsideDecidingParts(ctx: CheckContext): StatedFigure[] {
  let stated = knownOutside.get(ctx);
  if (!stated) knownOutside.set(ctx, (stated = readStatedFigures(ctx, (o) => !inDecidingPart(ctx, o))));
  return stated;
}

/** Worked out once per check context: the total and per-year checks both read them. */
const known = new WeakMap<CheckContext, StatedFigure[]>();
const knownOutside = new WeakMap<CheckContext, StatedFigure[]>();

function readStatedFigures(
  ctx: CheckContext,
  inScope: (offset: number) => boolean = (o) => inDecidingPart(ctx, o),
): StatedFigure[] {
  const out: StatedFigure[] = [];
  const reference = referenceYear(ctx);
  for (const figure of ctx.figures) {
    if (tableAt(ctx, figure.offset) || !inScope(figure.offset)) continue;
    const clause = figureClause(ctx, figure);
    if (rateAfter.test(clause.after) || orMoreAfter.test(clause.after)) continue;
    if (notCommitmentBefore.test(clause.before) || notCommitmentAfter.test(clause.sentenceAfter)) continue;
    // A budget line's size or provision, a reserve's balance, a debt limit, borrowing: what the spending is set
    // against or financed by ("The 2024/25 insurance budget is £3,350,000"), not what the decision commits.
    if (isMoneySetAgainst(clause.before)) continue;
    // "the 2025/26 ISVA budget will be £4,150,000, made up of the original budget of £3,500,000 and the £650,000
    // vired": a budget that holds money approved before, not what this decision commits.
    if (earlierMoneyAfter.test(clause.sentenceAfter)) continue;
    if (UNTOUCHED_AFTER.test(clause.sentenceAfter)) continue;
    const approximate = isApproximate(ctx.text, figure);
    const tolerance = roundingTolerance(figure);
    const at = totalPhraseStart(clause.before);
    // "the total contract value rises to £14.8m", "bringing the total to £3m": a running total that includes
    // money approved before, not a statement of what this decision approves.
    if (runningTotalBefore.test(clause.before) || revisedTotalBefore.test(clause.before)) continue;
    if (revisedBudgetBefore.test(clause.before)) continue;
    if (ofAnotherDecision(ctx, clause)) continue;
    // A re-profile's sum ("the re-profiling of £12.4m of capital budget from 2024/25 into 2025/26"): money moved out
    // of one year into others, no year's commitment (its moves are checked by TOTAL_MISMATCH).
    if (inMovingApproval(ctx, figure) || movedAfter.test(clause.sentenceAfter)) continue;
    // "from £31,220,000 to £34,700,000": the old and new values of what is changed.
    if (isChangeFrom(clause.before, clause.after)) continue;
    if (changeToBefore.test(clause.sentenceBefore)) continue;
    // A part of a sum ("of which £0.3m"), money approved before ("in addition to the £1.1m approved under PCD 1650"),
    // another body's match funding, or the sum with VAT: not what the decision commits.
    if (notApprovedBefore.test(clause.before.trimEnd()) || notApprovedAfter.test(clause.after)) continue;
    if (at !== null) {
      const phrase = clause.before.slice(at);
      if (withinTotal.test(clause.before)) continue;
      if (isPackageTotal(ctx, figure, clause)) continue;
      if (sharedWithAnotherFunder(ctx, figure)) continue;
      if (/^\s*[,;]?\s*of which\b/i.test(clause.after)) continue;
      // "seeks approval of £38.6m capital and £9.2m revenue …, a total of £47.8m": a part of the total said after it.
      if (partOfLaterTotal(ctx, figure, clause)) continue;
      const named = phrase + wordsAfter(clause.after);
      const years = withSpelledYears(financialYearsIn(withoutRangeEnds(named)), named, reference);
      if (years.length === 1 && isIncomeAccepted(ctx, figure, clause)) continue;
      // "The total commitment next financial year is …" with no date to tell which year: neither a year nor the total.
      if (years.length === 1 && years[0] === null) continue;
      if (years.length === 1)
        out.push({ figure, kind: "year", fy: years[0]!, approximate, tolerance, emphatic: true });
      else {
        const figures = sentenceFigures(ctx, clause);
        const parts = partsBefore(figures, figures.indexOf(figure));
        out.push({
          figure,
          kind: "total",
          fy: null,
          approximate,
          tolerance,
          emphatic: true,
          ...(parts === null ? {} : { parts: parts.map((f) => f.pence) }),
          ...(ceilingWords.test(phrase) ? { ceiling: true } : {}),
        });
      }
      continue;
    }
    const around = clause.before + " " + clause.after;
    if (overYearsAfter.test(clause.after)) continue;
    // "£150,000 in 2024/25 and £417,000 in 2025/26": a figure with its own year is that year's, whatever else the
    // sentence names; a year a sum runs to ("£1.84bn over the five years to 2027/28") is no year of its own.
    const own = inOneYearAfter.exec(clause.after);
    // "£0.6m will be spent next financial year", "£325k in the financial year 2024 to 2025": its own year in words.
    const ownSpelled = own === null ? spelledYearAfter(clause.after, reference) : undefined;
    // "The financial commitment in 2025/26 will be £360,000 and the financial commitment in 2026/27 will be …": the
    // one year its own clause names before it.
    const before = own === null && ownSpelled === undefined ? yearBefore(clause.before) : null;
    const beforeSpelled =
      own === null && ownSpelled === undefined && before === null
        ? spelledYearBefore(clause.before, reference)
        : undefined;
    const spelledOwn = ownSpelled !== undefined ? ownSpelled : beforeSpelled;
    const years =
      own !== null
        ? financialYearsIn(own[0])
        : spelledOwn !== undefined
          ? // A relative year the decision gives no date to resolve: no year, not a guessed one.
            spelledOwn === null
            ? []
            : [spelledOwn]
          : before !== null
            ? [before]
            : withSpelledYears(financialYearsIn(withoutRangeEnds(around)), around, reference);
    const said = own !== null ? clause.sentence : around;
    if (
      years.length === 1 &&
      years[0] !== null &&
      commitmentWords.test(said) &&
      !isIncomeAccepted(ctx, figure, clause)
    ) {
      out.push({
        figure,
        kind: "year",
        fy: years[0]!,
        approximate,
        tolerance,
        emphatic: /\b(?:financial commitment|total)\b/i.test(around),
      });
    }
  }
  // "£1.2m (£1,250,000)": the exact figure in brackets is what the rounded one states.
  return out.map((s) => {
    const exact = exactRestatement(ctx, s.figure);
    return exact === null
      ? s
      : {
          ...s,
          figure: exact,
          tolerance: roundingTolerance(exact),
          approximate: isApproximate(ctx.text, exact),
        };
  });
}
