import type { BudgetRow, TableTotal, UnreadCell } from "../allocations/budget-row";
import type { DecisionRecord } from "../decision/decision-record";
import type { FinancialYear } from "../financial-year/financial-year-label";
import { bySeverity, type Finding } from "../findings/finding";
import { formatPounds } from "../money/format-money";
import { asPence, type Pence } from "../money/pence";
import { PeriodProfiles } from "../profile/profile";
import { barePcdNumber, pcdRef, splitByForms } from "../references/decision-ref";
import type { Evidence, RegisterRow } from "../register/register-row";
import {
  type ApprovedFigure,
  type DecisionEntry,
  indexDecisions,
  unsplitPence,
  yearFigure,
  yearFigures,
} from "./decision-index";
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

/** How a group's finding is put into words (see `sayGroup`). */
type Found =
  | "NO_REFERENCE"
  | "UNKNOWN_REFERENCE"
  | "OUTSIDE_DECISION_PERIOD"
  | "LINE_OUTSIDE_YEARS"
  | "UNKNOWN_LINE"
  | "NO_FIGURE"
  | "COMPARED"
  | "UNPROFILED";

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
  /** Where the approved figure was read. */
  evidence: Evidence | null;
  /** What was found, put into words only when a row's message is read (most runs print a few hundred). */
  found: Found;
  /** COMPARED: the decision's name for the line, said where the budget calls it something else. */
  asLine: string | null;
  /** UNPROFILED: the decision's rows checked together. */
  unprofiled: UnprofiledCheck | null;
  /** The error the decision carries, where no analyst's note settles it for this group. */
  contradiction: Finding | null;
  /** The analyst's note that settles the decision's error for this group. */
  settledBy: Resolution | null;
  /** The message, once said. */
  said: string | undefined;
  check: Check | null;
  /** True where the check is shared with other groups (a decision with no split by year). */
  sharedCheck: boolean;
  resolution?: Resolution;
  suggested?: Pence;
  /** The decision the reference names, where one was read or registered. */
  entry: DecisionEntry | undefined;
  /** The reference's group met before this one. */
  nextInRef: Group | null;
}

/** An approval with no split by year, and the budget rows of all its FYs checked against it together. */
interface UnprofiledCheck {
  entry: DecisionEntry;
  approvedPence: number;
  rows: number;
  fys: FinancialYear[];
  budget: number;
  dated: boolean;
  buckets: SuggestedProfile["buckets"];
  said: string | undefined;
}

/** Past this many groups, a reference's groups are also kept in a Map keyed by line and FY. */
const SCAN_LIMIT = 16;

/** The groups of one normalised reference (or of the rows with none), and its decision, looked up once. */
interface RefGroups {
  ref: string | null;
  entry: DecisionEntry | undefined;
  /** Its groups, linked by `nextInRef`, newest first; most references have a few lines in a few years, so they are scanned. */
  first: Group | null;
  count: number;
  byKey: Map<string, Group> | null;
}

function groupIn(rg: RefGroups, lineKey: string, fy: FinancialYear): Group | undefined {
  if (rg.byKey !== null) return rg.byKey.get(`${lineKey}\u0001${fy}`);
  for (let g = rg.first; g !== null; g = g.nextInRef) if (g.lineKey === lineKey && g.fy === fy) return g;
  return undefined;
}

function addGroup(rg: RefGroups, g: Group): void {
  g.nextInRef = rg.first;
  rg.first = g;
  if (rg.byKey !== null) rg.byKey.set(`${g.lineKey}\u0001${g.fy}`, g);
  else if (++rg.count > SCAN_LIMIT) {
    rg.byKey = new Map();
    for (let x: Group | null = g; x !== null; x = x.nextInRef) rg.byKey.set(`${x.lineKey}\u0001${x.fy}`, x);
  }
}

/** A reference cell's text as written, read once. */
interface RefSpelling {
  groups: RefGroups;
  /** The rest of the cell ("Drive" in "PCD 1234 Outreach"): the line, where the row has no line cell. */
  rest: string | null;
  /** The line key of `rest` ("" where there is none). */
  restKey: string;
}

