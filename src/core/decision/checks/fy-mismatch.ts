import { bringsMoneyIn } from "../approval-words";
import type { Approval } from "../decision-record";
import { isChangeTable } from "../read-table";
import type { Finding } from "../../findings/finding";
import type { CheckContext, DecisionCheck } from "./check-context";
import { agrees, statedTolerance } from "./figure-precision";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf, tablePlace } from "./places";
import { pounds } from "./pounds";
import { approvedYears } from "../decision-period";
import { sentenceSplits } from "./sentence-splits";
import { sentenceSpan } from "./sentences";
import { capitalise, listOf } from "./wording";
import { isNamedByDecidingPart } from "./named-tables";
import { inDecidingPart, statedFigures, type StatedFigure } from "./stated-figures";
import { tableGrandSum } from "../table-sums";
import { fitsAColumn, yearColumns, yearPlaceIn } from "./year-columns";
import { approvedYearlyRates } from "./approved-yearly-rate";

/**
 * FY_MISMATCH: what the text says the decision commits in a financial year ("The financial commitment in 2025/26
 * … will be £205,000") against the sum of that year's column in the allocation table, and against other
 * statements about the same year.
 *
 * Error when the statement speaks of the year's whole commitment ("financial commitment", "total") and matches no
 * figure of the column; warning otherwise (a sentence can describe one line of the table).
 */
export const fyMismatch: DecisionCheck = (ctx) => {
  const out: Finding[] = [];
  const years = statedFigures(ctx).filter((s) => s.kind === "year" && s.fy !== null);
  const decided = yearColumns(ctx, (t) => inDecidingPart(ctx, t.start));
  // A table the deciding parts name ("as set out in Table 1") is decided too, wherever it stands; but one in the
  // report's body (often beside comparison or indicative years) is set only against a year's whole commitment
  // ("The financial commitment in 2027/28 will be £364,000"), not a sentence's part of the year (an increase, a
  // grant, a drawdown).
  const named = yearColumns(ctx, (t) => !inDecidingPart(ctx, t.start) && isNamedByDecidingPart(ctx, t));
  const columns = [...decided, ...named];
  const reported = new Set<StatedFigure>();
  for (const s of years) {
    const matching = (s.emphatic ? columns : decided).filter((c) => c.column.fy === s.fy);
    if (matching.length === 0) continue;
    const tol = statedTolerance(s);
    const fits = fitsAColumn(matching, s, tol);
    if (fits) continue;
    const { table, column } = matching[0]!;
    const message =
      `${capitalise(placeOf(ctx, s.figure.offset))} says ${pounds(s.figure.pence)} for ${s.fy}, but ${yearPlaceIn(matching[0]!)} of ` +
      `${tablePlace(ctx, table)} adds up to ${pounds(column.pence)}. Check which figure the ${s.fy} budget should carry.`;
    reported.add(s);
    out.push(
      makeFinding(ctx, "FY_MISMATCH", s.emphatic && !s.approximate ? "error" : "warning", message, [
        quoteOf(ctx.text, s.figure.offset, s.figure.end),
        ...(column.totalCells.length > 0 ? column.totalCells : column.cells),
      ]),
    );
  }
  // Statements about the same year that disagree with each other (when no table settles it): the year's whole
  // commitment, or its share in a sentence that splits the whole sum approved by year ("with £340,000 in 2025/26 and
  // £260,000 in 2026/27").
  const whole = splitsOfTheWhole(ctx, years);
  // A year's whole commitment against the yearly rate the Recommendation approves for every year of its term
  // ("£150,000 per year for three years, 2025/26 to 2027/28" against "The financial commitment in 2025/26 will be
  // £165,000"), where no table gives the year.
  const rates = approvedYearlyRates(ctx);
  for (const s of years) {
    const rate = rates.get(s.fy!);
    if (reported.has(s) || !rate || !(s.emphatic || whole.has(s))) continue;
    if (columns.some((c) => c.column.fy === s.fy)) continue;
    if (agrees(rate.rate.pence, s.figure.pence, statedTolerance(s))) continue;
    reported.add(s);
    const span = `${rate.years[0]} to ${rate.years.at(-1)}`;
    const message =
      `${capitalise(placeOf(ctx, s.figure.offset))} says ${pounds(s.figure.pence)} for ${s.fy}, but ` +
      `${placeOf(ctx, rate.approval.offset)} approves ${pounds(rate.rate.pence)} a year for ${span} ` +
      `(${pounds(rate.approval.pence)} in all). Check which figure the ${s.fy} budget should carry.`;
    out.push(
      makeFinding(ctx, "FY_MISMATCH", s.emphatic && !s.approximate ? "error" : "warning", message, [
        quoteOf(ctx.text, s.figure.offset, s.figure.end),
        quoteOf(ctx.text, rate.rate.offset, rate.rate.end),
      ]),
    );
  }
  const byYear = new Map<string, StatedFigure[]>();
  for (const s of years) {
    if (reported.has(s) || !(s.emphatic || whole.has(s))) continue;
    byYear.set(s.fy!, [...(byYear.get(s.fy!) ?? []), s]);
  }
  for (const [fy, list] of byYear) {
    if (columns.some((c) => c.column.fy === fy)) continue;
    const first = list[0]!;
    const other = list.find(
      (s) =>
        !agrees(s.figure.pence, first.figure.pence, Math.max(statedTolerance(s), statedTolerance(first))),
    );
    if (!other) continue;
    const message =
      `${capitalise(placeOf(ctx, first.figure.offset))} says ${pounds(first.figure.pence)} for ${fy}, but ` +
      `${placeOf(ctx, other.figure.offset)} says ${pounds(other.figure.pence)}. Check which figure the ${fy} budget should carry.`;
    const exact = !first.approximate && !other.approximate;
    const wholeYear = (x: StatedFigure) => x.emphatic || whole.has(x);
    out.push(
      makeFinding(
        ctx,
        "FY_MISMATCH",
        wholeYear(first) && wholeYear(other) && exact ? "error" : "warning",
        message,
        [
          quoteOf(ctx.text, first.figure.offset, first.figure.end),
          quoteOf(ctx.text, other.figure.offset, other.figure.end),
        ],
      ),
    );
  }
  const splitSentences = new Set<number>();
  out.push(
    ...splitOutsideApprovedYears(ctx, splitSentences),
    ...statedSplitOutsideApprovedYears(ctx, years, splitSentences),
    ...tableOutsideApprovedYears(ctx),
  );
  return out;
};

