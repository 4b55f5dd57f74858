import { formatPence, formatPounds } from "../money/format-money";
import type { Pence } from "../money/pence";
import { needsAttention, worstRows } from "./attention";
import { RECONCILIATION_STATUSES, type Reconciliation } from "./reconciliation";

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
  const statusRows = [["Status", "Rows", "Budget"]];
  for (const s of RECONCILIATION_STATUSES) {
    const v = byStatus.get(s);
    if (v) statusRows.push([s, String(v.rows), money(v.budget)]);
  }
  out.push(...table(statusRows, [1, 2]));
  out.push("");
  out.push(
    `Totals: budget ${money(r.totals.budgetPence)}; approved ${money(r.totals.approvedPence)} (where a decision gives a figure); variance ${money(r.totals.variancePence)}`,
  );

  const attention = r.rows.filter(needsAttention).length;
  const worst = worstRows(r, opts.worst ?? 10);
  out.push("");
  if (worst.length === 0) out.push("No rows need attention.");
  else {
    out.push(
      `Rows needing attention: ${attention}${attention > worst.length ? ` (worst ${worst.length} shown)` : ""}`,
    );
    for (const row of worst) {
      out.push(`  ${row.sheet}!${row.cell}  ${row.status}  ${row.message}`);
    }
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
