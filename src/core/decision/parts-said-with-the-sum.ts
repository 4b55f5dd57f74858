/**
 * Parts of a sum said in the same recommendation as the sum: "Approve capital expenditure of £6,800,000 …, including an
 * optimism bias allowance of £600,000 and a risk allowance of £400,000", "… up to £450,000 …, within which up to
 * £50,000 may be spent on a boosted sample", "… £2,400,000 … Within this, £300,000 is contingency", "Up to £50,000 of
 * this sum may be spent on …", "£13.21m …, of which £6.55m in 2024/25 …", "a capital grant of up to £800,000 …, to be
 * released in two tranches of £450,000 in 2025/26 and £300,000 in 2026/27". They say how the sum is made up or paid,
 * and are no more money.
 */
import type { MoneyMention } from "../money/scan-money";
import { takesFromTheSum } from "./parts-of-an-earlier-sum";

/**
 * Words just before a figure that start the parts of the sum before it: "of which", "including" (not "including
 * VAT"), "includes", "within which", "within this,", "within that total".
 */
const PARTS_BEFORE =
  /(?:\bof[ \t\n]+which|\binclud(?:ing|es)\b(?![ \t\n]+VAT\b)|\bwithin[ \t\n]+(?:which|this|that|it)\b)[^£.;]{0,40}$/i;
/**
 * Words just before a figure that make it an instalment the sum is paid in: "released in two tranches of", "the
 * first tranche of", "in instalments of", "paid in three stages:". Instalments are parts of the sum whatever they add
 * up to; where they do not make it, the checks say so.
 */
const INSTALMENTS_BEFORE =
  /(?:\btranches?|\binstal{1,2}ments?|\b(?:two|three|four|five|six|[2-9])[ \t\n]+(?:stages|phases|payments))\b[^£.;]{0,20}$/i;
/**
 * Words just before a figure that start the sum's split by year: "to be spent as", "paid quarterly in arrears as",
 * "profiled as", "phased as". With its year after it ("£1,250,000 in 2025/26"), the figure is a part of the sum.
 */
const SPLIT_AS_BEFORE =
  /\b(?:spent|paid|payable|profiled|phased|split|released|drawn[ \t\n]+down|allocated|falls?|fall[ \t\n]+due)\b[^£.;]{0,30}?\bas[ \t\n]*$/i;

/** True where the words before a figure start the sum's split by year: "to be spent as", "which will fall as". */
export function splitAsBefore(before: string): boolean {
  return SPLIT_AS_BEFORE.test(before);
}
/** Words that make a figure more money, not a part of the sum: "including a further £50,000 for …". */
const MORE_BEFORE = /\b(?:further|additional|extra|another)\b[^£]{0,15}$/i;
/** The words after a figure that tie it to a financial year: "in 2024/25", "in each of 2026/27 and …". */
const IN_YEARS_AFTER =
  /^[ \t\n]*(?:in|for|during|over|across)[ \t\n]+(?:each[ \t\n]+of[ \t\n]+)?(?:the[ \t\n]+)?(?:financial[ \t\n]+years?[ \t\n]+)?(?:FY[ \t]?)?(?:20)?\d{2}[/-](?:20)?\d{2}/i;
/** A new clause of the recommendation that approves something else: "; and approve", ", and to award". */
const NEW_CLAUSE =
  /(?:;|\b(?:and|also)[ \t\n]+(?:to[ \t\n]+)?(?:approve|agree|authorise|accept|award|note)s?\b)/i;

/**
 * The figures of a recommendation (`list`, in order; `beforeOf` and `afterOf` give each one's words) that are parts
 * of a sum said before them in it: from the first figure the words make a part, to the end of its clause. They are
 * dropped where they come to no more than the sum, or are instalments of it; otherwise only those that name their
 * year (the sum's split by year, however it adds up). Returns the figures to drop.
 */