/** The decision's approvals of spending (not money it brings in), and what they add up to. */
function spending(ctx: CheckContext): { approvals: Approval[]; total: number } {
  const approvals = ctx.record.approvals.filter((a) => a.pence > 0 && !bringsMoneyIn(a.kind));
  return { approvals, total: approvals.reduce((n, a) => n + a.pence, 0) };
}

/**
 * A table that splits the sum approved over years the Recommendation does not approve ("from 1 April 2025 until 31
 * March 2026, at a total financial commitment of £2,610,000" against a table of £1,305,000 in each of 2025/26 and
 * 2026/27): which years the money is for is said two ways. Warning: the sum agrees, the years do not.
 */
function tableOutsideApprovedYears(ctx: CheckContext): Finding[] {
  const { approvals, total } = spending(ctx);
  const years = approvedYears(approvals);
  if (years === null || approvals.length === 0) return [];
  const out: Finding[] = [];
  for (const table of ctx.doc.tables) {
    if (!inDecidingPart(ctx, table.start) || isChangeTable(table)) continue;
    const sum = tableGrandSum(table);
    if (sum === null || sum.pence !== total) continue;
    const outside = sum.columns.filter((c) => c.fy !== null && c.pence > 0 && !years.has(c.fy));
    if (outside.length === 0) continue;
    const spilled = listOf(outside.map((c) => `${pounds(c.pence)} in ${c.fy}`));
    const message =
      `${capitalise(placeOf(ctx, approvals[0]!.offset))} approves ${pounds(total)} for ${listOf([...years].sort())}, ` +
      `but ${tablePlace(ctx, table)} puts ${spilled}, outside the years it approves. ` +
      `Confirm which years the money is for before profiling it.`;
    out.push(
      makeFinding(ctx, "FY_MISMATCH", "warning", message, [
        ...approvals.map((a) => ({ quote: a.quote, offset: a.offset })),
        ...outside.flatMap((c) => (c.totalCells.length > 0 ? c.totalCells : c.cells)),
      ]),
    );
  }
  return out;
}

/**
 * The year statements of sentences that split the whole sum approved by year, each figure its own year: what they
 * say of a year is that year's whole commitment, as plainly as "the financial commitment in 2025/26 will be".
 */
