/**
 * A group: the budget rows that share (decision reference, line, FY), and what checking them against the decision
 * found. Deciding a group's status, its approved figure and its check is here; saying it in words is in
 * group-message.ts.
 */
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding } from "../findings/finding";
import { asPence, type Pence } from "../money/pence";
import type { PeriodProfiles } from "../profile/profile";
import type { Evidence } from "../register/register-row";
import { type ApprovedFigure, type DecisionEntry, unsplitPence, yearFigure } from "./decision-index";
import type { Check, ReconciliationStatus, Resolution, SuggestedProfile } from "./reconciliation";

/** How a group's finding is put into words (see `sayGroup`). */
export type Found =
  | "NO_REFERENCE"
  | "UNKNOWN_REFERENCE"
  | "OUTSIDE_DECISION_PERIOD"
  | "LINE_OUTSIDE_YEARS"
  | "UNKNOWN_LINE"
  | "NO_FIGURE"
  /** Compared with the figure of the decision's line of that name (the decision may spell it otherwise). */
  | "COMPARED_LINE"
  /** Compared with the decision's total for the FY. */
  | "COMPARED_TOTAL"
  | "UNPROFILED";

/**
 * The budget rows that share (ref, line, FY): checked together against one approved figure. A class, not an object
 * literal: V8 may allocate a literal that lives long straight into the old generation, where every later store of a
 * new object into it (its check, its figure) goes through the write barrier's slow path. It holds only what every
 * group has; what follows from it (evidence, approved, variance, resolution) is read through, and what few groups
 * have is in `detail`: a run over 5,000 rows makes thousands of groups, and their size is most of its allocation.
 */
export class Group {
  /** Its place in the run's list of groups: what each of its budget rows records as its check. */
  readonly index: number;
  readonly ref: string | null;
  readonly lineKey: string;
  readonly lineName: string | null;
  readonly fy: FinancialYear;
  budget = 0;
  rows = 0;
  status: ReconciliationStatus = "NO_DECISION";
  /** What was found, put into words only when a row's message is read (most runs print a few hundred). */
  found: Found = "NO_REFERENCE";
  /** The figure the rows are checked against (their line's or the decision's for the FY, or its unsplit total). */
  approved: ApprovedFigure | null = null;
  /** The decision's name for the line, where it has one. */
  decisionLine: string | null = null;
  /** The decision the reference names, where one was read or registered. */
  readonly entry: DecisionEntry | undefined;
  /** The reference's group met before this one. */
  nextInRef: Group | null = null;
  /** What few groups have, made when first needed. */
  detail: GroupDetail | null = null;

  constructor(
    index: number,
    ref: string | null,
    entry: DecisionEntry | undefined,
    lineKey: string,
    lineName: string | null,
    fy: FinancialYear,
  ) {
    this.index = index;
    this.ref = ref;
    this.entry = entry;
    this.lineKey = lineKey;
    this.lineName = lineName;
    this.fy = fy;
  }

  /** Where the approved figure was read. */
  get evidence(): Evidence | null {
    return this.approved === null ? null : this.approved.evidence;
  }

  /** The figure the rows are checked against: null where there is none. */
  get approvedPence(): Pence | null {
    return this.approved === null ? null : (this.approved.pence as Pence);
  }

  /** The rows' budget less the approved figure (for a decision with no split, all its rows' budget): null where none. */
  get variancePence(): Pence | null {
    const u = this.detail?.unprofiled;
    if (u) return u.check.variancePence;
    return this.approved === null ? null : ((this.budget - this.approved.pence) as Pence);
  }

  /** The analyst's note that set the figure, or else settles the decision's error for this group. */
  get resolution(): Resolution | undefined {
    return this.approved?.resolution ?? this.detail?.settledBy ?? undefined;
  }

  more(): GroupDetail {
    return (this.detail ??= new GroupDetail());
  }
}

/** What few groups have. */
export class GroupDetail {
  /** UNPROFILED: the decision's rows checked together. */
  unprofiled: UnprofiledCheck | null = null;
  /** UNPROFILED: the suggested profile's figure for the group's FY. */
  suggested: Pence | undefined = undefined;
  /** The error the decision carries, where no analyst's note settles it for this group. */
  contradiction: Finding | null = null;
  /** The analyst's note that settles the decision's error for this group. */
  settledBy: Resolution | null = null;
  /** The check of a group checked on its own, made when first read (see `checkOf`), as most runs read few. */
  check: Check | null = null;
  /** The message, once said. */
  said: string | undefined = undefined;
}

/** An approval with no split by year, and the budget rows of all its FYs checked against it together. */
export interface UnprofiledCheck {
  entry: DecisionEntry;
  approvedPence: number;
  rows: number;
  fys: FinancialYear[];
  budget: number;
  dated: boolean;
  buckets: SuggestedProfile["buckets"];
  /** The check all its groups report. */
  check: Check;
  said: string | undefined;
}

/** One shared, frozen list per FY for the checks of a single FY (there are thousands, of a few FYs). */
const ONE_FY = new Map<FinancialYear, readonly FinancialYear[]>();

