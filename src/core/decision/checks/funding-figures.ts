import type { FinancialYear } from "../../financial-year/financial-year-label";
import { inOneYearAfter } from "../approval-words";
import type { Span } from "../decision-document";
import type { CheckContext, MoneyFigure } from "./check-context";
import { ofAnotherDecision } from "./stated-figures";
import { figureClause } from "./figure-clause";
import { financialYearsIn } from "./financial-years";
import { tableAt } from "./places";
import { blockSpan } from "./sentences";

/** A figure the text attributes to a funder or source: "£400,000 by the Ministry of Justice", "MOPAC core funding (£200,000)". */
export interface FundingComponent {
  figure: MoneyFigure;
  /** The source as written: "Ministry of Justice". */
  source: string;
  /** The source made comparable: "home office". */
  key: string;
  /** The paragraph or list item it is in. */
  block: Span;
  /** The financial years its sentence names. */
  years: FinancialYear[];
  /** The one year the figure itself is for ("£930,000 in 2024/25"), or null. */
  ownYear: FinancialYear | null;
  /** Where its sentence starts: a funder's shares year by year in one sentence are read together. */
  sentenceStart: number;
}

/** A figure stated as the total funding: "Total funding for the project is £600,000". */
export interface FundingTotal {
  figure: MoneyFigure;
  block: Span;
}

const word = String.raw`[A-Z][\w'’&.-]*`;
const SOURCE = String.raw`(${word}(?:\s+(?:${word}|of|and|for|the))*)`;
const months =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const notSources =
  /^(?:This|That|These|Those|The|It|Its|Their|Our|We|In|On|At|For|From|By|Each|All|Total|Year|Financial|FY|Q\d)$/;
const fundingNoun = String.raw`(?:[Mm]atch\s+)?(?:[Ff]unding|[Gg]rants?|[Cc]ontributions?|[Ff]unds?|[Bb]udget|monies|[Aa]llocation)`;
/** What a funder gives, named before its sum with "of": a grant, a contribution, funding (not a budget it holds). */
const givenNoun = String.raw`(?:match\s+)?(?:funding|grants?|contributions?|award)`;

const verbThenBy =
  /\b(?:awarded|granted|given|provided|allocated|contributed|contributing|received|receives|receiving|secured|committed)\s+(?:up to\s+|a maximum of\s+|approximately\s+)?$/i;
const byAfter = new RegExp(String.raw`^\s*(?:of\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?${SOURCE}`);
const fromBefore = new RegExp(
  String.raw`\b(?:from|by)\s+(?:the\s+)?${SOURCE}\s+(?:of\s+)(?:up to\s+|a maximum of\s+|approximately\s+)?$`,
);
const nounBracket = new RegExp(
  String.raw`${SOURCE}(?:\s+[a-z]+){0,2}?\s+${fundingNoun}(?:\s+(?:per|under|from|through|via|of)\s+[^£()\n]{1,40}?)?\s*\(\s*$`,
);
const fromAfter = new RegExp(
  String.raw`^\s*(?:of\s+)?(?:${fundingNoun}\s+)?(?:from|by)\s+(?:the\s+)?${SOURCE}`,
);
const sourceGives = new RegExp(
  String.raw`${SOURCE}\s+(?:will\s+|has\s+|have\s+)?(?:contribute|contributes|contributed|contributing|provide|provides|provided|providing|award|awards|awarded|grant|granted)\s+(?:a\s+(?:grant|contribution)\s+of\s+)?(?:up to\s+)?$`,
);
/**
 * "a Home Office grant of", "Ministry of Justice funding of", "MOPAC match funding of": a funder's sum, named before
 * "of" (not "offered MOPAC a grant of", where the name is who receives it).
 */
