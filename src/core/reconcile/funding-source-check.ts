/**
 * The budget's funding source against the decision's: a budget row that says its line is paid from the Police Grant,
 * checked against a decision that funds that line from the VAWG Strategy Fund, matches in money but not in where the
 * money comes from, and an auditor will ask which is right. Only where both sides name a source.
 */
import type { BudgetRow } from "../allocations/budget-row";
import type { Quote } from "../findings/finding";
import type { Group } from "./budget-group";
import { type ApprovedFigure, type DecisionEntry, yearFigure } from "./decision-index";
import type { ReconciliationFinding } from "./reconciliation";

/** Words that say a source is a source, not which one: "the MOPAC Commissioning budget" is "MOPAC Commissioning". */
const FILLER = new Set([
  "the",
  "of",
  "and",
  "from",
  "for",
  "a",
  "budget",
  "budgets",
  "fund",
  "funds",
  "funding",
  "money",
  "monies",
  "allocation",
  "line",
  "stream",
]);

function sourceWords(source: string): Set<string> {
  const words = new Set<string>();
  for (const w of source.toLowerCase().match(/[a-z0-9]+/g) ?? []) if (!FILLER.has(w)) words.add(w);
  return words;
}

/**
 * True where two names can be the same source: the words of one (beyond "budget", "fund" and the like) are among
 * the other's. "VAWG Strategy Fund" and "VAWG fund" can; "Police Grant" and "Home Office grant" cannot. A name of
 * filler words alone ("Budget") says nothing, so it can be any source.
 * @example sameFundingSource("the MOPAC Commissioning budget", "MOPAC commissioning") // true
 */
export function sameFundingSource(a: string, b: string): boolean {
  const wa = sourceWords(a);
  const wb = sourceWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/** A figure's sources, or null where any part of it names none. */
function sourcesOf(fig: ApprovedFigure | null | undefined): string[] | null {
  if (!fig || fig.source === null || fig.source === undefined) return null;
  return [fig.source, ...(fig.moreSources ?? [])];
}

/** Adds `more` to `into` (null stays null: a part with no source makes the whole unknown). */
function union(into: string[] | null, more: readonly (string | null)[] | null): string[] | null {
  if (into === null || more === null) return null;
  for (const s of more) {
    if (s === null) return null;
    if (!into.includes(s)) into.push(s);
  }
  return into;
}

/** The sources of the figure the group was checked against, with the words the first was read in. */
function decisionSources(g: Group, entry: DecisionEntry): { sources: string[]; quote: Quote | null } | null {
  let sources: string[] | null = null;
  let quote: Quote | null = null;
  if (g.found === "COMPARED_LINE") {
    sources = sourcesOf(g.approved);
    quote = g.approved?.evidence ?? null;
  } else if (g.found === "COMPARED_TOTAL") {
    const total = entry.fyTotal(g.fy);
    if (total?.analyst) sources = sourcesOf(total);
    else {
      sources = [];
      for (let l = entry.firstLine; l !== null && sources !== null; l = l.next) {
        const fig = yearFigure(l.years, g.fy);
        if (fig === undefined) continue;
        sources = union(sources, sourcesOf(fig));
        quote ??= fig.evidence;
      }
    }
  } else if (g.found === "UNPROFILED") {
    if (entry.wholeOverride) sources = sourcesOf(entry.wholeOverride);
    else {
      const approvals = entry.copiedApprovals ?? entry.approvals;
      sources = union(
        [],
        approvals.map((a) => a.fundingSource),
      );
      quote = entry.firstWholePeriodEvidence();
    }
  }
  if (sources === null || sources.length === 0) return null;
  return { sources, quote };
}

const quoted = (sources: readonly string[]): string => {
  const q = sources.map((s) => `"${s}"`);
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]!}`;
};

const CELLS_NAMED = 10;

/**
 * FUNDING_SOURCE_DIFFERS (warning): budget rows that name a funding source none of the decision's sources for that
 * line and FY can be. One finding per group and budget source, naming its rows' cells. `sourced` are the positions
 * in `rows` of the rows that name a source; `groupOf` gives each row's group in `groups`.
 */
export function fundingSourceFindings(
  rows: readonly BudgetRow[],
  sourced: readonly number[],
  groupOf: Int32Array,
  groups: readonly Group[],
): ReconciliationFinding[] {
  const out: ReconciliationFinding[] = [];
  const byGroup = new Map<Group, Map<string, BudgetRow[]>>();
  // What each group's decision says pays for it, by the group's index: worked out once, for the first of its rows.
  const checked = new Array<{ sources: string[]; quote: Quote | null } | null | undefined>(groups.length);
  for (const i of sourced) {
    const g = groups[groupOf[i]!]!;
    if (!g.entry) continue;
    const row = rows[i]!;
    const budgetSource = row.fundingSource?.trim();
    if (!budgetSource) continue;
    let decided = checked[g.index];
    if (decided === undefined) decided = checked[g.index] = decisionSources(g, g.entry);
    if (decided === null || decided.sources.some((s) => sameFundingSource(s, budgetSource))) continue;
    const key = [...sourceWords(budgetSource)].sort().join(" ");
    const bySource = byGroup.get(g) ?? new Map<string, BudgetRow[]>();
    byGroup.set(g, bySource);
    const list = bySource.get(key) ?? [];
    list.push(row);
    bySource.set(key, list);
  }
  for (const [g, bySource] of byGroup) {
    const { sources, quote } = checked[g.index]!;
    const entry = g.entry!;
    for (const named of bySource.values()) {
      const first = named[0]!;
      const cells = named.slice(0, CELLS_NAMED).map((r) => `${r.sheet}!${r.cell}`);
      if (named.length > CELLS_NAMED) cells.push(`and ${named.length - CELLS_NAMED} more`);
      const what =
        g.found === "UNPROFILED"
          ? `${g.lineName ?? "its line"} in ${g.fy}`
          : `${g.decisionLine ?? g.lineName ?? "the decision's money"} in ${g.fy}`;
      out.push({
        code: "FUNDING_SOURCE_DIFFERS",
        severity: "warning",
        message:
          `${named.length > 1 ? `${cells.join(", ")}: ` : ""}the budget pays for ${what} from "${first.fundingSource!.trim()}", but ${entry.ref} ` +
          `funds it from ${quoted(sources)}. Confirm which budget pays before relying on the match.`,
        quotes: quote ? [{ quote: quote.quote, offset: quote.offset }] : [],
        ref: entry.ref,
        ...(entry.file ? { file: entry.file } : {}),
        place: { sheet: first.sheet, cell: first.cell },
      });
    }
  }
  return out;
}
