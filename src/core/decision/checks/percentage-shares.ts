import type { CheckContext, MoneyFigure } from "./check-context";
import { tableAt } from "./places";
import { sentenceSpan } from "./sentences";

/** A sum given with its percentage of a joint total: "MOPAC 35% (£495,000)", "£825,000 (45%)". */
export interface PercentageShare {
  figure: MoneyFigure;
  percent: number;
  /** Where the percentage is written. */
  percentAt: { offset: number; end: number };
  /** Half a unit of the percentage's last written digit: "35%" stands for 34.5% to 35.5%. */
  precision: number;
}

/** One sentence's shares whose percentages make the whole (100%), so their sums make the joint total. */
export interface SharesOfWhole {
  shares: PercentageShare[];
  /** The sum of the shares' sums: the joint total the percentages are of. */
  whole: number;
}

const PERCENT = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)`;
/** "35% (" just before the figure. */
const percentBefore = new RegExp(String.raw`${PERCENT}\s*\(\s*$`, "i");
/** ") " just after the figure, closing the bracket. */
const bracketClosed = /^\s*\)/;
/** " (45%)" just after the figure. */
const percentAfter = new RegExp(String.raw`^\s*\(\s*${PERCENT}\s*\)`, "i");

function precisionOf(written: string): number {
  const decimals = written.split(".")[1]?.length ?? 0;
  return 0.5 / 10 ** decimals;
}

function shareOf(ctx: CheckContext, figure: MoneyFigure): PercentageShare | null {
  const before = ctx.text.slice(Math.max(0, figure.offset - 30), figure.offset);
  const after = ctx.text.slice(figure.end, figure.end + 30);
  const b = percentBefore.exec(before);
  if (b && bracketClosed.test(after)) {
    const offset = figure.offset - before.length + b.index;
    return {
      figure,
      percent: Number(b[1]),
      percentAt: { offset, end: offset + b[0].replace(/\s*\(\s*$/, "").length },
      precision: precisionOf(b[1]!),
    };
  }
  const a = percentAfter.exec(after);
  if (a) {
    const offset = figure.end + a[0].indexOf(a[1]!);
    return {
      figure,
      percent: Number(a[1]),
      percentAt: { offset, end: figure.end + a[0].replace(/\s*\)$/, "").length },
      precision: precisionOf(a[1]!),
    };
  }
  return null;
}

/**
 * The sentences that share a joint sum out in percentages, each with its sum ("shared MOPAC 35% (£495,000), NHS
 * England 45% (£825,000) and the London Borough of Camden 20% (£330,000)"), where the percentages make 100%: the sums
 * then make the whole the percentages are of, whether or not the sentence states it. Tables are left to the table
 * checks.
 */
export function sharesOfWhole(ctx: CheckContext): SharesOfWhole[] {
  const bySentence = new Map<number, PercentageShare[]>();
  for (const figure of ctx.figures) {
    if (tableAt(ctx, figure.offset)) continue;
    const share = shareOf(ctx, figure);
    if (!share) continue;
    const start = sentenceSpan(ctx.text, figure.offset).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), share]);
  }
  const out: SharesOfWhole[] = [];
  for (const shares of bySentence.values()) {
    if (shares.length < 2) continue;
    const percent = shares.reduce((n, s) => n + s.percent, 0);
    const slack = shares.reduce((n, s) => n + s.precision, 0);
    if (Math.abs(percent - 100) > slack) continue;
    const whole = shares.reduce((n, s) => n + s.figure.pence, 0);
    if (whole <= 0) continue;
    out.push({ shares, whole });
  }
  return out;
}

/** The shares whose sum is not their percentage of the whole (the percentage's own rounding allowed). */
export function sharesOff(s: SharesOfWhole): PercentageShare[] {
  return s.shares.filter((share) => {
    const actual = (share.figure.pence / s.whole) * 100;
    return Math.abs(actual - share.percent) > share.precision + 1e-9;
  });
}
