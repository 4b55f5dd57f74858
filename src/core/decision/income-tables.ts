import { bringsMoneyIn } from "./approval-words";
import type { DocumentTable } from "./decision-document";
import type { Approval } from "./decision-record";
import { tableGrandSum } from "./table-sums";

/**
 * A table of the income a decision accepts ("The grant offer is as follows:" over "Grant element | 2025/26 | 2026/27 |
 * Total"): the money coming in by year, not the decision's spending. It is known by its sum: its year columns, or a
 * Total cell, make the income approved (£37,160,000 accepted, £37,160,000 in the table), while what the decision spends
 * is another sum (grants of £4,380,000 from one part of it). Where the spending approved beside the income comes to
 * the same sum (the grant passed on in full, line by line), or where the decision states no spending of its own beside
 * the income, the table is the spending's and is read as such.
 */
export function isIncomeTable(t: DocumentTable, approvals: readonly Approval[]): boolean {
  const income = approvals.filter((a) => a.kind === "income").map((a) => a.pence);
  if (income.length === 0) return false;
  const spending = approvals.filter((a) => !bringsMoneyIn(a.kind));
  // A decision that accepts income and spends it as its table sets out ("Approve the allocation of the grant to
  // services as set out in the table", a recharge's costs) states no other sum: its table is the spending.
  if (spending.length === 0) return false;
  const spent = spending.reduce((n, a) => n + a.pence, 0);
  const sums = new Set<number>();
  const grand = tableGrandSum(t);
  if (grand !== null) sums.add(grand.pence);
  return income.some((p) => sums.has(p) && p !== spent && !spending.some((a) => a.pence === p));
}
