import type { Approval, DecisionRecord } from "../decision/decision-record";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding, Quote } from "../findings/finding";
import type { Evidence, RegisterRow } from "../register/register-row";
import { definedAcronyms } from "./defined-acronyms";
import type { LineNames } from "./line-names";
import { financialYearsBetween } from "../financial-year/financial-year";
import { pcdRefNumber } from "../references/decision-ref";
import type { Resolution } from "./reconciliation";

/** An approved figure as the matcher uses it: the money, where it was read, and the analyst's note if one set it. */
export interface ApprovedFigure {
  pence: number;
  readonly evidence: Evidence | null;
  resolution?: Resolution;
  /** The decision's own figure, where an analyst's replaced it. */
  replacedPence?: number;
  /**
   * The budget or grant that pays for it, where every part of it names one (null where any part names none); the
   * sources of its other parts, where they differ, in `moreSources`.
   */
  source?: string | null;
  moreSources?: string[] | null;
}

/** A figure for one FY: of a budget line, or of the decision as a whole. */
export interface YearFigure extends ApprovedFigure {
  readonly fy: FinancialYear;
  /** The line's (or the totals') figure for the next FY read. */
  next: YearFigure | null;
  /** True where an analyst's register row set it (a second such row for the slot adds to it). */
  analyst?: boolean;
}

/** The Evidence of words read from a file, made when asked (most of an index's figures are never shown). */
function evidenceOf(file: string | null, read: Quote | null): Evidence | null {
  return read === null || file === null ? null : { file, quote: read.quote, offset: read.offset };
}

/** A figure read from a decision record (or a copy of one in the register). */
class ReadFigure implements YearFigure {
  next: YearFigure | null = null;
  moreSources: string[] | null = null;

  constructor(
    readonly fy: FinancialYear,
    public pence: number,
    private readonly file: string | null,
    private readonly read: Quote | null,
    public source: string | null,
  ) {}

  get evidence(): Evidence | null {
    return evidenceOf(this.file, this.read);
  }
}

/** A decision's total for a FY: its lines' figures added up, with the first one's evidence. */
class TotalFigure implements YearFigure {
  next: YearFigure | null = null;

  constructor(
    readonly fy: FinancialYear,
    public pence: number,
    /** The figure for the FY of the decision's first line (in the order first read) that has one. */
    readonly first: YearFigure,
  ) {}

  get evidence(): Evidence | null {
    return this.first.evidence;
  }
}

/**
 * One budget line of a decision: its key, the name it was first given, and its figure for each FY. A class, not an
 * object literal: V8 may allocate a literal that lives long straight into the old generation, where every later
 * store of a new figure into it goes through the write barrier's slow path.
 */
export class DecisionLine {
  /** The line's name as first written, or null where only unnamed figures (a decision-wide figure) have the key. */
  name: string | null = null;
  /** When the line was named, among the decision's lines (0 for the first named). */
  namedAs = -1;
  /** Its figures, one per FY, in the order first read. */
  years: YearFigure | null = null;
  /** The decision's next line, in the order first read. */
  next: DecisionLine | null = null;

  constructor(
    readonly key: string,
    /** Its place among the decision's lines (0 for the first read). */
    readonly ordinal: number,
  ) {}
}

/** An approval of money over a period (no split by year) copied into the register sheet, with where it was read. */
export interface WholePeriodApproval {
  readonly pence: number;
  readonly start: string | null;
  readonly end: string | null;
  readonly evidence: Evidence | null;
  readonly fundingSource: string | null;
}

interface ScopedResolution {
  lineKey: string | null;
  fy: FinancialYear | null;
  resolution: Resolution;
}

const NO_RESOLUTIONS: readonly ScopedResolution[] = Object.freeze([]);
const NO_APPROVALS: readonly Approval[] = Object.freeze([]);

/** Past this many lines a decision's lines are also kept in a Map, so looking one up stays constant-time. */
const SCAN_LIMIT = 16;

/** Adds a part paid from `source` (null: not said) to a figure: its sources are known only while every part's is. */
function addPart(fig: ApprovedFigure, pence: number, source: string | null): void {
  fig.pence += pence;
  if (fig.source === null || fig.source === undefined) return;
  if (source === null) {
    fig.source = null;
    fig.moreSources = null;
  } else if (source !== fig.source && !(fig.moreSources ?? []).includes(source)) {
    (fig.moreSources ??= []).push(source);
  }
}

