import { ReconcilerError } from "../errors";
import { addDays, addMonths, isoParts, isoFromParts, daysInMonth, type IsoDate } from "../dates/calendar";
import { parseDate } from "../dates/parse-date";
import type { Pence } from "../money/pence";
import { apportion } from "./largest-remainder";
import { bucketContaining, bucketsBetween, type BucketSpan, type ProfileBucketing } from "./profile-buckets";
import { periodWeight, type ProfileBasis } from "./profile-weight";

export type { ProfileBasis } from "./profile-weight";
export type { ProfileBucketing } from "./profile-buckets";

/** When money falls: spread over the service period (the default), or paid at the end of each service quarter. */
export type ProfileSchedule = "quarterly-in-arrears";

/** One bucket of a profile: a financial year, quarter or month, clipped to the period, and the pence in it. */
export interface ProfileBucket {
  label: string;
  start: IsoDate;
  end: IsoDate;
  pence: Pence;
}

export interface ProfileInput {
  totalPence: Pence;
  start: IsoDate;
  end: IsoDate;
  /** Default "months". */
  basis?: ProfileBasis;
  /** Default "fy". */
  by?: ProfileBucketing;
  schedule?: ProfileSchedule;
}

export interface Profile {
  totalPence: Pence;
  basis: ProfileBasis;
  buckets: ProfileBucket[];
  /** Present when a payment schedule was applied. */
  schedule?: ProfileSchedule;
}

const MAX_YEARS = 100;

function checkInput(input: ProfileInput): {
  start: IsoDate;
  end: IsoDate;
  basis: ProfileBasis;
  by: ProfileBucketing;
} {
  const basis = input.basis ?? "months";
  const by = input.by ?? "fy";
  if (basis !== "days" && basis !== "months") {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `${JSON.stringify(String(basis))} is not a profile basis: expected "days" or "months"`,
    );
  }
  if (by !== "fy" && by !== "quarter" && by !== "month") {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `${JSON.stringify(String(by))} is not a bucketing: expected "fy", "quarter" or "month"`,
    );
  }
  if (input.schedule !== undefined && input.schedule !== "quarterly-in-arrears") {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `${JSON.stringify(String(input.schedule))} is not a payment schedule: expected "quarterly-in-arrears"`,
    );
  }
  checkTotal(input.totalPence);
  const start = parseDate(input.start);
  const end = parseDate(input.end);
  if (end < start) {
    throw new ReconcilerError(
      "BAD_PERIOD",
      `the period ends (${end}) before it starts (${start}); give the start date first`,
    );
  }
  if (end >= addMonths(start, MAX_YEARS * 12)) {
    throw new ReconcilerError(
      "BAD_PERIOD",
      `the period ${start} to ${end} is longer than ${MAX_YEARS} years; check the dates`,
    );
  }
  return { start, end, basis, by };
}

function checkTotal(totalPence: number): void {
  if (!Number.isSafeInteger(totalPence)) {
    throw new ReconcilerError(
      "BAD_MONEY",
      `expected the total as a whole number of pence, got ${String(totalPence)}`,
    );
  }
}

function withPence(spans: readonly BucketSpan[], pence: readonly number[]): ProfileBucket[] {
  return spans.map((s, i) => ({
    label: s.label,
    start: s.start,
    end: s.end,
    pence: (pence[i] ?? 0) as Pence,
  }));
}

