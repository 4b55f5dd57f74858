/** English month names as written in UK documents: full, three-letter and "Sept". */
const names: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** A regular-expression alternation matching any month name (longest first), without groups. */
export const MONTH_NAME_PATTERN =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";

/** The month number (1–12) of an English month name or abbreviation, any case; undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  return Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined;
}

const fullNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The full English name of month 1–12. @example monthName(10) // "October" */
export function monthName(month: number): string {
  return fullNames[month - 1] ?? String(month);
}