/**
 * One budget row's result: a view of the budget row and the group it was checked in, so a run over half a million
 * rows makes one small object per row, not a copy of twenty fields. Every field is read through from those two, and
 * is the same for every row of the group where it is the group's (status, approved, variance, evidence, check). The
 * message is put into words only when read (the summary, the output sheet or the JSON read it; a bulk run need not
 * format half a million sentences).
 */
class ResultRow implements ReconciliationRow {
  readonly #b: BudgetRow;
  readonly #g: Group;
  readonly #line: string | null;

  constructor(b: BudgetRow, line: string | null, g: Group) {
    this.#b = b;
    this.#g = g;
    this.#line = line;
  }

  get sheet(): string {
    return this.#b.sheet;
  }
  get row(): number {
    return this.#b.row;
  }
  get cell(): string {
    return this.#b.cell;
  }
  get table(): string {
    return this.#b.table;
  }
  get ref(): string | null {
    return this.#g.ref;
  }
  get refText(): string | null {
    return this.#b.refText;
  }
  get line(): string | null {
    return this.#line;
  }
  get decisionLine(): string | null {
    return this.#g.decisionLine;
  }
  get fy(): FinancialYear {
    return this.#b.fy;
  }
  get budgetPence(): Pence {
    return this.#b.pence;
  }
  get approvedPence(): Pence | null {
    return this.#g.check!.approvedPence;
  }
  get variancePence(): Pence | null {
    return this.#g.check!.variancePence;
  }
  get status(): ReconciliationStatus {
    return this.#g.status;
  }
  get evidence(): Evidence | null {
    return this.#g.evidence;
  }
  get check(): Check {
    return this.#g.check!;
  }
  get resolution(): Resolution | undefined {
    return this.#g.resolution;
  }
  get suggestedPence(): Pence | undefined {
    return this.#g.suggested;
  }
  get message(): string {
    const g = this.#g;
    return (g.said ??= sayGroup(g));
  }

  /** As a plain object, with the message: `reconcile --json` prints it. Optional fields only where there is one. */
  toJSON(): ReconciliationRow {
    return {
      sheet: this.sheet,
      row: this.row,
      cell: this.cell,
      table: this.table,
      ref: this.ref,
      refText: this.refText,
      line: this.line,
      decisionLine: this.decisionLine,
      fy: this.fy,
      budgetPence: this.budgetPence,
      approvedPence: this.approvedPence,
      variancePence: this.variancePence,
      status: this.status,
      evidence: this.evidence,
      check: this.check,
      ...(this.resolution ? { resolution: this.resolution } : {}),
      ...(this.suggestedPence !== undefined ? { suggestedPence: this.suggestedPence } : {}),
      message: this.message,
    };
  }
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
  const budgetRows = input.budgetRows;
  const n = budgetRows.length;

