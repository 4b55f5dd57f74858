import type { Finding, Quote } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import type { CheckContext, DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { fundingFigures, type FundingComponent, type FundingTotal } from "./funding-figures";
import { fundedFromParts } from "./funded-from-parts";
import { fundersOfWhole } from "./funders-of-the-whole";
import {
  percentKey,
  percentWords,
  shareAtItsPercentage,
  sharesOfWhole,
  sharesOff,
} from "./percentage-shares";
import { capitalise, listOf } from "./wording";

/** Within £1: pence rounding ("£199,999.60" written elsewhere as "£200,000"). */
const ROUNDING = 100;

interface Issue {
  severity: "warning" | "info";
  text: string;
  quotes: Quote[];
  /** Offsets of the figures involved, to merge issues about the same figures into one finding. */
  figures: Set<number>;
}

function q(ctx: CheckContext, c: { figure: { offset: number; end: number } }): Quote {
  return quoteOf(ctx.text, c.figure.offset, c.figure.end);
}

function sameYears(a: FundingComponent, b: FundingComponent): boolean {
  if (a.years.length === 0 || b.years.length === 0) return true;
  return a.years.length === b.years.length && a.years.every((y) => b.years.includes(y));
}

/**
 * A funder's shares year by year in one sentence ("MOPAC's contribution of £930,000 in 2024/25 and £930,000 in
 * 2025/26") as one figure over those years: it is compared with the funder's share over the period, not year by year.
 */
function yearSharesAdded(components: readonly FundingComponent[]): FundingComponent[] {
  const out: FundingComponent[] = [];
  for (const c of components) {
    const earlier = out.find(
      (o) =>
        o.key === c.key &&
        o.sentenceStart === c.sentenceStart &&
        o.ownYear !== null &&
        c.ownYear !== null &&
        !o.years.includes(c.ownYear),
    );
    if (earlier === undefined) {
      out.push(c.ownYear === null ? c : { ...c, years: [c.ownYear] });
      continue;
    }
    out[out.indexOf(earlier)] = {
      ...earlier,
      figure: { ...earlier.figure, pence: (earlier.figure.pence + c.figure.pence) as Pence },
      years: [...earlier.years, c.ownYear!],
    };
  }
  return out;
}

/** Same-source figures in different paragraphs that disagree. */
function sourceIssues(ctx: CheckContext, components: readonly FundingComponent[]): Issue[] {
  const out: Issue[] = [];
  const bySource = new Map<string, FundingComponent[]>();
  for (const c of yearSharesAdded(components)) bySource.set(c.key, [...(bySource.get(c.key) ?? []), c]);
  for (const list of bySource.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.block.start === b.block.start || !sameYears(a, b) || a.figure.pence === b.figure.pence)
          continue;
        const diff = Math.abs(a.figure.pence - b.figure.pence);
        const rounding = diff < ROUNDING;
        out.push({
          severity: rounding ? "info" : "warning",
          text: rounding
            ? `The ${a.source} figure is ${pounds(a.figure.pence)} in ${placeOf(ctx, a.figure.offset)} and ${pounds(b.figure.pence)} in ${placeOf(ctx, b.figure.offset)}: a rounding difference of ${pounds(diff)}.`
            : `${capitalise(a.source)} funding is stated as ${pounds(a.figure.pence)} in ${placeOf(ctx, a.figure.offset)} but as ${pounds(b.figure.pence)} in ${placeOf(ctx, b.figure.offset)}.`,
          quotes: [q(ctx, a), q(ctx, b)],
          figures: new Set([a.figure.offset, b.figure.offset]),
        });
      }
    }
  }
  return out;
}

