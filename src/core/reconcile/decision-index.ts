import type { DecisionRecord } from "../decision/decision-record";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding } from "../findings/finding";
import { decisionPeriod } from "../register/register-from-decisions";
import type { Evidence, RegisterRow } from "../register/register-row";
import { definedAcronyms } from "./defined-acronyms";
import type { LineNames } from "./line-names";
import { financialYearsBetween } from "../financial-year/financial-year";
import type { Resolution } from "./reconciliation";

/** An approved figure as the matcher uses it: the money, where it was read, and the analyst's note if one set it. */
export interface ApprovedFigure {
  pence: number;
  evidence: Evidence | null;
  resolution?: Resolution;
  /** The decision's own figure, where an analyst's replaced it. */
  replacedPence?: number;
}

export interface WholePeriodApproval {
  pence: number;
  start: string | null;
  end: string | null;
  evidence: Evidence | null;
  recipient: string | null;
}

interface ScopedResolution {
  lineKey: string | null;
  fy: FinancialYear | null;
  resolution: Resolution;
}

/** Everything known about one decision reference, from its record and the analyst's register rows. */
export class DecisionEntry {
  file: string | null = null;
  readonly lineNames = new Map<string, string>();
  readonly lineYears = new Map<string, Map<FinancialYear, ApprovedFigure>>();
  readonly fyTotals = new Map<FinancialYear, ApprovedFigure>();
  readonly wholePeriod: WholePeriodApproval[] = [];
  wholeOverride: ApprovedFigure | null = null;
  /** The FYs the decision covers, or null where it does not say (no dated approval, no FY split). */
  periodFys: Set<FinancialYear> | null = null;
  start: string | null = null;
  end: string | null = null;
  readonly errors: Finding[] = [];
  readonly resolutions: ScopedResolution[] = [];
  /** An analyst's total for a FY (no line); made on first use, as most decisions have none. */
  fyTotalOverrides: Map<FinancialYear, ApprovedFigure> | null = null;
  /** The (line, FY) slots an analyst's row set; made on first use. */
  analystLineYears: Set<string> | null = null;
  /** True once an analyst's row gives this reference a figure (only then can a figure carry a resolution). */
  hasAnalystFigures = false;

  constructor(readonly ref: string) {}

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
  findings: Finding[];
}

function extendPeriod(entry: DecisionEntry, start: string | null, end: string | null): void {
  if (start && (entry.start === null || start < entry.start)) entry.start = start;
  if (end && (entry.end === null || end > entry.end)) entry.end = end;
}

/** Builds the index the matcher looks decisions up in: by reference, then line and FY. Linear in the decisions. */
export function indexDecisions(
  decisions: readonly DecisionRecord[],
  registerRows: readonly RegisterRow[],
  names: LineNames,
): DecisionIndex {
  const entries = new Map<string, DecisionEntry>();
  const findings: Finding[] = [];
  const entryFor = (ref: string): DecisionEntry => {
    let e = entries.get(ref);
    if (!e) {
      e = new DecisionEntry(ref);
      entries.set(ref, e);
    }
    return e;
  };

  for (const record of decisions) {
    if (record.text) for (const [long, short] of definedAcronyms(record.text)) names.alias(long, short);
  }

  for (const record of decisions) {
    const existing = entries.get(record.ref);
    if (existing?.file) {
      findings.push({
        code: "DUPLICATE_DECISION",
        severity: "warning",
        message: `${record.file} is ${record.ref} again (already read from ${existing.file}); its figures were not counted twice`,
        quotes: [],
        ref: record.ref,
      });
      continue;
    }
    const entry = entryFor(record.ref);
    entry.file = record.file;
    for (const f of record.findings) if (f.severity === "error") entry.errors.push(f);
    addRecord(entry, record, names);
  }

  for (const row of registerRows) {
    if (row.source === "analyst") addAnalyst(entryFor(row.ref), row, names, findings);
    // A copy of a decision's figures (the add-in writes them into the register sheet): the decision file, where it
    // was read, is the authority, so the copy would only count the money twice.
    else if (!entries.get(row.ref)?.file) {
      const entry = entryFor(row.ref);
      extendPeriod(entry, row.start, row.end);
      if (row.approvedPence === null) continue;
      if (row.fy === null)
        addWholePeriod(entry, row.approvedPence, row.start, row.end, row.evidence, row.recipient);
      else addLineYear(entry, row.line, row.fy, row.approvedPence, row.evidence, names);
    }
  }

  const periods = new PeriodYears();
  for (const entry of entries.values()) finish(entry, periods);
  return { entries, findings };
}

/** The FYs of each distinct period, worked out once (most decisions share a few periods). */
class PeriodYears {
  private readonly byStart = new Map<string, Map<string, FinancialYear[]>>();

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
 * period, then one whole-period row per approval), read straight from the record: no register row is built.
 */
function addRecord(entry: DecisionEntry, record: DecisionRecord, names: LineNames): void {
  if (record.allocations.length > 0) {
    const period = decisionPeriod(record);
    for (const a of record.allocations) {
      extendPeriod(entry, period.start, period.end);
      const evidence: Evidence = { file: record.file, quote: a.quote, offset: a.offset };
      addLineYear(entry, a.line === "" ? null : a.line, a.fy, a.pence, evidence, names);
    }
  }
  for (const a of record.approvals) {
    extendPeriod(entry, a.start, a.end);
    const evidence: Evidence = { file: record.file, quote: a.quote, offset: a.offset };
    addWholePeriod(entry, a.pence, a.start, a.end, evidence, a.recipient);
  }
}

