import type { BudgetRow } from "../allocations/budget-row";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";
import type { Evidence } from "../register/register-row";
import { checkOf, type Group } from "./budget-group";
import { sayGroup } from "./group-message";
import type { Check, ReconciliationRow, ReconciliationStatus, Resolution } from "./reconciliation";

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
    return this.#g.approvedPence;
  }
  get variancePence(): Pence | null {
    return this.#g.variancePence;
  }
  get status(): ReconciliationStatus {
    return this.#g.status;
  }
  get evidence(): Evidence | null {
    return this.#g.evidence;
  }
  get check(): Check {
    return checkOf(this.#g);
  }
  get resolution(): Resolution | undefined {
    return this.#g.resolution;
  }
  get suggestedPence(): Pence | undefined {
    return this.#g.detail?.suggested;
  }
  get message(): string {
    const d = this.#g.more();
    return (d.said ??= sayGroup(this.#g));
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

/**
 * Every budget row's result, in the order of the rows: the view of each row and the group `groupOf` says it was
 * checked in. `cellLines` has the rows whose line was read from their reference cell.
 */
export function resultRows(
  budgetRows: readonly BudgetRow[],
  groupOf: Int32Array,
  groups: readonly Group[],
  cellLines: ReadonlyMap<number, string>,
): ReconciliationRow[] {
  const n = budgetRows.length;
  const rows = new Array<ReconciliationRow>(n);
  for (let i = 0; i < n; i++) {
    const b = budgetRows[i]!;
    rows[i] = new ResultRow(b, b.line ?? cellLines.get(i) ?? null, groups[groupOf[i]!]!);
  }
  return rows;
}