function holds(fys: readonly FinancialYear[] | null, fy: FinancialYear): boolean {
  if (fys === null) return false;
  for (let i = 0; i < fys.length; i++) if (fys[i] === fy) return true;
  return false;
}

/** The figure for `fy` in a list of figures (a line's, or the FY totals). */
export function yearFigure(first: YearFigure | null, fy: FinancialYear): YearFigure | undefined {
  for (let y = first; y !== null; y = y.next) if (y.fy === fy) return y;
  return undefined;
}

/** A list of figures as an array, in order. */
export function yearFigures(first: YearFigure | null): YearFigure[] {
  const out: YearFigure[] = [];
  for (let y = first; y !== null; y = y.next) out.push(y);
  return out;
}

/**
 * Puts `figure` in the list in place of the figure for its FY, or at the end; returns the list's new head. The
 * figure may come from another list (an analyst's FY totals move into the decision's): its old link is replaced.
 */
function putYear(first: YearFigure | null, figure: YearFigure): YearFigure {
  let prev: YearFigure | null = null;
  for (let y = first; y !== null; prev = y, y = y.next) {
    if (y.fy !== figure.fy) continue;
    figure.next = y.next;
    if (prev === null) return figure;
    prev.next = figure;
    return first!;
  }
  figure.next = null;
  if (prev === null) return figure;
  prev.next = figure;
  return first!;
}

/**
 * Everything known about one decision reference, from its record and the analyst's register rows. Held in linked
 * lists, not Maps or arrays: a decision has a few lines and years, and an index of thousands of decisions is built
 * on every run, so each line and figure is one small object and nothing else.
 */
export class DecisionEntry {
  file: string | null = null;
  /** The decision's lines, in the order first read. */
  firstLine: DecisionLine | null = null;
  /** How many of its lines have a name, and (where it is the only one) the named line with a key. */
  namedCount = 0;
  namedKeyed = 0;
  firstNamedKeyed: DecisionLine | null = null;
  private lineByKey: Map<string, DecisionLine> | null = null;
  private lineCount = 0;
  /**
   * The decision's total for each FY: its lines' figures added up, or an analyst's total for the year. Added up when
   * first asked for: most groups are checked against their line's figure, and need only know that the FY is split.
   */
  private totals: YearFigure | null | undefined = undefined;
  /**
   * The FYs its figures split its money into (those of `fyTotals`), or null where it has no split. Entries with the
   * same FYs may share one list: it is not changed once the index is built.
   */
  splitFys: readonly FinancialYear[] | null = null;
  /**
   * The approvals of money over a period (no split by year): the decision record's own, read through (an index of
   * thousands of decisions is built on every run), or, for a reference with no decision file, the register's copies.
   * An entry has one or the other: a copy of a decision that was read is not counted.
   */
  approvals: readonly Approval[] = NO_APPROVALS;
  copiedApprovals: WholePeriodApproval[] | null = null;
  wholeOverride: ApprovedFigure | null = null;
  /**
   * The FYs the decision covers, or null where it does not say (no dated approval, no FY split). Entries with the
   * same FYs may share one list: it is not changed once the index is built.
   */
  periodFys: readonly FinancialYear[] | null = null;
  /** FYs an analyst's register rows name without a figure: the decision covers them too. */
  namedFys: FinancialYear[] | null = null;
  start: string | null = null;
  end: string | null = null;
  /** The first error the decision's record carries (its figures disagree), or null. */
  firstError: Finding | null = null;
  /** The analyst's notes on this reference; most decisions have none, and share one empty list. */
  resolutions: readonly ScopedResolution[] = NO_RESOLUTIONS;
  /** An analyst's total for a FY (no line); most decisions have none. */
  fyTotalOverrides: YearFigure | null = null;
  /** True once an analyst's row gives this reference a figure (only then can a figure carry a resolution). */
  hasAnalystFigures = false;
  /** True once a register row (the analyst's, or a copy) gives this reference anything. */
  registered = false;

  constructor(
    readonly ref: string,
    /** Its place among the index's entries (0, 1, 2…), so a run can keep something per entry in an array. */
    readonly ordinal: number,
  ) {}

  /** The line with this key, if the decision has it. */
  line(key: string): DecisionLine | undefined {
    if (this.lineByKey !== null) return this.lineByKey.get(key);
    for (let l = this.firstLine; l !== null; l = l.next) if (l.key === key) return l;
    return undefined;
  }