/** Components of one paragraph (from two or more sources) against the funding total they should make. */
function sumIssues(
  ctx: CheckContext,
  components: readonly FundingComponent[],
  totals: readonly FundingTotal[],
): Issue[] {
  const out: Issue[] = [];
  const byBlock = new Map<number, FundingComponent[]>();
  for (const c of components) byBlock.set(c.block.start, [...(byBlock.get(c.block.start) ?? []), c]);
  const distinctTotals = [...new Set(totals.map((t) => t.figure.pence))];
  for (const [blockStart, group] of byBlock) {
    if (new Set(group.map((c) => c.key)).size < 2) continue;
    const total =
      totals.find((t) => t.block.start === blockStart) ??
      (distinctTotals.length === 1 ? totals[0] : undefined);
    if (!total) continue;
    const sum = group.reduce((s, c) => s + c.figure.pence, 0);
    const diff = Math.abs(sum - total.figure.pence);
    if (diff === 0) continue;
    const parts = `${group.map((c) => pounds(c.figure.pence)).join(" + ")} = ${pounds(sum)}`;
    const where = placeOf(ctx, group[0]!.figure.offset);
    const totalWhere = placeOf(ctx, total.figure.offset);
    const totalText = `the ${pounds(total.figure.pence)} total funding${totalWhere === where ? "" : ` stated in ${totalWhere}`}`;
    out.push({
      severity: diff < ROUNDING ? "info" : "warning",
      text:
        diff < ROUNDING
          ? `In ${where}, the funding parts (${group.map((c) => c.source).join(", ")}) add up to ${parts} against ${totalText}: a rounding difference of ${pounds(diff)}.`
          : `In ${where}, the funding from ${group.map((c) => `${c.source} (${pounds(c.figure.pence)})`).join(" and ")} adds up to ${pounds(sum)}, which does not make ${totalText} (a difference of ${pounds(diff)}).`,
      quotes: [...group.map((c) => q(ctx, c)), q(ctx, total)],
      figures: new Set([...group.map((c) => c.figure.offset), total.figure.offset]),
    });
  }
  return out;
}

/**
 * A sum whose sentence names the sources that pay for it, each with its own sum, that do not add up to it: "additional
 * funding of £30.0m …, to be funded from £18.5m of retained business rates income and £9.5m from the GLA's Business
 * Rates Reserve".
 */
function fundedFromIssues(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const { total, parts, madeOf } of fundedFromParts(ctx)) {
    const sum = parts.reduce((n, p) => n + p.figure.pence, 0);
    const diff = Math.abs(sum - total.pence);
    if (diff === 0) continue;
    const where = placeOf(ctx, total.offset);
    const from = parts.map((p) => `${p.source} (${pounds(p.figure.pence)})`).join(" and ");
    out.push({
      severity: diff < ROUNDING ? "info" : "warning",
      text:
        diff < ROUNDING
          ? `In ${where}, the funding parts (${parts.map((p) => p.source).join(", ")}) add up to ${pounds(sum)} against the ${pounds(total.pence)} they fund: a rounding difference of ${pounds(diff)}.`
          : `In ${where}, ${pounds(total.pence)} is ${madeOf ? "made up of" : "to be funded from"} ${from}, which add up to ${pounds(sum)} (a difference of ${pounds(diff)}).`,
      quotes: [q(ctx, { figure: total }), ...parts.map((p) => q(ctx, p))],
      figures: new Set([total.offset, ...parts.map((p) => p.figure.offset)]),
    });
  }
  return out;
}

/**
 * A sentence naming the funders that pay for the thing decided, each with its sum, that do not make its whole cost:
 * the total it states after them ("…, a total of £1.25m"), or else what the decision approves ("The pilot is co-funded
 * by a … grant of £750,000 and MOPAC's contribution of £450K" against a grant of £1.25m).
 */
function fundersOfWholeIssues(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const { subject, parts, total, approvals, whole } of fundersOfWhole(ctx)) {
    const sum = parts.reduce((n, p) => n + p.figure.pence, 0);
    const diff = Math.abs(sum - whole);
    if (diff === 0) continue;
    const where = placeOf(ctx, parts[0]!.figure.offset);
    const from = parts.map((p) => `${p.source} (${pounds(p.figure.pence)})`).join(" and ");
    const against =
      total !== null
        ? `the ${pounds(whole)} total it states`
        : `the ${pounds(whole)} ${listOf([...new Set(approvals.map((a) => placeOf(ctx, a.offset)))])} approve${approvals.length > 1 ? "" : "s"}`;
    out.push({
      severity: diff < ROUNDING ? "info" : "warning",
      text:
        diff < ROUNDING
          ? `In ${where}, the funding parts (${parts.map((p) => p.source).join(", ")}) add up to ${pounds(sum)} against ${against}: a rounding difference of ${pounds(diff)}.`
          : `In ${where}, ${subject.replace(/^The\b/, "the").replace(/^This\b/, "this")} is funded by ${from}, which add up to ${pounds(sum)}, not ${against} (a difference of ${pounds(diff)}).`,
      quotes: [
        ...parts.map((p) => q(ctx, p)),
        ...(total !== null
          ? [q(ctx, { figure: total })]
          : approvals.map((a) => ({ quote: a.quote, offset: a.offset }))),
      ],
      figures: new Set([...(total !== null ? [total.offset] : []), ...parts.map((p) => p.figure.offset)]),
    });
  }
  return out;
}

