import type { Finding, Quote, Severity } from "../../findings/finding";
import type { Approval } from "../decision-record";
import { bringsMoneyIn, fundsSpendingBeside, monthlyRateAtEnd, yearlyRateAtEnd } from "../approval-words";
import { approvedYears, singleFinancialYear } from "../decision-period";
import type { DocumentTable, TableCell } from "../decision-document";
import type { CheckContext, DecisionCheck } from "./check-context";
import { agrees, PENCE_ROUNDING, shareOf, statedTolerance } from "./figure-precision";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf, tablePlace } from "./places";
import { pounds } from "./pounds";
import { capitalise, listOf } from "./wording";
import { inDecidingPart, statedFigures, type StatedFigure } from "./stated-figures";
import { isChangeTable } from "../read-table";
import { isFundersTable } from "../read-allocations";
import { columnSums, tableGrandSum } from "../table-sums";
import { NOT_THE_SPLIT, sentenceSplits } from "./sentence-splits";
import { financialYearsIn } from "./financial-years";
import { instalmentsAfter, splitAsBefore, yearSplitAfter } from "../parts-said-with-the-sum";
import { sentenceSpan } from "./sentences";
import { recipientShares } from "../recipient-shares";
import { movesMoneyOnly } from "./money-moved-table";
import { approvedColumns } from "../approved-columns";
import { isNamedBeside, isNamedByDecidingPart } from "./named-tables";

/** Differences under £1 are pence rounding, not a different total. */

interface Claim {
  pence: number;
  tolerance: number;
  approximate: boolean;
  /** "the Executive Summary states £845,000" */
  says: string;
  place: string;
  quotes: Quote[];
  fromTable: boolean;
  /**
   * A table the approval's own sentence names ("Approve the 2026/27 capital programme of £412.6m, as set out in Table
   * 1"): it sets out the sum approved, so its contradicting the sum is as plain as the words'.
   */
  namedByApproval?: boolean;
  /** How far the figure may be off because it is rounded as written ("£2.7m": £50,000), where it is not approximate. */
  rounding?: number;
  /** The parts a total is said with in its sentence: it agrees where one of them is what the decision approves. */
  parts?: number[];
  /**
   * Claims to be the whole of the sum (the instalments it is paid in, a year split naming all its years, a total said
   * as the maximum itself), so less than a ceiling does not keep to it.
   */
  whole?: boolean;
  /**
   * A statement in words that calls itself the decision's total, or a split by year naming every year approved (not a
   * table's sum, shares, or a split of some years): under a ceiling the decision states elsewhere, it must make it.
   */
  statesTotal?: boolean;
  /** Its contradicting the sum is a warning only (a split of a ceiling or an estimate). */
  warnOnly?: boolean;
}

function subsetSums(values: readonly number[]): number[] {
  if (values.length > 12) return [...new Set([values.reduce((s, v) => s + v, 0), ...values])];
  const sums = new Set<number>();
  for (let mask = 1; mask < 1 << values.length; mask++) {
    let s = 0;
    values.forEach((v, i) => {
      if (mask & (1 << i)) s += v;
    });
    sums.add(s);
  }
  return [...sums];
}

/** A rate written to the pound stands for anything within 50p of it ("£95,833 per month" for £1,150,000 a year). */
const HALF_POUND = 50;

/**
 * How far an approval may be from an exact amount: 5% where it is approximate; where it is read from a rate ("£95,833
 * per month" for twelve months), the rate's rounding as written times the number of periods (twelve times 50p).
 */
function approvalTolerance(a: Approval): number {
  if (a.qualifier === "approximately") return shareOf(a.pence, 1, 20);
  if (!monthlyRateAtEnd.test(a.quote) && !yearlyRateAtEnd.test(a.quote)) return 0;
  const rate = /^£\s*([\d,]+)(\.\d\d)?(?!\s*(?:[mk]\b|bn|million|thousand|billion))/i.exec(a.quote);
  if (rate === null || rate[2] !== undefined) return 0;
  const ratePence = Number(rate[1]!.replace(/,/g, "")) * 100;
  if (ratePence <= 0 || a.pence <= ratePence) return 0;
  return Math.round(a.pence / ratePence) * HALF_POUND;
}

