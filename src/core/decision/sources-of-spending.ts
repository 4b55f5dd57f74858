/**
 * Money that pays for spending the decision approves beside it. A decision often approves both a sum to spend and
 * where part of it comes from: "1. Approve payment of the 2023/24 external audit fees … totalling £811,230; 2. Approve
 * that the amount of £51,230 above the 2023/24 external audit budget is met from the MPS central contingency", "1.
 * Approve the 2026/27 capital programme of £412.6m; 2. Approve … new external borrowing of up to £248.3m", "3. Approve
 * a drawdown of £0.65m from the Budget Resilience Reserve to fund the … pressures". The second sum is a source of the
 * first, as accepted grant income is, and no more money spent: its kind names the source (a reserve drawdown, a
 * contingency, a provision, an underspend, borrowing). Where it is all the decision approves ("Approve the drawdown
 * of £450,000 from the Managing Risk Reserve in 2024/25 to fund the recruitment marketing campaign"), or more than the
 * spending beside it, it is the spending.
 */
import { bringsMoneyIn, movesMoney } from "./approval-words";
import type { Approval } from "./decision-record";

/** The words before a place money is taken from: "a drawdown of £0.65m from the", "is met from the MPS central". */
const TAKEN = String.raw`\b(?:draw[- \t]?downs?|drawing[ \t]+down|draw[ \t]+down|use|utilisation|release|transfer|met|funded|financed|paid|allocat\w+)\b(?:[^.;]|\.(?=\d)){0,80}?\bfrom[ \t]+(?:the[ \t]+|its[ \t]+|a[ \t]+|MOPAC['’]s[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?`;

/** "a drawdown of £0.65m from the Budget Resilience Reserve", "the use of £2m from reserves". */
export const FROM_A_RESERVE =
  /\b(?:draw[- \t]?downs?|drawing[ \t]+down|draw[ \t]+down|use|utilisation|release|transfer)\b(?:[^.;]|\.(?=\d)){0,60}?\bfrom[ \t]+(?:the[ \t]+|its[ \t]+|MOPAC['’]s[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?reserves?\b/i;

/**
 * Where the money comes from, by the words of its recommendation, first match wins. A drawdown from a reserve is
 * the reserve's money whatever the words before its figure (`evenIfSpent`); money only "met from" or "funded from" a
 * source is the source's where no words before its figure say it is spent.
 */
const SOURCES: readonly { kind: string; pattern: RegExp; evenIfSpent: boolean }[] = [
  // A drawdown is one whatever the words before its figure: "the use of £2m from reserves to fund …".
  { kind: "reserve drawdown", pattern: FROM_A_RESERVE, evenIfSpent: true },
  { kind: "reserve drawdown", pattern: new RegExp(`${TAKEN}reserves?\\b`, "i"), evenIfSpent: false },
  { kind: "contingency", pattern: new RegExp(`${TAKEN}contingenc(?:y|ies)\\b`, "i"), evenIfSpent: false },
  { kind: "provision", pattern: new RegExp(`${TAKEN}provisions?\\b`, "i"), evenIfSpent: false },
  { kind: "underspend", pattern: new RegExp(`${TAKEN}under-?spends?\\b`, "i"), evenIfSpent: false },
];

/** Borrowing is the figure itself: "new external borrowing of up to £248.3m", "borrow up to £20m", "a loan of". */
const BORROWING_BEFORE =
  /\bborrow(?:ing|ings)?\b(?:[ \t\n]+(?:of|up[ \t\n]+to|not[ \t\n]+exceeding|a[ \t\n]+maximum[ \t\n]+of))*[ \t\n]*$/i;

/**
 * Words before a figure that say it is spent: "Approve expenditure of £500,000 on …, funded from contingency" is
 * spending paid for from the contingency, not the contingency's money.
 */
const SPENT_BEFORE =
  /\b(?:expenditure|spend(?:ing)?|costs?|contracts?|grants?|awards?|payments?|procure\w*|fees?|purchase)\b/i;

/** What one approval's recommendation says: its words, and its words before the approval's figure. */
export interface ApprovalWords {
  readonly words: string;
  readonly before: string;
}

/** The kind naming where an approval's money comes from, where its words take it from a source; else null. */
function sourceKind(w: ApprovalWords): string | null {
  if (BORROWING_BEFORE.test(w.before)) return "borrowing";
  for (const s of SOURCES) {
    if (!s.pattern.test(w.words)) continue;
    if (!s.evenIfSpent && SPENT_BEFORE.test(w.before)) continue;
    return s.kind;
  }
  return null;
}

/**
 * Gives the approvals whose words (`wordsOf`) take money from a source the kind naming it, where the decision
 * approves other spending at least as large as those sources and the income it accepts together: what pays for that
 * spending, not more of it.
 */
export function markSourcesOfSpending(approvals: Approval[], wordsOf: (a: Approval) => ApprovalWords): void {
  // A virement moves money within the budget: it is no spending a source pays for.
  const spends = (a: Approval): boolean =>
    a.pence > 0 && !bringsMoneyIn(a.kind) && !movesMoney(a.kind) && a.kind !== "virement";
  const sources = new Map<Approval, string>();
  for (const a of approvals) {
    if (!spends(a)) continue;
    const kind = sourceKind(wordsOf(a));
    if (kind !== null) sources.set(a, kind);
  }
  if (sources.size === 0) return;
  const spending = approvals.filter((a) => spends(a) && !sources.has(a));
  if (spending.length === 0) return;
  const sum = (list: readonly Approval[]): number => list.reduce((n, a) => n + a.pence, 0);
  const income = approvals.filter((a) => a.pence > 0 && a.kind === "income");
  if (sum([...sources.keys()]) + sum(income) > sum(spending)) return;
  for (const [a, kind] of sources) a.kind = kind;
}
