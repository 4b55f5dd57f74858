import { formatPounds } from "../../money/format-money";
import type { Pence } from "../../money/pence";

/** An amount for a finding's message: "£845,000", "£199,999.60". */
export function pounds(p: number): string {
  return formatPounds(p as Pence);
}
