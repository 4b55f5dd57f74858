import type { CellValue } from "../core/workbook/grid";

/** A cell as the grid view shows it: text as written, numbers as stored (no rounding), TRUE/FALSE, blank. */
export function cellDisplay(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Integer pence as "£1,234.56" (exact: no floating point). */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(pence));
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, "0")}`;
}
