import type { DocumentTable } from "../decision-document";
import { tableGrandSum } from "../table-sums";

/**
 * A table of money moved, not spent: its figures net to nothing, some taken out (negative) and put back elsewhere
 * ("Estates – custody suite (6.2) 4.9 1.3": a re-profile between years; "-£350,000" from one budget head and
 * "£350,000" to another: a virement). It states no total of what is approved, and its year columns are the moves, not
 * any year's commitment.
 */
export function movesMoneyOnly(table: DocumentTable): boolean {
  const grand = tableGrandSum(table);
  if (grand === null || grand.pence !== 0) return false;
  return grand.columns.some((c) => c.cells.some((cell) => (cell.pence ?? 0) < 0));
}
