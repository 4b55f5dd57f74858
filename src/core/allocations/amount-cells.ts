import { isReconcilerError } from "../errors";
import { parseMoneyCell } from "../money/parse-money";
import { MAX_PENCE, type Pence } from "../money/pence";
import type { CellValue } from "../workbook/grid";

/** One amount cell read: a figure in pence, a reason it cannot be read, or null for a blank ("", "-", "–"). */
export type AmountCell = { pence: Pence } | { reason: string } | null;

const MAX_WHOLE_POUNDS = Math.floor(MAX_PENCE / 100);

function isDashOrBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // spaces, no-break space, "-", "–", "—" (an accountant's nil)
    if (c !== 32 && c !== 160 && c !== 9 && c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/**
 * Reads one amount cell: pounds as a number (as Excel holds them), or text such as "£1,360,000.00" or "(5,000)".
 * Whole pounds, by far the commonest figure in a budget, take a fast exact path; everything else goes through
 * parseMoneyCell, whose message (quoting the value) becomes the reason when the cell is not money.
 */
export function readAmountCell(value: CellValue): AmountCell {
  if (value === null) return null;
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value <= MAX_WHOLE_POUNDS &&
    value >= -MAX_WHOLE_POUNDS
  ) {
    return { pence: (value === 0 ? 0 : value * 100) as Pence };
  }
  if (typeof value === "string" && isDashOrBlank(value)) return null;
  if (typeof value === "boolean") {
    return { reason: `${value ? "TRUE" : "FALSE"} is not an amount of money (expected a number of pounds)` };
  }
  try {
    return { pence: parseMoneyCell(value) };
  } catch (e) {
    if (isReconcilerError(e)) return { reason: e.message };
    throw e;
  }
}
