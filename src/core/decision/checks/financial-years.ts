import type { FinancialYear } from "../../financial-year/financial-year-label";

/**
 * Financial-year helpers the checks need: which UK financial year (1 April – 31 March) a date falls in, the years a
 * period spans, and the year labels written in a piece of text ("2024/25", "24/25", "FY 2024-25", "2024/2025").
 */
/** The financial year starting in `startYear` ("2024/25" for 2024); unlike the core's, never throws on an odd year. */
export function label(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}` as FinancialYear;
}

/** The financial year of an ISO date: "2024-07-01" → "2024/25", "2025-03-31" → "2024/25". */
export function financialYearOfDate(date: string): FinancialYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return label(month >= 4 ? year : year - 1);
}

/** The financial years a period touches, in order: 2024-07-01 … 2026-03-31 → ["2024/25", "2025/26"]. */
export function financialYearsSpanned(start: string, end: string): FinancialYear[] {
  const first = Number(financialYearOfDate(start).slice(0, 4));
  const last = Number(financialYearOfDate(end).slice(0, 4));
  const out: FinancialYear[] = [];
  for (let y = first; y <= last && out.length < 100; y++) out.push(label(y));
  return out;
}

const fyPattern = /(?<![\d/£.,])(?:FY\s?)?((?:19|20)?\d{2})\s?[/-]\s?((?:19|20)?\d{2})(?![\d/]|\.\d)/gi;

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The financial years named in a text, each once, in order of first mention. */
export function financialYearsIn(text: string): FinancialYear[] {
  const out: FinancialYear[] = [];
  for (const m of text.matchAll(fyPattern)) {
    const a = fullYear(m[1]!);
    const b = m[2]!;
    const next = b.length === 2 ? (a + 1) % 100 : a + 1;
    if (Number(b) !== next) continue;
    const fy = label(a);
    if (!out.includes(fy)) out.push(fy);
  }
  return out;
}
