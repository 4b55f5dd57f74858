import type { Finding } from "../../findings/finding";
import type { CheckContext, DecisionCheck, MoneyFigure } from "./check-context";
import { figureClause } from "./figure-clause";
import { isApproximate, PENCE_ROUNDING, roundingTolerance, shareOf } from "./figure-precision";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { sentenceSpan } from "./sentences";
import { capitalise, listOf } from "./wording";

/** The words just before a sum added to money approved before: "additional", "a further", "an increase of". */
const ADDED_BEFORE =
  /\b(?:additional|further|extra|(?:an[ \t\n]+)?(?:increase|uplift|addition)[ \t\n]+of(?:[ \t\n]+up[ \t\n]+to)?)[ \t\n]+(?:[\w-]+[ \t\n]+){0,4}$/i;
/** The words just before a running total: "bringing the total … to", "the total … becomes", "a revised total of". */
const RUNNING_TOTAL_BEFORE =
  /(?:\bbring(?:s|ing)?[ \t\n]+(?:the|its|our)[ \t\n]+(?:[\w'’/-]+[ \t\n]+){0,10}?to|\btotal[ \t\n]+(?:[\w'’/-]+[ \t\n]+){0,8}?(?:becomes|rises[ \t\n]+to|increases[ \t\n]+to|will[ \t\n]+(?:now[ \t\n]+)?(?:be|rise[ \t\n]+to)|is[ \t\n]+now|now[ \t\n]+stands[ \t\n]+at)|\b(?:a|the)[ \t\n]+(?:new|revised)[ \t\n]+total[ \t\n]+of)[ \t\n]*$/i;
/** The words between a sum said before and the running total in one sentence: "Together with the £1,650,000 approved …". */
const TOGETHER_WITH_BEFORE = /\b(?:together[ \t\n]+with|added[ \t\n]+to)[ \t\n]+(?:the[ \t\n]+)?$/i;
/** A decision named: "PCD 1872", "DMPCD 2016 029", "MD3190". */
const DECISION_REF = /\b(?:PCD|DMPCD|DMPC|MD|DD)[ \t-]?\d{2,4}(?:[ \t/-]\d{2,3})?\b/gi;
/** The verbs of a sentence saying what an earlier decision approved. */
const APPROVED = /\bapprov(?:ed|al)\b|\bagreed\b|\bawarded\b|\ballocated\b|\bcommitted\b/i;
/** UK financial years named in words: "2025/26", "2025-26". */
const YEAR = /\b20\d{2}[/-]\d{2}\b/g;
/** From one sum to another: "from £1,120,000 to £1,500,000". */
const FROM_BEFORE = /\bfrom[ \t\n]*$/i;
const TO_BETWEEN = /^[ \t\n]*to[ \t\n]*$/i;
/** The words of a change that lowers a sum. */
const REDUCTION = /\b(?:reduc(?:tion|e|ing)|decrease|cut)\b/i;

interface Statement {
  added: MoneyFigure;
  total: MoneyFigure;
  /** What was there before, where the same sentence says it ("Together with the £1,650,000 approved …"). */
  before: MoneyFigure | null;
}

/**
 * RUNNING_TOTAL_MISMATCH: the decision adds a sum to money approved before and states the new total, but the sums do
 * not add up. "An additional £450,000 …, bringing the total approved for the programme in 2025/26 to £2,150,000"
 * against "PCD 1872 … approved £1,650,000 for the programme in 2025/26" (£1,650,000 + £450,000 = £2,100,000); "an
 * increase of £380,000 …, from £1,120,000 to £1,500,000"; "the balance of £650,000 … of the £1,500,000 approved in PCD
 * 1911 after the release of £880,000". Error where every figure is exact, else warning. The earlier sum is read from
 * the same sentence, else from a sentence naming the earlier decision and what it approved, for the same years; where
 * several such sums are said and none adds up, nothing is raised (which one is meant is not clear).
 */
