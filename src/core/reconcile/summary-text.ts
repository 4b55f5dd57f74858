import { formatPence, formatPounds } from "../money/format-money";
import type { Pence } from "../money/pence";
import { needsAttention, worstRows } from "./attention";
import { RECONCILIATION_STATUSES, type Reconciliation, type ReconciliationStatus } from "./reconciliation";

const money = (p: number): string => formatPence(p as Pence);
const pounds = (p: number): string => formatPounds(p as Pence);

function table(rows: string[][], right: readonly number[] = []): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) =>
    r
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** One line per status: what it means for the analyst, and what to do about it. */
const WHAT_TO_DO: Record<ReconciliationStatus, string> = {
  MATCHED: "nothing: the budget equals the approved figure",
  OVER: "budget above the approval: reduce it, or have a variation to the decision approved",
  UNDER: "budget below the approval (allowed): check the rest is not needed elsewhere",
  NO_DECISION: "no approval found: add the decision's reference, its record or a register row",
  OUTSIDE_PERIOD: "the decision does not cover that year: check the year or find the decision that does",
  UNPROFILED: "approved as a total with no split by year: agree a profile (suggested below)",
  DECISION_INCONSISTENT: "the decision contradicts itself: confirm the figure, add a resolution note",
};

function totalsText(r: Reconciliation): string[] {
  const checkedBudget = r.totals.approvedPence + r.totals.variancePence;
  const unchecked = r.totals.budgetPence - checkedBudget;
  const v = r.totals.variancePence;
  const net = v === 0 ? "no net variance" : `net ${money(Math.abs(v))} ${v > 0 ? "over" : "under"}`;
  const lines = [
    `Totals: budget ${money(r.totals.budgetPence)} in ${r.rows.length} figure${r.rows.length === 1 ? "" : "s"}; ` +
      `${money(checkedBudget)} of it checked against approvals of ${money(r.totals.approvedPence)} (${net})`,
  ];
  if (unchecked !== 0)
    lines.push(`        ${money(unchecked)} has no approval to check against (NO_DECISION, OUTSIDE_PERIOD)`);
  return lines;
}

/** The analyst's resolution notes applied, each once, with the rows it settled. */
function resolutionsText(r: Reconciliation): string[] {
  const byNote = new Map<string, { ref: string | null; fys: Set<string>; rows: number; text: string }>();
  for (const row of r.rows) {
    const res = row.resolution;
    if (!res || !res.note) continue;
    const where = res.place ? `${res.place.sheet}!${res.place.cell}` : "";
    const key = `${where}\u0001${res.note}`;
    let e = byNote.get(key);
    if (!e) {
      const figure = res.approvedPence !== null ? `, figure ${money(res.approvedPence)}` : "";
      e = {
        ref: row.ref,
        fys: new Set(),
        rows: 0,
        text: `${where ? ` (${where}${figure})` : figure}: "${res.note}"`,
      };
      byNote.set(key, e);
    }
    e.fys.add(row.fy);
    e.rows++;
  }
  if (byNote.size === 0) return [];
  const lines = ["", "Resolutions from the Decisions register (the analyst's figure and reason, applied):"];
  for (const e of byNote.values()) {
    const fys = [...e.fys].sort().join(", ");
    lines.push(`  ${e.ref ?? ""} ${fys}, ${e.rows} row${e.rows === 1 ? "" : "s"}${e.text}`);
  }
  return lines;
}

/**
 * A reconciliation as text a person reads in a terminal: counts and money by status, the totals, the rows needing
 * attention (worst first), the suggested profiles and the findings.
 */
export function summaryText(r: Reconciliation, opts: { worst?: number; findings?: number } = {}): string {
  const out: string[] = [];
  const byStatus = new Map<string, { rows: number; budget: number }>();
  for (const row of r.rows) {
    const s = byStatus.get(row.status) ?? { rows: 0, budget: 0 };
    s.rows++;
    s.budget += row.budgetPence;
    byStatus.set(row.status, s);
  }
  const statusRows = [["Status", "Rows", "Budget", "What to do"]];
  for (const s of RECONCILIATION_STATUSES) {
    const v = byStatus.get(s);
    if (v) statusRows.push([s, String(v.rows), money(v.budget), WHAT_TO_DO[s]]);
  }
  out.push(...table(statusRows, [1, 2]));
  out.push("");
  out.push(...totalsText(r));
  out.push(...resolutionsText(r));

  const attention = r.rows.filter(needsAttention).length;
  // Rows checked together (an unprofiled approval's years) share one message: shown once, with all their cells.
  const groups: { cells: string[]; status: string; message: string }[] = [];
  const byMessage = new Map<string, (typeof groups)[number]>();
  for (const row of worstRows(r, attention)) {
    const key = `${row.status}\u0001${row.message}`;
    const g = byMessage.get(key);
    if (g) g.cells.push(`${row.sheet}!${row.cell}`);
    else {
      const fresh = { cells: [`${row.sheet}!${row.cell}`], status: row.status, message: row.message };
      byMessage.set(key, fresh);
      groups.push(fresh);
    }
  }
  const shown = groups.slice(0, opts.worst ?? 10);
  out.push("");
  if (shown.length === 0) out.push("No rows need attention.");
  else {
    const shownRows = shown.reduce((n, g) => n + g.cells.length, 0);
    out.push(
      `Rows needing attention: ${attention}${attention > shownRows ? ` (worst ${shownRows} shown)` : ""}`,
    );
    for (const g of shown) out.push(`  ${g.cells.join(", ")}  ${g.status}  ${g.message}`);
  }

  if (r.profiles.length) {
    out.push("", "Suggested profiles (approvals with no split by financial year):");
    for (const p of r.profiles) {
      const period = p.start && p.end ? ` over ${p.start} to ${p.end}` : "";
      out.push(`  ${p.ref} ${pounds(p.totalPence)}${period}${p.file ? ` (${p.file})` : ""}:`);
      if (p.buckets.length === 0) out.push("    no dates in the decision, so no profile can be suggested");
      for (const b of p.buckets) {
        const inBudget = p.budgetByFy[b.label] ?? 0;
        out.push(
          `    ${b.label}  ${money(b.pence).padStart(15)}  budget ${money(inBudget).padStart(15)}  (${b.start} to ${b.end})`,
        );
      }
    }
  }

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  out.push(
    "",
    `Findings: ${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.info} info`,
  );
  const limit = opts.findings ?? 20;
  for (const f of r.findings.slice(0, limit)) {
    const where = f.place ? ` [${f.place.sheet}!${f.place.cell}]` : f.file ? ` [${f.file}]` : "";
    out.push(`  ${f.severity.padEnd(7)} ${f.code}${f.ref ? ` ${f.ref}` : ""}${where}: ${f.message}`);
  }
  if (r.findings.length > limit)
    out.push(`  … and ${r.findings.length - limit} more (see --json or the Findings sheet)`);
  return out.join("\n") + "\n";
}
