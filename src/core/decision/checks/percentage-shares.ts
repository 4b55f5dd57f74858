import type { CheckContext, MoneyFigure } from "./check-context";
import { roundedQuotient } from "./figure-precision";
import { tableAt } from "./places";
import { sentenceSpan } from "./sentences";

/** A sum given with its percentage of a joint total: "MOPAC 35% (£495,000)", "£825,000 (45%)". */
export interface PercentageShare {
  figure: MoneyFigure;
  /**
   * The percentage as written, exactly: `units / scale` percent ("33.5%" is 335 / 10). It stands for anything within
   * half a unit of its last digit: "35%" for 34.5% to 35.5%.
   */
  units: bigint;
  scale: bigint;
  /** Where the percentage is written. */
  percentAt: { offset: number; end: number };
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

function exactly(written: string): { units: bigint; scale: bigint } {
  const decimals = written.split(".")[1]?.length ?? 0;
  return { units: BigInt(written.replace(".", "")), scale: 10n ** BigInt(decimals) };
}

function shareOf(ctx: CheckContext, figure: MoneyFigure): PercentageShare | null {
  const before = ctx.text.slice(Math.max(0, figure.offset - 30), figure.offset);
  const after = ctx.text.slice(figure.end, figure.end + 30);
  const b = percentBefore.exec(before);
  if (b && bracketClosed.test(after)) {
    const offset = figure.offset - before.length + b.index;
    return {
      figure,
      ...exactly(b[1]!),
      percentAt: { offset, end: offset + b[0].replace(/\s*\(\s*$/, "").length },
    };
  }
  const a = percentAfter.exec(after);
  if (a) {
    const offset = figure.end + a[0].indexOf(a[1]!);
    return {
      figure,
      ...exactly(a[1]!),
      percentAt: { offset, end: figure.end + a[0].replace(/\s*\)$/, "").length },
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
    // Within the percentages' own rounding of 100%, in units of 1 / (2 × the finest scale) of a per cent.
    const finest = shares.reduce((n, s) => (s.scale > n ? s.scale : n), 1n);
    const percent = shares.reduce((n, s) => n + 2n * s.units * (finest / s.scale), 0n);
    const slack = shares.reduce((n, s) => n + finest / s.scale, 0n);
    const over = percent - 200n * finest;
    if ((over < 0n ? -over : over) > slack) continue;
    const whole = shares.reduce((n, s) => n + s.figure.pence, 0);
    if (whole <= 0) continue;
    out.push({ shares, whole });
  }
  return out;
}

/** The shares whose sum is not their percentage of the whole (the percentage's own rounding allowed). */
export function sharesOff(s: SharesOfWhole): PercentageShare[] {
  const whole = BigInt(s.whole);
  return s.shares.filter((share) => {
    // |pence / whole × 100 − units / scale| > 1 / (2 × scale), in whole numbers.
    const off = 200n * BigInt(share.figure.pence) * share.scale - 2n * share.units * whole;
    return (off < 0n ? -off : off) > whole;
  });
}

/** What a share's percentage of the whole would be, in whole pence. */
export function shareAtItsPercentage(s: SharesOfWhole, share: PercentageShare): number {
  return Number(roundedQuotient(BigInt(s.whole) * share.units, 100n * share.scale));
}

/** A percentage to one decimal place as a reader writes it: "35%", "33.3%". */
export function percentWords(units: bigint, scale: bigint): string {
  const tenths = roundedQuotient(units * 10n, scale);
  const whole = tenths / 10n;
  const tenth = tenths % 10n;
  return tenth === 0n ? `${whole}%` : `${whole}.${tenth < 0n ? -tenth : tenth}%`;
}

/** The percentage's value as a key, whatever zeros it is written with ("35" and "35.0" are one). */
export function percentKey(share: PercentageShare): string {
  let { units, scale } = share;
  while (scale > 1n && units % 10n === 0n) {
    units /= 10n;
    scale /= 10n;
  }
  return `${units}/${scale}`;
}
