import {
  addDays,
  daysInMonth,
  isoFromParts,
  isoParts,
  maxIso,
  minIso,
  type IsoDate,
} from "../dates/calendar";
import { financialYearFromStartYear } from "../financial-year/financial-year";

/** How a profile is split: by financial year, by financial-year quarter, or by calendar month. */
export type ProfileBucketing = "fy" | "quarter" | "month";

/** A stretch of calendar time a profile puts money in. */
export interface BucketSpan {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The whole bucket a date falls in: its financial year ("2023/24"), its financial-year quarter ("2023/24 Q3":
 * Q1 is April–June, Q4 January–March) or its month ("2023-10").
 *
 * @example bucketContaining("2023-11-15", "quarter") // { label: "2023/24 Q3", start: "2023-10-01", end: "2023-12-31" }
 */
export function bucketContaining(date: IsoDate, by: ProfileBucketing): BucketSpan {
  const { year, month } = isoParts(date);
  const fyStart = month >= 4 ? year : year - 1;
  if (by === "fy") {
    return {
      label: financialYearFromStartYear(fyStart),
      start: isoFromParts(fyStart, 4, 1),
      end: isoFromParts(fyStart + 1, 3, 31),
    };
  }
  if (by === "quarter") {
    const q = Math.floor(((month + 8) % 12) / 3); // 0 for Apr–Jun … 3 for Jan–Mar
    const firstMonth = ((q * 3 + 3) % 12) + 1; // 4, 7, 10, 1
    const y = firstMonth === 1 ? fyStart + 1 : fyStart;
    const lastMonth = firstMonth + 2;
    return {
      label: `${financialYearFromStartYear(fyStart)} Q${q + 1}`,
      start: isoFromParts(y, firstMonth, 1),
      end: isoFromParts(y, lastMonth, daysInMonth(y, lastMonth)),
    };
  }
  return {
    label: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
    start: isoFromParts(year, month, 1),
    end: isoFromParts(year, month, daysInMonth(year, month)),
  };
}

/**
 * The buckets covering start..end in order, the first and last clipped to the period, so they are contiguous and
 * cover it exactly.
 *
 * @example bucketsBetween("2023-10-01", "2025-03-31", "fy")
 * // [{ label: "2023/24", start: "2023-10-01", end: "2024-03-31" }, { label: "2024/25", start: "2024-04-01", end: "2025-03-31" }]
 */
export function bucketsBetween(start: IsoDate, end: IsoDate, by: ProfileBucketing): BucketSpan[] {
  const out: BucketSpan[] = [];
  let cursor = start;
  while (cursor <= end) {
    const whole = bucketContaining(cursor, by);
    out.push({ label: whole.label, start: maxIso(cursor, whole.start), end: minIso(end, whole.end) });
    cursor = addDays(whole.end, 1);
  }
  return out;
}
