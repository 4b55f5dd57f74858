import { z } from "../core/schema";
import "../core/zod-settings";
import { parseDate } from "../core/dates/parse-date";
import { delegationLevel, knownKinds, mopacScheme } from "../core/delegation";
import { financialYearOf, parseFinancialYear } from "../core/financial-year/financial-year";
import type { FinancialYear } from "../core/financial-year/financial-year-label";
import { parseMoney, parseMoneyCell } from "../core/money/parse-money";
import type { Pence } from "../core/money/pence";
import { profileAmount, type ProfileBasis, type ProfileBucketing } from "../core/profile/profile";
import { normaliseRef } from "../core/references/decision-ref";
import { penceToPoundsNumber } from "../core/report/output-sheet";
import { THRESHOLD_CATEGORIES, procurementThreshold, type ThresholdCategory } from "../core/thresholds";
import { ArgumentError } from "./function-errors";
import { registerStatus, registerTotal, type RegisterSnapshot } from "./register-query";

/**
 * The one declaration of every custom function's arguments, after HyperFormula's `implementedFunctions`: name,
 * what each argument must be, and which are optional. The zod checks are built from it, and the JSDoc wrappers in
 * functions.ts (which Excel's metadata is generated from) only pass their arguments in. A bad argument gets one
 * message shape: `amount must be a number of pounds, got "abc"`.
 */

/** How one kind of argument is read from what Excel passes (numbers, text, booleans, null for omitted). */
interface ArgumentKind<T> {
  /** Completes "… must be …". */
  expected: string;
  read(value: unknown): T;
}

const show = (v: unknown) =>
  typeof v === "string"
    ? JSON.stringify(v)
    : typeof v === "number"
      ? String(v)
      : (JSON.stringify(v) ?? String(v));

const text = (v: unknown): string => {
  if (typeof v !== "string" || v.trim() === "") throw new Error("not text");
  return v.trim();
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T => {
    const t = text(v).toLowerCase();
    const found = values.find((x) => x === t);
    if (!found) throw new Error("not one of");
    return found;
  };

export const argumentKinds = {
  pounds: {
    expected: "a number of pounds",
    read: (v: unknown): Pence =>
      typeof v === "string"
        ? parseMoney(v)
        : typeof v === "number"
          ? parseMoneyCell(v)
          : (() => {
              throw new Error("not money");
            })(),
  },
  date: {
    expected: 'a date (an Excel date, or text such as "2023-10-01")',
    read: (v: unknown): string => {
      if (typeof v === "boolean") throw new Error("not a date");
      return parseDate(v as string | number);
    },
  },
  financialYear: {
    expected: 'a financial year such as "2023/24"',
    read: (v: unknown): FinancialYear => parseFinancialYear(text(v)),
  },
  ref: {
    expected: 'a decision reference such as "PCD 1307"',
    read: (v: unknown): string => {
      const ref = normaliseRef(typeof v === "number" ? `PCD ${v}` : text(v));
      if (ref === null) throw new Error("not a reference");
      return ref;
    },
  },
  text: { expected: "text", read: text },
  kind: { expected: "text naming a kind of decision", read: text },
  by: { expected: '"fy", "quarter" or "month"', read: oneOf<ProfileBucketing>(["fy", "quarter", "month"]) },
  basis: { expected: '"months" or "days"', read: oneOf<ProfileBasis>(["months", "days"]) },
  category: {
    expected: `one of ${THRESHOLD_CATEGORIES.map((c) => `"${c}"`).join(", ")}`,
    read: oneOf<ThresholdCategory>(THRESHOLD_CATEGORIES),
  },
} satisfies Record<string, ArgumentKind<unknown>>;

type Kinds = typeof argumentKinds;
type KindName = keyof Kinds;
type ValueOf<K extends KindName> = ReturnType<Kinds[K]["read"]>;

export interface ArgumentDeclaration<K extends KindName = KindName> {
  name: string;
  kind: K;
  optional?: boolean;
}

/** Omitted optional arguments arrive as null (or undefined, or an empty cell's ""). */
const isOmitted = (v: unknown) => v === null || v === undefined || v === "";

/** The zod schema of one argument, from its declaration. */
export function argumentSchema(decl: ArgumentDeclaration): z.ZodType<unknown> {
  const kind: ArgumentKind<unknown> = argumentKinds[decl.kind];
  return z.unknown().transform((value, ctx) => {
    if (isOmitted(value)) {
      if (decl.optional) return undefined;
      ctx.addIssue({ code: "custom", message: `${decl.name} is required: expected ${kind.expected}` });
      return z.NEVER;
    }
    try {
      return kind.read(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `${decl.name} must be ${kind.expected}, got ${show(value)}` });
      return z.NEVER;
    }
  });
}

