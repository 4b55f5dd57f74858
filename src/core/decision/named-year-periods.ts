/**
 * Years that are not financial years, named as a decision's period: a calendar year ("for calendar year 2025", "the
 * 2025 calendar year") runs from 1 January to 31 December; an academic (school) year ("the 2024/25 academic year",
 * "academic year 2024-25") runs from 1 September to 31 July, the school year an academic year's delivery follows
 * ("the academic year September 2024 to July 2025").
 */
import type { Period } from "./decision-period";

const SPACE = String.raw`[ \t\n]+`;
/** The words that make a year the time a sum is for: "for calendar year 2025", "during the 2024/25 academic year" (not
 * "by the end of calendar year 2025"). */
const FOR = String.raw`\b(?:for|in|during|over|covering|throughout|across)${SPACE}(?:the${SPACE})?`;
const CALENDAR = new RegExp(
  String.raw`${FOR}(?:calendar${SPACE}year${SPACE}(?:of${SPACE})?((?:19|20)\d{2})(?![\d/\-–])|((?:19|20)\d{2})${SPACE}calendar${SPACE}year\b)`,
  "i",
);
const PAIR = String.raw`((?:19|20)\d{2})[ \t]?[/\-–][ \t]?((?:19|20)?\d{2})`;
const ACADEMIC = new RegExp(
  String.raw`${FOR}(?:(?:academic|school)${SPACE}year${SPACE}(?:of${SPACE})?${PAIR}(?![\d/])|${PAIR}${SPACE}(?:academic|school)${SPACE}year\b)`,
  "i",
);

/** The two calendar years an academic year's label names, or null where the second does not follow the first. */
function academicStart(first: string, second: string): number | null {
  const a = Number(first);
  const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
  return b === a + 1 || (second.length === 2 && b === a + 1 - 100) ? a : null;
}

/** The period of the first calendar or academic year the text names as one, or null where it names none. */
export function namedYearPeriod(text: string): Period | null {
  const c = CALENDAR.exec(text);
  const a = ACADEMIC.exec(text);
  const calendar = c === null ? null : { at: c.index, year: Number(c[1] ?? c[2]) };
  const startYear = a === null ? null : academicStart(a[1] ?? a[3]!, a[2] ?? a[4]!);
  const academic = a === null || startYear === null ? null : { at: a.index, year: startYear };
  if (calendar !== null && (academic === null || calendar.at < academic.at))
    return { start: `${calendar.year}-01-01`, end: `${calendar.year}-12-31` };
  if (academic !== null) return { start: `${academic.year}-09-01`, end: `${academic.year + 1}-07-31` };
  return null;
}

/**
 * True where the year label at `offset` of `length` in `text` ("2024/25") is said to be an academic or school year
 * ("the 2024/25 academic year", "academic year 2024/25"): not a financial year.
 */
export function isAcademicYearLabel(text: string, offset: number, length: number): boolean {
  const before = text.slice(Math.max(0, offset - 30), offset);
  const after = text.slice(offset + length, offset + length + 30);
  return (
    /\b(?:academic|school)[ \t\n]+year[ \t\n]+(?:of[ \t\n]+)?$/i.test(before) ||
    /^[ \t\n]+(?:academic|school)[ \t\n]+year\b/i.test(after)
  );
}