function splitsOfTheWhole(ctx: CheckContext, years: readonly StatedFigure[]): Set<StatedFigure> {
  const { total } = spending(ctx);
  const bySentence = new Map<number, StatedFigure[]>();
  for (const s of years) {
    const start = sentenceSpan(ctx.text, s.figure.offset).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), s]);
  }
  const out = new Set<StatedFigure>();
  for (const list of bySentence.values()) {
    const fys = new Set(list.map((s) => s.fy));
    const sum = list.reduce((n, s) => n + s.figure.pence, 0);
    if (fys.size >= 2 && fys.size === list.length && sum === total) for (const s of list) out.add(s);
  }
  return out;
}

/**
 * A sentence that splits the sum approved over years the Recommendation does not approve ("Approve the transfer of
 * £2m … in 2023/24" against "£1.4m will be transferred in 2023/24 and £0.6m in 2024/25"): which years the money is
 * for is said two ways. Warning: the sum agrees, the years do not.
 */
function splitOutsideApprovedYears(ctx: CheckContext, reportedSentences: Set<number>): Finding[] {
  const { approvals, total } = spending(ctx);
  const years = approvedYears(approvals);
  if (years === null || approvals.length === 0) return [];
  const inApproval = (offset: number) =>
    approvals.some((a) => offset >= a.offset && offset < a.offset + a.quote.length);
  const out: Finding[] = [];
  for (const { start, allocations } of sentenceSplits(ctx, inApproval)) {
    const outside = allocations.filter((a) => !years.has(a.fy));
    if (outside.length === 0 || allocations.reduce((n, a) => n + a.pence, 0) !== total) continue;
    reportedSentences.add(start);
    const place = placeOf(ctx, allocations[0]!.offset);
    const split = listOf(allocations.map((a) => `${pounds(a.pence)} in ${a.fy}`));
    const spilled = listOf(outside.map((a) => `${pounds(a.pence)} in ${a.fy}`));
    const message =
      `${capitalise(placeOf(ctx, approvals[0]!.offset))} approves ${pounds(total)} for ${listOf([...years].sort())}, ` +
      `but ${place} splits it as ${split}: ${spilled} falls outside the years it approves. ` +
      `Confirm which years the money is for before profiling it.`;
    out.push(
      makeFinding(ctx, "FY_MISMATCH", "warning", message, [
        ...approvals.map((a) => ({ quote: a.quote, offset: a.offset })),
        ...allocations.map((a) => ({ quote: a.quote, offset: a.offset })),
      ]),
    );
  }
  return out;
}

/**
 * The same for a split whose years are said in words ("£0.65m will be spent this financial year and £0.6m in
 * 2025-2026" in a decision signed in January 2024, approving April 2024 to March 2026): the year statements of one
 * sentence, each its own year, that add up to the sum approved, one of them for a year the Recommendation does not
 * approve. Sentences already reported from the decision's allocations are not reported again.
 */
function statedSplitOutsideApprovedYears(
  ctx: CheckContext,
  stated: readonly StatedFigure[],
  reportedSentences: ReadonlySet<number>,
): Finding[] {
  const { approvals, total } = spending(ctx);
  const years = approvedYears(approvals);
  if (years === null || approvals.length === 0) return [];
  const inApproval = (offset: number) =>
    approvals.some((a) => offset >= a.offset && offset < a.offset + a.quote.length);
  const bySentence = new Map<number, StatedFigure[]>();
  for (const s of splitsOfTheWhole(ctx, stated)) {
    const start = sentenceSpan(ctx.text, s.figure.offset).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), s]);
  }
  const out: Finding[] = [];
  for (const [start, list] of bySentence) {
    const outside = list.filter((s) => !years.has(s.fy!));
    if (reportedSentences.has(start) || outside.length === 0) continue;
    // The approval's own words split by year are what it approves, not a second account of its years.
    if (list.some((s) => inApproval(s.figure.offset))) continue;
    const split = listOf(list.map((s) => `${pounds(s.figure.pence)} in ${s.fy}`));
    const spilled = listOf(outside.map((s) => `${pounds(s.figure.pence)} in ${s.fy}`));
    const message =
      `${capitalise(placeOf(ctx, approvals[0]!.offset))} approves ${pounds(total)} for ${listOf([...years].sort())}, ` +
      `but ${placeOf(ctx, list[0]!.figure.offset)} splits it as ${split}: ${spilled} falls outside the years it ` +
      `approves. Confirm which years the money is for before profiling it.`;
    out.push(
      makeFinding(ctx, "FY_MISMATCH", "warning", message, [
        ...approvals.map((a) => ({ quote: a.quote, offset: a.offset })),
        ...list.map((s) => quoteOf(ctx.text, s.figure.offset, s.figure.end)),
      ]),
    );
  }
  return out;
}