function statementClaim(ctx: CheckContext, s: StatedFigure): Claim {
  const place = placeOf(ctx, s.figure.offset);
  return {
    pence: s.figure.pence,
    tolerance: statedTolerance(s),
    approximate: s.approximate || s.tolerance > 0,
    ...(s.approximate ? {} : { rounding: s.tolerance }),
    says: `${place} states ${s.figure.quote.startsWith("£") ? pounds(s.figure.pence) : s.figure.quote}`,
    place,
    quotes: [quoteOf(ctx.text, s.figure.offset, s.figure.end)],
    fromTable: false,
    statesTotal: true,
    ...(s.parts ? { parts: s.parts } : {}),
    ...(s.ceiling ? { whole: true } : {}),
  };
}

/**
 * A claim that the words' parts make the approved sum: "Financial Comments 3.1 splits it by year as £195,000 +
 * £180,000 = £375,000". Each part is a quote of a figure and its pence (`pence`, where the quotes do not carry them).
 */
function partsClaim(
  ctx: CheckContext,
  verb: string,
  parts: readonly (Quote & { pence?: number })[],
  pence: readonly number[] = parts.map((p) => p.pence!),
): Claim {
  const sum = pence.reduce((n, p) => n + p, 0);
  const place = placeOf(ctx, parts[0]!.offset);
  return {
    pence: sum,
    tolerance: PENCE_ROUNDING,
    approximate: false,
    says: `${place} ${verb} ${pence.map((p) => pounds(p)).join(" + ")} = ${pounds(sum)}`,
    place,
    quotes: parts.map((p) => ({ quote: p.quote, offset: p.offset })),
    fromTable: false,
  };
}

/** A sentence of what is added each year ("The additional £30,000 in 2024/25, £50,000 in 2025/26 …"): no split. */
const MORE_EACH_YEAR = /\b(?:additional|further|extra|increase[ds]?|uplift|revised|saving)\b/i;

/** True where `years` (each once) are every year of `period`: the split names all the years the money is for. */
function coversAll(years: readonly string[], period: ReadonlySet<string>): boolean {
  return (
    new Set(years).size === years.length && years.length === period.size && years.every((y) => period.has(y))
  );
}

/**
 * The sentences that split the approved money by year ("The grant will be paid as £195,000 in 2025/26 and £180,000 in
 * 2026/27"), over no year outside the approvals' periods: each claims its sum as the total. A split naming every year
 * approved claims to be the whole, a ceiling's too ("up to £890,000" beside "paid … as £415,000 in 2025/26 and
 * £445,000 in 2026/27" for 2025/26 and 2026/27 is £30,000 short); a warning where the sum is a ceiling or estimate.
 * Read from the allocations where the sentence gives them, and from the years' figures where a table gives them.
 */
function splitClaims(
  ctx: CheckContext,
  approvals: readonly Approval[],
  inApproval: (offset: number) => boolean,
): Claim[] {
  const periodYears = approvedYears(approvals);
  if (periodYears === null) return [];
  const ceilingOrEstimate = approvals.some((a) => a.qualifier !== "exact");
  const claims: Claim[] = [];
  const asWhole = (claim: Claim, years: readonly string[]): Claim =>
    coversAll(years, periodYears)
      ? { ...claim, statesTotal: true, ...(ceilingOrEstimate ? { warnOnly: true } : {}) }
      : claim;
  const seen = new Set<number>();
  for (const { start, allocations } of sentenceSplits(ctx, inApproval)) {
    if (allocations.some((a) => !periodYears.has(a.fy))) continue;
    seen.add(start);
    const claim = partsClaim(ctx, "splits it by year as", allocations);
    claims.push(
      asWhole(
        claim,
        allocations.map((a) => a.fy),
      ),
    );
  }
  // The years' figures of one sentence, where a table, not the sentence, gives the allocations.
  const bySentence = new Map<number, StatedFigure[]>();
  for (const s of statedFigures(ctx)) {
    if (s.kind !== "year" || s.fy === null || s.approximate || inApproval(s.figure.offset)) continue;
    const start = sentenceSpan(ctx.text, s.figure.offset).start;
    if (!seen.has(start)) bySentence.set(start, [...(bySentence.get(start) ?? []), s]);
  }
  for (const [start, stated] of bySentence) {
    const years = stated.map((s) => s.fy!);
    if (stated.length < 2 || !coversAll(years, periodYears)) continue;
    const sentence = ctx.text.slice(start, sentenceSpan(ctx.text, start).end);
    // Only a sentence that says the money is paid or spent as its years' figures ("The grant will be paid quarterly
    // in arrears as £415,000 in 2025/26 and …"): not what is additional each year, nor revised annual values.
    if (NOT_THE_SPLIT.test(sentence) || MORE_EACH_YEAR.test(sentence)) continue;
    if (!splitAsBefore(ctx.text.slice(start, stated[0]!.figure.offset))) continue;
    const claim = partsClaim(
      ctx,
      "splits it by year as",
      stated.map((s) => ({ ...quoteOf(ctx.text, s.figure.offset, s.figure.end), pence: s.figure.pence })),
    );
    claims.push(asWhole(claim, years));
  }
  return claims;
}

