import type { CheckContext, MoneyFigure } from "./check-context";
import { sentenceSpan } from "./sentences";

/** A sum and the sources its sentence says pay for it: "£30.0m …, to be funded from £18.5m of … income and £9.5m from …". */
export interface FundedFromParts {
  total: MoneyFigure;
  /** The sentence says what the sum is made up of ("a pooled budget of £2,400,000, made up of contributions from …"). */
  madeOf: boolean;
  parts: { figure: MoneyFigure; source: string }[];
}

/**
 * The words after a sum that say what pays for it, with no other sum between: "to be funded from", "which will be met
 * by", "financed through".
 */
const fundedPhrase =
  /^[^£.;]{0,160}?\b(?:(?:funded|financed|met|paid\s+for|resourced)\s+(?:(?:entirely|wholly|fully|jointly)\s+)?(?:from|by|through|out\s+of)|(?:made\s+up|composed|comprised)\s+of|compris(?:ing|es)|consist(?:ing|s)\s+of)\b/i;

/** The phrase says what the sum is made of (a pool of contributions), not what pays for it. */
const madeOfPhrase = /\b(?:made\s+up|composed|comprised|compris(?:ing|es)|consist(?:ing|s))\b[^£]*$/i;

/** Words that make a list the money of the bodies it names: "contributions from", "NHS England funding (£1,000,000)". */
const contributionsListed = /\b(?:contributions?|funding|grants?)\b/i;

/** Words that make the sources only some of the sum: "with the remainder met from", "partly funded from". */
export const partial =
  /\b(?:remainder|remaining|balance|rest|partly|partially|part[- ]funded|in\s+part|towards|contribution\s+to|shortfall|gap|of\s+which)\b/i;

/** Between the sources: "£18.5m of … income and £9.5m from …", "X (£18.5m), Y (£6m) and Z (£3.5m)". */
const separator = /\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+|\s*&\s*/g;

/** Words of a part that are not its source: joining words, its year ("in 2026-27"), a grant or contribution "of". */
const notSource =
  /\b(?:in|for|during)\s+(?:FY\s?)?(?:20)?\d\d[/-](?:20)?\d\d\b|^\s*(?:(?:of|from|by|through|out\s+of|via|with)\s+)+|\b(?:a|an)\s+(?:contribution|grant|drawdown|transfer)\s+of\b|[()]/gi;

function sourceOf(words: string): string {
  let s = words
    .replace(notSource, " ")
    .replace(/[\s;:,.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  s = s
    .replace(/^(?:(?:of|from|by|the|a|an|additional|further|new)\s+)+/i, "")
    // "contributions from NHS England (£1,000,000)": the source is the body the contributions come from.
    .replace(/^(?:contributions?|funding|grants?)\s+(?:from|by)\s+(?:the\s+)?/i, "")
    .replace(/\s+(?:of|from|by|the)$/i, "")
    // "MOPAC's contribution of £450K from the … budget": the words either side of the sum read as one.
    .replace(/\bof\s+(from|by)\b/i, "$1");
  return s;
}

/** "The GLA's Business Rates Reserve" and "business rates reserve" are one source. */
export function keyOf(source: string): string {
  return source
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\b(?:the|funding|funds?)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The sums whose sentence goes on to say which sources pay for them, two or more sources each with its own sum
 * ("approves additional funding of £30.0m to MOPAC in 2026-27 …, to be funded from £18.5m of retained business rates
 * income and £9.5m from the GLA's Business Rates Reserve"; "… from retained business rates income (£18.5m) and the
 * GLA's Business Rates Reserve (£9.5m)"). Not where the sources pay only part ("with the remainder met from …"), a source is
 * larger than the sum (the budget it is met from), or
 * the sums after the phrase are years' shares of one source ("£200,000 in 2024/25 and £300,000 in 2025/26").
 */
export function fundedFromParts(ctx: CheckContext): FundedFromParts[] {
  const out: FundedFromParts[] = [];
  const figures = ctx.figures;
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    const span = sentenceSpan(ctx.text, total.offset);
    const rest = ctx.text.slice(total.end, span.end);
    const phrase = fundedPhrase.exec(rest);
    if (phrase === null) continue;
    const from = total.end + phrase[0].length;
    const later = figures.slice(i + 1).filter((f) => f.offset >= from && f.end <= span.end);
    if (later.length < 2 || partial.test(ctx.text.slice(total.end, span.end))) continue;
    const madeOf = madeOfPhrase.test(phrase[0]);
    // What a sum is made up of is its funders' money only where the list says so ("made up of contributions from
    // …"), not a split of its cost ("comprising capital of £4.18m and revenue of £2.24m").
    if (madeOf && !contributionsListed.test(ctx.text.slice(from, span.end))) continue;
    const parts = partsOf(ctx.text, from, span.end, later, madeOf);
    // A source larger than the sum is what it is taken out of ("met from the existing contract value of £1,480,000").
    if (parts === null || parts.some((p) => p.figure.pence >= total.pence)) continue;
    const keys = new Set(parts.map((p) => keyOf(p.source)));
    if (keys.size !== parts.length) continue;
    out.push({ total, parts, madeOf });
  }
  return out;
}

/** The region's parts, each one sum and the words naming its source; null where a part has no source or two sums. */
export function partsOf(
  text: string,
  from: number,
  to: number,
  figures: readonly MoneyFigure[],
  madeOf: boolean,
): FundedFromParts["parts"] | null {
  // Cut the region at separators outside the figures; a piece without a sum ("grants" of "grants and contributions of
  // £140.1m") joins the next.
  const pieces: { start: number; end: number }[] = [];
  let at = from;
  const region = text.slice(from, to);
  for (const m of region.matchAll(separator)) {
    const cut = from + m.index!;
    if (figures.some((f) => cut > f.offset && cut < f.end)) continue;
    pieces.push({ start: at, end: cut });
    at = cut + m[0].length;
  }
  pieces.push({ start: at, end: to });
  const parts: FundedFromParts["parts"] = [];
  let carried = "";
  for (const p of pieces) {
    const inside = figures.filter((f) => f.offset >= p.start && f.end <= p.end);
    const words = text.slice(p.start, p.end);
    if (inside.length === 0) {
      // A list of what a sum is made up of ends where words without a sum follow its parts ("…, and approval to
      // award a contract …").
      if (madeOf && parts.length >= 2) break;
      carried += `${words} and `;
      continue;
    }
    if (inside.length > 1) return null;
    const f = inside[0]!;
    const source = sourceOf(carried + text.slice(p.start, f.offset) + " " + text.slice(f.end, p.end));
    carried = "";
    if (!/[A-Za-z]{3}/.test(source)) return null;
    parts.push({ figure: f, source });
  }
  // Words after the last sum ("…, subject to the final settlement") name no further source.
  return parts.length < 2 ? null : parts;
}
