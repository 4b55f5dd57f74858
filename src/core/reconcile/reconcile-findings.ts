/** The findings of a reconciliation: the decisions' own, the analyst's overrides, and the workbook's. */
import { bySeverity } from "../findings/finding";
import { formatPounds } from "../money/format-money";
import type { Pence } from "../money/pence";
import { type ApprovedFigure, type DecisionEntry, type DecisionIndex, yearFigures } from "./decision-index";
import type { ReconcileInput } from "./reconcile";
import type { ReconciliationFinding } from "./reconciliation";

const money = (p: number): string => formatPounds(p as Pence);

export function collectFindings(
  input: ReconcileInput,
  index: DecisionIndex,
  /** What the matching itself found (budget rows paid from another source than the decision's). */
  matching: readonly ReconciliationFinding[] = [],
): ReconciliationFinding[] {
  const out: ReconciliationFinding[] = [];
  const entries = index.entries;
  for (const d of index.recordsWithFindings) {
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
  // Only the entries the register gives something to have an analyst's figure, or no decision file.
  for (const entry of index.registered) {
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
  out.push(...index.findings);
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
  out.push(...matching);
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
  const approved = entry.wholePeriodPence();
  if (entry.wholePeriodCount > 0 && approved !== fig.pence) {
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
