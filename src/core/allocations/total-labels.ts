/**
 * Labels of total rows: "Total", "Sub-total", "Subtotal", "Grand total", "Total PCD 1307", "Outreach total".
 * - subtotal: covers the body rows since the previous subtotal or total
 * - total: a bare total ("Total", "Grand total", "Total budget"), normally covering every body row
 * - qualified: a total of something named ("Total PCD 1307"), a block total unless its figures say otherwise
 */
export type TotalKind = "subtotal" | "total" | "qualified";

/** Case-insensitive "contains 'total'" without allocating: the cheap check run on every label cell. */
export function mentionsTotal(text: string): boolean {
  const n = text.length - 4;
  for (let i = 0; i < n; i++) {
    if (
      (text.charCodeAt(i) | 32) === 116 &&
      (text.charCodeAt(i + 1) | 32) === 111 &&
      (text.charCodeAt(i + 2) | 32) === 116 &&
      (text.charCodeAt(i + 3) | 32) === 97 &&
      (text.charCodeAt(i + 4) | 32) === 108
    ) {
      return true;
    }
  }
  return false;
}

const BARE_TOTALS = new Set([
  "total",
  "totals",
  "grand total",
  "overall total",
  "total budget",
  "total allocation",
  "total allocations",
  "total amount",
  "total funding",
]);

/**
 * The kind of total a label names, or null when it is not a total label.
 *
 * @example totalKind("Sub-total") // "subtotal"
 * @example totalKind("Total PCD 1307") // "qualified"
 * @example totalKind("Totally Safe") // null
 */
export function totalKind(text: string): TotalKind | null {
  if (!mentionsTotal(text)) return null;
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return null;
  const joined = words.join(" ");
  const first = words[0];
  const last = words[words.length - 1];
  if (
    first === "subtotal" ||
    last === "subtotal" ||
    joined.startsWith("sub total") ||
    joined.endsWith("sub total")
  ) {
    return "subtotal";
  }
  if (BARE_TOTALS.has(joined)) return "total";
  if (first === "total" || first === "totals" || last === "total" || last === "totals") return "qualified";
  if (first === "grand" && words[1] === "total") return "total";
  return null;
}
