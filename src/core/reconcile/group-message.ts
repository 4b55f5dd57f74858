/** A group's message: what checking its budget rows found, in an analyst's words. Made only when read. */
import { formatPounds } from "../money/format-money";
import type { Pence } from "../money/pence";
import type { Group, UnprofiledCheck } from "./budget-group";
import { yearFigures } from "./decision-index";

const money = (p: number): string => formatPounds(p as Pence);

function describeLine(g: Group): string {
  const what = g.lineName ? `${g.ref} ${g.lineName}` : `${g.ref}`;
  return `${what} ${g.fy}`;
}

function budgetWords(g: Group): string {
  return g.rows > 1 ? `${g.rows} budget rows together ${money(g.budget)}` : `budget ${money(g.budget)}`;
}

/** A group's message: what was found, and how its decision's own error stands. */
export function sayGroup(g: Group): string {
  const found = sayFound(g);
  const d = g.detail;
  if (d?.settledBy) {
    const r = d.settledBy;
    const where = r.place ? ` (${r.place.sheet}!${r.place.cell})` : "";
    const note = r.note.length > 80 ? `${r.note.slice(0, 77).trimEnd()}…` : r.note;
    return `${found}; ${g.ref} contradicts itself, settled by the analyst's resolution${where}: "${note}"`;
  }
  if (d?.contradiction)
    return `${found}; but ${g.ref} contradicts itself (${d.contradiction.code}, see Findings): confirm the figure with its author, then add a resolution note to the Decisions register`;
  return found;
}

function sayFound(g: Group): string {
  const entry = g.entry;
  switch (g.found) {
    case "NO_REFERENCE": {
      const what = g.lineName ? `${g.lineName} ${g.fy}` : `this row (${g.fy})`;
      return `${what} has no decision reference (${budgetWords(g)}): add the decision's reference (e.g. "PCD 1307") to the row, or a row for it in the Decisions register`;
    }
    case "UNKNOWN_REFERENCE":
      return `${g.ref} is not among the decisions read, nor in the Decisions register (${budgetWords(g)}): add its decision record, or a register row with the approved figure`;
    case "OUTSIDE_DECISION_PERIOD":
      return `${g.ref} covers ${[...entry!.periodFys!].sort().join(", ")}; it approves nothing for ${g.fy} (${budgetWords(g)}): check the row's year, or find the decision that funds ${g.fy}`;
    case "LINE_OUTSIDE_YEARS": {
      const years = yearFigures(entry!.line(g.lineKey)!.years).map((y) => y.fy);
      return `${g.ref} allocates nothing to ${g.decisionLine ?? g.lineName} in ${g.fy} (it does in ${years.sort().join(", ")}; ${budgetWords(g)}): check the row's year, or find the decision that funds ${g.fy}`;
    }
    case "UNKNOWN_LINE":
      return `${g.ref} names no budget line "${g.lineName}" (${budgetWords(g)}); its lines are ${entry!.lineNames().join(", ")}: rename the row, or declare the names the same line (an alias)`;
    case "NO_FIGURE":
      return `${g.ref} is in the register but gives no approved figure for ${g.fy}`;
    case "COMPARED_LINE":
    case "COMPARED_TOTAL": {
      const figure = g.approved!;
      const variance = g.budget - figure.pence;
      const by =
        variance === 0 ? "" : ` (${variance > 0 ? "over" : "under"} by ${money(Math.abs(variance))})`;
      const source = figure.resolution ? " per the analyst's register" : "";
      const asLine = g.found === "COMPARED_LINE" ? g.decisionLine : null;
      const named = asLine !== null && asLine !== g.lineName ? ` (as "${asLine}")` : "";
      return `${describeLine(g)}: ${budgetWords(g)} against ${money(figure.pence)} approved${source}${named}${by}`;
    }
    case "UNPROFILED":
      return sayUnprofiled(g.detail!.unprofiled!);
  }
}

/** Put into words once for all the decision's rows. */
function sayUnprofiled(u: UnprofiledCheck): string {
  if (u.said !== undefined) return u.said;
  const entry = u.entry;
  const variance = u.budget - u.approvedPence;
  const by = variance === 0 ? "" : ` (${variance > 0 ? "over" : "under"} by ${money(Math.abs(variance))})`;
  const period = u.dated ? ` over ${entry.start} to ${entry.end}` : "";
  const suggestion = u.dated
    ? `; suggested profile by months: ${u.buckets.map((b) => `${b.label} ${money(b.pence)}`).join(", ")}`
    : "; the decision gives no dates, so no profile can be suggested";
  u.said =
    `${entry.ref} approves ${money(u.approvedPence)}${period} with no split by financial year: ` +
    `${u.rows} budget row${u.rows === 1 ? "" : "s"} in ${u.fys.join(", ")} together ${money(u.budget)}${by}${suggestion}`;
  return u.said;
}
