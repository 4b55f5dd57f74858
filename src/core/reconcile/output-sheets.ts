import { type OutputSheet } from "../report/output-sheet";
import type { CellValue, Workbook } from "../workbook/grid";
import type { Reconciliation } from "./reconciliation";

/**
 * The sheets reconciliation writes into a workbook, as plain values (money in pence) so that every host renders the
 * same: "Reconciliation" (one row per budget row and FY), "Findings" and "Profiles" (suggested profiles for
 * approvals with no split by year). A hidden marker sheet lists the sheets the tool wrote, so a re-run replaces only
 * those, never a user's sheet that happens to share a name.
 */
export const RECONCILIATION_SHEET = "Reconciliation";
export const FINDINGS_SHEET = "Findings";
export const PROFILES_SHEET = "Profiles";
export const OWNED_SHEETS_MARKER = "reconciler-owned-sheets";
export const MARKER_HEADER = ["Sheet written by decision-reconciler", "Its purpose"] as const;

export function reconciliationSheet(r: Reconciliation): OutputSheet {
  return {
    name: RECONCILIATION_SHEET,
    statusColumn: 9,
    columns: [
      { header: "Sheet", kind: "text", width: 16 },
      { header: "Row", kind: "integer", width: 6 },
      { header: "Cell", kind: "text", width: 7 },
      { header: "Ref", kind: "text", width: 11 },
      { header: "Line", kind: "text", width: 28 },
      { header: "FY", kind: "text", width: 9 },
      { header: "Budget", kind: "money", width: 15 },
      { header: "Approved", kind: "money", width: 15 },
      { header: "Variance", kind: "money", width: 15 },
      { header: "Status", kind: "status", width: 22 },
      { header: "Checked with", kind: "text", width: 24 },
      { header: "Message", kind: "text", width: 60 },
      { header: "Evidence", kind: "text", width: 50 },
      { header: "Decision file", kind: "text", width: 18 },
      { header: "Offset", kind: "integer", width: 8 },
      { header: "Resolution", kind: "text", width: 40 },
    ],
    rows: r.rows.map((x) => [
      x.sheet,
      x.row,
      x.cell,
      x.ref ?? x.refText,
      x.line,
      x.fy,
      x.budgetPence,
      x.approvedPence,
      x.variancePence,
      x.status,
      x.check.rows > 1 || x.check.fys.length > 1 ? `${x.check.rows} rows, ${x.check.fys.join(", ")}` : null,
      x.message,
      x.evidence?.quote ?? null,
      x.evidence?.file ?? null,
      x.evidence?.offset ?? null,
      x.resolution
        ? `${x.resolution.note}${x.resolution.place ? ` (${x.resolution.place.sheet}!${x.resolution.place.cell})` : ""}`
        : null,
    ]),
  };
}

export function findingsSheet(r: Reconciliation): OutputSheet {
  return {
    name: FINDINGS_SHEET,
    columns: [
      { header: "Severity", kind: "text", width: 9 },
      { header: "Code", kind: "text", width: 26 },
      { header: "Ref", kind: "text", width: 11 },
      { header: "Message", kind: "text", width: 80 },
      { header: "Quotes", kind: "text", width: 60 },
      { header: "Place", kind: "text", width: 18 },
      { header: "Decision file", kind: "text", width: 18 },
    ],
    rows: r.findings.map((f) => [
      f.severity,
      f.code,
      f.ref ?? null,
      f.message,
      f.quotes.length ? f.quotes.map((q) => `"${q.quote}" (offset ${q.offset})`).join("; ") : null,
      f.place ? `${f.place.sheet}!${f.place.cell}` : null,
      f.file ?? null,
    ]),
  };
}

export function profilesSheet(r: Reconciliation): OutputSheet {
  const rows: CellValue[][] = [];
  for (const p of r.profiles) {
    for (const b of p.buckets) {
      const inBudget = p.budgetByFy[b.label] ?? 0;
      rows.push([
        p.ref,
        p.file,
        p.totalPence,
        p.start,
        p.end,
        b.label,
        b.start,
        b.end,
        b.pence,
        inBudget,
        inBudget - b.pence,
      ]);
    }
    if (p.buckets.length === 0) {
      rows.push([
        p.ref,
        p.file,
        p.totalPence,
        p.start || null,
        p.end || null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  }
  return {
    name: PROFILES_SHEET,
    columns: [
      { header: "Ref", kind: "text", width: 11 },
      { header: "Decision file", kind: "text", width: 18 },
      { header: "Approved total", kind: "money", width: 16 },
      { header: "Period start", kind: "date", width: 12 },
      { header: "Period end", kind: "date", width: 12 },
      { header: "FY", kind: "text", width: 9 },
      { header: "From", kind: "date", width: 12 },
      { header: "To", kind: "date", width: 12 },
      { header: "Suggested profile", kind: "money", width: 17 },
      { header: "In budget", kind: "money", width: 15 },
      { header: "Budget less profile", kind: "money", width: 18 },
    ],
    rows,
  };
}

/** The three sheets, in the order they are written. */
export function reconciliationOutputSheets(r: Reconciliation): OutputSheet[] {
  return [reconciliationSheet(r), findingsSheet(r), profilesSheet(r)];
}

/**
 * The sheets of a workbook the tool wrote on an earlier run: those its marker sheet lists whose header row is still
 * the tool's own. Names of the marker sheet itself are included. Budget-table recognition skips these.
 */
export function ownedSheetNames(workbook: Workbook): Set<string> {
  const owned = new Set<string>();
  const marker = workbook.sheets.find((g) => g.sheet === OWNED_SHEETS_MARKER);
  if (!marker) return owned;
  owned.add(marker.sheet);
  for (const row of marker.rows.slice(1)) {
    const name = row[0];
    if (typeof name !== "string") continue;
    const grid = workbook.sheets.find((g) => g.sheet === name);
    const purpose = row[1];
    if (grid && typeof purpose === "string" && headerSignature(grid.rows[0] ?? []) === purpose)
      owned.add(name);
  }
  return owned;
}

/** How the marker records a sheet's header, so a sheet renamed over ours is not mistaken for ours. */
export function headerSignature(header: readonly CellValue[]): string {
  return header
    .filter((v) => v !== null && v !== "")
    .map((v) => String(v))
    .join("|");
}
