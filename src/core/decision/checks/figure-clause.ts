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

export function figureClause(ctx: CheckContext, figure: MoneyFigure): FigureClause {
  const span = sentenceSpan(ctx.text, figure.offset);
  const end = Math.max(span.end, figure.end);
  let from = span.start;
  let to = end;
  for (const f of ctx.figures) {
    if (f.end <= figure.offset && f.end > from && f.offset >= span.start) from = f.end;
    if (f.offset >= figure.end && f.offset < to) to = f.offset;
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