/**
 * The split by year an approval's own sentence gives its sum ("Approve capital expenditure of £2,850,000 …, of which
 * £1,250,000 in 2025/26 and £1,500,000 in 2026/27"), naming every year the approval runs: it claims to make the sum.
 * Each is checked against its own approval alone (another approved beside it is no part of it).
 */
function ownYearSplitFindings(
  ctx: CheckContext,
  approvals: readonly Approval[],
  others: readonly Claim[],
): Finding[] {
  const out: Finding[] = [];
  for (const a of approvals) {
    const period = approvedYears([a]);
    if (period === null) continue;
    const end = a.offset + a.quote.length;
    const parts = yearSplitAfter(ctx.text, ctx.figures, end, sentenceSpan(ctx.text, a.offset).end);
    if (parts.length === 0) continue;
    // Where the split gives the allocations (no table does), the sentence's split is already a claim.
    if (others.some((c) => c.quotes.some((q) => q.offset === parts[0]!.offset))) continue;
    const years = parts.map((m) => financialYearsIn(ctx.text.slice(m.end, m.end + 40))[0] ?? "");
    if (!coversAll(years, period)) continue;
    const claim = partsClaim(
      ctx,
      "splits it by year as",
      parts.map((m) => ({ ...quoteOf(ctx.text, m.offset, m.end), pence: m.pence })),
    );
    const split: Claim = {
      ...claim,
      statesTotal: true,
      ...(a.qualifier !== "exact" ? { warnOnly: true } : {}),
    };
    out.push(...againstApprovals(ctx, [a], [split], [], others));
  }
  return out;
}

/**
 * The instalments an approval's own sentence pays it in ("a capital grant of up to £800,000 …, to be released in two
 * tranches of £450,000 in 2025/26 and £300,000 in 2026/27"): they claim to make the whole sum, a ceiling too. Where the
 * sum is a ceiling or an estimate, their not making it is a warning.
 */
function instalmentClaims(ctx: CheckContext, approvals: readonly Approval[]): Claim[] {
  const claims: Claim[] = [];
  for (const a of approvals) {
    const end = a.offset + a.quote.length;
    const found = instalmentsAfter(ctx.text, ctx.figures, end, sentenceSpan(ctx.text, a.offset).end);
    if (found.length === 0) continue;
    const claim = partsClaim(
      ctx,
      "pays it in instalments of",
      found.map((m) => ({ quote: m.quote, offset: m.offset, pence: m.pence })),
    );
    claims.push({ ...claim, whole: true, approximate: a.qualifier !== "exact" });
  }
  return claims;
}

/**
 * The paragraphs that share an approval out among the recipients it lists ("The proposed grants are £45,000 to Safer
 * London and £60,000 to St Giles Trust …"): each claims its shares' sum as the approval's.
 */
function shareClaims(ctx: CheckContext, approvals: readonly Approval[]): Claim[] {
  const claims: Claim[] = [];
  for (const a of approvals) {
    const shares = recipientShares(ctx.doc, a);
    if (shares === null) continue;
    claims.push(partsClaim(ctx, "shares it among its recipients as", shares));
  }
  return claims;
}