/**
 * Splits an amount over a period into financial years, quarters or months.
 *
 * Weights: on the "days" basis each bucket weighs the days of the period in it; on the "months" basis each whole
 * calendar month weighs the same and a part month counts pro rata by its days (days-in-bucket / days-in-month).
 *
 * Rounding (largest remainder, Hamilton): each bucket gets the floor of its exact share total × weight / Σweights,
 * computed in exact rational BigInt arithmetic; the pence left over go one each to the buckets with the largest
 * remainders, ties to the earliest bucket. So the buckets add up to the total exactly and each is within 1p of
 * its exact share.
 *
 * Schedule "quarterly-in-arrears": the service period is cut into financial-year quarters (Q1 April–June; the first
 * and last clipped to the period), each quarter's service is valued as above, and its payment falls due on the 1st
 * of the month after the quarter (or the service) ends. Buckets then hold the payments falling due in them and run
 * from the period's start to the last payment date, so they may reach past the period's end.
 *
 * Bad input throws ReconcilerError: BAD_PERIOD for an end before the start or a period over 100 years, BAD_DATE for
 * an unreadable date.
 *
 * @example profileAmount({ totalPence: 125000000, start: "2023-10-01", end: "2025-03-31" })
 * // { totalPence: 125000000, basis: "months", buckets: [
 * //   { label: "2023/24", start: "2023-10-01", end: "2024-03-31", pence: 41666667 },
 * //   { label: "2024/25", start: "2024-04-01", end: "2025-03-31", pence: 83333333 } ] }
 */
export function profileAmount(input: ProfileInput): Profile {
  const { start, end, basis, by } = checkInput(input);
  const total = input.totalPence;
  if (input.schedule === "quarterly-in-arrears") return quarterlyInArrears(total, start, end, basis, by);
  return profileOver(total, shapeOf(start, end, basis, by));
}

/** A period cut into buckets, each weighted: the part of a profile that does not depend on the total. */
interface ProfileShape {
  basis: ProfileBasis;
  spans: BucketSpan[];
  weights: bigint[];
}

function shapeOf(start: IsoDate, end: IsoDate, basis: ProfileBasis, by: ProfileBucketing): ProfileShape {
  const spans = bucketsBetween(start, end, by);
  return { basis, spans, weights: spans.map((s) => periodWeight(s.start, s.end, basis)) };
}

function profileOver(total: Pence, shape: ProfileShape): Profile {
  return {
    totalPence: total,
    basis: shape.basis,
    buckets: withPence(shape.spans, apportion(total, shape.weights)),
  };
}

/**
 * profileAmount for many totals, as reconciliation suggests one profile per decision: the buckets and weights of
 * each distinct period (most decisions run over whole financial years) are worked out once. Same results.
 */
export class PeriodProfiles {
  private readonly shapes = new Map<string, ProfileShape>();

  profile(input: ProfileInput): Profile {
    if (input.schedule !== undefined) return profileAmount(input);
    const key = `${input.start}\u0001${input.end}\u0001${input.basis ?? ""}\u0001${input.by ?? ""}`;
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      const { start, end, basis, by } = checkInput(input);
      shape = shapeOf(start, end, basis, by);
      this.shapes.set(key, shape);
    } else checkTotal(input.totalPence);
    return profileOver(input.totalPence, shape);
  }
}

/** The 1st of the month after a date: when a quarter's service ending that day is paid. */
export function paymentDueAfter(serviceEnd: IsoDate): IsoDate {
  const { year, month } = isoParts(serviceEnd);
  return addDays(isoFromParts(year, month, daysInMonth(year, month)), 1);
}

function quarterlyInArrears(
  total: Pence,
  start: IsoDate,
  end: IsoDate,
  basis: ProfileBasis,
  by: ProfileBucketing,
): Profile {
  const quarters = bucketsBetween(start, end, "quarter");
  const quarterPence = apportion(
    total,
    quarters.map((q) => periodWeight(q.start, q.end, basis)),
  );
  const lastDue = paymentDueAfter(end);
  const spans = bucketsBetween(start, lastDue, by);
  const pence = spans.map(() => 0);
  quarters.forEach((q, i) => {
    const due = paymentDueAfter(q.end);
    const label = bucketContaining(due, by).label;
    const index = spans.findIndex((s) => s.label === label);
    pence[index] = (pence[index] ?? 0) + (quarterPence[i] ?? 0);
  });
  return { totalPence: total, basis, schedule: "quarterly-in-arrears", buckets: withPence(spans, pence) };
}
