import type { FinancialYear } from "../financial-year/financial-year-label";
import { financialYearInHeaderText } from "./financial-year-cells";

/**
 * What a column of an allocation table holds, recognised from its header:
 * - ref: the decision reference (Decision, PCD, Ref, Decision ref, Reference)
 * - line: the budget line (Service, Line, Project, Programme, Budget line, Service name)
 * - provider: who receives the money (Provider, Recipient, Supplier)
 * - fundingSource: where the money comes from (Funding source, Source of funds, Funding)
 * - fy: the financial year of each row, in a long table (FY, Year, Financial year)
 * - amount: the figure of each row, in a long table (Amount, Budget, Allocation, Value (£))
 * - fyAmount: the figure for one financial year, in a wide table ("23/24 Allocation", "2024/25", "FY 2025-26")
 */
export type ColumnRole = "ref" | "line" | "provider" | "fundingSource" | "fy" | "amount" | "fyAmount";

export interface ColumnHeading {
  role: ColumnRole;
  /** For fyAmount: the year the column holds. */
  fy?: FinancialYear;
  /** For amounts in thousands or millions ("£000", "£k", "£m"): pounds per unit written. */
  scale?: number;
}

// "(£000)", "£'000", "(000s)", "£k", "£m", "£ millions": figures written in thousands or millions of pounds.
const SCALE_MARK =
  /(?<![0-9])\(?\s*(?:£\s*'?000s?|'?000s|£\s*k|£\s*thousands?|£\s*m(?:illions?)?|£\s*mn)\s*\)?(?![a-z0-9])/i;

function scaleOf(mark: string): number {
  return /m/i.test(mark) ? 1_000_000 : 1_000;
}

/**
 * Header names by role, written as people write them. Matching ignores case, spaces and punctuation, so
 * "Decision Ref.", "decision-ref" and "DECISION_REF" are the same heading; "£" and "GBP" are ignored too.
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ColumnRole, "fyAmount">, readonly string[]>> = {
  ref: [
    "Decision",
    "PCD",
    "Ref",
    "Decision ref",
    "Reference",
    "Decision reference",
    "Decision no",
    "Decision number",
    "PCD ref",
    "PCD no",
    "PCD number",
    "Ref no",
    "Reference no",
    "Reference number",
    "Decision ID",
    "DMPCD",
    "Decisions",
  ],
  line: [
    "Service",
    "Line",
    "Project",
    "Programme",
    "Program",
    "Budget line",
    "Service name",
    "Project name",
    "Programme name",
    "Line item",
    "Services",
    "Projects",
    "Programmes",
    "Service line",
    "Service / project",
  ],
  provider: [
    "Provider",
    "Recipient",
    "Supplier",
    "Provider name",
    "Recipient name",
    "Supplier name",
    "Grant recipient",
    "Providers",
    "Recipients",
    "Suppliers",
  ],
  fundingSource: [
    "Funding source",
    "Source of funds",
    "Funding",
    "Source of funding",
    "Fund source",
    "Funding stream",
    "Fund",
  ],
  fy: ["FY", "Year", "Financial year", "Fin year", "Budget year"],
  amount: [
    "Amount",
    "Budget",
    "Allocation",
    "Value",
    "Value (£)",
    "Allocated",
    "Budget amount",
    "Budget allocation",
    "Allocation amount",
    "Amount allocated",
    "Grant amount",
    "Funding amount",
    "Amounts",
  ],
};

/** "Decision Ref." → "decisionref": lower-case letters and digits only (£, GBP and punctuation dropped). */
export function headerKey(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += text[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  if (out.length > 3 && out.endsWith("gbp")) out = out.slice(0, -3);
  return out;
}

const roleByKey: ReadonlyMap<string, Exclude<ColumnRole, "fyAmount">> = (() => {
  const m = new Map<string, Exclude<ColumnRole, "fyAmount">>();
  for (const [role, names] of Object.entries(HEADER_SYNONYMS) as [
    Exclude<ColumnRole, "fyAmount">,
    string[],
  ][]) {
    for (const name of names) m.set(headerKey(name), role);
  }
  return m;
})();

/** Words that mark a year column as something other than the budget (compared against the header key). */
const NOT_BUDGET_WORDS = [
  "actual",
  "outturn",
  "forecast",
  "spend",
  "spent",
  "variance",
  "remaining",
  "balance",
  "change",
];

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The role a header names, or null when it names none of them.
 *
 * @example classifyHeader("Decision Ref.") // { role: "ref" }
 * @example classifyHeader("23/24 Allocation") // { role: "fyAmount", fy: "2023/24" }
 * @example classifyHeader("Notes") // null
 */
export function classifyHeader(text: string): ColumnHeading | null {
  if (text.length > 80) return null;
  let scale: number | undefined;
  let plain = text;
  if (text.includes("£") || text.includes("000")) {
    const m = SCALE_MARK.exec(text);
    if (m) {
      scale = scaleOf(m[0]);
      plain = text.slice(0, m.index) + " " + text.slice(m.index + m[0].length);
    }
  }
  const key = headerKey(plain);
  if (key === "") return null;
  const role = roleByKey.get(key);
  if (role) return role === "amount" && scale ? { role, scale } : { role };
  if (!hasDigit(plain)) return null;
  const fy = financialYearInHeaderText(plain);
  if (!fy) return null;
  // "2023/24 Actual", "Forecast 2024/25", "Variance 23/24": figures of the year, but not its budget.
  for (const word of NOT_BUDGET_WORDS) if (key.includes(word)) return null;
  return scale ? { role: "fyAmount", fy, scale } : { role: "fyAmount", fy };
}
