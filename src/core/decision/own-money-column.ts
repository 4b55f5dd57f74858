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
  if (money.some((i) => EARLIER_MONEY_HEADER.test(t.header[i]?.text ?? ""))) return null;
  if (money.length > 1) return partsTotalColumn(t, money);
  return money.length === 1 ? money[0]! : null;
}

/**
 * The one Total column of a table whose other money columns are parts of each row's money ("Audited body | Scale
 * fee | Fee variations | Total"), where every row's Total is the sum of its parts: the row's whole money. Null
 * otherwise.
 */
function partsTotalColumn(t: DocumentTable, parts: readonly number[]): number | null {
  const totals = t.moneyColumns.filter((i) => isTotalHeader(t.header[i]?.text ?? ""));
  if (totals.length !== 1) return null;
  const total = totals[0]!;
  const rows = t.rows.filter((r) => r[total]?.pence != null);
  const adds = (r: (typeof t.rows)[number]): boolean =>
    parts.reduce((n, i) => n + (r[i]?.pence ?? 0), 0) === r[total]!.pence;
  return rows.length > 0 && rows.every(adds) ? total : null;
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