export const runningTotalMismatch: DecisionCheck = (ctx) => {
  const earlier = earlierApprovals(ctx);
  // The same sums said in several places (the Executive Summary, the Recommendation, the Financial Comments) are one
  // finding, quoting each.
  const groups = new Map<string, { said: Statement[]; before: MoneyFigure; exact: boolean }>();
  for (const s of statements(ctx)) {
    const before = s.before ? [s.before] : earlier.filter((e) => sameYears(ctx, e, s.total));
    if (before.length === 0) continue;
    const tolerance = (f: MoneyFigure) =>
      Math.max(roundingTolerance(f), isApproximate(ctx.text, f) ? shareOf(f.pence, 1, 20) : 0);
    const slack = Math.max(
      PENCE_ROUNDING,
      tolerance(s.added) + tolerance(s.total) + Math.max(...before.map(tolerance)),
    );
    const amounts = new Set(before.map((b) => b.pence));
    if ([...amounts].some((b) => Math.abs(b + s.added.pence - s.total.pence) <= slack)) continue;
    if (amounts.size !== 1) continue;
    const key = `${before[0]!.pence}+${s.added.pence}=${s.total.pence}`;
    const group = groups.get(key) ?? { said: [], before: before[0]!, exact: true };
    group.said.push(s);
    group.exact &&= slack === PENCE_ROUNDING;
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const { said, before: b, exact } of groups.values()) {
    const places = [...new Set(said.map((s) => placeOf(ctx, s.total.offset)))];
    const first = said[0]!;
    const beforeAt = said.every((s) => s.before === b) ? "the same sentence" : placeOf(ctx, b.offset);
    const sum = b.pence + first.added.pence;
    const message =
      `${capitalise(listOf(places))} ${places.length > 1 ? "say" : "says"} ${pounds(first.added.pence)} brings the total to ${pounds(first.total.pence)}, ` +
      `but ${beforeAt} puts the sum approved before at ${pounds(b.pence)}: ` +
      `${pounds(b.pence)} + ${pounds(first.added.pence)} = ${pounds(sum)}, a difference of ${pounds(Math.abs(sum - first.total.pence))}. ` +
      `Confirm the earlier approval and the new total before relying on either.`;
    findings.push(
      makeFinding(ctx, "RUNNING_TOTAL_MISMATCH", exact ? "error" : "warning", message, [
        ...said.map((s) => quoteOf(ctx.text, s.added.offset, s.total.end)),
        quoteOf(ctx.text, b.offset, b.end),
      ]),
    );
  }
  findings.push(...fromAndTo(ctx), ...balances(ctx));
  return findings;
};

/** Each sentence adding a sum and stating the total it brings: the sum added, the running total, and any sum before. */
function statements(ctx: CheckContext): Statement[] {
  const out: Statement[] = [];
  for (const total of ctx.figures) {
    const clause = figureClause(ctx, total);
    if (!RUNNING_TOTAL_BEFORE.test(clause.before)) continue;
    const inSentence = ctx.figures.filter((f) => f.offset >= clause.sentenceStart && f.end <= total.offset);
    const before = inSentence.filter((f) => TOGETHER_WITH_BEFORE.test(figureClause(ctx, f).before));
    let added = inSentence.filter((f) => ADDED_BEFORE.test(figureClause(ctx, f).before));
    // "Together with the £1,650,000 approved in PCD 1872, the total … becomes £2,150,000": what is added is what this
    // decision approves, where it approves one sum.
    if (added.length === 0 && before.length === 1 && ctx.record.approvals.length === 1) {
      const approved = ctx.record.approvals[0]!;
      added = ctx.figures.filter((f) => f.offset === approved.offset && f.pence === approved.pence);
    }
    if (added.length !== 1) continue;
    out.push({ added: added[0]!, total, before: before.length === 1 ? before[0]! : null });
  }
  return out;
}

/**
 * The sums earlier decisions approved, as the decision recalls them: the one figure of a sentence that names another
 * decision and says what it approved ("PCD 1872, signed on 20 February 2025, approved £1,650,000 for the programme in
 * 2025/26"). Sentences that add money or state a running total are not recollections.
 */
function earlierApprovals(ctx: CheckContext): MoneyFigure[] {
  const own = ctx.record.ref.replace(/\s+/g, "").toUpperCase();
  const out: MoneyFigure[] = [];
  const bySentence = new Map<number, MoneyFigure[]>();
  for (const f of ctx.figures) {
    const s = sentenceSpan(ctx.text, f.offset);
    bySentence.set(s.start, [...(bySentence.get(s.start) ?? []), f]);
  }
  for (const [start, figures] of bySentence) {
    if (figures.length !== 1) continue;
    const f = figures[0]!;
    const sentence = ctx.text.slice(start, sentenceSpan(ctx.text, f.offset).end);
    const refs = [...sentence.matchAll(DECISION_REF)].map((m) => m[0].replace(/[\s-]+/g, "").toUpperCase());
    if (!refs.some((r) => r !== own) || !APPROVED.test(sentence)) continue;
    const clause = figureClause(ctx, f);
    if (ADDED_BEFORE.test(clause.before) || RUNNING_TOTAL_BEFORE.test(clause.before)) continue;
    if (/^[ \t\n]*(?:per|a|each)[ \t\n]+(?:year|annum|month|week)\b/i.test(clause.after)) continue;
    out.push(f);
  }
  return out;
}

