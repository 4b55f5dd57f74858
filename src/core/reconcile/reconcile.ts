import type { BudgetRow, TableTotal, UnreadCell } from "../allocations/budget-row";
import type { DecisionRecord } from "../decision/decision-record";
import type { Finding } from "../findings/finding";
import { asPence } from "../money/pence";
import { PeriodProfiles } from "../profile/profile";
import { barePcdNumber } from "../references/decision-ref";
import type { RegisterRow } from "../register/register-row";
import { checkUnprofiled, decide, Group, markInconsistent } from "./budget-group";
import { indexDecisions } from "./decision-index";
import { LineNames } from "./line-names";
import { addGroup, groupIn, RefCells, type RefGroups } from "./reference-groups";
import { fundingSourceFindings } from "./funding-source-check";
import { collectFindings } from "./reconcile-findings";
import {
  RECONCILIATION_STATUSES,
  type Reconciliation,
  type ReconciliationRow,
  type ReconciliationStatus,
  type SuggestedProfile,
} from "./reconciliation";
import { resultRows } from "./result-row";

export interface ReconcileInput {
  /** The budget rows. The result's rows read through them, so they are not changed after the run. */
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

/**
 * Checks every budget row against the decision that approves it. Rows sharing (decision, line, FY) are summed
 * against the approval; rows of a decision that fixes no split by year are summed over its period against the total.
 * Linear in rows and decisions: each distinct reference and line name is read once.
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  const names = new LineNames(input.aliases ?? {});
  // Names that give their own acronym ("Community Alliance to Combat Hate (CATCH)"), learnt before any key is used.
  for (const b of input.budgetRows) if (b.line !== null) names.learn(b.line);
  for (const r of input.registerRows ?? []) if (r.line !== null) names.learn(r.line);
  const index = indexDecisions(input.decisions, input.registerRows ?? [], names);
  // The result's rows are made from the list when first read: a copy of it (pointers only), so that what the caller
  // then does with its own list does not change them.
  const budgetRows = input.budgetRows.slice();
  const n = budgetRows.length;

  // 1. Group the rows by (ref, line, FY). A bare PCD reference cell is read to its number, and the reference's groups
  // found by it; any other reference cell is read once (its normalised reference, the decision it names, the line its
  // rest names); each distinct line text has its key worked out once (LineNames caches it). Per row: a lookup by
  // the reference, one by the line's text, and a short scan of the reference's groups: no key string is built.
  const groups: Group[] = [];
  const cells = new RefCells(index, names);
  // Each row's result is the group it was checked in: its status, approved figure, variance, evidence and check are
  // the group's. Kept as one index a row (4 bytes), not an object a row: half a million objects that all live to the
  // end are what the garbage collector copies, and made the run twice as slow at that size. The row objects that
  // read through it are made when the rows are first read (see `resultRows`).
  const groupOf = new Int32Array(n);
  // The rows whose line is the rest of their reference cell ("PCD 1234 Outreach" with no line cell), by position.
  const cellLines = new Map<number, string>();
  let budgetTotal = 0;
  // The rows that name a funding source, by position, checked against the decision's once every group is decided.
  const sourced: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = budgetRows[i]!;
    const text = b.refText;
    let rg: RefGroups;
    let line = b.line;
    let lk: string | undefined;
    if (text === null) rg = cells.none;
    else {
      const num = barePcdNumber(text);
      if (num >= 0) rg = cells.bare(num);
      else {
        const rs = cells.read(text);
        rg = rs.groups;
        if (line === null) {
          line = rs.rest;
          lk = rs.restKey;
          if (line !== null) cellLines.set(i, line);
        }
      }
    }
    lk ??= line === null ? "" : names.key(line);
    const fy = b.fy;
    let g = groupIn(rg, lk, fy);
    if (g === undefined) {
      g = new Group(groups.length, rg.ref, rg.entry, lk, line, fy);
      addGroup(rg, g);
      groups.push(g);
    }
    g.budget += b.pence;
    g.rows++;
    budgetTotal += b.pence;
    groupOf[i] = g.index;
    if (b.fundingSource !== null) sourced.push(i);
  }

  // 2. Decide each group.
  const unprofiled = new Map<string, Group[]>();
  for (const g of groups) {
    decide(g, g.entry);
    if (g.status === "UNPROFILED") {
      const list = unprofiled.get(g.ref!) ?? [];
      list.push(g);
      unprofiled.set(g.ref!, list);
    }
  }
  const profiles: SuggestedProfile[] = [];
  const periods = new PeriodProfiles();
  for (const [ref, list] of unprofiled)
    profiles.push(checkUnprofiled(index.entries.get(ref)!, list, periods));
  for (const g of groups) if (g.ref !== null) markInconsistent(g, g.entry);

  // 3. Counted by status, a group's rows at a time.
  const counts = Object.fromEntries(RECONCILIATION_STATUSES.map((s) => [s, 0])) as Record<
    ReconciliationStatus,
    number
  >;
  for (const g of groups) counts[g.status] += g.rows;

  // Approved and variance: once per check (a decision's shared check once for all its groups).
  let approvedTotal = 0;
  let varianceTotal = 0;
  for (const g of groups) {
    if (g.approved === null || g.detail?.unprofiled) continue;
    approvedTotal += g.approved.pence;
    varianceTotal += g.budget - g.approved.pence;
  }
  for (const list of unprofiled.values()) {
    const shared = list[0]!;
    approvedTotal += shared.approvedPence ?? 0;
    varianceTotal += shared.variancePence ?? 0;
  }

  const findings = collectFindings(input, index, fundingSourceFindings(budgetRows, sourced, groupOf, groups));
  let rows: ReconciliationRow[] | undefined;
  return {
    get rows(): ReconciliationRow[] {
      return (rows ??= resultRows(budgetRows, groupOf, groups, cellLines));
    },
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
