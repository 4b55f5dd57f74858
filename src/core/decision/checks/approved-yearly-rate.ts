import type { FinancialYear } from "../../financial-year/financial-year-label";
import { bringsMoneyIn } from "../approval-words";
import type { Approval } from "../decision-record";
import { approvedYears } from "../decision-period";
import type { CheckContext, MoneyFigure } from "./check-context";
import { sentenceSpan } from "./sentences";

/** Just after a yearly rate: "per annum", "per year", "a year", "each year", "p.a.", "annually". */
const PER_YEAR =
  /^[ \t\n]*(?:per[ \t\n]+(?:financial[ \t\n]+)?(?:year|annum)|a[ \t\n]+year|(?:in[ \t\n]+)?each[ \t\n]+(?:financial[ \t\n]+)?year|annually|p\.a\.?(?![a-z]))/i;
/** Words that make the yearly sum change from year to year, or hold for only part of the term. */
const VARYING =
  /\b(?:uplift\w*|inflat\w*|index\w*|CPI|RPI|increas\w*|ris(?:e|es|ing)|reduc\w*|fall(?:s|ing)?|taper\w*|first|initial|final|remaining|average|up[ \t\n]+to|maximum|subject[ \t\n]+to)\b/i;

/** What an approval gives each year: its yearly rate, said in its own words. */
export interface ApprovedYearlyRate {
  approval: Approval;
  rate: MoneyFigure;
  years: readonly FinancialYear[];
}

/**
 * The yearly rate an approval states for every year it approves ("Approve a contribution … of £150,000 per year for
 * three years, 2025/26 to 2027/28, a total of £450,000"): one rate in its words, which times the financial years
 * its period covers makes its sum, with no words that make the sum vary (an uplift, indexation, "rising to", "up
 * to", an average) or hold for part of the term. Each of those years then commits the rate. Only where the year is
 * approved by that one approval of spending: two approvals in a year make its commitment together.
 */
export function approvedYearlyRates(ctx: CheckContext): Map<FinancialYear, ApprovedYearlyRate> {
  const approvals = ctx.record.approvals.filter((a) => a.pence > 0 && !bringsMoneyIn(a.kind));
  const count = new Map<FinancialYear, number>();
  const out = new Map<FinancialYear, ApprovedYearlyRate>();
  const rates: ApprovedYearlyRate[] = [];
  for (const approval of approvals) {
    const years = approvedYears([approval]);
    if (years === null) return new Map();
    for (const fy of years) count.set(fy as FinancialYear, (count.get(fy as FinancialYear) ?? 0) + 1);
    // The approval's own words and the rest of its sentence (its Recommendation item): "£150,000 per year for three
    // years, 2025/26 to 2027/28, a total of £450,000".
    const sentence = sentenceSpan(ctx.text, approval.offset);
    const start = Math.min(sentence.start, approval.offset);
    const end = Math.max(sentence.end, approval.offset + approval.quote.length);
    if (years.size < 2 || VARYING.test(ctx.text.slice(start, end))) continue;
    const yearly = ctx.figures.filter(
      (f) => f.offset >= start && f.end <= end && PER_YEAR.test(ctx.text.slice(f.end, f.end + 30)),
    );
    if (yearly.length === 0 || yearly.some((f) => f.pence !== yearly[0]!.pence)) continue;
    const rate = yearly[0]!;
    if (rate.approximate || rate.pence * years.size !== approval.pence) continue;
    rates.push({ approval, rate, years: [...years].sort() as FinancialYear[] });
  }
  for (const r of rates) for (const fy of r.years) if (count.get(fy) === 1) out.set(fy, r);
  return out;
}
