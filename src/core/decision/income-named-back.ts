import { bringsMoneyIn } from "./approval-words";
import type { Approval } from "./decision-record";
import { sentenceAround } from "./sentence-bounds";

/**
 * Spending said to be paid from the income the decision accepts, named only by its kind: "… to increase it by
 * £120,000, funded in full by the donation", "the transfer of £3,250,000 of the grant to the Metropolitan Police
 * Service". Group 1 (after a funding verb) or group 2 (a sum "of the grant") is the kind. Not "the grant agreement".
 */
const FUNDED_BY_IT =
  /\b(?:funded|financed|met|paid|resourced)[ \t\n]+(?:in[ \t\n]+full[ \t\n]+|entirely[ \t\n]+|wholly[ \t\n]+|fully[ \t\n]+)?(?:from|by|through|out[ \t\n]+of)[ \t\n]+the[ \t\n]+(donation|grant|gift|income|award)\b(?![ \t\n]*(?:agreements?|offers?|letters?|conditions|terms|of|from)\b)/i;
const SUM_OF_IT =
  /^[ \t\n]+of[ \t\n]+the[ \t\n]+(donation|grant|gift|income|award)\b(?![ \t\n]*(?:agreements?|offers?|letters?|conditions|terms|of|from)\b)/i;

/** The name the income's own words give before its figure: "Accept the Home Office Hotspot Action Fund grant of". */
const NAMED_BEFORE_FIGURE =
  /\b(?:the|a|an)[ \t]+((?:[A-Z][\w'’&-]*[ \t]+)*)(grant|donation|gift|award|funding)[ \t]+(?:income[ \t]+)?of[ \t]+(?:up[ \t]+to[ \t]+)?$/;

/** The name of income accepted: its own words' ("Home Office Hotspot Action Fund grant"), else its payer's and kind. */
function incomeName(text: string, income: Approval, kind: string): string | null {
  const s = sentenceAround(text, income.offset);
  const m = NAMED_BEFORE_FIGURE.exec(text.slice(s.start, income.offset));
  const named = m?.[1]?.trim();
  if (m !== null && named) return `${named} ${m[2]}`;
  if (income.fundingSource === null) return null;
  return `${income.fundingSource} ${m?.[2] ?? kind.toLowerCase()}`;
}

/**
 * Gives spending whose own sentence pays it from "the donation" or "the grant" the income the decision accepts, where
 * it accepts exactly one: "Approve the acceptance of a donation of £120,000 from the Ashworth Family Foundation" and
 * "… increase it by £120,000, funded in full by the donation" give the increase the Ashworth Family Foundation
 * donation. With two incomes which one is meant is not said: none.
 */
export function withIncomeNamedBack(text: string, approvals: readonly Approval[]): void {
  const incomes = approvals.filter((a) => a.kind === "income");
  if (incomes.length !== 1) return;
  const income = incomes[0]!;
  for (const a of approvals) {
    if (a.fundingSource !== null || bringsMoneyIn(a.kind)) continue;
    const s = sentenceAround(text, a.offset);
    const end = a.offset + a.quote.length;
    const kind =
      SUM_OF_IT.exec(text.slice(end, s.end))?.[1] ?? FUNDED_BY_IT.exec(text.slice(s.start, s.end))?.[1];
    if (kind === undefined) continue;
    a.fundingSource = incomeName(text, income, kind);
  }
}
