import type { BudgetRow, TableTotal, UnreadCell } from "../allocations/budget-row";
import type { DecisionRecord } from "../decision/decision-record";
import type { FinancialYear } from "../financial-year/financial-year-label";
import { bySeverity, type Finding } from "../findings/finding";
import { formatPounds } from "../money/format-money";
import { asPence, type Pence } from "../money/pence";
import { profileAmount } from "../profile/profile";
import { RefReader } from "../references/decision-ref";
import type { RegisterRow } from "../register/register-row";
import { type ApprovedFigure, type DecisionEntry, indexDecisions, unsplitPence } from "./decision-index";
import { LineNames } from "./line-names";
import {
  RECONCILIATION_STATUSES,
  type Check,
  type Reconciliation,
  type ReconciliationFinding,
  type ReconciliationRow,
  type ReconciliationStatus,
  type Resolution,
  type SuggestedProfile,
} from "./reconciliation";

export interface ReconcileInput {
  budgetRows: readonly BudgetRow[];
  totals: readonly TableTotal[];
  decisions: readonly DecisionRecord[];
  /** Rows of the analyst's "Decisions" register sheet (and any extra extracted rows). */
  registerRows?: readonly RegisterRow[];
  /** A line name and the other names it goes by: { "S-TAC": ["London Stalking Threat Assessment Centre"] }. */
  aliases?: Record<string, string[]>;
  /** Cells of the budget tables that could not be read. */
  unread?: readonly UnreadCell[];
  /** Problems found reading the register sheet. */
  registerProblems?: readonly Finding[];
}

/** The budget rows that share (ref, line, FY): checked together against one approved figure. */
interface Group {
  ref: string | null;
  lineKey: string;
  lineName: string | null;
  fy: FinancialYear;
  budget: number;
  rows: number;
  status: ReconciliationStatus;
  approved: ApprovedFigure | null;
  decisionLine: string | null;
  message: string;
  check: Check | null;
  resolution?: Resolution;
  suggested?: Pence;
}

const money = (p: number): string => formatPounds(p as Pence);