  /** The line with this key, added (with no years) where the decision does not have it yet; named if unnamed. */
  lineFor(key: string, name: string | null): DecisionLine {
    let l = this.line(key);
    if (l === undefined) {
      l = new DecisionLine(key, this.lineCount);
      let last = this.firstLine;
      if (last === null) this.firstLine = l;
      else {
        while (last.next !== null) last = last.next;
        last.next = l;
      }
      this.lineCount++;
      if (this.lineByKey !== null) this.lineByKey.set(key, l);
      else if (this.lineCount > SCAN_LIMIT) this.lineByKey = new Map(this.lines().map((x) => [x.key, x]));
    }
    if (name !== null && l.name === null) {
      l.name = name;
      l.namedAs = this.namedCount++;
      if (key !== "" && this.namedKeyed++ === 0) this.firstNamedKeyed = l;
    }
    return l;
  }

  /** The decision's lines, in the order first read. */
  lines(): DecisionLine[] {
    const out: DecisionLine[] = [];
    for (let l = this.firstLine; l !== null; l = l.next) out.push(l);
    return out;
  }

  /** The names of the decision's lines, in the order each was named. */
  lineNames(): string[] {
    return this.lines()
      .filter((l) => l.name !== null)
      .sort((a, b) => a.namedAs - b.namedAs)
      .map((l) => l.name!);
  }

  /** How many approvals of money over a period (no split by year) the decision has. */
  get wholePeriodCount(): number {
    return this.copiedApprovals === null ? this.approvals.length : this.copiedApprovals.length;
  }

  /** The money its approvals over a period add up to. */
  wholePeriodPence(): number {
    let total = 0;
    if (this.copiedApprovals === null) for (const a of this.approvals) total += a.pence;
    else for (const a of this.copiedApprovals) total += a.pence;
    return total;
  }

  /** Where its first approval over a period was read (null where it has none). */
  firstWholePeriodEvidence(): Evidence | null {
    if (this.copiedApprovals !== null) return this.copiedApprovals[0]?.evidence ?? null;
    const a = this.approvals[0];
    return a === undefined ? null : evidenceOf(this.file, a);
  }

  get fyTotals(): YearFigure | null {
    return this.totals === undefined ? (this.totals = lineTotals(this)) : this.totals;
  }

  set fyTotals(totals: YearFigure | null) {
    this.totals = totals;
  }

  fyTotal(fy: FinancialYear): YearFigure | undefined {
    return yearFigure(this.fyTotals, fy);
  }

  /** True where the decision's figures give money to this FY (it has a total for it). */
  splits(fy: FinancialYear): boolean {
    return holds(this.splitFys, fy);
  }

  /** True where the FY is in the decision's period, or the decision does not say its period. */
  covers(fy: FinancialYear): boolean {
    return this.periodFys === null || holds(this.periodFys, fy);
  }

  /** True where an analyst's note covers this line (or the whole reference) in this FY (or every FY). */
  resolutionFor(lineKey: string, fy: FinancialYear): Resolution | undefined {
    for (const r of this.resolutions) {
      if ((r.lineKey === null || r.lineKey === lineKey) && (r.fy === null || r.fy === fy))
        return r.resolution;
    }
    return undefined;
  }

  /** The resolution that covers the whole reference (every line, every FY), if any. */
  wholeResolution(): Resolution | undefined {
    for (const r of this.resolutions) if (r.lineKey === null && r.fy === null) return r.resolution;
    return undefined;
  }
}

export interface DecisionIndex {
  entries: Map<string, DecisionEntry>;
  /**
   * The entries whose reference is "PCD" and a number, by the number: a budget cell's bare PCD number finds its
   * decision without the reference being written out.
   */
  byPcdNumber: Map<number, DecisionEntry>;
  /** The entries the analyst's register gives something to, in the order of `entries`: only they can have overrides. */
  registered: DecisionEntry[];
  /** The decision records that carry findings, in the order given (a duplicate's too). */
  recordsWithFindings: DecisionRecord[];
  findings: Finding[];
}

function extendPeriod(entry: DecisionEntry, start: string | null, end: string | null): void {
  if (start && (entry.start === null || start < entry.start)) entry.start = start;
  if (end && (entry.end === null || end > entry.end)) entry.end = end;
}

