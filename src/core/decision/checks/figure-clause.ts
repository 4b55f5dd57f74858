import type { CheckContext, MoneyFigure } from "./check-context";
import { sentenceSpan } from "./sentences";

/** The figure's sentence, and the words on each side of it up to the neighbouring figures in that sentence. */
export interface FigureClause {
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** From the sentence's start, or the previous figure in it, to the figure. */
  before: string;
  /** From the figure to the next figure in the sentence, or the sentence's end. */
  after: string;
  /** The whole sentence text before the figure. */
  sentenceBefore: string;
  /** The whole sentence text after the figure. */
  sentenceAfter: string;
}

/** Clauses already worked out, per check context and figure offset: several checks ask about the same figures. */
const clauses = new WeakMap<CheckContext, Map<string, FigureClause>>();

export function figureClause(ctx: CheckContext, figure: MoneyFigure): FigureClause {
  let known = clauses.get(ctx);
  if (!known) clauses.set(ctx, (known = new Map()));
  const key = `${figure.offset}:${figure.end}`;
  const cached = known.get(key);
  if (cached) return cached;
  const clause = clauseOf(ctx, figure);
  known.set(key, clause);
  return clause;
}

/** The first index in `figures` (sorted by offset) whose offset is at least `at`. */
function firstAtOrAfter(figures: readonly MoneyFigure[], at: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.offset < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clauseOf(ctx: CheckContext, figure: MoneyFigure): FigureClause {
  const span = sentenceSpan(ctx.text, figure.offset);
  const end = Math.max(span.end, figure.end);
  const figures = ctx.figures;
  // `figures` are in offset order: the next figure is the first at or after this one's end; the previous ones are
  // found walking back from this figure to the sentence's start (only the figures of this sentence are visited).
  let from = span.start;
  let to = end;
  const next = figures[firstAtOrAfter(figures, figure.end)];
  if (next && next.offset < to) to = next.offset;
  for (let i = firstAtOrAfter(figures, figure.offset) - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (f.offset < span.start) break;
    if (f.end <= figure.offset && f.end > from) from = f.end;
  }
  return {
    sentence: ctx.text.slice(span.start, end),
    sentenceStart: span.start,
    sentenceEnd: end,
    before: ctx.text.slice(from, figure.offset),
    after: ctx.text.slice(figure.end, to),
    sentenceBefore: ctx.text.slice(span.start, figure.offset),
    sentenceAfter: ctx.text.slice(figure.end, end),
  };
}
