import { ReconcilerError } from "../core/errors";
import { mostSevere, type Finding } from "../core/findings/finding";
import type { FinancialYear } from "../core/financial-year/financial-year-label";
import type { Pence } from "../core/money/pence";
import { formatPence } from "../core/money/format-money";
import { REGISTER_SHEET_NAME } from "../core/register/register-columns";
import type { RegisterRow } from "../core/register/register-row";

/** The register as the custom functions see it: its rows, the cells it could not read, and whether it exists. */
export interface RegisterSnapshot {
  exists: boolean;
  rows: RegisterRow[];
  problems: Finding[];
}

function rowsFor(register: RegisterSnapshot, ref: string): RegisterRow[] {
  if (!register.exists) {
    throw new ReconcilerError(
      "NO_TABLE",
      `the workbook has no "${REGISTER_SHEET_NAME}" register table yet: import a decision from the task pane, or add a table named "${REGISTER_SHEET_NAME}"`,
    );
  }
  if (register.rows.length === 0) {
    throw new ReconcilerError(
      "NOT_FOUND",
      `the "${REGISTER_SHEET_NAME}" register is empty, so ${ref} is not in it`,
    );
  }
  const rows = register.rows.filter((r) => r.ref === ref);
  if (rows.length === 0) throw new ReconcilerError("NOT_FOUND", `${ref} is not in the register`);
  return rows;
}

const sameText = (a: string | null, b: string) => (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The approved total the register records for a decision. With a financial year (and optionally a budget line),
 * the rows for that year; with a line alone, that line's rows. Without either: the whole-period rows (approvals,
 * FY blank) where the register has them, else the sum of its per-year rows, so no money is counted twice.
 */
export function registerTotal(
  register: RegisterSnapshot,
  ref: string,
  fy?: FinancialYear,
  line?: string,
): Pence {
  const all = rowsFor(register, ref);
  let rows = all.filter((r) => r.approvedPence !== null);
  if (line !== undefined) rows = rows.filter((r) => sameText(r.line, line));
  if (fy !== undefined) rows = rows.filter((r) => r.fy === fy);
  else {
    const whole = rows.filter((r) => r.fy === null);
    rows = whole.length > 0 ? whole : rows;
  }
  if (rows.length === 0) {
    const what = [fy ? `in ${fy}` : null, line ? `for line ${JSON.stringify(line)}` : null]
      .filter(Boolean)
      .join(" ");
    throw new ReconcilerError(
      "NOT_FOUND",
      `the register has no approved amount for ${ref}${what ? ` ${what}` : ""}`,
    );
  }
  let total = 0;
  for (const r of rows) total += r.approvedPence!;
  return total as Pence;
}

/**
 * What the register says is wrong with a decision's rows, unless an analyst's resolution note settles it: per-year
 * rows that do not add up to the whole-period approval, a period that ends before it starts, a year outside the
 * period, and cells of the decision's rows that could not be read.
 */
export function registerFindings(register: RegisterSnapshot, ref: string): Finding[] {
  const rows = rowsFor(register, ref);
  const findings: Finding[] = [];
  const resolved = rows.some((r) => r.resolution !== null);
  const cells = new Set(rows.map((r) => r.place?.cell).filter(Boolean));
  for (const p of register.problems) {
    if (p.place && cells.has(p.place.cell)) findings.push(p);
  }
  if (resolved) return findings;
  for (const r of rows) {
    if (r.start && r.end && r.end < r.start) {
      findings.push({
        code: "PERIOD_ENDS_BEFORE_START",
        severity: "error",
        message: `${ref}: the period ends (${r.end}) before it starts (${r.start})`,
        quotes: [],
        ref,
      });
    }
  }
  const whole = rows.filter((r) => r.fy === null && r.approvedPence !== null);
  const years = rows.filter((r) => r.fy !== null && r.approvedPence !== null);
  if (whole.length > 0 && years.length > 0) {
    const a = whole.reduce((n, r) => n + r.approvedPence!, 0);
    const b = years.reduce((n, r) => n + r.approvedPence!, 0);
    if (a !== b) {
      findings.push({
        code: "REGISTER_TOTAL_MISMATCH",
        severity: "error",
        message: `${ref}: the yearly rows add up to ${formatPence(b as Pence)} but the approval is ${formatPence(a as Pence)}`,
        quotes: [],
        ref,
      });
    }
  }
  return findings;
}

/** "OK", or the most severe finding as "CODE: message". */
export function registerStatus(register: RegisterSnapshot, ref: string): string {
  const worst = mostSevere(registerFindings(register, ref));
  return worst ? `${worst.code}: ${worst.message}` : "OK";
}
