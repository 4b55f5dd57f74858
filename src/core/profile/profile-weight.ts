import { daysFromCivil, daysInMonth, isoParts, type IsoDate } from "../dates/calendar";

/** How a profile weighs time: each day alike, or each calendar month alike (a part month pro rata by its days). */
export type ProfileBasis = "days" | "months";

/**
 * A common multiple of every month length (28, 29, 30 and 31 days): one month weighs MONTH_UNITS, one day of an
 * n-day month MONTH_UNITS / n, exactly, so month weights stay whole numbers.
 */
export const MONTH_UNITS = 377_580n;

/**
 * The weight of the days start..end (inclusive) on a basis, as a whole number:
 * - "days": the number of days;
 * - "months": MONTH_UNITS per whole month, and for a part month MONTH_UNITS × days-in-span / days-in-that-month.
 *
 * @example periodWeight("2024-02-01", "2024-02-29", "months") // 377580n (one whole month)
 * @example periodWeight("2024-02-01", "2024-02-15", "days")   // 15n
 */
export function periodWeight(start: IsoDate, end: IsoDate, basis: ProfileBasis): bigint {
  const s = isoParts(start);
  const e = isoParts(end);
  const first = daysFromCivil(s.year, s.month, s.day);
  const last = daysFromCivil(e.year, e.month, e.day);
  if (last < first) return 0n;
  if (basis === "days") return BigInt(last - first + 1);
  let weight = 0n;
  let y = s.year;
  let m = s.month;
  for (;;) {
    const dim = daysInMonth(y, m);
    const monthFirst = daysFromCivil(y, m, 1);
    const monthLast = monthFirst + dim - 1;
    const from = Math.max(first, monthFirst);
    const to = Math.min(last, monthLast);
    if (to >= from) weight += (BigInt(to - from + 1) * MONTH_UNITS) / BigInt(dim);
    if (monthLast >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return weight;
}
