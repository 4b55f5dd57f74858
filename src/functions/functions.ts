/*
 * The custom functions, in Excel's DR namespace (=DR.FY(A2)). Excel's metadata (functions.json) is generated from
 * these JSDoc blocks at build time, and the build appends the CustomFunctions.associate calls, so this file only
 * declares. Every argument is checked by the one table in function-table.ts; the work is done by src/core.
 */
import { evaluate, streamFromRegister } from "./register-functions";

/**
 * The amount (in pounds) the workbook's Decisions register records as approved for a decision. Updates when the
 * register changes.
 * @customfunction PCD_TOTAL
 * @helpurl https://localhost:3000/assets/help.html#pcd_total
 * @param ref The decision reference, e.g. "PCD 1307".
 * @param [fy] Only this financial year, e.g. "2023/24".
 * @param [line] Only this budget line.
 * @param invocation Streaming invocation (supplied by Excel).
 * @streaming
 */
export function pcdTotal(
  ref: any,
  fy: any,
  line: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamFromRegister(
    "PCD_TOTAL",
    [ref, fy, line],
    invocation as CustomFunctions.StreamingInvocation<unknown>,
  );
}

/**
 * "OK", or the most severe problem the Decisions register shows for a decision. Updates when the register changes.
 * @customfunction PCD_STATUS
 * @helpurl https://localhost:3000/assets/help.html#pcd_status
 * @param ref The decision reference, e.g. "PCD 1307".
 * @param invocation Streaming invocation (supplied by Excel).
 * @streaming
 */
export function pcdStatus(ref: any, invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamFromRegister("PCD_STATUS", [ref], invocation as CustomFunctions.StreamingInvocation<unknown>);
}

/**
 * Who must approve a spend of this amount and kind under the MOPAC scheme of delegation, e.g. "DMPC".
 * @customfunction DELEGATION_LEVEL
 * @helpurl https://localhost:3000/assets/help.html#delegation_level
 * @param amount The amount in pounds, e.g. 650000.
 * @param [kind] The kind of decision, e.g. "business-case" (the default), "grant", "tender", "contract-award".
 * @param [date] The decision's date (default: the scheme in force now).
 * @returns The approving level.
 */
export function delegationLevelOf(amount: any, kind?: any, date?: any): string {
  return evaluate("DELEGATION_LEVEL", [amount, kind, date]) as string;
}

/**
 * The UK financial year (1 April to 31 March) a date falls in, e.g. "2023/24".
 * @customfunction FY
 * @helpurl https://localhost:3000/assets/help.html#fy
 * @param date An Excel date, or text such as "2023-10-01".
 * @returns The financial year label.
 */
export function fy(date: any): string {
  return evaluate("FY", [date]) as string;
}

/**
 * Splits an amount over a period by financial year, quarter or month; spills the labels over the amounts (pounds).
 * @customfunction FY_PROFILE
 * @helpurl https://localhost:3000/assets/help.html#fy_profile
 * @param amount The amount in pounds.
 * @param start First day of the period.
 * @param end Last day of the period.
 * @param [by] "fy" (default), "quarter" or "month".
 * @param [basis] "months" (default) or "days".
 * @returns Two rows: labels, then amounts that add up to the total exactly.
 */
export function fyProfile(amount: any, start: any, end: any, by?: any, basis?: any): any[][] {
  return evaluate("FY_PROFILE", [amount, start, end, by, basis]) as any[][];
}

/**
 * The UK public procurement threshold (pounds) in force on a date, for a sub-central authority such as MOPAC.
 * @customfunction PROCUREMENT_THRESHOLD
 * @helpurl https://localhost:3000/assets/help.html#procurement_threshold
 * @param [date] The date (default: today).
 * @param [category] "services" (default), "works" or "light-touch".
 * @returns The threshold in pounds.
 */
export function procurementThresholdOn(date?: any, category?: any): number {
  return evaluate("PROCUREMENT_THRESHOLD", [date, category]) as number;
}
