import type { Finding } from "../../findings/finding";
import type { DocumentTable, TableCell } from "../decision-document";
import { isNetLabel } from "../read-table";
import type { CheckContext, DecisionCheck } from "./check-context";
import { PENCE_ROUNDING } from "./figure-precision";
import { makeFinding } from "./make-finding";
import { tablePlace } from "./places";
import { pounds } from "./pounds";

/** The label of a row: its first cell that is not money. */
const labelOf = (row: readonly TableCell[]): string =>
  row.find((c) => c.text !== "" && c.pence === null)?.text ?? "";

/**
 * The Total row of a table's costs (the last one above its "Funded by" part: "Total cost") and that of its funding
 * (the last one in or after that part: "Total funding"), or null where the table has no funding part or either row.
 */
function costAndFundingTotals(t: DocumentTable): { cost: TableCell[]; funding: TableCell[] } | null {
  const part = t.sections.find((s) => s.funding);
  if (!part) return null;
  const at = (row: readonly TableCell[]): number => row.find((c) => c.text !== "")?.offset ?? -1;
  // A net figure ("Net impact on council tax requirement") is a difference, no total of either.
  const sums = t.totalRows.filter((r) => at(r) >= 0 && !isNetLabel(labelOf(r)));
  const cost = sums.filter((r) => at(r) < part.start).at(-1);
  const funding = sums.filter((r) => at(r) >= part.start).at(-1);
  return cost && funding ? { cost, funding } : null;
}

/**
 * FUNDING_FIGURES_DISAGREE (warning): a table of costs and their funding ("Total cost | £472,000 | £494,000" above
 * "Funded by" … "Total funding | £472,000 | £454,000") whose funding Total row does not meet its cost Total row in a
 * column: that year's costs are not all funded, or the funding is more than the costs. One finding per table, naming
 * each column that differs and the two rows.
 */
export const fundingBelowTheCostRow: DecisionCheck = (ctx: CheckContext) => {
  const out: Finding[] = [];
  for (const t of ctx.doc.tables) {
    const totals = costAndFundingTotals(t);
    if (!totals) continue;
    const { cost, funding } = totals;
    const costLabel = labelOf(cost);
    const fundingLabel = labelOf(funding);
    const parts: string[] = [];
    const quotes: TableCell[] = [];
    for (const i of t.moneyColumns) {
      const c = cost[i];
      const f = funding[i];
      if (!c || !f || c.pence === null || f.pence === null) continue;
      // Funding written as income against the costs ("(3,280)") is the same sum.
      if (Math.abs(Math.abs(c.pence) - Math.abs(f.pence)) <= PENCE_ROUNDING) continue;
      const column = t.header[i]?.text || `column ${i + 1}`;
      parts.push(`${pounds(f.pence)} against ${pounds(c.pence)} for "${column}"`);
      quotes.push(c, f);
    }
    if (parts.length === 0) continue;
    const message =
      `In ${tablePlace(ctx, t)}, the "${fundingLabel}" row does not meet the "${costLabel}" row: ${parts.join("; ")}. ` +
      `Confirm with the finance team how the decision is funded before profiling it.`;
    out.push(makeFinding(ctx, "FUNDING_FIGURES_DISAGREE", "warning", message, quotes));
  }
  return out;
};
