import { ReconcilerError } from "../errors";
import { isoFromParts, isoParts, type IsoDate } from "../dates/calendar";
import { parseDate } from "../dates/parse-date";
import type { FinancialYear } from "./financial-year-label";

export type { FinancialYear } from "./financial-year-label";

/**
 * UK financial years run from 1 April to 31 March and are written "2023/24". A financial year is identified here
 * by its start year (2023 for "2023/24").
 */

function quoted(text: unknown): string {
  const s = String(text);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + "…" : s);
}

/**
 * The label of the financial year starting 1 April of `startYear`.
 * @example financialYearFromStartYear(2023) // "2023/24"
 */
export function financialYearFromStartYear(startYear: number): FinancialYear {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new ReconcilerError(
      "BAD_FINANCIAL_YEAR",
      `${quoted(startYear)} is not a year a financial year can start in`,
    );
  }
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}` as FinancialYear;
}

/**
 * The year a financial year starts in. Accepts any spelling {@link parseFinancialYear} does.
 * @example financialYearStartYear("2023/24") // 2023
 */
export function financialYearStartYear(fy: FinancialYear | string): number {
  const m = /^(\d{4})\/(\d{2})$/.exec(fy);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) return Number(m[1]);
  return Number(parseFinancialYear(fy).slice(0, 4));
}

/**
 * The financial year a date falls in. Accepts anything {@link parseDate} does (ISO, UK, "1st April 2024", an Excel
 * serial number).
 * @example financialYearOf("2024-03-31") // "2023/24"
 * @example financialYearOf("2024-04-01") // "2024/25"
 */
export function financialYearOf(date: IsoDate | string | number): FinancialYear {
  const { year, month } = isoParts(parseDate(date));
  return financialYearFromStartYear(month >= 4 ? year : year - 1);
}

/** First day of a financial year. @example financialYearStart("2023/24") // "2023-04-01" */
export function financialYearStart(fy: FinancialYear | string): IsoDate {
  return isoFromParts(financialYearStartYear(fy), 4, 1);
}

/** Last day of a financial year. @example financialYearEnd("2023/24") // "2024-03-31" */
export function financialYearEnd(fy: FinancialYear | string): IsoDate {
  return isoFromParts(financialYearStartYear(fy) + 1, 3, 31);
}

/** The following financial year. @example nextFinancialYear("2023/24") // "2024/25" */
export function nextFinancialYear(fy: FinancialYear | string): FinancialYear {
  return financialYearFromStartYear(financialYearStartYear(fy) + 1);
}

/** The preceding financial year. @example previousFinancialYear("2023/24") // "2022/23" */
export function previousFinancialYear(fy: FinancialYear | string): FinancialYear {
  return financialYearFromStartYear(financialYearStartYear(fy) - 1);
}

/** Orders financial years: negative, zero or positive. @example compareFinancialYears("2023/24", "2024/25") // -1 */
export function compareFinancialYears(a: FinancialYear | string, b: FinancialYear | string): number {
  return Math.sign(financialYearStartYear(a) - financialYearStartYear(b));
}

/**
 * Every financial year a period touches, in order.
 * @example financialYearsBetween("2023-10-01", "2025-03-31") // ["2023/24", "2024/25"]
 */
export function financialYearsBetween(start: IsoDate, end: IsoDate): FinancialYear[] {
  const first = financialYearStartYear(financialYearOf(start));
  const last = financialYearStartYear(financialYearOf(end));
  if (last < first) {
    throw new ReconcilerError("BAD_PERIOD", `the period ends (${end}) before it starts (${start})`);
  }
  const out: FinancialYear[] = [];
  for (let y = first; y <= last; y++) out.push(financialYearFromStartYear(y));
  return out;
}

/** Full year of a 2- or 4-digit first year (two digits mean 20xx). */
function fullFirstYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The start year of "first/second", or null unless the second year directly follows the first. */
function consecutive(first: string, second: string): number | null {
  const a = fullFirstYear(first);
  if (a < 1000 || a > 9998) return null;
  if (second.length === 4) return Number(second) === a + 1 ? a : null;
  return Number(second) === (a + 1) % 100 ? a : null;
}

const labelForm =
  /^(?:(?:FY|financial\s+year)\s*)?(\d{4}|\d{2})\s*[/\-\u2010-\u2015\u2212]\s*(\d{4}|\d{2})$/i;

/**
 * Reads a financial-year label in any common spelling and gives the canonical "2023/24".
 *
 * Accepts `2023/24`, `2023/2024`, `2023-24`, `2023-2024`, `2023–24` (en dash), `23/24` (20xx), `FY23/24`,
 * `FY 2023-24`, `FY2023/24`, `Financial year 2023/24`. Rejects a second year that does not follow the first
 * (`2023/25`, `2023/23`, `23/25`, `1999/2001`) and anything else with ReconcilerError BAD_FINANCIAL_YEAR quoting
 * the label. A bare year ("2023", "FY24") is rejected as ambiguous.
 *
 * @example parseFinancialYear("FY 2023-24") // "2023/24"
 * @example parseFinancialYear("2023/25")    // throws: "2023/25" is not a financial year: the second year must follow the first (expected "2023/24")
 */
export function parseFinancialYear(label: string): FinancialYear {
  const s = typeof label === "string" ? label.replace(/\s+/g, " ").trim() : "";
  const m = labelForm.exec(s);
  if (!m) {
    if (/^(?:FY\s*)?\d{2}(?:\d{2})?$/i.test(s)) {
      throw new ReconcilerError(
        "BAD_FINANCIAL_YEAR",
        `${quoted(label)} is not a financial year: a single year is ambiguous (expected e.g. "2023/24")`,
      );
    }
    throw new ReconcilerError(
      "BAD_FINANCIAL_YEAR",
      `${quoted(label)} is not a financial year: expected e.g. "2023/24"`,
    );
  }
  const [, first, second] = m as unknown as [string, string, string];
  if (fullFirstYear(first) < 1000) {
    throw new ReconcilerError(
      "BAD_FINANCIAL_YEAR",
      `${quoted(label)} is not a financial year: the year ${first} is out of range`,
    );
  }
  const start = consecutive(first, second);
  if (start === null) {
    throw new ReconcilerError(
      "BAD_FINANCIAL_YEAR",
      `${quoted(label)} is not a financial year: the second year must follow the first (expected "${financialYearFromStartYear(fullFirstYear(first))}")`,
    );
  }
  return financialYearFromStartYear(start);
}

// A financial year inside longer text: not part of a date ("01/10/2023") or a longer number.
const DASH = "[/\\-\\u2010-\\u2015\\u2212]";
const embedded = new RegExp(
  String.raw`(?<![\w/.\-\u2010-\u2015])(?:FY\s?)?(\d{4}|\d{2})\s?${DASH}\s?(\d{4}|\d{2})(?![\w/]|[\-\u2010-\u2015]\d|\.\d)`,
  "giu",
);

/**
 * The financial year named in a column header, or null when it names none.
 * @example financialYearInHeader("24/25 Allocation")      // "2024/25"
 * @example financialYearInHeader("Budget 2023-2024 (£)")  // "2023/24"
 * @example financialYearInHeader("Amount")                // null
 */
export function financialYearInHeader(header: string): FinancialYear | null {
  if (typeof header !== "string") return null;
  embedded.lastIndex = 0;
  for (const m of header.matchAll(embedded)) {
    const start = consecutive(m[1]!, m[2]!);
    if (start !== null) return financialYearFromStartYear(start);
  }
  return null;
}

/** A financial year, or a run of them, named in running text. */
export interface FinancialYearMention {
  /** Every year the mention covers, in order: one for "2023/24", three for "2019/20-21/22". */
  years: FinancialYear[];
  quote: string;
  offset: number;
}

const single = String.raw`(?:FY\s?)?(?:\d{4}|\d{2})\s?${DASH}\s?(?:\d{4}|\d{2})`;
const mentionPattern = new RegExp(
  [
    // "the financial year 2024 to 2025": the two calendar years a financial year runs across
    String.raw`(?<fyTo>financial\s+year\s+(?<toA>\d{4})\s+(?:to|until)\s+(?<toB>\d{4}))(?![\d/])`,
    // "financial years 2025-28", "FYs 2025-2028": a span of calendar years, each FY starting in one of them
    String.raw`(?<span>(?:financial\s+years|FYs)\s+(?<spanA>\d{4})\s?${DASH}\s?(?<spanB>\d{4}|\d{2}))(?![\d/])`,
    // "2019/20-21/22", "2019/20 to 2021/22"
    String.raw`(?<![\w/.\-\u2010-\u2015])(?<range>(?<rangeA>${single})\s?(?:${DASH}|to|until)\s?(?<rangeB>${single}))(?![\w/]|[\-\u2010-\u2015]\d|\.\d)`,
    // "2023/24"
    String.raw`(?<![\w/.\-\u2010-\u2015])(?<one>${single})(?![\w/]|[\-\u2010-\u2015]\d|\.\d)`,
  ].join("|"),
  "giu",
);

function tryLabel(text: string): FinancialYear | null {
  const m = labelForm.exec(text.replace(/\s+/g, ""));
  if (!m) return null;
  const start = consecutive(m[1]!, m[2]!);
  return start === null ? null : financialYearFromStartYear(start);
}

function run(first: number, last: number): FinancialYear[] {
  const out: FinancialYear[] = [];
  for (let y = first; y <= last && out.length <= 100; y++) out.push(financialYearFromStartYear(y));
  return out;
}

/**
 * Financial years named in running text, in order, with quotes and offsets: "in 2023/24 and 2024/25" gives two
 * mentions; "2019/20-21/22" one mention of 2019/20, 2020/21 and 2021/22; "financial years 2025-28" one mention of
 * 2025/26, 2026/27 and 2027/28; "the financial year 2024 to 2025" one of 2024/25. Pairs whose second year does not follow the first ("2023/25") are skipped.
 * Never throws.
 *
 * @example findFinancialYears("over 23/24 and 24/25")
 * // [{ years: ["2023/24"], quote: "23/24", offset: 5 }, { years: ["2024/25"], quote: "24/25", offset: 15 }]
 */
export function findFinancialYears(text: string): FinancialYearMention[] {
  const out: FinancialYearMention[] = [];
  if (typeof text !== "string") return out;
  mentionPattern.lastIndex = 0;
  for (const m of text.matchAll(mentionPattern)) {
    const g = m.groups ?? {};
    if (g.fyTo !== undefined) {
      if (Number(g.toB) === Number(g.toA) + 1)
        out.push({ years: run(Number(g.toA), Number(g.toA)), quote: m[0], offset: m.index });
      continue;
    }
    if (g.span !== undefined) {
      const a = Number(g.spanA);
      const bText = g.spanB!;
      const b = bText.length === 2 ? Math.floor(a / 100) * 100 + Number(bText) : Number(bText);
      if (b > a && b - a <= 50) out.push({ years: run(a, b - 1), quote: m[0], offset: m.index });
      else if (a + 1 === b) out.push({ years: run(a, a), quote: m[0], offset: m.index });
      continue;
    }
    if (g.range !== undefined) {
      const first = tryLabel(g.rangeA!);
      const last = tryLabel(g.rangeB!);
      if (first && last) {
        const a = financialYearStartYear(first);
        const b = financialYearStartYear(last);
        if (b >= a && b - a <= 50) {
          out.push({ years: run(a, b), quote: m[0], offset: m.index });
          continue;
        }
      }
      // Not a range after all: read the parts on their own.
      const partA = g.rangeA!;
      const fyA = tryLabel(partA);
      if (fyA) out.push({ years: [fyA], quote: partA, offset: m.index });
      const bOffset = m.index + m[0].length - g.rangeB!.length;
      if (last) out.push({ years: [last], quote: g.rangeB!, offset: bOffset });
      continue;
    }
    const fy = tryLabel(m[0]);
    if (fy) out.push({ years: [fy], quote: m[0], offset: m.index });
  }
  return out;
}