/**
 * Shares of a joint sum given as percentages with their sums ("MOPAC 35% (£495,000), NHS England 45% (£825,000) and
 * … Camden 20% (£330,000)") whose sums are not those percentages of the whole they make. The same shares restated in
 * another paragraph are one issue.
 */
function percentageIssues(ctx: CheckContext): Issue[] {
  const bySignature = new Map<string, { issue: Issue; places: string[] }>();
  for (const s of sharesOfWhole(ctx)) {
    const off = sharesOff(s);
    if (off.length === 0) continue;
    const signature = s.shares.map((x) => `${percentKey(x)}:${x.figure.pence}`).join(",");
    const quotes = s.shares.flatMap((x) => [
      quoteOf(ctx.text, x.percentAt.offset, x.percentAt.end),
      quoteOf(ctx.text, x.figure.offset, x.figure.end),
    ]);
    const figures = s.shares.map((x) => x.figure.offset);
    const where = placeOf(ctx, s.shares[0]!.figure.offset);
    const known = bySignature.get(signature);
    if (known) {
      known.issue.quotes.push(...quotes);
      figures.forEach((f) => known.issue.figures.add(f));
      known.places.push(where);
      continue;
    }
    const wrong = off.map(
      (x) =>
        `${pounds(x.figure.pence)} is ${percentWords(BigInt(x.figure.pence) * 100n, BigInt(s.whole))} of it, not ${percentWords(x.units, x.scale)} (${percentWords(x.units, x.scale)} would be ${pounds(shareAtItsPercentage(s, x))})`,
    );
    const shares = s.shares
      .map((x) => `${percentWords(x.units, x.scale)} (${pounds(x.figure.pence)})`)
      .join(", ");
    bySignature.set(signature, {
      issue: {
        severity: "warning",
        text: `the shares ${shares} make ${pounds(s.whole)} between them, but ${listOf(wrong)}: it is unclear whether each funder's share is the sum or the percentage.`,
        quotes,
        figures: new Set(figures),
      },
      places: [where],
    });
  }
  return [...bySignature.values()].map(({ issue, places }) => ({
    ...issue,
    text: `In ${listOf([...new Set(places)])}, ${issue.text}`,
  }));
}

function merge(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const into = out.find(
      (o) => o.severity === issue.severity && [...issue.figures].some((f) => o.figures.has(f)),
    );
    if (into) {
      into.text += ` ${issue.text}`;
      into.quotes.push(...issue.quotes);
      issue.figures.forEach((f) => into.figures.add(f));
    } else out.push({ ...issue, quotes: [...issue.quotes], figures: new Set(issue.figures) });
  }
  return out;
}

/**
 * FUNDING_FIGURES_DISAGREE (warning) and FUNDING_ROUNDING (info): the figures the text attributes to funders do not
 * add up to the total funding it states, or the same funder's contribution is given as two different amounts.
 * Differences under £1 are rounding (info); anything more is a warning: the funding of the decision is unclear.
 */
export const fundingBreakdown: DecisionCheck = (ctx) => {
  const { components, totals } = fundingFigures(ctx);
  const fundedFrom = [...fundedFromIssues(ctx), ...fundersOfWholeIssues(ctx)];
  // A sum and its sources said in one sentence are reported once, as that sentence's issue.
  const said = new Set(fundedFrom.flatMap((i) => [...i.figures]));
  const sums = sumIssues(ctx, components, totals).filter((i) => ![...i.figures].some((f) => said.has(f)));
  const issues = merge([...fundedFrom, ...sourceIssues(ctx, components), ...sums, ...percentageIssues(ctx)]);
  return issues.map((i): Finding =>
    makeFinding(
      ctx,
      i.severity === "warning" ? "FUNDING_FIGURES_DISAGREE" : "FUNDING_ROUNDING",
      i.severity,
      i.severity === "warning"
        ? `${i.text} Confirm with the finance team how the decision is funded before profiling it.`
        : `${i.text} No action is needed beyond using one figure consistently.`,
      i.quotes,
    ),
  );
};