  // 1. Group the rows by (ref, line, FY). Each distinct reference cell is read once (its normalised reference, the
  // decision it names, the line its rest names); each distinct line text has its key worked out once (LineNames
  // caches it). Per row: a Map lookup by the reference cell's own string, one by the line's, and a short scan of
  // the reference's groups: no key string is built per row.
  const groups: Group[] = [];
  const cells = new RefCells(index.entries, names);
  const groupOf: Group[] = new Array<Group>(n);
  /** The row's line as written, or as its reference cell names it ("PCD 1234 Outreach"). */
  const lineOf: (string | null)[] = new Array<string | null>(n);
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
        }
      }
    }
    lk ??= line === null ? "" : names.key(line);
    const fy = b.fy;
    let g = groupIn(rg, lk, fy);
    if (g === undefined) {
      g = newGroup(rg, lk, line, fy);
      addGroup(rg, g);
      groups.push(g);
    }
    g.budget += b.pence;
    g.rows++;
    groupOf[i] = g;
    lineOf[i] = line;
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
    rows[i] = new ResultRow(b, lineOf[i]!, g);
    counts[g.status]++;
    budgetTotal += b.pence;
  }

  // Approved and variance: once per check (a shared check once for all its groups).
  let approvedTotal = 0;
  let varianceTotal = 0;
  const seen = new Set<Check>();
  for (const g of groups) {
    const c = g.check!;
    if (g.sharedCheck) {
      if (seen.has(c)) continue;
      seen.add(c);
    }
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

/**
 * Reference cells, each distinct one read once: a bare PCD reference ("PCD 1307", "pcd-1307") by its number, with
 * no string built or hashed per row; any other cell by its text. Either way to the groups of its reference.
 */
class RefCells {
  readonly none: RefGroups = { ref: null, entry: undefined, first: null, count: 0, byKey: null };
  private readonly byRef = new Map<string, RefGroups>();
  private readonly byPcd = new Map<number, RefGroups>();
  private readonly byText = new Map<string, RefSpelling>();

  constructor(
    private readonly entries: Map<string, DecisionEntry>,
    private readonly names: LineNames,
  ) {}

  /** A bare PCD reference's groups, by its number. */
  bare(num: number): RefGroups {
    let rg = this.byPcd.get(num);
    if (rg === undefined) {
      rg = this.groupsOf(pcdRef(num));
      this.byPcd.set(num, rg);
    }
    return rg;
  }

  read(text: string): RefSpelling {
    let rs = this.byText.get(text);
    if (rs === undefined) {
      const read = splitByForms(text);
      rs = {
        groups: read.ref === null ? this.none : this.groupsOf(read.ref),
        rest: read.rest,
        restKey: read.rest === null ? "" : this.names.key(read.rest),
      };
      this.byText.set(text, rs);
    }
    return rs;
  }

  private groupsOf(ref: string): RefGroups {
    let rg = this.byRef.get(ref);
    if (rg === undefined) {
      rg = { ref, entry: this.entries.get(ref), first: null, count: 0, byKey: null };
      this.byRef.set(ref, rg);
    }
    return rg;
  }
}

function newGroup(rg: RefGroups, lineKey: string, lineName: string | null, fy: FinancialYear): Group {
  return {
    ref: rg.ref,
    lineKey,
    lineName,
    fy,
    budget: 0,
    rows: 0,
    status: "NO_DECISION",
    approved: null,
    decisionLine: null,
    evidence: null,
    found: "NO_REFERENCE",
    asLine: null,
    unprofiled: null,
    contradiction: null,
    settledBy: null,
    said: undefined,
    check: null,
    sharedCheck: false,
    entry: rg.entry,
    nextInRef: null,
  };
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

function single(g: Group, approved: number | null, variance: number | null): Check {
  return {
    rows: g.rows,
    fys: oneFy(g.fy),
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

/** `asLine`: the decision's name for the line, said where the budget calls it something else. */
function compare(g: Group, figure: ApprovedFigure, asLine: string | null): void {
  g.approved = figure;
  g.evidence = figure.evidence;
  const variance = g.budget - figure.pence;
  g.status = variance === 0 ? "MATCHED" : variance > 0 ? "OVER" : "UNDER";
  if (figure.resolution) g.resolution = figure.resolution;
  g.check = single(g, figure.pence, variance);
  g.found = "COMPARED";
  g.asLine = asLine;
}

/** A group with no approved figure: its check has the budget alone. */
function unapproved(g: Group, status: ReconciliationStatus, found: Found): void {
  g.status = status;
  g.found = found;
  g.check = single(g, null, null);
}

function decide(g: Group, entry: DecisionEntry | undefined): void {
  if (g.ref === null) return unapproved(g, "NO_DECISION", "NO_REFERENCE");
  if (!entry) return unapproved(g, "NO_DECISION", "UNKNOWN_REFERENCE");
  if (!entry.covers(g.fy)) return unapproved(g, "OUTSIDE_PERIOD", "OUTSIDE_DECISION_PERIOD");
  const fyTotal = entry.fyTotal(g.fy);
  if (fyTotal) {
    const line = g.lineKey === "" ? undefined : entry.line(g.lineKey);
    if (line) {
      g.decisionLine = line.name;
      const figure = yearFigure(line.years, g.fy);
      if (figure) return compare(g, figure, g.decisionLine);
      return unapproved(g, "OUTSIDE_PERIOD", "LINE_OUTSIDE_YEARS");
    }
    if (g.lineKey !== "" && entry.namedKeyed > 1) return unapproved(g, "NO_DECISION", "UNKNOWN_LINE");
    if (entry.namedKeyed === 1) g.decisionLine = entry.firstNamedKeyed!.name;
    return compare(g, fyTotal, null);
  }
  const unsplit = unsplitPence(entry);
  if (unsplit === null) return unapproved(g, "NO_DECISION", "NO_FIGURE");
  g.status = "UNPROFILED";
  g.found = "UNPROFILED";
  g.approved = {
    pence: unsplit.pence,
    evidence: unsplit.evidence,
    ...(unsplit.resolution ? { resolution: unsplit.resolution } : {}),
  };
  g.evidence = unsplit.evidence;
  if (unsplit.resolution) g.resolution = unsplit.resolution;
}

/** A group's message: what was found, and how its decision's own error stands. */
function sayGroup(g: Group): string {
  const found = sayFound(g);
  if (g.settledBy !== null) {
    const r = g.settledBy;
    const where = r.place ? ` (${r.place.sheet}!${r.place.cell})` : "";
    const note = r.note.length > 80 ? `${r.note.slice(0, 77).trimEnd()}…` : r.note;
    return `${found}; ${g.ref} contradicts itself, settled by the analyst's resolution${where}: "${note}"`;
  }
  if (g.contradiction !== null)
    return `${found}; but ${g.ref} contradicts itself (${g.contradiction.code}, see Findings): confirm the figure with its author, then add a resolution note to the Decisions register`;
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
    case "COMPARED": {
      const figure = g.approved!;
      const variance = g.budget - figure.pence;
      const by =
        variance === 0 ? "" : ` (${variance > 0 ? "over" : "under"} by ${money(Math.abs(variance))})`;
      const source = figure.resolution ? " per the analyst's register" : "";
      const named = g.asLine !== null && g.asLine !== g.lineName ? ` (as "${g.asLine}")` : "";
      return `${describeLine(g)}: ${budgetWords(g)} against ${money(figure.pence)} approved${source}${named}${by}`;
    }
    case "UNPROFILED":
      return sayUnprofiled(g.unprofiled!);
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

/** The rows of a decision with no split by year, checked together against its total, and a profile suggested. */
function checkUnprofiled(entry: DecisionEntry, list: Group[], periods: PeriodProfiles): SuggestedProfile {
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
    said: undefined,
  };
  for (const g of list) {
    g.check = check;
    g.sharedCheck = true;
    g.unprofiled = u;
    const s = buckets.find((b) => b.label === g.fy);
    if (s !== undefined) g.suggested = s.pence;
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
  if (!entry || entry.firstError === null) return;
  if (g.status === "NO_DECISION" || g.status === "OUTSIDE_PERIOD") return;
  const resolution = entry.resolutionFor(g.lineKey, g.fy);
  if (resolution) {
    g.resolution ??= resolution;
    g.settledBy = resolution;
    return;
  }
  g.status = "DECISION_INCONSISTENT";
  g.contradiction = entry.firstError;
}

function collectFindings(
  input: ReconcileInput,
  entries: Map<string, DecisionEntry>,
  indexFindings: Finding[],
): ReconciliationFinding[] {
  const out: ReconciliationFinding[] = [];
  for (const d of input.decisions) {
    if (d.findings.length === 0) continue;
    const entry = entries.get(d.ref);
    const whole = entry !== undefined && entry.resolutions.length > 0 ? entry.wholeResolution() : undefined;
    for (const f of d.findings) {
      const finding: ReconciliationFinding = { ...f, ref: f.ref ?? d.ref, file: d.file };
      if (whole && f.severity === "error") {
        finding.severity = "info";
        finding.resolution = whole.note;
        finding.message = `${f.message} — resolved by the analyst: ${whole.note}`;
      } else if (entry && f.severity === "error" && entry.resolutions.length > 0) {
        finding.message = `${f.message} The analyst's resolution settles it only for ${partialScopes(entry)}; the decision's other rows stay DECISION_INCONSISTENT until a note covers them.`;
      }
      out.push(finding);
    }
  }
  for (const entry of entries.values()) {
    // Only an analyst's figure carries a resolution: a decision's own figures replace nothing.
    if (entry.hasAnalystFigures) overrideFindings(entry, out);
    if (entry.wholeOverride) out.push(...wholeOverrideFindings(entry, entry.wholeOverride));
    if (!entry.file && (entry.firstLine !== null || entry.wholeOverride || entry.fyTotals !== null)) {
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
      message: `"${t.label}" row states ${money(t.statedPence)} for ${t.fy} but the rows it covers add up to ${money(t.computedPence)} (${diff > 0 ? "over" : "under"} by ${money(Math.abs(diff))}): correct the total, or the rows it should cover`,
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

/** The analyst's figures that replace a different figure of the decision's, for each line and FY and FY total. */
function overrideFindings(entry: DecisionEntry, out: ReconciliationFinding[]): void {
  for (const line of entry.lines()) {
    for (let fig = line.years; fig !== null; fig = fig.next) {
      if (fig.resolution && fig.replacedPence !== undefined && fig.replacedPence !== fig.pence) {
        out.push(overrideFinding(entry.ref, `${line.name ?? ""} ${fig.fy}`, fig));
      }
    }
  }
  for (let fig = entry.fyTotals; fig !== null; fig = fig.next) {
    if (fig.resolution && fig.replacedPence !== undefined && fig.replacedPence !== fig.pence) {
      out.push(overrideFinding(entry.ref, `total ${fig.fy}`, fig));
    }
  }
}

/** What an entry's resolutions cover, in words: "2023/24 (Decisions!A2)", "Outreach in 2024/25 (Decisions!A3)". */
function partialScopes(entry: DecisionEntry): string {
  return entry.resolutions
    .map((r) => {
      const line = r.lineKey === null ? null : (entry.line(r.lineKey)?.name ?? r.lineKey);
      const what =
        line === null
          ? (r.fy ?? "every year")
          : r.fy === null
            ? `${line} in every year`
            : `${line} in ${r.fy}`;
      const place = r.resolution.place;
      return place ? `${what} (${place.sheet}!${place.cell})` : what;
    })
    .join(", ");
}

/**
 * An analyst's figure for a whole decision (no line, no FY): say what it replaces, and warn where the decision's own
 * split by year, which the rows are still checked against, adds up to something else.
 */
function wholeOverrideFindings(entry: DecisionEntry, fig: ApprovedFigure): ReconciliationFinding[] {
  const r = fig.resolution;
  const place = r?.place ? { place: r.place } : {};
  const note = r?.note ? ` — ${r.note}` : "";
  let split = 0;
  const parts: string[] = [];
  for (const f of yearFigures(entry.fyTotals).sort((a, b) => (a.fy < b.fy ? -1 : 1))) {
    split += f.pence;
    parts.push(`${f.fy} ${money(f.pence)}`);
  }
  if (entry.fyTotals !== null && split !== fig.pence) {
    return [
      {
        code: "ANALYST_TOTAL_DIFFERS_FROM_SPLIT",
        severity: "warning",
        message: `${entry.ref}: the analyst's total of ${money(fig.pence)} differs from the decision's split by year (${parts.join(", ")}: ${money(split)}), which the budget rows are still checked against; give the confirmed figure for each year (one register row per FY) so the rows are checked against it${note}`,
        quotes: [],
        ref: entry.ref,
        ...place,
      },
    ];
  }
  let approved = 0;
  for (const a of entry.wholePeriod) approved += a.pence;
  if (entry.wholePeriod.length > 0 && approved !== fig.pence) {
    return [
      {
        code: "ANALYST_FIGURE",
        severity: "info",
        message: `${entry.ref}: the analyst's ${money(fig.pence)} replaces the ${money(approved)} the decision approves${entry.fyTotals !== null ? ` (and agrees with its split by year, ${parts.join(", ")})` : ""}${note}`,
        quotes: [],
        ref: entry.ref,
        ...place,
      },
    ];
  }
  return [];
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
