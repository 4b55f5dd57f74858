/**
 * A problem found in a decision record or a budget table. Shaped like a zod issue: a machine `code`, a `severity`,
 * a plain-English `message` an analyst can act on, and where it came from: quotes from the document (with their
 * character offsets in the extracted text) or a place in a workbook.
 */
export type Severity = "error" | "warning" | "info";

export interface Quote {
  quote: string;
  /** Character offset in the document's extracted text: text.slice(offset, offset + quote.length) === quote. */
  offset: number;
}

export interface WorkbookPlace {
  sheet: string;
  /** A1-style address, e.g. "C7". */
  cell: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  quotes: Quote[];
  /** The decision the finding is about, where known ("PCD 1307"). */
  ref?: string;
  /** For findings about a workbook. */
  place?: WorkbookPlace;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return rank[a.severity] - rank[b.severity];
}

export function mostSevere(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort(bySeverity)[0];
}
