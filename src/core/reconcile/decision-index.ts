import type { DecisionRecord } from "../decision/decision-record";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Finding } from "../findings/finding";
import { registerFromDecision } from "../register/register-from-decisions";
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
  readonly fyTotalOverrides = new Map<FinancialYear, ApprovedFigure>();
  readonly analystLineYears = new Set<string>();

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
    return this.resolutions.find((r) => r.lineKey === null && r.fy === null)?.resolution;
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
    for (const row of registerFromDecision(record)) addExtracted(entry, row, names);
  }

  for (const row of registerRows) {
    if (row.source === "analyst") addAnalyst(entryFor(row.ref), row, names, findings);
    // A copy of a decision's figures (the add-in writes them into the register sheet): the decision file, where it
    // was read, is the authority, so the copy would only count the money twice.
    else if (!entries.get(row.ref)?.file) addExtracted(entryFor(row.ref), row, names);
  }

  const periods = new Map<string, FinancialYear[]>();
  const yearsOf = (start: string, end: string): FinancialYear[] => {
    const key = `${start}|${end}`;
    let fys = periods.get(key);
    if (fys === undefined) {
      fys = financialYearsBetween(start, end);
      periods.set(key, fys);
    }
    return fys;
  };
  for (const entry of entries.values()) finish(entry, yearsOf);
  return { entries, findings };
}

function addExtracted(entry: DecisionEntry, row: RegisterRow, names: LineNames): void {
  extendPeriod(entry, row.start, row.end);
  if (row.approvedPence === null) return;
  if (row.fy === null) {
    entry.wholePeriod.push({
      pence: row.approvedPence,
      start: row.start,
      end: row.end,
      evidence: row.evidence,
      recipient: row.recipient,
    });
    return;
  }
  const key = row.line === null ? "" : names.key(row.line);
  if (row.line !== null && !entry.lineNames.has(key)) entry.lineNames.set(key, row.line);
  let years = entry.lineYears.get(key);
  if (!years) {
    years = new Map();
    entry.lineYears.set(key, years);
  }
  const had = years.get(row.fy);
  if (had) had.pence += row.approvedPence;
  else years.set(row.fy, { pence: row.approvedPence, evidence: row.evidence });
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
  if (row.fy !== null && lineKey !== null) {
    if (row.line !== null && !entry.lineNames.has(lineKey)) entry.lineNames.set(lineKey, row.line);
    let years = entry.lineYears.get(lineKey);
    if (!years) {
      years = new Map();
      entry.lineYears.set(lineKey, years);
    }
    const slot = `${lineKey}\u0001${row.fy}`;
    const had = years.get(row.fy);
    if (had && entry.analystLineYears.has(slot)) had.pence += row.approvedPence;
    else {
      if (had) figure.replacedPence = had.pence;
      years.set(row.fy, figure);
      entry.analystLineYears.add(slot);
    }
  } else if (row.fy !== null) {
    const had = entry.fyTotalOverrides.get(row.fy);
    if (had) had.pence += row.approvedPence;
    else entry.fyTotalOverrides.set(row.fy, figure);
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

function finish(entry: DecisionEntry, yearsOf: (start: string, end: string) => FinancialYear[]): void {
  for (const years of entry.lineYears.values()) {
    for (const [fy, fig] of years) {
      const had = entry.fyTotals.get(fy);
      if (had) had.pence += fig.pence;
      else entry.fyTotals.set(fy, { pence: fig.pence, evidence: fig.evidence });
    }
  }
  for (const [fy, fig] of entry.fyTotalOverrides) {
    const had = entry.fyTotals.get(fy);
    if (had) fig.replacedPence = had.pence;
    entry.fyTotals.set(fy, fig);
  }
  const fys = new Set<FinancialYear>(entry.periodFys ?? []);
  for (const fy of entry.fyTotals.keys()) fys.add(fy);
  for (const a of entry.wholePeriod) {
    if (a.start && a.end && a.start <= a.end) for (const fy of yearsOf(a.start, a.end)) fys.add(fy);
  }
  if (entry.wholeOverride && entry.start && entry.end && entry.start <= entry.end) {
    for (const fy of yearsOf(entry.start, entry.end)) fys.add(fy);
  }
  // With undated approvals and no split, the decision does not say which years it covers.
  const undated = entry.wholePeriod.some((a) => !a.start || !a.end);
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