/**
 * Checks every budget row against the decision that approves it. Rows sharing (decision, line, FY) are summed
 * against the approval; rows of a decision that fixes no split by year are summed over its period against the total.
 * Linear in rows and decisions: each distinct reference and line name is read once.
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  const names = new LineNames(input.aliases ?? {});
  const index = indexDecisions(input.decisions, input.registerRows ?? [], names);
  const refs = new RefReader();
  const budgetRows = input.budgetRows;
  const n = budgetRows.length;

  // 1. Group the rows by (ref, line, FY): one Map lookup per row.
  const groups = new Map<string, Group>();
  const groupOf: Group[] = new Array<Group>(n);
  const refOf: (string | null)[] = new Array<string | null>(n);
  const lineOf: (string | null)[] = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const b = budgetRows[i]!;
    let ref: string | null = null;
    let line = b.line;
    if (b.refText !== null) {
      const read = refs.read(b.refText);
      ref = read.ref;
      if (line === null) line = read.rest;
    }
    const lk = line === null ? "" : names.key(line);
    const key = ref === null ? `\u0002${lk}\u0001${b.fy}` : `${ref}\u0001${lk}\u0001${b.fy}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        ref,
        lineKey: lk,
        lineName: line,
        fy: b.fy,
        budget: 0,
        rows: 0,
        status: "NO_DECISION",
        approved: null,
        decisionLine: null,
        message: "",
        check: null,
      };
      groups.set(key, g);
    }
    g.budget += b.pence;
    g.rows++;
    groupOf[i] = g;
    refOf[i] = ref;
    lineOf[i] = line;
  }

  // 2. Decide each group.
  const unprofiled = new Map<string, Group[]>();
  for (const g of groups.values()) {
    decide(g, index.entries);
    if (g.status === "UNPROFILED") {
      const list = unprofiled.get(g.ref!) ?? [];
      list.push(g);
      unprofiled.set(g.ref!, list);
    }
  }
  const profiles: SuggestedProfile[] = [];
  for (const [ref, list] of unprofiled) profiles.push(checkUnprofiled(index.entries.get(ref)!, list));
  for (const g of groups.values()) if (g.ref !== null) markInconsistent(g, index.entries.get(g.ref));

  // 3. One result row per budget row.
  const rows: ReconciliationRow[] = new Array<ReconciliationRow>(n);
  const counts = Object.fromEntries(RECONCILIATION_STATUSES.map((s) => [s, 0])) as Record<
    ReconciliationStatus,
    number
  >;
  let budgetTotal = 0;
  for (let i = 0; i < n; i++) {
    const b = budgetRows[i]!;
    const g = groupOf[i]!;
    const check = g.check!;
    const row: ReconciliationRow = {
      sheet: b.sheet,
      row: b.row,
      cell: b.cell,
      table: b.table,
      ref: refOf[i]!,
      refText: b.refText,
      line: lineOf[i]!,
      decisionLine: g.decisionLine,
      fy: b.fy,
      budgetPence: b.pence,
      approvedPence: check.approvedPence,
      variancePence: check.variancePence,
      status: g.status,
      evidence: g.approved?.evidence ?? null,
      message: g.message,
      check,
    };
    if (g.resolution) row.resolution = g.resolution;
    if (g.suggested !== undefined) row.suggestedPence = g.suggested;
    rows[i] = row;
    counts[g.status]++;
    budgetTotal += b.pence;
  }

  // Approved and variance: once per check.
  let approvedTotal = 0;
  let varianceTotal = 0;
  const seen = new Set<Check>();
  for (const g of groups.values()) {
    const c = g.check!;
    if (seen.has(c)) continue;
    seen.add(c);
    if (c.approvedPence !== null) approvedTotal += c.approvedPence;
    if (c.variancePence !== null) varianceTotal += c.variancePence;
  }

  const findings = collectFindings(input, index.entries, index.findings);
  return {
    rows,
    totals: {
      budgetPence: asPence(budgetTotal),
      approvedPence: asPence(approvedTotal),
      variancePence: asPence(varianceTotal),
    },
    findings,
    profiles,
    counts,
  };
}

function single(g: Group, approved: number | null, variance: number | null): Check {
  return {
    rows: g.rows,
    fys: [g.fy],
    budgetPence: asPence(g.budget),
    approvedPence: approved === null ? null : asPence(approved),
    variancePence: variance === null ? null : asPence(variance),
  };
}

function describeLine(g: Group): string {
  const what = g.lineName ? `${g.ref} ${g.lineName}` : `${g.ref}`;
  return `${what} ${g.fy}`;
}

function budgetWords(g: Group): string {
  return g.rows > 1 ? `${g.rows} budget rows together ${money(g.budget)}` : `budget ${money(g.budget)}`;
}

function compare(g: Group, figure: ApprovedFigure, what: string): void {
  g.approved = figure;
  const variance = g.budget - figure.pence;
  g.status = variance === 0 ? "MATCHED" : variance > 0 ? "OVER" : "UNDER";
  if (figure.resolution) g.resolution = figure.resolution;
  g.check = single(g, figure.pence, variance);
  const by = variance === 0 ? "" : ` (${variance > 0 ? "over" : "under"} by ${money(Math.abs(variance))})`;
  const source = figure.resolution ? " per the analyst's register" : "";
  g.message = `${describeLine(g)}: ${budgetWords(g)} against ${money(figure.pence)} approved${source} for ${what}${by}`;
}

function decide(g: Group, entries: Map<string, DecisionEntry>): void {
  if (g.ref === null) {
    g.message = "no decision reference on this row";
    g.check = single(g, null, null);
    return;
  }
  const entry = entries.get(g.ref);
  if (!entry) {
    g.message = `no decision file or register row for ${g.ref}`;
    g.check = single(g, null, null);
    return;
  }
  if (entry.periodFys !== null && !entry.periodFys.has(g.fy)) {
    g.status = "OUTSIDE_PERIOD";
    const covered = [...entry.periodFys].sort().join(", ");
    g.message = `${g.ref} covers ${covered}; it approves nothing for ${g.fy} (${budgetWords(g)})`;
    g.check = single(g, null, null);
    return;
  }
  const fyTotal = entry.fyTotals.get(g.fy);
  if (fyTotal) {
    const years = g.lineKey === "" ? undefined : entry.lineYears.get(g.lineKey);
    if (years) {
      g.decisionLine = entry.lineNames.get(g.lineKey) ?? null;
      const figure = years.get(g.fy);
      if (figure) return compare(g, figure, `${g.decisionLine ?? "the line"} in ${g.fy}`);
      g.status = "OUTSIDE_PERIOD";
      g.message = `${g.ref} allocates nothing to ${g.decisionLine ?? g.lineName} in ${g.fy} (it does in ${[...years.keys()].sort().join(", ")})`;
      g.check = single(g, null, null);
      return;
    }
    const namedLines = [...entry.lineNames.keys()].filter((k) => k !== "");
    if (g.lineKey !== "" && namedLines.length > 1) {
      g.status = "NO_DECISION";
      g.message = `${g.ref} names no budget line "${g.lineName}"; its lines are ${[...entry.lineNames.values()].join(", ")}`;
      g.check = single(g, null, null);
      return;
    }
    if (namedLines.length === 1) g.decisionLine = entry.lineNames.get(namedLines[0]!) ?? null;
    return compare(g, fyTotal, `${g.ref} in ${g.fy}`);
  }
  const unsplit = unsplitPence(entry);
  if (unsplit === null) {
    g.message = `${g.ref} is in the register but gives no approved figure for ${g.fy}`;
    g.check = single(g, null, null);
    return;
  }
  g.status = "UNPROFILED";
  g.approved = {
    pence: unsplit.pence,
    evidence: unsplit.evidence,
    ...(unsplit.resolution ? { resolution: unsplit.resolution } : {}),
  };
  if (unsplit.resolution) g.resolution = unsplit.resolution;
}

/** The rows of a decision with no split by year, checked together against its total, and a profile suggested. */
function checkUnprofiled(entry: DecisionEntry, list: Group[]): SuggestedProfile {
  const approved = list[0]!.approved!;
  let budget = 0;
  let rows = 0;
  const byFy = new Map<FinancialYear, number>();
  for (const g of list) {
    budget += g.budget;
    rows += g.rows;
    byFy.set(g.fy, (byFy.get(g.fy) ?? 0) + g.budget);
  }
  const fys = [...byFy.keys()].sort();
  const variance = budget - approved.pence;
  const check: Check = {
    rows,
    fys,
    budgetPence: asPence(budget),
    approvedPence: asPence(approved.pence),
    variancePence: asPence(variance),
  };
  let buckets: SuggestedProfile["buckets"] = [];
  const dated = entry.start !== null && entry.end !== null && entry.start <= entry.end && approved.pence >= 0;
  if (dated) {
    buckets = profileAmount({
      totalPence: asPence(approved.pence),
      start: entry.start!,
      end: entry.end!,
      basis: "months",
      by: "fy",
    }).buckets.map((b) => ({ label: b.label, start: b.start, end: b.end, pence: b.pence }));
  }
  const bucketOf = new Map(buckets.map((b) => [b.label, b.pence]));
  const by = variance === 0 ? "" : ` (${variance > 0 ? "over" : "under"} by ${money(Math.abs(variance))})`;
  const period = dated ? ` over ${entry.start} to ${entry.end}` : "";
  const suggestion = dated
    ? `; suggested profile by months: ${buckets.map((b) => `${b.label} ${money(b.pence)}`).join(", ")}`
    : "; the decision gives no dates, so no profile can be suggested";
  const message =
    `${entry.ref} approves ${money(approved.pence)}${period} with no split by financial year: ` +
    `${rows} budget row${rows === 1 ? "" : "s"} in ${fys.join(", ")} together ${money(budget)}${by}${suggestion}`;
  for (const g of list) {
    g.check = check;
    g.message = message;
    const s = bucketOf.get(g.fy);
    if (s !== undefined) g.suggested = s;
  }
  const budgetByFy: Record<string, Pence> = {};
  for (const b of buckets) budgetByFy[b.label] = asPence(byFy.get(b.label as FinancialYear) ?? 0);
  for (const [fy, p] of byFy) budgetByFy[fy] = asPence(p);
  return {
    ref: entry.ref,
    file: entry.file,
    totalPence: asPence(approved.pence),
    start: entry.start ?? "",
    end: entry.end ?? "",
    basis: "months",
    buckets,
    budgetByFy,
    evidence: approved.evidence,
  };
}