/** Declares a function: its arguments, and what it computes from them once checked. */
function declare<const A extends readonly ArgumentDeclaration[], R>(
  args: A,
  run: (
    values: {
      [I in keyof A]: A[I] extends ArgumentDeclaration<infer K>
        ? A[I]["optional"] extends true
          ? ValueOf<K> | undefined
          : ValueOf<K>
        : never;
    },
    register: RegisterSnapshot,
  ) => R,
  needsRegister = false,
) {
  return {
    args,
    run,
    needsRegister,
    schema: z.tuple(args.map(argumentSchema) as unknown as [z.ZodType, ...z.ZodType[]]),
  };
}

/** Today's date where the function's caller is (the workbook's machine), as ISO. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const functionTable = {
  PCD_TOTAL: declare(
    [
      { name: "ref", kind: "ref" },
      { name: "fy", kind: "financialYear", optional: true },
      { name: "line", kind: "text", optional: true },
    ] as const,
    ([ref, fy, line], register) => penceToPoundsNumber(registerTotal(register, ref, fy, line)),
    true,
  ),
  PCD_STATUS: declare(
    [{ name: "ref", kind: "ref" }] as const,
    ([ref], register) => registerStatus(register, ref),
    true,
  ),
  DELEGATION_LEVEL: declare(
    [
      { name: "amount", kind: "pounds" },
      { name: "kind", kind: "kind", optional: true },
      { name: "date", kind: "date", optional: true },
    ] as const,
    ([amount, kind, date]) => {
      const scheme = mopacScheme();
      const q = { amountPence: amount, kind: kind ?? knownKinds(scheme)[0]! };
      return delegationLevel(scheme, date === undefined ? q : { ...q, date }).level;
    },
  ),
  FY: declare([{ name: "date", kind: "date" }] as const, ([date]) => financialYearOf(date) as string),
  FY_PROFILE: declare(
    [
      { name: "amount", kind: "pounds" },
      { name: "start", kind: "date" },
      { name: "end", kind: "date" },
      { name: "by", kind: "by", optional: true },
      { name: "basis", kind: "basis", optional: true },
    ] as const,
    ([amount, start, end, by, basis]) => {
      const profile = profileAmount({
        totalPence: amount,
        start,
        end,
        by: by ?? "fy",
        basis: basis ?? "months",
      });
      return [profile.buckets.map((b) => b.label), profile.buckets.map((b) => penceToPoundsNumber(b.pence))];
    },
  ),
  PROCUREMENT_THRESHOLD: declare(
    [
      { name: "date", kind: "date", optional: true },
      { name: "category", kind: "category", optional: true },
    ] as const,
    ([date, category]) =>
      penceToPoundsNumber(
        procurementThreshold({ date: date ?? todayIso(), category: category ?? "services" }).pence,
      ),
  ),
};

export type FunctionName = keyof typeof functionTable;

/** Checks the arguments against the table; throws ArgumentError with the first problem's message. */
export function checkArguments(name: FunctionName, args: readonly unknown[]): unknown[] {
  const entry = functionTable[name];
  const padded = entry.args.map((_, i) => args[i]);
  const parsed = entry.schema.safeParse(padded);
  if (!parsed.success) throw new ArgumentError(parsed.error.issues[0]?.message ?? `${name}: bad arguments`);
  return parsed.data as unknown[];
}

/** Runs a function of the table on checked arguments. */
export function runFunction(
  name: FunctionName,
  checked: unknown[],
  register: RegisterSnapshot = { exists: false, rows: [], problems: [] },
): unknown {
  const entry = functionTable[name] as unknown as { run: (v: unknown[], r: RegisterSnapshot) => unknown };
  return entry.run(checked, register);
}
