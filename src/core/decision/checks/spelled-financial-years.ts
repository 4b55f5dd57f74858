import type { FinancialYear } from "../../financial-year/financial-year-label";
import type { CheckContext } from "./check-context";
import { findFinancialYears } from "../../financial-year/financial-year";
import { financialYearOfDate, label } from "./financial-years";

/**
 * Financial years written in words rather than as labels: "the financial year 2024 to 2025", and years named
 * relative to when the decision is made ("this financial year", "next financial year", "last financial year").
 * A relative year is resolved from the financial year the decision is signed in (or, with no date of signature,
 * the latest date a signature gives); with no date at all it stays unresolved, and a sum beside it belongs to no
 * year rather than a guessed one.
 */

/** A year named in words: its label, or null where it is relative and the decision gives no date. */
export interface SpelledYear {
  fy: FinancialYear | null;
  index: number;
  length: number;
}

/** Years named relative to the decision: "this financial year", "next financial year", "the previous financial year". */
const relative =
  /\b(this|the[ \t\n]+current|current|next|the[ \t\n]+following|following|the[ \t\n]+coming|coming|last|the[ \t\n]+previous|previous|the[ \t\n]+preceding|preceding)[ \t\n]+financial[ \t\n]+year\b(?![ \t\n]*(?:'s|\u2019s))/gi;

const shift: Record<string, number> = {
  this: 0,
  current: 0,
  next: 1,
  following: 1,
  coming: 1,
  last: -1,
  previous: -1,
  preceding: -1,
};

/** The financial year a decision's relative years count from: the year it is signed in, else its latest signature. */
export function referenceYear(ctx: CheckContext): FinancialYear | null {
  if (ctx.record.dateSigned) return financialYearOfDate(ctx.record.dateSigned);
  const dates = ctx.doc.signatures.map((s) => s.date).filter((d): d is NonNullable<typeof d> => d !== null);
  if (dates.length === 0) return null;
  return financialYearOfDate([...dates].sort().at(-1)!);
}

/** Every year named in words in `text`, in order. */
export function spelledFinancialYears(text: string, reference: FinancialYear | null): SpelledYear[] {
  // "the financial year 2024 to 2025", as the core's reader of years reads it.
  const out: SpelledYear[] = findFinancialYears(text)
    .filter((m) => /^financial\s+year\s/i.test(m.quote) && m.years.length === 1)
    .map((m) => ({ fy: m.years[0]!, index: m.offset, length: m.quote.length }));
  for (const m of text.matchAll(relative)) {
    const word = m[1]!.toLowerCase().replace(/^the[ \t\n]+/, "");
    const fy = reference === null ? null : label(Number(reference.slice(0, 4)) + shift[word]!);
    out.push({ fy, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The one year a figure's words say just after it, written in words: "£0.6m will be spent next financial year",
 * "£325k in the financial year 2024 to 2025". Undefined where the words name none; null where they name a relative
 * year the decision gives no date to resolve.
 */
export function spelledYearAfter(
  after: string,
  reference: FinancialYear | null,
): FinancialYear | null | undefined {
  const first = spelledFinancialYears(after, reference)[0];
  if (first === undefined) return undefined;
  return leadIn.test(after.slice(0, first.index)) ? first.fy : undefined;
}

/** The words between a figure and its year: "will be spent in", "in the", ", fall in" ("£48,000, fall in this financial
 * year"). */
const leadIn =
  /^[ \t]*,?[ \t]*(?:(?:(?:will|is|are|to)[ \t]+be[ \t]+(?:spent|paid|committed|incurred|required|needed)|(?:will[ \t]+|to[ \t]+)?fall(?:s|ing)?)[ \t]+)?(?:(?:in|for|during|within)[ \t]+)?(?:the[ \t]+)?$/i;

/**
 * The one year a figure's clause names before it in words, with no break or total between: "The financial
 * commitment next financial year will be", "in the financial year 2024 to 2025 will be".
 */
export function spelledYearBefore(
  before: string,
  reference: FinancialYear | null,
): FinancialYear | null | undefined {
  const years = spelledFinancialYears(before, reference);
  const last = years.at(-1);
  if (last === undefined) return undefined;
  const rest = before.slice(last.index + last.length);
  if (/[,;£]|\btotal\b|\d\d[/-]\d\d|\bfinancial[ \t\n]+year\b/i.test(rest)) return undefined;
  return last.fy;
}