/** A decision that contradicts itself: its rows are DECISION_INCONSISTENT unless an analyst's note settles them. */
function markInconsistent(g: Group, entry: DecisionEntry | undefined): void {
  if (!entry || entry.errors.length === 0) return;
  if (g.status === "NO_DECISION" || g.status === "OUTSIDE_PERIOD") return;
  const resolution = entry.resolutionFor(g.lineKey, g.fy);
  if (resolution) {
    g.resolution ??= resolution;
    g.message += ` — ${g.ref}'s own figures disagree, resolved by the analyst: ${resolution.note}`;
    return;
  }
  const first = entry.errors[0]!;
  g.status = "DECISION_INCONSISTENT";
  g.message = `${g.ref}'s own figures disagree (${first.code}, see Findings): settle it with a resolution note in the Decisions register. ${g.message}`;
}

function collectFindings(
  input: ReconcileInput,
  entries: Map<string, DecisionEntry>,
  indexFindings: Finding[],
): ReconciliationFinding[] {
  const out: ReconciliationFinding[] = [];
  for (const d of input.decisions) {
    const entry = entries.get(d.ref);
    const whole = entry?.wholeResolution();
    for (const f of d.findings) {
      const finding: ReconciliationFinding = { ...f, ref: f.ref ?? d.ref, file: d.file };
      if (whole && f.severity === "error") {
        finding.severity = "info";
        finding.resolution = whole.note;
        finding.message = `${f.message} — resolved by the analyst: ${whole.note}`;
      }
      out.push(finding);
    }
  }
  for (const entry of entries.values()) {
    for (const [lk, years] of entry.lineYears) {
      for (const [fy, fig] of years) {
        if (fig.resolution && fig.replacedPence !== undefined && fig.replacedPence !== fig.pence) {
          out.push(overrideFinding(entry.ref, `${entry.lineNames.get(lk) ?? ""} ${fy}`, fig));
        }
      }
    }
    for (const [fy, fig] of entry.fyTotals) {
      if (fig.resolution && fig.replacedPence !== undefined && fig.replacedPence !== fig.pence) {
        out.push(overrideFinding(entry.ref, `total ${fy}`, fig));
      }
    }
    if (!entry.file && (entry.lineYears.size > 0 || entry.wholeOverride || entry.fyTotals.size > 0)) {
      out.push({
        code: "REGISTER_ONLY_DECISION",
        severity: "info",
        message: `${entry.ref} is checked against the analyst's register only: no decision file for it was read`,
        quotes: [],
        ref: entry.ref,
      });
    }
  }
  out.push(...indexFindings);
  for (const t of input.totals) {
    if (t.statedPence === t.computedPence) continue;
    const diff = t.statedPence - t.computedPence;
    out.push({
      code: "TABLE_TOTAL_MISMATCH",
      severity: "error",
      message: `"${t.label}" row states ${money(t.statedPence)} for ${t.fy} but the rows it covers add up to ${money(t.computedPence)} (${diff > 0 ? "over" : "under"} by ${money(Math.abs(diff))})`,
      quotes: [],
      place: { sheet: t.sheet, cell: t.cell },
    });
  }
  for (const u of input.unread ?? []) {
    out.push({
      code: "UNREAD_CELL",
      severity: "warning",
      message: `could not read ${JSON.stringify(u.value)}: ${u.reason}`,
      quotes: [],
      place: { sheet: u.sheet, cell: u.cell },
    });
  }
  out.push(...(input.registerProblems ?? []));
  return out.sort(bySeverity);
}

function overrideFinding(ref: string, what: string, fig: ApprovedFigure): ReconciliationFinding {
  const r = fig.resolution!;
  const place = r.place ? { place: r.place } : {};
  return {
    code: "ANALYST_FIGURE",
    severity: "info",
    message: `${ref} ${what.trim()}: the analyst's ${money(fig.pence)} replaces the decision's ${money(fig.replacedPence!)}${r.note ? ` — ${r.note}` : ""}`,
    quotes: [],
    ref,
    ...place,
  };
}
