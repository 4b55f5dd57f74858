import { ReconcilerError } from "../errors";

/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD") by whole days since 1970-01-01, with no Date objects and so no
 * time zones or daylight-saving surprises. The day numbers follow the proleptic Gregorian calendar.
 */

/** A calendar date written "YYYY-MM-DD". ISO order is date order, so two IsoDates compare as strings. */
export type IsoDate = string;

/** True in a Gregorian leap year. @example isLeapYear(2024) // true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1–12). @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole days from 1970-01-01 to the given date (negative before it). @example daysFromCivil(2023, 10, 1) // 19631 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month and day of a day number. @example civilFromDays(19631) // { year: 2023, month: 10, day: 1 } */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when year/month/day name a real date in years 1000–9999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Writes a date as "YYYY-MM-DD". @example isoFromParts(2023, 10, 1) // "2023-10-01" */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written exactly "YYYY-MM-DD". @example isIsoDate("2023-02-29") // false */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== "string") return false;
  const m = isoShape.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The parts of an ISO date; throws BAD_DATE (quoting it) when it is not one. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = typeof date === "string" ? isoShape.exec(date) : null;
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new ReconcilerError(
      "BAD_DATE",
      `${quoteText(date)} is not a date written YYYY-MM-DD (e.g. "2023-10-01")`,
    );
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Day number of an ISO date (days since 1970-01-01). @example toDayNumber("1970-01-02") // 1 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return daysFromCivil(year, month, day);
}

/** ISO date of a day number. @example fromDayNumber(19631) // "2023-10-01" */
export function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return isoFromParts(year, month, day);
}

/** The date n days later (earlier for negative n). @example addDays("2024-02-28", 2) // "2024-03-01" */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * Days from start to end counting both ends (a single day is 1; end before start gives 0 or less).
 * @example daysBetweenInclusive("2023-10-01", "2024-03-31") // 183
 */
export function daysBetweenInclusive(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/** Negative, zero or positive as a is before, the same as, or after b. @example compareIso("2023-01-01", "2024-01-01") // -1 */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earlier of two dates. */
export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** First day of the date's month. @example startOfMonth("2024-02-17") // "2024-02-01" */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoParts(date);
  return isoFromParts(year, month, 1);
}

/** Last day of the date's month. @example endOfMonth("2024-02-17") // "2024-02-29" */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoParts(date);
  return isoFromParts(year, month, daysInMonth(year, month));
}

/**
 * The same day n months later, clamped to the month's end.
 * @example addMonths("2024-01-31", 1) // "2024-02-29"
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = isoParts(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Days between 1899-12-30 and 1970-01-01: Excel serial 25569 is 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * The Excel serial number (1900 date system) of a date, as Excel shows it: 2023-10-01 is 45200. Dates before
 * 1900-03-01 get Excel's numbering too (which counts a fictitious 1900-02-29 as serial 60).
 * @example toExcelSerial("2023-10-01") // 45200
 */
export function toExcelSerial(date: IsoDate): number {
  const days = toDayNumber(date);
  const serial = days + EXCEL_EPOCH_OFFSET;
  return serial >= 61 ? serial : serial - 1;
}

/** The date of a whole Excel serial number, or null for 0, 60 (Excel's fictitious 1900-02-29) and out of range. */
export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465 || serial === 60) return null;
  return fromDayNumber(serial >= 61 ? serial - EXCEL_EPOCH_OFFSET : serial - EXCEL_EPOCH_OFFSET + 1);
}

/** Quotes an input for an error message, shortened when long. */
export function quoteText(value: unknown): string {
  const s = typeof value === "string" ? value : String(value);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + "…" : s);
}
