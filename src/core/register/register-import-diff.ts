import type { RegisterRow } from "./register-row";
import type { RegisterSheetRow } from "./register-sheet-cells";

/**
 * What importing a decision into the workbook's register would change, worked out before anything is written, so
 * the task pane can show it and ask. Rows are matched on (ref, line, financial year) and, where a decision has
 * several rows with the same key (two whole-period approvals), on their order.
 */
export type RegisterField = "line" | "fy" | "approvedPence" | "recipient" | "start" | "end" | "fundingSource";

/** The fields an import compares. The analyst's resolution note is never compared, and never overwritten. */
export const COMPARED_FIELDS: readonly RegisterField[] = [
  "line",
  "fy",
  "approvedPence",
  "recipient",
  "start",
  "end",
  "fundingSource",
];

export interface FieldDifference {
  field: RegisterField;
  /** What the workbook's register holds now. */
  register: string | number | null;
  /** What the decision says. */
  decision: string | number | null;
}

export interface RegisterConflict {
  key: string;
  /** The row in the workbook, with its place and who last wrote it. */
  existing: RegisterSheetRow;
  incoming: RegisterRow;
  differences: FieldDifference[];
}

export interface RegisterImportDiff {
  added: RegisterRow[];
  unchanged: RegisterRow[];
  conflicts: RegisterConflict[];
}

function baseKey(r: RegisterRow): string {
  return [r.ref, r.line ?? "", r.fy ?? ""].join("|").toLowerCase();
}

/** Keys made unique by their order of appearance: "pcd 1307||#2" for the second whole-period row. */
export function keyedRows<T>(rows: readonly T[], rowOf: (t: T) => RegisterRow): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const t of rows) {
    const k = baseKey(rowOf(t));
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(`${k}#${n}`, t);
  }
  return out;
}

/** The field-by-field differences between a register row and a decision's row (empty when they agree). */
export function registerRowDifferences(existing: RegisterRow, incoming: RegisterRow): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const field of COMPARED_FIELDS) {
    const a = existing[field] ?? null;
    const b = incoming[field] ?? null;
    if (a !== b) out.push({ field, register: a, decision: b });
  }
  return out;
}

/**
 * Sorts a decision's register rows into those the register lacks (added), already holds as they are (unchanged),
 * and holds differently (conflicts, with each differing field).
 */
export function diffRegisterImport(
  existing: readonly RegisterSheetRow[],
  incoming: readonly RegisterRow[],
): RegisterImportDiff {
  const refs = new Set(incoming.map((r) => r.ref));
  const have = keyedRows(
    existing.filter((e) => refs.has(e.row.ref)),
    (e) => e.row,
  );
  const diff: RegisterImportDiff = { added: [], unchanged: [], conflicts: [] };
  for (const [key, row] of keyedRows(incoming, (r) => r)) {
    const found = have.get(key);
    if (!found) {
      diff.added.push(row);
      continue;
    }
    const differences = registerRowDifferences(found.row, row);
    if (differences.length === 0) diff.unchanged.push(row);
    else diff.conflicts.push({ key, existing: found, incoming: row, differences });
  }
  return diff;
}