/** Before a year's share of what a re-profile moves: "into 2025/26 (", "… and 2026/27 (". */
const YEAR_SHARE_BEFORE =
  /(?:\binto\b|\band\b|,)[^£.;]*?(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d[ \t]*\([ \t]*$/i;
/** After one: "£2,400,000 into 2025/26", "£600,000 is re-profiled into 2026/27". */
const INTO_YEAR_AFTER =
  /^[ \t]*(?:is[ \t]+)?(?:re-?profiled[ \t]+)?into[ \t]+(?:FY[ \t]?)?(?:20)?\d\d[/-](?:20)?\d\d\b/i;

/**
 * Where a re-profile says where the money it moves goes, year by year ("£3,200,000 … out of 2024/25, into 2025/26
 * (£2,400,000) and 2026/27 (£600,000)"): what goes in claims to be what comes out.
 */
function moveClaims(ctx: CheckContext, approvals: readonly Approval[]): Claim[] {
  const claims: Claim[] = [];
  for (const a of approvals) {
    if (a.kind !== "re-profile") continue;
    const span = sentenceSpan(ctx.text, a.offset);
    let since = a.offset + a.quote.length;
    const parts: typeof ctx.figures = [];
    for (const f of ctx.figures) {
      if (f.offset < since || f.offset >= span.end) continue;
      const between = ctx.text.slice(since, f.offset);
      const share =
        (/\binto\b/i.test(ctx.text.slice(a.offset, f.offset)) && YEAR_SHARE_BEFORE.test(between)) ||
        INTO_YEAR_AFTER.test(ctx.text.slice(f.end, span.end));
      if (share) parts.push(f);
      since = f.end;
    }
    if (parts.length < 2) continue;
    claims.push(
      partsClaim(
        ctx,
        "moves it into the years as",
        parts.map((f) => quoteOf(ctx.text, f.offset, f.end)),
        parts.map((f) => f.pence),
      ),
    );
  }
  return claims;
}

function tableClaim(
  ctx: CheckContext,
  table: DocumentTable,
  approvals: readonly Approval[],
  everything: readonly Approval[],
): Claim | null {
  // A budget before and after a change ("Approved | Re-profile | Revised") states no total of what is approved.
  if (isChangeTable(table)) return null;
  const grand = approvedSum(table, everything);
  if (!grand) return null;
  // Money moved between budgets (a virement: -£350,000 from one head, £350,000 to another) nets to nothing: the
  // table states no total of what is approved.
  if (movesMoneyOnly(table)) return null;
  // A table of a contract's history ("Original contract (PCD 612)", "Variation 1 (PCD 1388)", "Variation 2 (this
  // decision)") adds up money other decisions approved: its sum is no statement of what this one approves.
  if (ctx.doc.refs.some((r) => r.offset >= table.start && r.offset < table.end && r.ref !== ctx.record.ref))
    return ownRowClaim(ctx, table);
  const named = isNamedByDecidingPart(ctx, table);
  const place = tablePlace(ctx, table);
  const parts = grand.columns.map((c) => pounds(c.pence));
  const sum = parts.length > 1 ? `${parts.join(" + ")} = ${pounds(grand.pence)}` : pounds(grand.pence);
  const quotes: Quote[] = [];
  for (const c of grand.columns) {
    const cells = c.totalCells.length > 0 ? c.totalCells : c.cells;
    for (const cell of cells) quotes.push({ quote: cell.quote, offset: cell.offset });
  }
  // A table of funders' shares ("MOPAC (40%)", "NHS England (60%)") sums to what they pay together: one row may be
  // all the decision approves.
  const rowSums = isFundersTable(table)
    ? table.rows.map((row) => grand.columns.reduce((n, c) => n + (row[c.index]?.pence ?? 0), 0))
    : null;
  return {
    pence: grand.pence,
    tolerance: PENCE_ROUNDING,
    approximate: false,
    says: `${place} sums to ${sum}`,
    place,
    quotes,
    fromTable: true,
    ...(named &&
    isNamedBeside(
      ctx,
      table,
      approvals.map((a) => a.offset),
    )
      ? { namedByApproval: true }
      : {}),
    ...(rowSums === null ? {} : { parts: rowSums }),
  };
}

/**
 * What a table says of the money approved: the sum of its columns of the years the approvals cover. Where the
 * approval covers only some of a plan's years ("Approve the 2026/27 capital programme of £412.6m" beside a table of
 * 2026/27 to 2030/31, the later years indicative), the other years' columns are no part of it; unless the table's
 * years together make an approval's whole sum (see {@link approvedColumns}).
 */
function approvedSum(table: DocumentTable, approvals: readonly Approval[]): ReturnType<typeof tableGrandSum> {
  const grand = tableGrandSum(table);
  if (!grand) return null;
  const kept = new Set(approvedColumns(table, approvals).map((f) => f.index));
  const columns = grand.columns.filter((c) => c.fy === null || kept.has(c.index));
  if (columns.length === grand.columns.length || columns.length === 0) return grand;
  return { pence: columns.reduce((n, c) => n + c.pence, 0), columns };
}

/** A history table's row that names this decision: "Variation 2 (this decision)", "PCD 1366 – Variation 2". */
const THIS_DECISION = /\bthis[ \t]+(?:decision|variation|award|extension|paper)\b/i;

/**
 * The row of a contract's history table that is this decision ("Variation 2 (this decision) … £270,000"): it
 * states what this decision adds, as the Recommendation does. Null where no row names it, or its money is not one
 * figure.
 */
function ownRowClaim(ctx: CheckContext, table: DocumentTable): Claim | null {
  const own = (row: readonly TableCell[]): boolean => {
    const start = row[0]?.offset ?? 0;
    const end = row.length > 0 ? row[row.length - 1]!.offset + row[row.length - 1]!.quote.length : 0;
    const label = row
      .filter((c) => c.pence === null)
      .map((c) => c.text)
      .join(" ");
    return (
      THIS_DECISION.test(label) ||
      ctx.doc.refs.some((r) => r.offset >= start && r.offset < end && r.ref === ctx.record.ref)
    );
  };
  const rows = table.rows.filter(own);
  if (rows.length !== 1) return null;
  const money = rows[0]!.filter((c) => c.pence !== null && table.moneyColumns.includes(rows[0]!.indexOf(c)));
  if (money.length !== 1) return null;
  const cell = money[0]!;
  const place = tablePlace(ctx, table);
  return {
    pence: cell.pence!,
    tolerance: PENCE_ROUNDING,
    approximate: false,
    says: `the row for this decision in ${place} states ${pounds(cell.pence!)}`,
    place,
    quotes: [{ quote: cell.quote, offset: cell.offset }],
    fromTable: false,
  };
}

/** Claims grouped by the amount they state (within their tolerances). */
function groupByAmount(claims: readonly Claim[]): Claim[][] {
  const groups: Claim[][] = [];
  for (const c of claims) {
    const g = groups.find((g) => agrees(g[0]!.pence, c.pence, Math.max(g[0]!.tolerance, c.tolerance)));
    if (g) g.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** A rounded figure this many times further off than its rounding allows contradicts as an exact one does. */
const FAR_BEYOND_ROUNDING = 10;

/**
 * Error where an exact statement contradicts the approval, or a rounded one is far further off than its rounding
 * ("£1,200k" against £1,250,000: £50,000 off, rounded to £500); warning where only a table, an approximate figure or
 * a loosely rounded one ("£2.7m" against £2,760,000) differs.
 */
function severityOf(group: readonly Claim[], total: number): Severity {
  const exactStatement = group.some(
    (c) =>
      c.namedByApproval === true ||
      (c.warnOnly !== true &&
        !c.fromTable &&
        (!c.approximate ||
          (c.rounding !== undefined &&
            c.rounding > 0 &&
            Math.abs(c.pence - total) > FAR_BEYOND_ROUNDING * c.rounding))),
  );
  return exactStatement ? "error" : "warning";
}

/**
 * Whether a claim smaller than a ceiling keeps to it: an estimate or a profile under "up to £500,000" leaves headroom.
 * Not where the claim says it is the whole (instalments, a year split of all the years, a maximum said again), nor
 * where an exact statement of the total differs from a ceiling the decision's own table or another statement states
 * exactly ("up to £3,960,000", the profile's Total £3,960,000, "The total financial commitment is £3,690,000"), nor
 * where it is the ceiling's digits with two neighbours swapped (£2,340,000 under £2,430,000): a typing slip, not
 * headroom.
 */
function keepsToCeiling(c: Claim, ceiling: number, ceilingStated: boolean): boolean {
  if (c.whole === true || c.pence > ceiling) return false;
  if (c.approximate) return true;
  if (c.statesTotal === true && ceilingStated) return false;
  return !transposed(c.pence, ceiling);
}

/** True where two amounts' digits differ only by two neighbouring digits swapped: 2340000 and 2430000. */
function transposed(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return false;
  const at = [...x].flatMap((d, i) => (d === y[i] ? [] : [i]));
  return at.length === 2 && at[1] === at[0]! + 1 && x[at[0]!] === y[at[1]!] && x[at[1]!] === y[at[0]!];
}

function againstApprovals(
  ctx: CheckContext,
  approvals: readonly Approval[],
  claims: readonly Claim[],
  /** Income accepted beside the spending: a total stated of it is no total of the spending, and no contradiction. */
  income: readonly Approval[],
  /** Other claims of the decision, that may state a ceiling exactly, where `claims` are checked alone. */
  others: readonly Claim[] = [],
): Finding[] {
  const amounts = approvals.map((a) => a.pence);
  const total = amounts.reduce((s, v) => s + v, 0);
  const tolerance = Math.max(PENCE_ROUNDING, ...approvals.map(approvalTolerance));
  const acceptable = [
    ...subsetSums(amounts),
    ...(income.length > 0 ? subsetSums(income.map((a) => a.pence)) : []),
  ];
  // Approvals that are ceilings ("up to £930,000", "a maximum of £310,000 per annum") are kept to by any smaller total
  // (see {@link keepsToCeiling}).
  const ceilings = approvals.every((a) => a.qualifier === "up to" || a.qualifier === "maximum");
  const ceilingStated = [...claims, ...others].some(
    (c) => !c.approximate && agrees(c.pence, total, Math.max(tolerance, c.tolerance)),
  );
  const fits = (c: Claim) =>
    acceptable.some((v) => agrees(v, c.pence, Math.max(tolerance, c.tolerance))) ||
    (ceilings && keepsToCeiling(c, total, ceilingStated)) ||
    // "YEF £590,000 and MOPAC match funding £295,000, a total of £885,000": a total of funders, one of them this.
    (c.parts?.some((p) => acceptable.some((v) => agrees(v, p, tolerance))) ?? false);
  const agreeing = claims.filter(fits);
  const conflicting = claims.filter((c) => !fits(c));
  if (conflicting.length === 0) return [];

  const approvalPlace = placeOf(ctx, approvals[0]!.offset);
  const approvalQuotes = approvals.map((a) => ({ quote: a.quote, offset: a.offset }));
  const approves =
    approvals.length === 1
      ? `${capitalise(approvalPlace)} ${approvals[0]!.kind === "re-profile" ? "re-profiles" : "approves"} ${pounds(total)}`
      : `The approvals in ${approvalPlace} add up to ${pounds(total)}`;
  const alsoPlaces = [
    ...new Set(
      agreeing.filter((c) => agrees(c.pence, total, Math.max(tolerance, c.tolerance))).map((c) => c.place),
    ),
  ].filter((p) => p !== approvalPlace);
  const also =
    alsoPlaces.length > 0 ? ` (as ${alsoPlaces.length > 1 ? "do" : "does"} ${listOf(alsoPlaces)})` : "";

  return groupByAmount(conflicting).map((group) => {
    const says = listOf(group.map((c) => c.says));
    const diff = Math.abs(group[0]!.pence - total);
    const message =
      `${approves}${also}, but ${says}: a difference of ${pounds(diff)}. ` +
      `The decision contradicts itself about what it approves; confirm the approved total with the decision's author before relying on either figure.`;
    const quotes = [
      ...approvalQuotes,
      ...agreeing.flatMap((c) => c.quotes),
      ...group.flatMap((c) => c.quotes),
    ];
    return makeFinding(ctx, "TOTAL_MISMATCH", severityOf(group, total), message, quotes);
  });
}

function amongThemselves(ctx: CheckContext, claims: readonly Claim[]): Finding[] {
  const groups = groupByAmount(claims);
  if (groups.length < 2) return [];
  const statements = groups.map((g) => `${listOf(g.map((c) => c.says))}`);
  const severity: Severity =
    groups.filter((g) => g.some((c) => !c.fromTable && !c.approximate)).length >= 2 ? "error" : "warning";
  const message =
    `The document states different totals for the decision: ${statements.join("; ")}. ` +
    `Confirm which total was approved before relying on any of them.`;
  return [
    makeFinding(
      ctx,
      "TOTAL_MISMATCH",
      severity,
      message,
      claims.flatMap((c) => c.quotes),
    ),
  ];
}

/**
 * TOTAL_MISMATCH: the totals a decision states for what it approves disagree — the Recommendation against the
 * Executive Summary or the Financial Comments, or against the sum of the allocation table.
 *
 * Error when a stated (not approximate) total contradicts the approval; warning when only a table's sum, or only an
 * approximate figure, differs (a table can cover more than the decision approves).
 */
export const totalMismatch: DecisionCheck = (ctx) => {
  const positive = ctx.record.approvals.filter((a) => a.pence > 0);
  // Income accepted and the spending it pays for are one sum said twice: the totals are the spending's. So is a
  // source of the spending approved beside it (borrowing "to finance the capital plans", a reserve drawdown).
  const spending = positive.filter((a) => !bringsMoneyIn(a.kind));
  const approvals = spending.length > 0 ? spending : positive;
  // Money drawn from a reserve (a contingency, borrowing) is drawn to pay for the spending: a total of it and the
  // income ("fully funded from grant income and the reserve, £3.28m") is the spending's total again, which a different
  // sum approved contradicts.
  const income =
    spending.length > 0 ? positive.filter((a) => bringsMoneyIn(a.kind) && !fundsSpendingBeside(a.kind)) : [];
  const inApproval = (offset: number) =>
    approvals.some((a) => offset >= a.offset && offset < a.offset + a.quote.length);
  const inAnyApproval = (offset: number) =>
    positive.some((a) => offset >= a.offset && offset < a.offset + a.quote.length);
  // Where everything approved falls in one financial year, the total stated for that year ("The total cost of the
  // programme in 2025/26 is £824,000") is the decision's total.
  // An approval with no period of its own ("Approve a drawdown of £0.65m from the reserve" beside "an increase of
  // £3.82m in the 2024/25 budget") leaves the others' year to stand.
  const dated = approvals.filter((a) => a.start && a.end);
  const years = new Set(dated.map((a) => singleFinancialYear({ start: a.start!, end: a.end! })));
  // Not where the text or a table gives money for another year too: the year's figure is then a part of the whole.
  const single = years.size === 1 ? [...years][0]! : null;
  const otherYear =
    single !== null &&
    (statedFigures(ctx).some((s) => s.kind === "year" && s.fy !== single) ||
      ctx.doc.tables.some((t) => columnSums(t).some((c) => c.fy !== null && c.fy !== single && c.pence > 0)));
  const onlyYear = otherYear ? null : single;
  const claims: Claim[] = statedFigures(ctx)
    .filter(
      (s) =>
        (s.kind === "total" || (s.kind === "year" && s.emphatic && onlyYear !== null && s.fy === onlyYear)) &&
        !inApproval(s.figure.offset),
    )
    .map((s) => statementClaim(ctx, s));
  for (const table of ctx.doc.tables) {
    // A table under "Issues for consideration" is decided where the Recommendation names it ("as set out in Table 1").
    if (!inDecidingPart(ctx, table.start) && !isNamedByDecidingPart(ctx, table)) continue;
    // The years approved are those of everything approved, income too: a grant offer's table of two years is the
    // income's, accepted for both, though the spending from it is approved for the first alone.
    const claim = tableClaim(ctx, table, approvals, positive);
    if (claim) claims.push(claim);
  }
  claims.push(
    ...splitClaims(ctx, approvals, inAnyApproval),
    ...shareClaims(ctx, approvals),
    ...instalmentClaims(ctx, approvals),
  );
  // What a re-profile moves into the years is checked against the sum it moves, not against new money approved
  // beside it ("re-profile £12.4m … into 2025/26 (£9.1m) and 2026/27 (£3.5m)" and "additional capital budget of £1.8m").
  const moved = approvals
    .filter((a) => a.kind === "re-profile")
    .flatMap((a) => moveClaims(ctx, [a]).flatMap((c) => againstApprovals(ctx, [a], [c], [])));
  const ownSplits = ownYearSplitFindings(ctx, approvals, claims);
  if (approvals.length > 0)
    return [...againstApprovals(ctx, approvals, claims, income), ...moved, ...ownSplits];
  return [...amongThemselves(ctx, claims), ...moved];
};
