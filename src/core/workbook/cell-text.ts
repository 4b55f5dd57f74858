import type { CellValue } from "./grid";

/** True for an empty cell: null, or a string of spaces only. */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // space, tab, CR, LF, no-break space
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** A cell as the text a person sees (trimmed), or null when blank. Numbers and booleans become their text. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  return String(value);
}

/** How a cell's value is quoted in a message: text in quotes, numbers as written. */
export function quoteCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "(blank)";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** A cell's value as plain text for a report ("TBC", "1360000.5", "TRUE"); "" for blank. */
export function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
