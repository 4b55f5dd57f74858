import { isListLabelC } from "../../money/list-label";
import type { MoneyFigure } from "./check-context";

const approximateBefore =
  /(?:\bcirca\s+|\bapprox(?:imately|\.)?\s+|\baround\s+|\babout\s+|\broughly\s+|\bsome\s+|\bin the region of\s+|\ban? estimated\s+|\bestimated\s+|\bnearly\s+|\balmost\s+|\bjust (?:over|under)\s+)$/i;

/**
 * "c" or "ca." just before the figure ("c. £450,000", "ca. £2m"): lower case and at most one space away, so a
 * table's label ending in a capital C ("Borough C", a tab, "£250k") is not read as "circa".
 */
const circaLetterBefore = /(?:^|[^A-Za-z])(?:c\.?|ca\.) ?$/;

/** True when the figure is written as an estimate: "c£450,000", "circa £1m", "approximately £2,000". */
export function isApproximate(text: string, figure: MoneyFigure): boolean {
  if (figure.approximate) return true;
  if (/^c\.?\s*£|^(?:circa|approx|approximately|around|about)\b/i.test(figure.quote)) return true;
  const before = text.slice(Math.max(0, figure.offset - 24), figure.offset);
  const circa = circaLetterBefore.exec(before);
  // "c. £0.2m" as a list's item c. is a label, not "circa".
  const label =
    circa !== null && isListLabelC(text, figure.offset - before.length + before.indexOf("c", circa.index));
  return (circa !== null && !label) || approximateBefore.test(before);
}

const unitWords: [RegExp, number][] = [
  [/\b(?:bn|billion)\b|\d\s*b\b/i, 1_000_000_000],
  [/\b(?:m|mn|million)\b|\d\s*m\b|\dm$/i, 1_000_000],
  [/\b(?:k|thousand)\b|\d\s*k\b|\dk$/i, 1_000],
];

/**
 * How far the figure may be from an exact amount because of the way it is written, in pence: "£2.7 million" is
 * rounded to £100,000, so it stands for anything within £50,000 of £2,700,000; "£1,250,000" is exact (0).
 */
export function roundingTolerance(figure: MoneyFigure): number {
  for (const [pattern, unit] of unitWords) {
    if (!pattern.test(figure.quote)) continue;
    const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(figure.quote);
    const decimals = digits?.[2]?.length ?? 0;
    return Math.round((unit * 100) / 10 ** decimals / 2);
  }
  return 0;
}

/** True when two amounts agree within a tolerance (in pence). */
export function agrees(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

/**
 * A share of a sum in whole pence, rounded half up, worked out in integers: `shareOf(p, 1, 20)` is 5% of `p`. (A
 * float factor such as `p * 0.05` is not exact: 0.05 has no binary form.)
 */
export function shareOf(pence: number, numerator: number | bigint, denominator: number | bigint): number {
  return Number(roundedQuotient(BigInt(pence) * BigInt(numerator), BigInt(denominator)));
}

/** `n / d` (d > 0) rounded to a whole number as Math.round rounds: halves upwards. */
export function roundedQuotient(n: bigint, d: bigint): bigint {
  const num = 2n * n + d;
  const den = 2n * d;
  const q = num / den;
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

/** The smallest difference (in pence) counted as a contradiction: under £1 is rounding. */
export const PENCE_ROUNDING = 100;

/**
 * How far a stated figure may be from the money it is checked against: £1, the rounding of how it is written
 * ("£2.7m" stands for £2,650,000 to £2,750,000), or 5% where it is an estimate ("approximately £450,000").
 */
export function statedTolerance(s: { figure: MoneyFigure; approximate: boolean; tolerance: number }): number {
  return Math.max(PENCE_ROUNDING, s.tolerance, s.approximate ? shareOf(s.figure.pence, 1, 20) : 0);
}