const nounOf = new RegExp(
  String.raw`${SOURCE}(?:\s+(?!(?:a|an|the|to|for|by)\b)[a-z]+){0,2}?\s+${givenNoun}\s+of\s+(?:up to\s+)?$`,
);
/** "MOPAC's contribution of", "the Home Office's share is": a source's own share, named with the possessive. */
const sourceShare = new RegExp(
  String.raw`${SOURCE}['’]s?\s+(?:match\s+)?(?:contribution|share|funding|grant|award)\s+(?:of|is|will\s+be|totals?)\s+(?:up to\s+)?$`,
);
const fundingTotal =
  /\btotal\s+(?:[\w'’-]+\s+){0,2}?(?:funding|budget|funds|resources|investment|contributions?)\b(?!\s+(?:requirements?|required|requested|request|sought|needed))[^£\n]{0,80}$|\b(?:funding|funds|contributions?)\s+(?:totall?ing|total(?:s)?(?: of)?)\s*(?:up to\s+)?$/i;
const withinTotal = /\bwithin\s+(?:the|a|an|its|their|this)\s+(?:[\w'’-]+\s+){0,2}?total\b/i;

function cleanSource(raw: string): string | null {
  // "Accept Home Office grant funding of": the verb that opens a recommendation is not part of the funder's name.
  let s = raw
    .trim()
    .replace(/^(?:(?:approve|agree|accept|note|confirm|release|allocate|award|endorse)\s+)?(?:the\s+)?/i, "");
  while (/\s+(?:of|and|for|the)$/i.test(s)) s = s.replace(/\s+(?:of|and|for|the)$/i, "");
  s = s.replace(/[’']s$/, "").replace(/\.$/, "");
  if (!s || months.test(s) || notSources.test(s) || /^\d/.test(s)) return null;
  return s;
}

/** "MOPAC's Budget" → "mopac"; "Ministry of Justice grant" → "ministry of justice". */
export function sourceKey(source: string): string {
  return source
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\b(?:the|match|funding|grants?|budget|funds?|contributions?)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const endsWithOf = /\bof\s+(?:up to\s+|a maximum of\s+|approximately\s+)?$/;
const endsWithBracket = /\(\s*$/;
const endsWithShare =
  /['’]s?\s+(?:match\s+)?(?:contribution|share|funding|grant|award)\s+(?:of|is|will\s+be|totals?)\s+(?:up to\s+)?$/;
const endsWithGivenOf = new RegExp(String.raw`\b${givenNoun}\s+of\s+(?:up to\s+)?$`);
const endsWithGiving =
  /(?:contribut|provid|award|grant)\w*\s+(?:a\s+(?:grant|contribution)\s+of\s+)?(?:up to\s+)?$/;

/**
 * The end of `before` the source patterns can reach (they end at the figure and name a source just before it),
 * cut at a space so no name is cut in half. Keeps the end-anchored patterns from being tried all along a long
 * sentence.
 */
function nearEnd(before: string, reach: number): string {
  if (before.length <= reach) return before;
  const cut = before.length - reach;
  const space = before.indexOf(" ", cut);
  return space < 0 ? before.slice(cut) : before.slice(space);
}

function sourceOf(fullBefore: string, after: string): string | null {
  const before = nearEnd(fullBefore, 240);
  if (verbThenBy.test(nearEnd(before, 80))) {
    const m = byAfter.exec(after);
    if (m) return cleanSource(m[1]!);
  }
  const end = nearEnd(before, 60);
  for (const [pattern, ending] of [
    [fromBefore, endsWithOf],
    [nounBracket, endsWithBracket],
    [sourceGives, endsWithGiving],
    [sourceShare, endsWithShare],
    [nounOf, endsWithGivenOf],
  ] as const) {
    // Each pattern names the source before words that end right at the figure: those words are checked first,
    // cheaply, so the source pattern is tried only where it can match.
    if (!ending.test(end)) continue;
    const m = pattern.exec(before);
    if (m) {
      const s = cleanSource(m[1]!);
      if (s) return s;
    }
  }
  const m = fromAfter.exec(after);
  return m ? cleanSource(m[1]!) : null;
}

/** Between a year's share and the next: "… in 2024/25 and ", "… in 2024/25, ". */
const ANOTHER_YEAR =
  /^\s*(?:in|for|during)\s+(?:FY\s?)?(?:20)?\d\d[/-](?:20)?\d\d\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

/** The funding components and funding totals the running text states (tables are left to the table checks). */
export function fundingFigures(ctx: CheckContext): {
  components: FundingComponent[];
  totals: FundingTotal[];
} {
  const components: FundingComponent[] = [];
  const totals: FundingTotal[] = [];
  for (const figure of ctx.figures) {
    if (tableAt(ctx, figure.offset)) continue;
    const clause = figureClause(ctx, figure);
    if (/^\s*(?:per\s+(?:year|annum)|a\s+year|each\s+year)/i.test(clause.after)) continue;
    // "In 2024/25 MOPAC made capital grants of £1,350,000 to five boroughs … (PCD 1745)": another decision's money.
    if (ofAnotherDecision(ctx, clause)) continue;
    const block = blockSpan(ctx.text, figure.offset);
    if (fundingTotal.test(clause.before)) {
      if (!withinTotal.test(clause.before)) totals.push({ figure, block });
      continue;
    }
    const own = inOneYearAfter.exec(clause.after);
    // "MOPAC's contribution of £930,000 in 2024/25 and £930,000 in 2025/26": the second year's share is the same
    // funder's.
    const last = components[components.length - 1];
    const nextYear =
      own !== null &&
      last !== undefined &&
      last.ownYear !== null &&
      last.sentenceStart === clause.sentenceStart &&
      ANOTHER_YEAR.test(clause.before);
    const source = nextYear ? last.source : sourceOf(clause.before, clause.after);
    if (!source) continue;
    const key = sourceKey(source);
    if (!key) continue;
    const ownYears = own === null ? [] : financialYearsIn(own[0]);
    components.push({
      figure,
      source,
      key,
      block,
      years: financialYearsIn(clause.sentence),
      ownYear: ownYears.length === 1 ? ownYears[0]! : null,
      sentenceStart: clause.sentenceStart,
    });
  }
  return { components, totals };
}