function oneFy(fy: FinancialYear): readonly FinancialYear[] {
  let list = ONE_FY.get(fy);
  if (list === undefined) {
    list = Object.freeze([fy]);
    ONE_FY.set(fy, list);
  }
  return list;
}

/** The group's check: its rows, FYs, budget, approved figure and variance. */
export function checkOf(g: Group): Check {
  const u = g.detail?.unprofiled;
  if (u) return u.check;
  return (g.more().check ??= {
    rows: g.rows,
    fys: oneFy(g.fy),
    budgetPence: asPence(g.budget),
    approvedPence: g.approvedPence,
    variancePence: g.variancePence,
  });
}

function compare(g: Group, figure: ApprovedFigure, found: "COMPARED_LINE" | "COMPARED_TOTAL"): void {
  g.approved = figure;
  const variance = g.budget - figure.pence;
  g.status = variance === 0 ? "MATCHED" : variance > 0 ? "OVER" : "UNDER";
  // Whole pence, or a clear error now rather than when the check is read.
  asPence(g.budget);
  asPence(figure.pence);
  asPence(variance);
  g.found = found;
}

/** A group with no approved figure: its check has the budget alone. */
function unapproved(g: Group, status: ReconciliationStatus, found: Found): void {
  g.status = status;
  g.found = found;
  asPence(g.budget);
}

/**
 * The group's status against the decision its reference names: NO_DECISION, OUTSIDE_PERIOD, MATCHED / OVER / UNDER
 * against the line's (or the decision's) figure for the FY, or UNPROFILED where the decision approves a total with
 * no split by year (checkUnprofiled then checks the decision's groups together).
 */
export function decide(g: Group, entry: DecisionEntry | undefined): void {
  if (g.ref === null) return unapproved(g, "NO_DECISION", "NO_REFERENCE");
  if (!entry) return unapproved(g, "NO_DECISION", "UNKNOWN_REFERENCE");
  if (!entry.covers(g.fy)) return unapproved(g, "OUTSIDE_PERIOD", "OUTSIDE_DECISION_PERIOD");
  if (entry.splits(g.fy)) {
    const line = g.lineKey === "" ? undefined : entry.line(g.lineKey);
    if (line) {
      g.decisionLine = line.name;
      const figure = yearFigure(line.years, g.fy);
      if (figure) return compare(g, figure, "COMPARED_LINE");
      return unapproved(g, "OUTSIDE_PERIOD", "LINE_OUTSIDE_YEARS");
    }
    if (g.lineKey !== "" && entry.namedKeyed > 1) return unapproved(g, "NO_DECISION", "UNKNOWN_LINE");
    if (entry.namedKeyed === 1) g.decisionLine = entry.firstNamedKeyed!.name;
    return compare(g, entry.fyTotal(g.fy)!, "COMPARED_TOTAL");
  }
  const unsplit = unsplitPence(entry);
  if (unsplit === null) return unapproved(g, "NO_DECISION", "NO_FIGURE");
  g.status = "UNPROFILED";
  g.found = "UNPROFILED";
  g.approved = unsplit;
}

/** The rows of a decision with no split by year, checked together against its total, and a profile suggested. */
export function checkUnprofiled(
  entry: DecisionEntry,
  list: Group[],
  periods: PeriodProfiles,
): SuggestedProfile {
  const approved = list[0]!.approved!;
  let budget = 0;
  let rows = 0;
  // The budget of each FY, in the order the FYs were met: a decision's rows fall in a few FYs.
  const seen: FinancialYear[] = [];
  const seenBudget: number[] = [];
  for (const g of list) {
    budget += g.budget;
    rows += g.rows;
    const k = seen.indexOf(g.fy);
    if (k < 0) {
      seen.push(g.fy);
      seenBudget.push(g.budget);
    } else seenBudget[k]! += g.budget;
  }
  const fys = seen.slice().sort();
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
    buckets = periods
      .profile({
        totalPence: asPence(approved.pence),
        start: entry.start!,
        end: entry.end!,
        basis: "months",
        by: "fy",
      })
      .buckets.map((b) => ({ label: b.label, start: b.start, end: b.end, pence: b.pence }));
  }
  const u: UnprofiledCheck = {
    entry,
    approvedPence: approved.pence,
    rows,
    fys,
    budget,
    dated,
    buckets,
    check,
    said: undefined,
  };
  for (const g of list) {
    const d = g.more();
    d.unprofiled = u;
    const s = buckets.find((b) => b.label === g.fy);
    if (s !== undefined) d.suggested = s.pence;
  }
  const budgetByFy: Record<string, Pence> = {};
  for (const b of buckets) budgetByFy[b.label] = asPence(0);
  for (let k = 0; k < seen.length; k++) budgetByFy[seen[k]!] = asPence(seenBudget[k]!);
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
export function markInconsistent(g: Group, entry: DecisionEntry | undefined): void {
  if (!entry || entry.firstError === null) return;
  if (g.status === "NO_DECISION" || g.status === "OUTSIDE_PERIOD") return;
  const resolution = entry.resolutionFor(g.lineKey, g.fy);
  if (resolution) {
    g.more().settledBy = resolution;
    return;
  }
  g.status = "DECISION_INCONSISTENT";
  g.more().contradiction = entry.firstError;
}
