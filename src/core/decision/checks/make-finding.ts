import type { Finding, Quote, Severity } from "../../findings/finding";
import type { CheckContext } from "./check-context";

/**
 * A quote of the text between two offsets, trimmed of surrounding spaces, so that
 * `text.slice(offset, offset + quote.length) === quote` holds by construction.
 */
export function quoteOf(text: string, start: number, end: number): Quote {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { quote: text.slice(s, e), offset: s };
}

/** Quotes in text order, without repeats or quotes contained in another. */
export function distinctQuotes(quotes: readonly Quote[]): Quote[] {
  const sorted = [...quotes]
    .filter((q) => q.quote.length > 0)
    .sort((a, b) => a.offset - b.offset || b.quote.length - a.quote.length);
  const out: Quote[] = [];
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (last && q.offset >= last.offset && q.offset + q.quote.length <= last.offset + last.quote.length)
      continue;
    out.push(q);
  }
  return out;
}

/** A finding about this decision, with its quotes in text order. */
export function makeFinding(
  ctx: CheckContext,
  code: string,
  severity: Severity,
  message: string,
  quotes: readonly Quote[],
): Finding {
  const finding: Finding = { code, severity, message, quotes: distinctQuotes(quotes) };
  if (ctx.record.ref) finding.ref = ctx.record.ref;
  return finding;
}
