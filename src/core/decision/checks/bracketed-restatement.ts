import type { CheckContext, MoneyFigure } from "./check-context";
import { isApproximate, roundingTolerance } from "./figure-precision";

/**
 * A rounded figure restated exactly in brackets just after it: "£1.2m (£1,250,000)". The bracketed figure is the
 * one the decision means, to the pound; it stands for the rounded one wherever that is stated as a total or a
 * year's commitment, so a contradiction it carries ("£1.2m (£1,250,000)" against a Recommendation of £1,200,000)
 * is compared exactly, not excused by the rounding of "£1.2m".
 */
export function exactRestatement(ctx: CheckContext, figure: MoneyFigure): MoneyFigure | null {
  const i = ctx.figures.indexOf(figure);
  const next = ctx.figures[i + 1];
  if (i < 0 || next === undefined) return null;
  if (!/^[ \t]*\([ \t]*$/.test(ctx.text.slice(figure.end, next.offset))) return null;
  if (!/^[ \t]*\)/.test(ctx.text.slice(next.end, next.end + 4))) return null;
  if (isApproximate(ctx.text, next) || roundingTolerance(next) >= roundingTolerance(figure)) return null;
  return next;
}
