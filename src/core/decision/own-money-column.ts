import type { DocumentTable } from "./decision-document";
import { isTotalHeader } from "./read-table";

/**
 * A column of this decision's own money, beside money approved before: "This decision", "Requested in this
 * decision", "This request", "Additional funding", "Additional".
 */
const OWN_MONEY_HEADER =
  /\bthis[ \t]+(?:decision|request|paper|proposal|submission|PCD|DMPCD?)\b|^(?:additional|further|new)(?:[ \t]+(?:funding|budget|allocation|request|sum|amount|grant))?(?:[ \t]*\(?£[^)]*\)?)?$/i;

/**
 * A column of money approved before this decision: "Approved in PCD 1712", "Approved at Q3 (PCD 1598)",
 * "Previously approved", "Already allocated", "Original budget".
 */
const EARLIER_MONEY_HEADER =
  /\b(?:previously|already|earlier|prior|original|existing|current)\b|\bapproved\b[^|]*?\b(?:in|at|by|under|through)\b/i;

/** The columns that hold money in a table's rows, other than its Total columns. */
function moneyColumns(t: DocumentTable): number[] {
  return t.moneyColumns.filter((i) => !isTotalHeader(t.header[i]?.text ?? ""));
}

/**
 * The one column of a table that holds this decision's own money where others hold money approved before
 * ("Approved in PCD 1712 | This decision | Total 2024/25"), or null where the table has no such column, or several.
 */
export function ownMoneyColumn(t: DocumentTable): number | null {
  // A money column may run past the header's cells (a row longer than its header): such a column has no header.
  const own = moneyColumns(t).filter((i) => OWN_MONEY_HEADER.test(t.header[i]?.text.trim() ?? ""));
  return own.length === 1 ? own[0]! : null;
}

/**
 * The column of a table with no year columns that holds the decision's money: its own column beside money approved
 * before, else its one money column (a Total column aside) where none is money approved before. Null otherwise.
 */
export function decisionMoneyColumn(t: DocumentTable): number | null {
  const own = ownMoneyColumn(t);
  if (own !== null) return own;
  const money = moneyColumns(t);
  if (money.length !== 1 || EARLIER_MONEY_HEADER.test(t.header[money[0]!]?.text ?? "")) return null;
  return money[0]!;
}

/**
 * Whether a text offset lies in a header cell of a column of money approved before, in a table that also has a
 * column of the decision's own money: "Approved in PCD 1712" names where the rest of the money came from, and makes
 * the table no history of other decisions' money.
 */
export function inEarlierColumnHeader(t: DocumentTable, offset: number): boolean {
  if (ownMoneyColumn(t) === null) return false;
  return t.header.some(
    (h) => offset >= h.offset && offset < h.offset + h.quote.length && EARLIER_MONEY_HEADER.test(h.text),
  );
}
