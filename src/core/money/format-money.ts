import { ReconcilerError } from "../errors";
import type { Pence } from "./pence";

/**
 * Writes pence the UK way: "£1,250,000.00", "-£1,000.00". With `{ pence: false }` a whole-pound amount drops its
 * pence ("£1,250,000"); an amount with pence keeps them, so no figure is ever rounded for display.
 *
 * @example formatPence(125000000)                    // "£1,250,000.00"
 * @example formatPence(125000000, { pence: false })  // "£1,250,000"
 * @example formatPence(-100000)                      // "-£1,000.00"
 * @example formatPence(40215080, { pence: false })   // "£402,150.80"
 */
export function formatPence(p: Pence, opts: { pence?: boolean } = {}): string {
  if (!Number.isSafeInteger(p)) {
    throw new ReconcilerError("BAD_MONEY", `expected a whole number of pence to format, got ${String(p)}`);
  }
  const negative = p < 0;
  const abs = Math.abs(p);
  const pounds = Math.floor(abs / 100);
  const pennies = abs % 100;
  const whole = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const tail = opts.pence === false && pennies === 0 ? "" : "." + String(pennies).padStart(2, "0");
  return `${negative ? "-" : ""}£${whole}${tail}`;
}

/**
 * Pounds without pence where there are none: `formatPence(p, { pence: false })`.
 * @example formatPounds(65000000) // "£650,000"
 */
export function formatPounds(p: Pence): string {
  return formatPence(p, { pence: false });
}