/**
 * Builds the index the matcher looks decisions up in: by reference, then line and FY. Linear in the decisions, and
 * one pass over each record: its entry is finished as it is read, and only the few entries the analyst's register
 * then changes are finished again.
 */
export function indexDecisions(
  decisions: readonly DecisionRecord[],
  registerRows: readonly RegisterRow[],
  names: LineNames,
): DecisionIndex {
  const entries = new Map<string, DecisionEntry>();
  const byPcdNumber = new Map<number, DecisionEntry>();
  const findings: Finding[] = [];
  const recordsWithFindings: DecisionRecord[] = [];
  const periods = new PeriodYears();
  const newEntry = (ref: string): DecisionEntry => {
    const e = new DecisionEntry(ref, entries.size);
    entries.set(ref, e);
    const num = pcdRefNumber(ref);
    if (num >= 0) byPcdNumber.set(num, e);
    return e;
  };
  const registered: DecisionEntry[] = [];
  const registeredEntry = (ref: string): DecisionEntry => {
    const e = entries.get(ref) ?? newEntry(ref);
    if (!e.registered) {
      e.registered = true;
      registered.push(e);
    }
    return e;
  };

  for (const record of decisions) {
    if (record.text) for (const [long, short] of definedAcronyms(record.text)) names.alias(long, short);
  }

  for (const record of decisions) {
    if (record.findings.length > 0) recordsWithFindings.push(record);
    const had = entries.get(record.ref);
    if (had !== undefined) {
      findings.push({
        code: "DUPLICATE_DECISION",
        severity: "warning",
        message: `${record.file} is ${record.ref} again (already read from ${had.file}); its figures were not counted twice`,
        quotes: [],
        ref: record.ref,
      });
      continue;
    }
    const entry = newEntry(record.ref);
    entry.file = record.file;
    for (const f of record.findings)
      if (f.severity === "error") {
        entry.firstError = f;
        break;
      }
    addRecord(entry, record, names, periods);
    finishPeriod(entry, periods);
  }

  for (const row of registerRows) {
    if (row.source === "analyst") addAnalyst(registeredEntry(row.ref), row, names, findings);
    // A copy of a decision's figures (the add-in writes them into the register sheet): the decision file, where it
    // was read, is the authority, so the copy would only count the money twice.
    else if (!entries.get(row.ref)?.file) {
      const entry = registeredEntry(row.ref);
      extendPeriod(entry, row.start, row.end);
      if (row.approvedPence === null) continue;
      if (row.fy === null)
        addCopiedApproval(entry, row.approvedPence, row.start, row.end, row.evidence, row.fundingSource);
      else
        addLineYear(
          entry,
          row.line,
          row.fy,
          row.approvedPence,
          row.evidence?.file ?? null,
          row.evidence,
          row.fundingSource,
          names,
        );
    }
  }

  // In the order of `entries` (a register row may name a decision read before one it names first).
  registered.sort((x, y) => x.ordinal - y.ordinal);
  for (const entry of registered) finish(entry, periods);
  return { entries, byPcdNumber, registered, recordsWithFindings, findings };
}

/** The FYs of each distinct period, worked out once (most decisions share a few periods). */
class PeriodYears {
  private readonly byStart = new Map<string, Map<string, FinancialYear[]>>();
  /** Working sets of FYs, reused for every entry: the FYs of its period, and those its figures split money into. */
  readonly working = new YearList();
  readonly split = new YearList();

  of(start: string, end: string): FinancialYear[] {
    let byEnd = this.byStart.get(start);
    if (byEnd === undefined) {
      byEnd = new Map();
      this.byStart.set(start, byEnd);
    }
    let fys = byEnd.get(end);
    if (fys === undefined) {
      fys = financialYearsBetween(start, end);
      byEnd.set(end, fys);
    }
    return fys;
  }
}

/**
 * A decision record's figures, as registerFromDecision gives them (one row per allocation, over the decision's
 * period, then one whole-period row per approval), read straight from the record in one pass: its lines, their
 * figures, and the FYs it splits its money into (its totals for each FY are added up when first asked for). Built
 * apart from `finish`, which does the same for an entry the register changes, because this one runs for every
 * decision on every run. No register row is built.
 */
