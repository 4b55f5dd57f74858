import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  PeriodProfiles,
  profileAmount,
  type ProfileBasis,
  type ProfileBucketing,
} from "../../../src/core/profile/profile";
import { addDays, daysInMonth, fromDayNumber, toDayNumber } from "../../../src/core/dates/parse-date";
import type { Pence } from "../../../src/core/money/pence";
import { apportion } from "../../../src/core/profile/largest-remainder";

// Independent check of the weights: walk the period one day at a time. A day weighs 1 on the days basis and
// 1/(days in its month) of a month on the months basis; 377580 is divisible by 28, 29, 30 and 31.
function dayWeight(iso: string, basis: ProfileBasis): bigint {
  if (basis === "days") return 1n;
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return 377580n / BigInt(daysInMonth(y, m));
}

const period = fc
  .tuple(
    fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2060-12-31") }),
    fc.integer({ min: 0, max: 20 * 365 + 4 }),
  )
  .map(([first, length]) => ({ start: fromDayNumber(first), end: fromDayNumber(first + length) }));
const total = fc.integer({ min: 0, max: 1e12 });
const basis = fc.constantFrom<ProfileBasis>("days", "months");
const by = fc.constantFrom<ProfileBucketing>("fy", "quarter", "month");

describe("profile properties (any total to £10bn, any period up to 20 years)", () => {
  it("buckets sum to the total, none is negative, each is within 1p of its exact share, and they tile the period", () => {
    fc.assert(
      fc.property(total, period, basis, by, (totalPence, { start, end }, b, bucketing) => {
        const p = profileAmount({ totalPence: totalPence as Pence, start, end, basis: b, by: bucketing });
        expect(p.totalPence).toBe(totalPence);
        expect(p.buckets.reduce((s, x) => s + x.pence, 0)).toBe(totalPence);
        expect(p.buckets[0]!.start).toBe(start);
        expect(p.buckets[p.buckets.length - 1]!.end).toBe(end);
        const weights: bigint[] = [];
        p.buckets.forEach((bucket, i) => {
          expect(bucket.pence).toBeGreaterThanOrEqual(0);
          expect(bucket.start <= bucket.end).toBe(true);
          if (i > 0) expect(bucket.start).toBe(addDays(p.buckets[i - 1]!.end, 1));
          let w = 0n;
          for (let d = bucket.start; d <= bucket.end; d = addDays(d, 1)) w += dayWeight(d, b);
          weights.push(w);
        });
        const sum = weights.reduce((a, w) => a + w, 0n);
        p.buckets.forEach((bucket, i) => {
          // |pence − total × w / Σw| < 1, in whole numbers: |pence × Σw − total × w| < Σw.
          const gap = BigInt(bucket.pence) * sum - BigInt(totalPence) * weights[i]!;
          expect(gap < sum && -gap < sum).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("quarterly in arrears pays the whole total, from the period's start, with no negative bucket", () => {
    fc.assert(
      fc.property(total, period, basis, by, (totalPence, { start, end }, b, bucketing) => {
        const p = profileAmount({
          totalPence: totalPence as Pence,
          start,
          end,
          basis: b,
          by: bucketing,
          schedule: "quarterly-in-arrears",
        });
        expect(p.buckets.reduce((s, x) => s + x.pence, 0)).toBe(totalPence);
        expect(p.buckets[0]!.start).toBe(start);
        expect(p.buckets[p.buckets.length - 1]!.end > end).toBe(true);
        p.buckets.forEach((bucket, i) => {
          expect(bucket.pence).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(bucket.start).toBe(addDays(p.buckets[i - 1]!.end, 1));
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("PeriodProfiles (one period's buckets and weights worked out once, for many totals)", () => {
  it("gives exactly what profileAmount gives, for totals over periods seen before and not", () => {
    const periods = new PeriodProfiles();
    const seen = fc.constantFrom(
      { start: "2023-04-01", end: "2025-03-31" },
      { start: "2023-10-01", end: "2025-03-31" },
      { start: "2024-01-15", end: "2024-02-10" },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(total, fc.oneof(seen, period), basis, by), { minLength: 1, maxLength: 8 }),
        (asks) => {
          for (const [totalPence, { start, end }, b, bucketing] of asks) {
            const input = { totalPence: totalPence as Pence, start, end, basis: b, by: bucketing };
            expect(periods.profile(input)).toEqual(profileAmount(input));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still refuses a total that is not whole pence, for a period it has seen", () => {
    const periods = new PeriodProfiles();
    periods.profile({ totalPence: 100 as Pence, start: "2023-04-01", end: "2024-03-31" });
    expect(() =>
      periods.profile({ totalPence: 1.5 as Pence, start: "2023-04-01", end: "2024-03-31" }),
    ).toThrow(/whole number of pence/);
  });
});

// The largest-remainder method written out plainly in BigInt, as the oracle for apportion's two ways of working
// (plain numbers where total × Σweights is an exact double, BigInt beyond).
function hamilton(total: number, weights: bigint[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (weights.length === 0) return [];
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const t = BigInt(Math.abs(total));
  const parts = weights.map((w, i) => ({ i, share: (t * w) / sum, remainder: (t * w) % sum }));
  let left = t - parts.reduce((a, x) => a + x.share, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1,
  );
  for (const x of byRemainder) if (left-- > 0n) x.share += 1n;
  return parts.map((x) => (total < 0 && x.share !== 0n ? -Number(x.share) : Number(x.share)));
}

describe("apportion", () => {
  it("gives what the largest-remainder method gives, for small and huge totals and weights", () => {
    const weight = fc.oneof(fc.bigInt({ min: 0n, max: 40n }), fc.bigInt({ min: 0n, max: 10n ** 12n }));
    const amount = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(amount, fc.array(weight, { maxLength: 30 }), (t, ws) => {
        expect(apportion(t, ws)).toEqual(hamilton(t, ws));
      }),
      { numRuns: 2000 },
    );
  });
});
