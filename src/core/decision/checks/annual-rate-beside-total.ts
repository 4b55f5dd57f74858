import { count, numberWord } from "../../text/number-words";
import type { Finding, Quote } from "../../findings/finding";
import type { Approval } from "../decision-record";
import { bringsMoneyIn } from "../approval-words";
import type { CheckContext, DecisionCheck, MoneyFigure } from "./check-context";
import { agrees, isApproximate, roundingTolerance, shareOf } from "./figure-precision";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { inDecidingPart } from "./stated-figures";
import { sentenceSpan } from "./sentences";
import { capitalise, listOf } from "./wording";
import { monthName } from "../../dates/month-names";

/** Between a sum and its yearly rate: " (", ", equating to ", ", which equates to an average of ", " or ". */
const RATE_INTRODUCED =
  /^[ \t\n]*(?:\([ \t\n]*|,?[ \t\n]*(?:which[ \t\n]+)?(?:equat(?:ing|es)|equivalent|amounting|equal)[ \t\n]+to[ \t\n]+(?:an?[ \t\n]+(?:average|annual[ \t\n]+(?:cost|value|sum))[ \t\n]+of[ \t\n]+)?)$/;
/** Just after the rate: "per annum", "a year", "in each year", "p.a.", "annually". */
const PER_YEAR =
  /^[ \t\n]*(?:per[ \t\n]+(?:year|annum)|a[ \t\n]+year|(?:in[ \t\n]+)?each[ \t\n]+year|annually|p\.a\.?(?![a-z]))/i;

/** A rate figure written to the pound stands for anything within 50p of it. */
const HALF_POUND = 50;

function dateWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${monthName(m!)} ${y}`;
}

/** The number of whole years an approval runs ("1 January 2026" to "31 December 2028": 3), or null. */
function wholeYears(a: Approval): number | null {
  if (!a.start || !a.end) return null;
  const [sy, sm, sd] = a.start.split("-").map(Number);
  const [ey, em, ed] = a.end.split("-").map(Number);
  // The day after the end is the start's day of month, some whole number of months later.
  const next = new Date(Date.UTC(ey!, em! - 1, ed! + 1));
  if (next.getUTCDate() !== sd) return null;
  const months = (next.getUTCFullYear() - sy!) * 12 + (next.getUTCMonth() + 1 - sm!);
  return months > 12 && months % 12 === 0 ? months / 12 : null;
}

interface RateStatement {
  total: MoneyFigure;
  rate: MoneyFigure;
  approval: Approval;
  years: number;
}

/**
 * A sum the decision approves with its yearly rate beside it ("The contract value for the initial term is
 * £1,450,000, equating to £450,000 per annum", "£1,450,000 (£450,000 per annum)"), where the approval runs a whole
 * number of years: the rate times those years should make the sum.
 */
function rateStatements(ctx: CheckContext, approvals: readonly Approval[]): RateStatement[] {
  const out: RateStatement[] = [];
  const figures = ctx.figures;
  for (let i = 0; i + 1 < figures.length; i++) {
    const total = figures[i]!;
    const rate = figures[i + 1]!;
    if (!inDecidingPart(ctx, total.offset)) continue;
    if (!RATE_INTRODUCED.test(ctx.text.slice(total.end, rate.offset))) continue;
    if (!PER_YEAR.test(ctx.text.slice(rate.end, rate.end + 20))) continue;
    if (isApproximate(ctx.text, total) || isApproximate(ctx.text, rate)) continue;
    // The sum is one the decision approves, not a whole-life value or another bidder's price.
    const approval = approvals.find((a) => a.pence === total.pence);
    const years = approval ? wholeYears(approval) : null;
    if (!approval || years === null) continue;
    // Not a rate that is the approval's own words ("at £450,000 per annum"): that is read as the rate times the years.
    if (rate.offset >= approval.offset && rate.offset < approval.offset + approval.quote.length) continue;
    out.push({ total, rate, approval, years });
  }
  return [...out, ...rateThenTotal(ctx, approvals)];
}

/**
 * Between a yearly rate and the total it makes, later in its sentence: "£165,000 per year will be funded from the
 * … budget, a total of", "£150,000 a year, totalling". No other sum between, and no end of the sentence.
 */
const TOTAL_AFTER_RATE =
  /^[^£.;\n]{0,160}?,?[ \t]+(?:(?:a|the)[ \t]+total[ \t]+of|totall?ing|in[ \t]+total)[ \t]+$/i;
/** Words that make the rate only part of the term: "for the first two years", "rising to", "from 2026/27". */
const RATE_OF_PART =
  /\b(?:first|initial|final|last|remaining|(?:rising|increasing|reducing|falling|decreasing)[ \t]+to|uplift|inflation|from[ \t]+(?:20)?\d\d[/-]|until|to[ \t]+(?:20)?\d\d[/-]\d\d[ \t]+and)\b/i;
/** "over the three years", "for 3 years": the number of years a sentence gives, or null. */
function yearsSaid(words: string): number[] {
  return [...words.matchAll(new RegExp(`\\b${numberWord}[ \\t-]+years?\\b`, "gi"))]
    .map((m) => count(m[1]!))
    .filter((n): n is number => n !== null);
}

/**
 * A yearly rate said first and the sum the decision approves after it, as the total of the years ("MOPAC's contribution
 * of £165,000 per year will be funded from the … budget, a total of £450,000 over the three years 2025/26 to
 * 2027/28"). Not where the words make the rate part of the term, or name a number of years the approval does not run.
 */
function rateThenTotal(ctx: CheckContext, approvals: readonly Approval[]): RateStatement[] {
  const out: RateStatement[] = [];
  const figures = ctx.figures;
  for (let i = 0; i + 1 < figures.length; i++) {
    const rate = figures[i]!;
    const total = figures[i + 1]!;
    if (!inDecidingPart(ctx, total.offset)) continue;
    const per = PER_YEAR.exec(ctx.text.slice(rate.end, rate.end + 20));
    if (!per) continue;
    const between = ctx.text.slice(rate.end + per[0].length, total.offset);
    if (!TOTAL_AFTER_RATE.test(between) || RATE_OF_PART.test(between)) continue;
    if (isApproximate(ctx.text, total) || isApproximate(ctx.text, rate)) continue;
    const approval = approvals.find((a) => a.pence === total.pence);
    const years = approval ? wholeYears(approval) : null;
    if (!approval || years === null) continue;
    // The approval's own words ("£150,000 per year for three years, …, a total of £450,000") are read as the rate
    // times the years.
    if (rate.offset >= approval.offset && rate.offset < approval.offset + approval.quote.length) continue;
    const after = ctx.text.slice(total.end, sentenceSpan(ctx.text, total.offset).end);
    const said = yearsSaid(between + after.slice(0, 60));
    if (said.some((n) => n !== years) || RATE_OF_PART.test(after.slice(0, 60))) continue;
    out.push({ total, rate, approval, years });
  }
  return out;
}

/**
 * The yearly rate stated elsewhere in the deciding parts that does make the sum over its years ("£150,000 per year"
 * in the Recommendation against "£165,000 per year" in the Financial Comments), as a sentence; its quotes are added to
 * `quotes`.
 */
function ratesThatMake(ctx: CheckContext, total: MoneyFigure, years: number, quotes: Quote[]): string {
  const others = ctx.figures.filter(
    (f) =>
      f.pence * years === total.pence &&
      inDecidingPart(ctx, f.offset) &&
      PER_YEAR.test(ctx.text.slice(f.end, f.end + 20)),
  );
  if (others.length === 0) return "";
  quotes.push(...others.map((f) => quoteOf(ctx.text, f.offset, f.end)));
  const where = [...new Set(others.map((f) => placeOf(ctx, f.offset)))];
  return ` ${capitalise(listOf(where))} ${where.length > 1 ? "give" : "gives"} the yearly rate as ${pounds(others[0]!.pence)}, which makes it.`;
}

/**
 * TOTAL_MISMATCH (warning): a sum the decision approves said with a yearly rate that does not make it over the
 * approval's whole years ("£1,450,000, equating to £450,000 per annum" for three years: 3 × £450,000 = £1,350,000).
 * The rate may be rounded by its writer (1% and 50p a year are allowed).
 */
export const annualRateBesideTotal: DecisionCheck = (ctx) => {
  const approvals = ctx.record.approvals.filter((a) => a.pence > 0 && !bringsMoneyIn(a.kind));
  const groups = new Map<string, RateStatement[]>();
  for (const s of rateStatements(ctx, approvals)) {
    const made = s.rate.pence * s.years;
    const tolerance = Math.max(
      s.years * Math.max(HALF_POUND, roundingTolerance(s.rate)),
      roundingTolerance(s.total),
      shareOf(s.total.pence, 1, 100),
    );
    if (agrees(made, s.total.pence, tolerance)) continue;
    const key = `${s.total.pence}:${s.rate.pence}:${s.years}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const { total, rate, approval, years } = list[0]!;
    const made = rate.pence * years;
    const quotesOfOthers: Quote[] = [];
    const places = [...new Set(list.map((s) => placeOf(ctx, s.total.offset)))];
    const message =
      `${capitalise(listOf(places))} ${places.length > 1 ? "give" : "gives"} ${pounds(total.pence)} as ` +
      `${pounds(rate.pence)} per annum, but ${placeOf(ctx, approval.offset)} approves it for ${years} years ` +
      `(${dateWords(approval.start!)} to ${dateWords(approval.end!)}): ${years} × ${pounds(rate.pence)} = ` +
      `${pounds(made)}, a difference of ${pounds(Math.abs(made - total.pence))}.${ratesThatMake(ctx, total, years, quotesOfOthers)} ` +
      `Confirm the sum and the annual rate with the decision's author before profiling either.`;
    const quotes: Quote[] = [
      ...quotesOfOthers,
      { quote: approval.quote, offset: approval.offset },
      ...list.flatMap((s) => [
        quoteOf(ctx.text, s.total.offset, s.total.end),
        quoteOf(ctx.text, s.rate.offset, s.rate.end),
      ]),
    ];
    out.push(makeFinding(ctx, "TOTAL_MISMATCH", "warning", message, quotes));
  }
  return out;
};