function addWholePeriod(
  entry: DecisionEntry,
  pence: number,
  start: string | null,
  end: string | null,
  evidence: Evidence | null,
  recipient: string | null,
): void {
  entry.wholePeriod.push({ pence, start, end, evidence, recipient });
}

/** An extracted figure for a line (or the decision as a whole, line null) in a FY. */
function addLineYear(
  entry: DecisionEntry,
  line: string | null,
  fy: FinancialYear,
  pence: number,
  evidence: Evidence | null,
  names: LineNames,
): void {
  const key = line === null ? "" : names.key(line);
  if (line !== null && !entry.lineNames.has(key)) entry.lineNames.set(key, line);
  let years = entry.lineYears.get(key);
  if (!years) {
    years = new Map();
    entry.lineYears.set(key, years);
  }
  const had = years.get(fy);
  if (had) had.pence += pence;
  else years.set(fy, { pence, evidence });
}

function addAnalyst(entry: DecisionEntry, row: RegisterRow, names: LineNames, findings: Finding[]): void {
  extendPeriod(entry, row.start, row.end);
  const lineKey = row.line === null ? null : names.key(row.line);
  const resolution: Resolution = {
    note: row.resolution ?? "",
    place: row.place ?? null,
    approvedPence: row.approvedPence,
  };
  if (row.resolution) entry.resolutions.push({ lineKey, fy: row.fy, resolution });
  if (row.approvedPence === null) {
    if (row.fy !== null) (entry.periodFys ??= new Set()).add(row.fy);
    return;
  }
  const figure: ApprovedFigure = { pence: row.approvedPence, evidence: null, resolution };
  entry.hasAnalystFigures = true;
  if (row.fy !== null && lineKey !== null) {
    if (row.line !== null && !entry.lineNames.has(lineKey)) entry.lineNames.set(lineKey, row.line);
    let years = entry.lineYears.get(lineKey);
    if (!years) {
      years = new Map();
      entry.lineYears.set(lineKey, years);
    }
    const slot = `${lineKey}\u0001${row.fy}`;
    const had = years.get(row.fy);
    const slots = (entry.analystLineYears ??= new Set());
    if (had && slots.has(slot)) had.pence += row.approvedPence;
    else {
      if (had) figure.replacedPence = had.pence;
      years.set(row.fy, figure);
      slots.add(slot);
    }
  } else if (row.fy !== null) {
    const overrides = (entry.fyTotalOverrides ??= new Map());
    const had = overrides.get(row.fy);
    if (had) had.pence += row.approvedPence;
    else overrides.set(row.fy, figure);
  } else if (lineKey === null) {
    if (entry.wholeOverride) entry.wholeOverride.pence += row.approvedPence;
    else entry.wholeOverride = figure;
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

function finish(entry: DecisionEntry, periods: PeriodYears): void {
  const fyTotals = entry.fyTotals;
  for (const years of entry.lineYears.values()) {
    years.forEach((fig, fy) => {
      const had = fyTotals.get(fy);
      if (had) had.pence += fig.pence;
      else fyTotals.set(fy, { pence: fig.pence, evidence: fig.evidence });
    });
  }
  if (entry.fyTotalOverrides !== null) {
    for (const [fy, fig] of entry.fyTotalOverrides) {
      const had = fyTotals.get(fy);
      if (had) fig.replacedPence = had.pence;
      fyTotals.set(fy, fig);
    }
  }
  // The entry's own set (from an analyst's rows), if any, is extended in place: it is rebuilt here in any case.
  const fys = entry.periodFys ?? new Set<FinancialYear>();
  for (const fy of fyTotals.keys()) fys.add(fy);
  let undated = false;
  for (const a of entry.wholePeriod) {
    if (!a.start || !a.end) undated = true;
    else if (a.start <= a.end) for (const fy of periods.of(a.start, a.end)) fys.add(fy);
  }
  if (entry.wholeOverride && entry.start && entry.end && entry.start <= entry.end) {
    for (const fy of periods.of(entry.start, entry.end)) fys.add(fy);
  }
  // With undated approvals and no split, the decision does not say which years it covers.
  entry.periodFys = fys.size > 0 && !(undated && entry.fyTotals.size === 0) ? fys : null;
}

/** The money an approval total leaves for the FYs the decision does not split. */
export function unsplitPence(
  entry: DecisionEntry,
): { pence: number; evidence: Evidence | null; resolution?: Resolution } | null {
  if (entry.wholeOverride) {
    const r = entry.wholeOverride;
    return { pence: r.pence, evidence: null, ...(r.resolution ? { resolution: r.resolution } : {}) };
  }
  if (entry.wholePeriod.length === 0) return null;
  let total = 0;
  for (const a of entry.wholePeriod) total += a.pence;
  let split = 0;
  for (const f of entry.fyTotals.values()) split += f.pence;
  return { pence: total - split, evidence: entry.wholePeriod[0]!.evidence };
}