export function partsSaidWithTheSum(
  text: string,
  list: readonly MoneyMention[],
  beforeOf: (m: MoneyMention) => string,
  afterOf: (m: MoneyMention) => string,
): Set<MoneyMention> {
  const drop = new Set<MoneyMention>();
  const startsParts = (m: MoneyMention): boolean => {
    const before = beforeOf(m);
    if (MORE_BEFORE.test(before)) return false;
    return (
      PARTS_BEFORE.test(before) ||
      INSTALMENTS_BEFORE.test(before) ||
      (SPLIT_AS_BEFORE.test(before) && IN_YEARS_AFTER.test(afterOf(m))) ||
      takesFromTheSum(afterOf(m))
    );
  };
  const from = list.findIndex((m, k) => k > 0 && startsParts(m));
  if (from <= 0) return drop;
  const whole = list[from - 1]!;
  const parts = toClauseEnd(text, list, from);
  const instalments = INSTALMENTS_BEFORE.test(beforeOf(parts[0]!));
  const within = parts.reduce((n, m) => n + m.pence, 0) <= whole.pence;
  for (const m of parts) if (instalments || within || IN_YEARS_AFTER.test(afterOf(m))) drop.add(m);
  return drop;
}

/**
 * The instalments a sum is said to be paid in, in its own sentence after it ("a capital grant of up to £800,000 …, to
 * be released in two tranches of £450,000 in 2025/26 and £300,000 in 2026/27"): two or more, to the end of their
 * clause; none where the sentence names one alone ("the first tranche of £450,000"). `figures` are the document's in
 * text order; `sumEnd` is where the sum's figure ends and `sentenceEnd` where its sentence does.
 */
export function instalmentsAfter<M extends MoneyMention>(
  text: string,
  figures: readonly M[],
  sumEnd: number,
  sentenceEnd: number,
): M[] {
  const after = figuresAfter(figures, sumEnd, sentenceEnd);
  const first = after.findIndex((m) =>
    INSTALMENTS_BEFORE.test(text.slice(Math.max(sumEnd, m.offset - 60), m.offset).replace(/\s+/g, " ")),
  );
  if (first < 0) return [];
  const found = toClauseEnd(text, after, first);
  return found.length >= 2 ? found : [];
}

/**
 * The split by year a sum's own sentence gives after it ("Approve capital expenditure of £2,850,000 …, of which
 * £1,250,000 in 2025/26 and £1,500,000 in 2026/27", "…, to be spent as £1,250,000 in 2025/26 and £1,500,000 in
 * 2026/27"): two or more figures from "of which" or "as" on, to the end of their clause, each naming its year. None
 * where any figure of the run names no year (parts said another way: "of which £900,000 is a grant to …").
 */
export function yearSplitAfter<M extends MoneyMention>(
  text: string,
  figures: readonly M[],
  sumEnd: number,
  sentenceEnd: number,
): M[] {
  const after = figuresAfter(figures, sumEnd, sentenceEnd);
  const between = (k: number) =>
    text.slice(k === 0 ? sumEnd : after[k - 1]!.offset + after[k - 1]!.quote.length, after[k]!.offset);
  const yearAfter = (m: M) => IN_YEARS_AFTER.test(text.slice(m.offset + m.quote.length, sentenceEnd));
  if (after.length < 2) return [];
  const first = between(0);
  if (MORE_BEFORE.test(first) || NEW_CLAUSE.test(first)) return [];
  if (!/\bof[ \t\n]+which[ \t\n]*$/i.test(first) && !SPLIT_AS_BEFORE.test(first)) return [];
  const found = toClauseEnd(text, after, 0);
  return found.length >= 2 && found.every(yearAfter) ? found : [];
}

/** The figures of the sum's sentence after it: from where its figure ends to where the sentence does. */
function figuresAfter<M extends MoneyMention>(
  figures: readonly M[],
  sumEnd: number,
  sentenceEnd: number,
): M[] {
  return figures.filter((m) => m.offset >= sumEnd && m.offset < sentenceEnd);
}

/** The figures of `list` from `from` on, up to the first a new clause stands before ("; and", ". "). */
function toClauseEnd<M extends MoneyMention>(text: string, list: readonly M[], from: number): M[] {
  const run = [list[from]!];
  for (let k = from + 1; k < list.length; k++) {
    const prev = list[k - 1]!;
    if (NEW_CLAUSE.test(text.slice(prev.offset + prev.quote.length, list[k]!.offset))) break;
    run.push(list[k]!);
  }
  return run;
}
