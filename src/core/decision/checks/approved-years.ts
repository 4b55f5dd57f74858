import { financialYearsBetween } from "../../financial-year/financial-year";
import type { Approval } from "../decision-record";

/** The financial years the approvals' periods cover; null where any approval is undated (its years are not said). */
export function approvedYears(approvals: readonly Approval[]): Set<string> | null {
  const years = new Set<string>();
  for (const a of approvals) {
    if (a.start === null || a.end === null || a.start > a.end) return null;
    for (const fy of financialYearsBetween(a.start, a.end)) years.add(fy);
  }
  return years;
}