function addRecord(
  entry: DecisionEntry,
  record: DecisionRecord,
  names: LineNames,
  periods: PeriodYears,
): void {
  const file = record.file;
  const split = periods.split.clear();
  for (const a of record.allocations) {
    const name = a.line === "" ? null : a.line;
    const l = entry.lineFor(name === null ? "" : names.key(name), name);
    const fy = a.fy;
    const pence = a.pence;
    let fig = l.years;
    let last: YearFigure | null = null;
    while (fig !== null && fig.fy !== fy) {
      last = fig;
      fig = fig.next;
    }
    if (fig !== null) addPart(fig, pence, a.fundingSource);
    else {
      fig = new ReadFigure(fy, pence, file, a, a.fundingSource);
      if (last === null) l.years = fig;
      else last.next = fig;
    }
    split.add(fy);
  }
  entry.splitFys = split.length > 0 ? split.kept() : null;
  // A new entry (a record is read once per reference): its approvals are the record's, and its period theirs (which
  // is also the period of its allocations: decisionPeriod gives the same dates).
  entry.approvals = record.approvals;
  for (const a of record.approvals) extendPeriod(entry, a.start, a.end);
}

function addCopiedApproval(
  entry: DecisionEntry,
  pence: number,
  start: string | null,
  end: string | null,
  evidence: Evidence | null,
  fundingSource: string | null,
): void {
  (entry.copiedApprovals ??= []).push({
    pence,
    start,
    end,
    evidence: evidenceOf(evidence?.file ?? null, evidence),
    fundingSource,
  });
}

/** An extracted figure for a line (or the decision as a whole, line null) in a FY. */
function addLineYear(
  entry: DecisionEntry,
  line: string | null,
  fy: FinancialYear,
  pence: number,
  file: string | null,
  read: Quote | null,
  source: string | null,
  names: LineNames,
): void {
  const l = entry.lineFor(line === null ? "" : names.key(line), line);
  const had = yearFigure(l.years, fy);
  if (had) addPart(had, pence, source);
  else l.years = putYear(l.years, new ReadFigure(fy, pence, file, read, source));
}

/** A figure an analyst's register row sets: no evidence in a decision, the analyst's note instead. */
function analystFigure(
  fy: FinancialYear,
  pence: number,
  resolution: Resolution,
  source: string | null,
): YearFigure {
  return { fy, pence, evidence: null, resolution, next: null, analyst: true, source, moreSources: null };
}

function addAnalyst(entry: DecisionEntry, row: RegisterRow, names: LineNames, findings: Finding[]): void {
  extendPeriod(entry, row.start, row.end);
  const lineKey = row.line === null ? null : names.key(row.line);
  const resolution: Resolution = {
    note: row.resolution ?? "",
    place: row.place ?? null,
    approvedPence: row.approvedPence,
  };
  if (row.resolution) entry.resolutions = [...entry.resolutions, { lineKey, fy: row.fy, resolution }];
  if (row.approvedPence === null) {
    if (row.fy !== null) {
      const fys = (entry.namedFys ??= []);
      if (!fys.includes(row.fy)) fys.push(row.fy);
    }
    return;
  }
  entry.hasAnalystFigures = true;
  if (row.fy !== null && lineKey !== null) {
    const l = entry.lineFor(lineKey, row.line);
    const had = yearFigure(l.years, row.fy);
    if (had?.analyst) addPart(had, row.approvedPence, row.fundingSource);
    else {
      const figure = analystFigure(row.fy, row.approvedPence, resolution, row.fundingSource);
      if (had) figure.replacedPence = had.pence;
      l.years = putYear(l.years, figure);
    }
  } else if (row.fy !== null) {
    const had = yearFigure(entry.fyTotalOverrides, row.fy);
    if (had) addPart(had, row.approvedPence, row.fundingSource);
    else
      entry.fyTotalOverrides = putYear(
        entry.fyTotalOverrides,
        analystFigure(row.fy, row.approvedPence, resolution, row.fundingSource),
      );
  } else if (lineKey === null) {
    if (entry.wholeOverride) addPart(entry.wholeOverride, row.approvedPence, row.fundingSource);
    else
      entry.wholeOverride = {
        pence: row.approvedPence,
        evidence: null,
        resolution,
        source: row.fundingSource,
        moreSources: null,
      };
  } else {
    findings.push({
      code: "REGISTER_ROW_NEEDS_FY",
      severity: "warning",
      message: `register row for ${entry.ref} "${row.line}" gives an approved figure but no financial year; give the FY (one row per year) so the figure can be checked`,
      quotes: [],
      ref: entry.ref,
      ...(row.place ? { place: row.place } : {}),
    });
  }
}

