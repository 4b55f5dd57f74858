import { ReconcilerError } from "../errors";
import { daysInMonth, fromExcelSerial, isoFromParts, quoteText, type IsoDate } from "./calendar";
import { MONTH_NAME_PATTERN, monthName, monthNumber } from "./month-names";

export type { IsoDate } from "./calendar";
export {
  addDays,
  addMonths,
  compareIso,
  daysBetweenInclusive,
  daysInMonth,
  endOfMonth,
  fromDayNumber,
  fromExcelSerial,
  isIsoDate,
  isLeapYear,
  maxIso,
  minIso,
  startOfMonth,
  toDayNumber,
  toExcelSerial,
} from "./calendar";
export { findDates, type DateMention } from "./find-dates";

const M = MONTH_NAME_PATTERN;
const isoForm =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ukForm = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const dayMonthYear = new RegExp(
  String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(${M})\.?,?[\s-]+(\d{4})$`,
  "i",
);
const monthDayYear = new RegExp(String.raw`^(${M})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, "i");
const monthYear = new RegExp(String.raw`^(${M})\.?,?[\s-]+(\d{4})$`, "i");
const isoMonth = /^(\d{4})-(\d{1,2})$/;

const EXPECTED = `expected e.g. "2023-10-01", "01/10/2023", "1st October 2023" or an Excel date number`;

function bad(text: unknown, reason: string): ReconcilerError {
  return new ReconcilerError("BAD_DATE", `${quoteText(text)} is not a date: ${reason}`);
}

function checked(original: unknown, year: number, month: number, day: number): IsoDate {
  if (year < 1000 || year > 9999) throw bad(original, `the year ${year} is out of range (1000–9999)`);
  if (month < 1 || month > 12)
    throw bad(original, `there is no month ${month} (months run 1–12; UK dates are day/month/year)`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) throw bad(original, `${monthName(month)} ${year} has ${last} days`);
  return isoFromParts(year, month, day);
}

function normalise(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F]+/g, " ").trim();
}

function fromSerial(serial: number): IsoDate {
  if (!Number.isFinite(serial)) throw bad(serial, EXPECTED);
  const whole = Math.floor(serial);
  if (whole === 60) throw bad(serial, "Excel serial 60 is 29 February 1900, a day that did not exist");
  const iso = fromExcelSerial(whole);
  if (iso === null) throw bad(serial, "Excel date numbers run from 1 (1900-01-01) to 2958465 (9999-12-31)");
  return iso;
}

/**
 * Reads a date as people and spreadsheets write it, giving "YYYY-MM-DD".
 *
 * Accepts ISO ("2023-10-01", also with a time, which is ignored), UK day/month/year ("01/10/2023", "1/10/23",
 * "01.10.2023"; a two-digit year means 20xx), day month year ("1st April 2024", "01 Oct 2023", "31st March 2025",
 * "Monday 1 April 2024"), month day year ("April 1, 2024"), a month alone ("October 2023", "2023-10": the 1st; see
 * {@link parseMonthYear} for its end) and an Excel serial number in the 1900 date system (45200 is 2023-10-01; a
 * fraction, the time of day, is ignored; 60 is Excel's fictitious 29 February 1900 and is rejected). Anything
 * else, or an impossible date ("31/02/2023"), throws ReconcilerError BAD_DATE quoting the input.
 *
 * @example parseDate("1st April 2024") // "2024-04-01"
 * @example parseDate("01/10/2023")     // "2023-10-01"
 * @example parseDate(45200)            // "2023-10-01"
 * @example parseDate("31/02/2023")     // throws: "31/02/2023" is not a date: February 2023 has 28 days
 */
export function parseDate(text: string | number): IsoDate {
  if (typeof text === "number") return fromSerial(text);
  if (typeof text !== "string") throw bad(String(text), EXPECTED);
  const s = normalise(text);
  if (s === "") throw bad(text, "it is empty");
  let m = isoForm.exec(s);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = ukForm.exec(s);
  if (m) {
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return checked(text, y, Number(m[3]), Number(m[1]));
  }
  m = dayMonthYear.exec(s);
  if (m) return checked(text, Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1]));
  m = monthDayYear.exec(s);
  if (m) return checked(text, Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2]));
  const month = monthOf(s);
  if (month) return checked(text, month.year, month.month, 1);
  if (/^\d+(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  throw bad(text, EXPECTED);
}

function monthOf(s: string): { year: number; month: number } | null {
  let m = monthYear.exec(s);
  if (m) return { year: Number(m[2]), month: monthNumber(m[1]!) ?? 0 };
  m = isoMonth.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  return null;
}

/**
 * Reads a month and year ("October 2023", "Oct 2023", "2023-10") as the first and last day of that month.
 * Throws BAD_DATE quoting the input for anything else.
 *
 * @example parseMonthYear("February 2024") // { start: "2024-02-01", end: "2024-02-29" }
 */
export function parseMonthYear(text: string): { start: IsoDate; end: IsoDate } {
  const s = typeof text === "string" ? normalise(text) : "";
  const month = monthOf(s);
  if (!month) throw bad(text, `expected a month and year, e.g. "October 2023"`);
  const start = checked(text, month.year, month.month, 1);
  return { start, end: isoFromParts(month.year, month.month, daysInMonth(month.year, month.month)) };
}