/** True where the sentences of the two figures name the same financial years (or neither names any). */
function sameYears(ctx: CheckContext, a: MoneyFigure, b: MoneyFigure): boolean {
  const years = (f: MoneyFigure) => {
    const c = figureClause(ctx, f);
    return [...new Set([...c.sentence.matchAll(YEAR)].map((m) => m[0].slice(0, 4)))].sort().join(",");
  };
  return years(a) === years(b);
}

/** "an increase of £380,000 …, from £1,120,000 to £1,500,000": the change must be the difference. */
function fromAndTo(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // The same change said again (the Executive Summary, then the Recommendation) is one finding.
  const seen = new Set<string>();
  const figures = ctx.figures;
  for (let i = 1; i < figures.length; i++) {
    const from = figures[i - 1]!;
    const to = figures[i]!;
    const clause = figureClause(ctx, from);
    if (!FROM_BEFORE.test(clause.before) || !TO_BETWEEN.test(ctx.text.slice(from.end, to.offset))) continue;
    const change = figures.filter(
      (f) =>
        f !== from &&
        f !== to &&
        f.offset >= clause.sentenceStart &&
        f.end <= clause.sentenceEnd &&
        /\b(?:increase|reduction|decrease|uplift|rise|cut)[ \t\n]+of(?:[ \t\n]+up[ \t\n]+to)?[ \t\n]*$/i.test(
          figureClause(ctx, f).before,
        ),
    );
    if (change.length !== 1) continue;
    const c = change[0]!;
    const lowers = REDUCTION.test(figureClause(ctx, c).before);
    const difference = lowers ? from.pence - to.pence : to.pence - from.pence;
    const slack = Math.max(
      PENCE_ROUNDING,
      roundingTolerance(from) + roundingTolerance(to) + roundingTolerance(c),
    );
    const key = `${from.pence}>${to.pence}:${c.pence}`;
    if (Math.abs(difference - c.pence) <= slack || seen.has(key)) continue;
    seen.add(key);
    const message =
      `${capitalise(placeOf(ctx, c.offset))} says ${lowers ? "a reduction" : "an increase"} of ${pounds(c.pence)}, ` +
      `from ${pounds(from.pence)} to ${pounds(to.pence)}; but that is ${difference < 0 ? "a change" : lowers ? "a reduction" : "an increase"} of ${pounds(Math.abs(difference))}. ` +
      `Confirm which figure is right before relying on the change.`;
    out.push(
      makeFinding(ctx, "RUNNING_TOTAL_MISMATCH", slack === PENCE_ROUNDING ? "error" : "warning", message, [
        quoteOf(ctx.text, Math.min(c.offset, from.offset), Math.max(c.end, to.end)),
      ]),
    );
  }
  return out;
}

/** "the balance of £650,000 remaining of the £1,500,000 … after the release of £880,000": the balance is the rest. */
function balances(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const b of ctx.figures) {
    const clause = figureClause(ctx, b);
    if (!/\b(?:balance|remainder)[ \t\n]+of[ \t\n]*$/i.test(clause.before)) continue;
    const rest = ctx.figures.filter(
      (f) => f !== b && f.offset >= clause.sentenceStart && f.end <= clause.sentenceEnd,
    );
    const whole = rest.filter((f) =>
      /\b(?:of|from|out[ \t\n]+of)[ \t\n]+the[ \t\n]*$/i.test(figureClause(ctx, f).before),
    );
    const spent = rest.filter((f) =>
      /\b(?:after|following|less|net[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+)?(?:[\w-]+[ \t\n]+){0,3}?(?:of[ \t\n]+)?$/i.test(
        figureClause(ctx, f).before,
      ),
    );
    if (whole.length !== 1 || spent.length !== 1 || rest.length !== 2) continue;
    const w = whole[0]!;
    const s = spent[0]!;
    const slack = Math.max(
      PENCE_ROUNDING,
      roundingTolerance(w) + roundingTolerance(s) + roundingTolerance(b),
    );
    if (Math.abs(w.pence - s.pence - b.pence) <= slack) continue;
    const message =
      `${capitalise(placeOf(ctx, b.offset))} gives a balance of ${pounds(b.pence)} of ${pounds(w.pence)} after ${pounds(s.pence)}, ` +
      `but ${pounds(w.pence)} − ${pounds(s.pence)} = ${pounds(w.pence - s.pence)}, a difference of ${pounds(Math.abs(w.pence - s.pence - b.pence))}. ` +
      `Confirm the balance before relying on it.`;
    out.push(
      makeFinding(ctx, "RUNNING_TOTAL_MISMATCH", slack === PENCE_ROUNDING ? "error" : "warning", message, [
        quoteOf(ctx.text, clause.sentenceStart, clause.sentenceEnd),
      ]),
    );
  }
  return out;
}