/**
 * Works out the entry's FY totals and the FYs it covers from what it holds. Run when a record is read, and again on
 * the entries the register then changes (an analyst's figure replaces a line's; a FY total moves into the totals).
 */
function finish(entry: DecisionEntry, periods: PeriodYears): void {
  let totals = lineTotals(entry);
  for (let fig = entry.fyTotalOverrides; fig !== null;) {
    const next = fig.next;
    const had = yearFigure(totals, fig.fy);
    if (had) fig.replacedPence = had.pence;
    totals = putYear(totals, fig);
    fig = next;
  }
  entry.fyTotals = totals;
  const split = periods.split.clear();
  for (let t = totals; t !== null; t = t.next) split.add(t.fy);
  entry.splitFys = split.length > 0 ? split.kept() : null;
  finishPeriod(entry, periods);
}

/** The entry's lines' figures added up for each FY, each total with the figure of the first line that has one. */
function lineTotals(entry: DecisionEntry): YearFigure | null {
  let totals: YearFigure | null = null;
  for (let l = entry.firstLine; l !== null; l = l.next) {
    for (let fig = l.years; fig !== null; fig = fig.next) {
      const had = yearFigure(totals, fig.fy);
      if (had) had.pence += fig.pence;
      else totals = putYear(totals, new TotalFigure(fig.fy, fig.pence, fig));
    }
  }
  return totals;
}

/** Works out the FYs the entry covers, from its FY totals and approvals (and the FYs an analyst's rows name). */
function finishPeriod(entry: DecisionEntry, periods: PeriodYears): void {
  // The FYs an analyst's rows name, if any, then the figures' and approvals'.
  const fys = periods.working.clear();
  if (entry.namedFys !== null) for (const fy of entry.namedFys) fys.add(fy);
  if (entry.splitFys !== null) fys.addAll(entry.splitFys);
  let undated = false;
  for (const a of entry.copiedApprovals ?? entry.approvals) {
    if (!a.start || !a.end) undated = true;
    else if (a.start <= a.end) fys.addAll(periods.of(a.start, a.end));
  }
  if (entry.wholeOverride && entry.start && entry.end && entry.start <= entry.end) {
    fys.addAll(periods.of(entry.start, entry.end));
  }
  // With undated approvals and no split, the decision does not say which years it covers.
  entry.periodFys = fys.length > 0 && !(undated && entry.splitFys === null) ? fys.kept() : null;
}

/**
 * FYs in the order added, each once: a list that is cleared by count, not by truncating it, so its storage is kept
 * from one entry to the next (setting an array's length to 0 frees its storage, and the next push allocates anew).
 */
class YearList {
  private readonly items: FinancialYear[] = [];
  private size = 0;

  clear(): this {
    this.size = 0;
    return this;
  }

  add(fy: FinancialYear): void {
    for (let i = 0; i < this.size; i++) if (this.items[i] === fy) return;
    this.items[this.size++] = fy;
  }

  addAll(fys: readonly FinancialYear[]): void {
    for (const fy of fys) this.add(fy);
  }

  get length(): number {
    return this.size;
  }

  /**
   * Its FYs as a list of their own, not changed again: the last list it gave, where that holds the same FYs in the
   * same order (most decisions share a few), or else a copy of its own size.
   */
  kept(): readonly FinancialYear[] {
    const last = this.last;
    let same = last.length === this.size;
    for (let i = 0; same && i < this.size; i++) same = this.items[i] === last[i];
    if (!same) this.last = this.items.slice(0, this.size);
    return this.last;
  }

  private last: readonly FinancialYear[] = [];
}

/** The money an approval total leaves for the FYs the decision does not split. */
export function unsplitPence(
  entry: DecisionEntry,
): { pence: number; evidence: Evidence | null; resolution?: Resolution } | null {
  if (entry.wholeOverride) {
    const r = entry.wholeOverride;
    return { pence: r.pence, evidence: null, ...(r.resolution ? { resolution: r.resolution } : {}) };
  }
  if (entry.wholePeriodCount === 0) return null;
  let split = 0;
  for (let f = entry.fyTotals; f !== null; f = f.next) split += f.pence;
  return { pence: entry.wholePeriodPence() - split, evidence: entry.firstWholePeriodEvidence() };
}
