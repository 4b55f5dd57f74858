import type { DecisionRecord } from "../core/decision/decision-record";
import { registerFromDecision } from "../core/register/register-from-decisions";
import { diffRegisterImport, type RegisterConflict } from "../core/register/register-import-diff";
import type { RegisterRow } from "../core/register/register-row";
import type { RegisterSheetRow } from "../core/register/register-sheet-cells";

/**
 * What adding a decision to the register would do, before anything is written: rows to add, rows already there,
 * rows the add-in wrote earlier that the decision now gives differently (replaced only if the analyst says so), and
 * rows an analyst wrote or edited that differ (never overwritten: the analyst's values stay the truth).
 */
export interface ImportPlan {
  record: DecisionRecord;
  added: RegisterRow[];
  unchanged: RegisterRow[];
  /** Conflicts with rows the add-in wrote and nobody edited since: replaceable, after asking. */
  replaceable: RegisterConflict[];
  /** Conflicts with rows an analyst wrote or edited: kept as they are. */
  kept: RegisterConflict[];
  /** The rows the register already holds for this decision, whoever wrote them. */
  existing: RegisterSheetRow[];
}

export function planImport(record: DecisionRecord, register: readonly RegisterSheetRow[]): ImportPlan {
  const diff = diffRegisterImport(register, registerFromDecision(record));
  const existing = register.filter((r) => r.row.ref === record.ref);
  return {
    existing,
    record,
    added: diff.added,
    unchanged: diff.unchanged,
    replaceable: diff.conflicts.filter((c) => c.existing.writtenBy === "add-in"),
    kept: diff.conflicts.filter((c) => c.existing.writtenBy === "analyst"),
  };
}

/**
 * Whether the plan needs the analyst's answer before writing: the register holds this decision differently, or
 * holds rows for it and the import would add more beside them (an analyst may have moved a row to another year or
 * line; adding the decision's own row again would count the money twice).
 */
export function needsAnswer(plan: ImportPlan): boolean {
  return (
    plan.replaceable.length > 0 || plan.kept.length > 0 || (plan.added.length > 0 && plan.existing.length > 0)
  );
}
