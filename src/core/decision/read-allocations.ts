import { findFinancialYears, type FinancialYearMention } from "../financial-year/financial-year";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { Pence } from "../money/pence";
import type { DecisionDocument, DocumentTable, TableCell } from "./decision-document";
import {
  bringsMoneyIn,
  monthlyRateAtEnd,
  movesMoney,
  yearlyRateAfter,
  yearlyRateAtEnd,
} from "./approval-words";
import { approvedAfterColumn, inOtherColumnHeader } from "./after-column";
import { approvedColumns } from "./approved-columns";
import { ownFunderColumn } from "./funder-columns";
import { approvedYears, monthsByFinancialYear, singleFinancialYear } from "./decision-period";
import type { Allocation, Approval } from "./decision-record";
import { sectionAt } from "./read-sections";
import { isOutturnFigure } from "./outturn-words";
import { isMonitoringFigure } from "./monitoring-figures";
import { recipientShares, type RecipientShare } from "./recipient-shares";
import { itemWordsBefore } from "./recommendation-items";
import { isFundingTable } from "./read-table";
import { decisionMoneyColumn, inEarlierColumnHeader } from "./own-money-column";
import { sentenceAround } from "./sentence-bounds";
import { virementLine } from "./virement-lines";
import { isIncomeTable } from "./income-tables";
import { yearColumnOf, yearOfRow, yearRowMoneyColumns } from "./year-rows";

const fundingSourceHeader =
  /\bfunding[ \t]+source|\bsource[ \t]+of[ \t]+fund|\bfunded[ \t]+(?:by|from)\b|^source$|\bbudget[ \t]+source\b|^funders?$|^contributors?$|^funding[ \t]+(?:body|bodies|partners?|streams?)$/i;
const perPeriod =
  /^[ \t\n]*(?:per|a|each|every)[ \t\n]+(?:year|annum|month|week|quarter)\b|^[ \t\n]*(?:annually|p\.?a\.?\b|yearly)/i;
/**
 * The words between a figure and its year: nothing, a comma or bracket, or "… in", "for", "during", "FY". Nothing
 * but a line break is no gap of a sentence: a figure ending its line over a year alone on the next ("£660,000" /
 * "2026/27") is a cell of a table written one cell per line, and that year labels the next row.
 */
const fyGap =
  /^[ \t]*(?:[,(][ \t\n]*)?$|\b(?:in|for|during|FY)[ \t\n]*(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]*)?$/i;
/** Words of past spending: "£X was spent in 2022/23" is history, not money this decision fixes. */
const PAST =
  /\b(?:was|were|(?<!\bbe[ \t\n]+)spent|had|previously|received|recovered|contributed|carried[ \t\n]+forward|last[ \t\n]+year)\b/i;
/** "In 2023/24 £0.4m was spent on design": the past told after the figure. */
const PAST_AFTER =
  /^[ \t\n]*(?:was|were|had[ \t\n]+been|has[ \t\n]+been|have[ \t\n]+been)[ \t\n]+(?:spent|paid|received|used|incurred|drawn[ \t\n]+down)\b/i;
/** After a figure, words that start the next figure's clause: "… and the financial commitment in 2026/27 …". */
const NEXT_CLAUSE = /^[ \t\n]*(?:,|;|and\b)/i;
/** Between a year and a later figure, a break that makes the figure another clause's: ", a total of". */
const CLAUSE_BREAK = /[,;]|\btotal\b/i;
const notFixedGap = /\b(?:from|since|until|till|to|by|between|and|or|over|across)\b/i;
const introducesFy =
  /\b(?:in|for|during)[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+year[ \t\n]+|FY[ \t\n]*)?$/i;
const SKIP_PARTS = new Set(["legal", "background", "declaration", "signature", "approval"]);
const MAX_GAP = 45;
/** A recommendation that notes, not approves: "2. Note that …", "(b) To note …". */
const NOTING = /^(?:to[ \t]+)?not(?:e|es|ing)\b/i;
const NO_FINANCIAL_IMPLICATIONS =
  /\bno[ \t\n]+(?:direct[ \t\n]+|additional[ \t\n]+|new[ \t\n]+)?(?:financial|budgetary|cost)[ \t\n]+(?:implications?|consequences?|impacts?)\b/i;
const NOT_FIXED_BEFORE =
  /\b(?:would|could|might|may)\b[^.;£]{0,60}$|\b(?:reduc|increas|cut|rais)\w*\b[^.;£]{0,60}\bby[ \t\n]*$|^[ \t\n]*of[ \t\n]+(?:the[ \t\n]+)?$/i;

interface Source {
  allocations: Allocation[];
}

/**
 * The money the decision fixes for each financial year, each sum counted once:
 * - rows of funding tables with a column per financial year (or a column of years), line from the row's label,
 *   funding source from a "Funding Source" column; Total rows are never lines;
 * - approvals whose period lies within one financial year;
 * - sentences tying a figure to one financial year ("£60,000 in 2022/23", "provides for £120,000 FY 2019/20",
 *   "in 2023/24 … will be £45,000"), outside legal text and not about another decision.
 * For each financial year the most specific source that covers it is used (tables, then approvals, then
 * sentences): a restatement of money already counted adds nothing.
 */
export function readAllocations(
  doc: DecisionDocument,
  approvals: readonly Approval[],
  ownRef: string,
  fallbackLine: string,
): Allocation[] {
  const recipients = [...new Set(approvals.map((a) => a.recipient).filter((r): r is string => !!r))];
  const approved = approvals.filter((a) => !bringsMoneyIn(a.kind)).reduce((n, a) => n + a.pence, 0);
  // A decision that approves nothing and says it has no financial implications fixes no money in its sentences.
  const noMoney = approvals.length === 0 && NO_FINANCIAL_IMPLICATIONS.test(doc.text);
  // Nor does one that only moves money already approved ("re-profile £400,000 from 2023/24 into 2024/25"), in its
  // sentences or its tables (the profile approved before, as the background sets it out, is no new money).
  const onlyMoves = approvals.length > 0 && approvals.every((a) => movesMoney(a.kind));
  // Nor, in its tables, does one that approves nothing and says so: a bid's profile ("The profile above is indicative
  // and subject to the outcome of the bid") is money asked for, not fixed.
  const fromTables =
    onlyMoves || noMoney
      ? { allocations: [] }
      : tableAllocations(
          doc,
          ownRef,
          recipients.length === 1 ? recipients[0]! : fallbackLine,
          approved,
          oneApprovedYear(approvals.filter((a) => !bringsMoneyIn(a.kind))),
          approvals,
        );
  const fromSentences =
    noMoney || onlyMoves
      ? { allocations: [] }
      : withinApprovedYears(sentenceAllocations(doc, ownRef, fallbackLine), approvals);
  // A virement moves money to the budget line it names; one that names none ("virements totalling £9.6m from the
  // Police Officer pay budget as set out in Table 2") is no money for the decision's own line.
  const fromApprovals = approvalAllocations(
    approvals.filter((a) => a.kind !== "virement" || virementLine(doc, a) !== null || a.recipient !== null),
    (a) => virementLine(doc, a) ?? a.recipient ?? fallbackLine,
    fromSentences.allocations,
    yearlySums(doc),
    (a) => recipientShares(doc, a),
  );

  const covered = new Set<string>();
  const out: Allocation[] = [];
  for (const source of [fromTables, fromApprovals, fromSentences]) {
    const years = new Set(source.allocations.map((a) => a.fy as string));
    for (const a of source.allocations) if (!covered.has(a.fy)) out.push(a);
    for (const y of years) covered.add(y);
  }
  return out;
}

function text(cell: TableCell | undefined): string {
  return (cell?.text ?? "").replace(/\*\*|__/g, "").trim();
}

/** A money column's header that names no budget line: "Amount", "Cost (£)", "Value", "£". */
const genericMoneyHeader =
  /^(?:£|(?:total\s+|annual\s+|yearly\s+|proposed\s+|approved\s+|indicative\s+)?(?:amount|value|cost|costs|budget|funding|allocation|spend|expenditure|sum|price|grant|award|payment)s?)?\s*(?:\(£\)|£)?$/i;

/**
 * The allocations of the funding tables. A long table (a column of years and one of money) names its line in a
 * label column, else by its money column's header; a header that names nothing ("Amount") gives `defaultLine`.
 */
function tableAllocations(
  doc: DecisionDocument,
  ownRef: string,
  defaultLine: string,
  /** What the decision approves: a funder's row that alone makes it is the decision's share. */
  approved: number,
  /** The one financial year the decision's spending is approved for, where it is one. */
  approvedYear: FinancialYear | null,
  approvals: readonly Approval[],
): Source {
  const allocations: Allocation[] = [];
  const funders: Allocation[] = [];
  for (const t of doc.tables) {
    // A table of a budget before and after a change gives only the "after" column the decision approves, if any.
    const after = isFundingTable(t) ? null : approvedAfterColumn(t, approvals);
    if (!isFundingTable(t) && after === null) continue;
    // A table of a contract's or grant's history ("PCD 1152 … £350,000", "Variation 1 (PCD 1388)") holds money other
    // decisions approved; what this one adds is said in its own words. A column "Approved in PCD 1712" beside one
    // of "This decision", or "Budget submission (PCD 2101)" beside the final budget approved, only names where the
    // rest of the money came from.
    const otherRef = (offset: number) =>
      offset >= t.start &&
      offset < t.end &&
      !inEarlierColumnHeader(t, offset) &&
      !(after !== null && inOtherColumnHeader(t, after.index, offset));
    if (doc.refs.some((r) => otherRef(r.offset) && r.ref !== ownRef)) continue;
    // The income the decision accepts, year by year, is money coming in, not the lines it spends on.
    if (isIncomeTable(t, approvals)) continue;
    if (after !== null) {
      allocations.push(...columnAllocations(t, after.index, after.fy));
      continue;
    }
    const sourceCol = t.header.findIndex((h) => fundingSourceHeader.test(h.text));
    if (t.fyColumns.length > 0) {
      const fyCols = new Set(t.fyColumns.map((f) => f.index));
      const lineCol = labelColumn(t, (i) => fyCols.has(i) || i === sourceCol);
      const label = new RowLabels();
      // A table whose rows are funders gives the money's sources, not lines of its own.
      const into = isFundersTable(t) ? funders : allocations;
      const columns = approvedColumns(t, approvals);
      for (const row of t.rows) {
        const line = lineCol < 0 ? defaultLine : label.of(row[lineCol]);
        for (const { index, fy } of columns) {
          const cell = row[index];
          if (!cell || cell.pence === null || cell.pence <= 0) continue;
          into.push({
            line,
            fy,
            pence: cell.pence,
            fundingSource: sourceCol >= 0 ? text(row[sourceCol]) || null : null,
            quote: cell.quote,
            offset: cell.offset,
          });
        }
      }
      continue;
    }
    // A long table: one column of financial years, and money columns: one ("Amount"), or several that each name a
    // part of the money ("Capital", "Revenue"). A column of row totals ("Total") adds nothing of its own.
    const yearCol = yearColumnOf(t);
    if (yearCol === null) {
      allocations.push(...singleYearAllocations(doc, t, defaultLine, approved, approvedYear));
      continue;
    }
    // Funders' columns ("MOPAC | NHS England | …") where the decision approves one funder's share: that column only.
    const yearMoney = yearRowMoneyColumns(t, yearCol);
    const ownFunder = ownFunderColumn(t, yearCol, yearMoney, approved);
    const moneyCols = ownFunder === null ? yearMoney : [ownFunder];
    if (moneyCols.length === 0) continue;
    const lineCol = labelColumn(t, (i) => i === yearCol || i === sourceCol);
    const labelled = lineCol >= 0 && lineCol !== yearCol && !t.moneyColumns.includes(lineCol);
    const label = new RowLabels();
    for (const row of t.rows) {
      const rowLabel = label.of(row[lineCol]);
      // A row over several years ("2024/25 and 2025/26") says nothing of each year's share.
      const fy = yearOfRow(row, yearCol);
      if (!fy) continue;
      for (const moneyCol of moneyCols) {
        const cell = row[moneyCol];
        if (!cell || cell.pence === null || cell.pence <= 0) continue;
        const header = text(t.header[moneyCol]);
        // A funder's column names who pays, not the line.
        const named = genericMoneyHeader.test(header) || ownFunder !== null ? defaultLine : header;
        allocations.push({
          line: labelled ? (moneyCols.length > 1 ? `${rowLabel} – ${named}` : rowLabel) : named,
          fy,
          pence: cell.pence,
          fundingSource: sourceCol >= 0 ? text(row[sourceCol]) || null : null,
          quote: cell.quote,
          offset: cell.offset,
        });
      }
    }
  }
  // Where another table gives the lines the money pays for ("Provider | 2025/26 | 2026/27"), a table of the funders
  // of the same money ("NHS England income | £700,000") says where it comes from: counting both would count it twice.
  // Alone, its rows are the decision's money by year, each with its funder.
  return { allocations: allocations.length > 0 ? allocations : ownShare(funders, approved) };
}

/** Each row's money in one column of a table, a line of the year given (its label the row's). */
function columnAllocations(t: DocumentTable, index: number, fy: FinancialYear): Allocation[] {
  const lineCol = labelColumn(t, (i) => i === index);
  const label = new RowLabels();
  const out: Allocation[] = [];
  for (const row of t.rows) {
    const line = label.of(row[lineCol]);
    const cell = row[index];
    if (!cell || cell.pence === null || cell.pence <= 0 || line === "") continue;
    out.push({ line, fy, pence: cell.pence, fundingSource: null, quote: cell.quote, offset: cell.offset });
  }
  return out;
}

/** "Funding", "Funded by": a column of words beside the money that names each row's source. */
const WORDS_SOURCE_HEADER = /^(?:funding|funded[ \t]+(?:by|from)|source)$/i;

/**
 * The rows of a table of one financial year with no year column ("Table 1: Mid-year budget adjustments 2024/25
 * (£000)" over "Budget line | Adjustment | Funding"), each a line of that year with the money of the decision's
 * column ("This decision" beside "Approved in PCD 1712", else the one money column). The year is the one the table's
 * title (or its Total column's header) names; else the one year the decision's spending is approved for, where the
 * rows add up to what it approves and the title names no other year. None where the year is not so plain, or the
 * table stands in the background or the legal text.
 */
function singleYearAllocations(
  doc: DecisionDocument,
  t: DocumentTable,
  defaultLine: string,
  approved: number,
  approvedYear: FinancialYear | null,
): Allocation[] {
  if (t.fyColumns.length > 0 || movesBetweenLines(t)) return [];
  const part = sectionAt(doc.sections, t.start)?.part;
  if (part && SKIP_PARTS.has(part)) return [];
  const moneyCol = decisionMoneyColumn(t);
  if (moneyCol === null) return [];
  const cells = t.rows.map((r) => r[moneyCol]);
  const sum = cells.reduce((n, c) => n + (c?.pence ?? 0), 0);
  const named = t.titleYears ?? [];
  const fy =
    named.length === 1
      ? named[0]!
      : approvedYear !== null && (named.length === 0 || named.includes(approvedYear)) && sum === approved
        ? approvedYear
        : null;
  if (fy === null) return [];
  let sourceCol = t.header.findIndex((h) => fundingSourceHeader.test(h.text));
  if (sourceCol < 0) {
    sourceCol = t.header.findIndex(
      (h, i) => i > 0 && WORDS_SOURCE_HEADER.test(text(h)) && !t.moneyColumns.includes(i),
    );
  }
  const lineCol = labelColumn(t, (i) => i === sourceCol);
  const label = new RowLabels();
  const out: Allocation[] = [];
  for (const row of t.rows) {
    const line = lineCol < 0 ? defaultLine : label.of(row[lineCol]);
    const cell = row[moneyCol];
    if (!cell || cell.pence === null || cell.pence <= 0) continue;
    out.push({
      line: line || defaultLine,
      fy,
      pence: cell.pence,
      fundingSource: sourceCol >= 0 ? text(row[sourceCol]) || null : null,
      quote: cell.quote,
      offset: cell.offset,
    });
  }
  return out;
}

/** A table of virements ("Ref | From | To | Amount"): each row moves money from one line to another. */
function movesBetweenLines(t: DocumentTable): boolean {
  const headers = t.header.map((h) => text(h));
  return headers.some((h) => /^from\b/i.test(h)) && headers.some((h) => /^to\b/i.test(h));
}

/** The one financial year approvals of spending are for, or null where they span several or are undated. */
function oneApprovedYear(approvals: readonly Approval[]): FinancialYear | null {
  const years = approvals.length > 0 ? approvedYears(approvals) : null;
  return years !== null && years.size === 1 ? ([...years][0] as FinancialYear) : null;
}

/**
 * A table of funders' shares of a service ("MOPAC (40%) | £480,000 …", "NHS England (60%) | £720,000 …") where the
 * decision approves one funder's share: that row alone, where its years make what is approved and the table's
 * whole does not. Otherwise every row.
 */
function ownShare(funders: Allocation[], approved: number): Allocation[] {
  const byFunder = new Map<string | null, Allocation[]>();
  for (const a of funders) byFunder.set(a.fundingSource, [...(byFunder.get(a.fundingSource) ?? []), a]);
  const sum = (list: readonly Allocation[]) => list.reduce((n, a) => n + a.pence, 0);
  if (byFunder.size < 2 || sum(funders) === approved) return funders;
  const own = [...byFunder.values()].filter((list) => sum(list) === approved);
  return own.length === 1 ? own[0]! : funders;
}

/** A table whose rows are funders ("Funder | 2025/26 | …", "NHS England | £700,000"): it names no lines of its own. */
export function isFundersTable(t: DocumentTable): boolean {
  const sourceCol = t.header.findIndex((h) => fundingSourceHeader.test(h.text));
  if (sourceCol < 0 || t.fyColumns.length === 0) return false;
  const fyCols = new Set(t.fyColumns.map((f) => f.index));
  return labelColumn(t, (i) => fyCols.has(i) || i === sourceCol) < 0;
}

/**
 * The line each row of a table names: its label cell, or, where that is empty, the line of the row above. A PDF's
 * table writes a cell merged down over several rows (a service funded from two sources, a line over two years) in
 * the first of them only.
 */
class RowLabels {
  private above = "";

  of(cell: TableCell | undefined): string {
    const own = text(cell);
    if (own !== "") this.above = own;
    return this.above;
  }
}

/**
 * The column naming each row: the first that is neither money, nor a column of periods, nor excluded; -1 where
 * there is none (a table whose rows are funders names its rows' sources, not lines).
 */
function labelColumn(t: DocumentTable, excluded: (i: number) => boolean): number {
  const width = t.rows.reduce((w, r) => Math.max(w, r.length), t.header.length);
  const labels: number[] = [];
  for (let i = 0; i < width; i++) {
    if (excluded(i) || t.moneyColumns.includes(i) || periodColumn(t, i) || countColumn(t, i)) continue;
    labels.push(i);
  }
  // "Provider | Service | 2024/25 …": a provider funded for two services names neither line; the service does.
  const line = labels.find((i) => LINE_HEADER.test(text(t.header[i])) && !WHO_HEADER.test(text(t.header[i])));
  return line ?? labels[0] ?? -1;
}

/** A column header that names who is paid: "Provider", "Recipient", "Organisation". */
const WHO_HEADER = /\b(?:providers?|recipients?|organisations?|suppliers?|funders?|grantees?)\b/i;
/** A column header that names the budget line: "Service", "Project", "Programme", "Workstream". */
const LINE_HEADER =
  /\b(?:services?|projects?|programmes?|schemes?|workstreams?|lines?|elements?|initiatives?)\b/i;

const PERIOD_CELL =
  /^(?:\d{1,2}[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|Quarter)\b|^\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

/** A column of bare counts or shares ("Months | 10", "FTE | 2.5", "50%"): it says how many, never which line. */
function countColumn(t: DocumentTable, i: number): boolean {
  const cells = t.rows.map((r) => text(r[i])).filter((c) => c !== "");
  return cells.length > 0 && cells.every((c) => /^[\d.,]+[ \t]*%?$/.test(c));
}

/** A column that says when ("January – March 2025", "Q1", "01/04/2025"), not which line: it names no line. */
function periodColumn(t: DocumentTable, i: number): boolean {
  const cells = t.rows.map((r) => text(r[i])).filter((c) => c !== "");
  return cells.length > 0 && cells.every((c) => PERIOD_CELL.test(c));
}

/**
 * The allocations of approvals whose period is whole financial years. Income accepted ("Accept £2m of Home Office
 * grant for 2024/25") is the year's allocation only where no spending is approved for that year: where the decision
 * also approves spending it ("(a) £1.25m to the boroughs; (b) £0.75m to the MPS"), the spending is the budget, and
 * counting the income too would fix the year's money twice. A sale's proceeds ("the disposal of the freehold … for
 * £14,150,000") are money in, as income is; so is a drawdown from a reserve that pays for spending the decision approves
 * ("a drawdown of £0.65m from the Budget Resilience Reserve to fund the pressures": kind "reserve drawdown").
 */
function approvalAllocations(
  approvals: readonly Approval[],
  /** The line an approval's money is for: the line a virement moves it to, else its recipient, else the decision's. */
  lineOf: (a: Approval) => string,
  fromSentences: readonly Allocation[],
  perYear: ReadonlySet<number>,
  sharesOf: (a: Approval) => RecipientShare[] | null,
): Source {
  const each = approvals
    .filter((a) => !movesMoney(a.kind))
    .map((a) => ({
      moneyIn: bringsMoneyIn(a.kind),
      allocations: (sharedOut(a, sharesOf) ?? allocationsOf(a, lineOf(a), perYear)).filter(
        (x) => !splitOverMoreYears(a, x, fromSentences),
      ),
    }));
  const spent = new Set(
    each.filter((e) => !e.moneyIn).flatMap((e) => e.allocations.map((x) => x.fy as string)),
  );
  return {
    allocations: each.flatMap((e) =>
      e.moneyIn ? e.allocations.filter((x) => !spent.has(x.fy)) : e.allocations,
    ),
  };
}

/**
 * The sentences' allocations in the years the approvals cover, where every approval is dated: money a sentence ties
 * to another year is background ("the final outturn for 2020/21 showed an underspend of £1.6m", "reduced from £265k
 * in 2015/16"). Unless they split an approval's whole sum, which then says more than its period.
 */
function withinApprovedYears(source: Source, approvals: readonly Approval[]): Source {
  if (approvals.length === 0) return source;
  const sum = source.allocations.reduce((n, a) => n + a.pence, 0);
  if (approvals.some((a) => a.pence === sum)) return source;
  const years = approvedYears(approvals);
  if (years === null) return source;
  return { allocations: source.allocations.filter((x) => years.has(x.fy)) };
}

/**
 * True where the sentences split the approval's whole sum over more years than its period gives, its year among
 * them ("The uplift of £250,000 … will be drawn down as £125,000 in 2025/26 and £125,000 in 2026/27", for an uplift
 * whose period came from the extension it goes with): the sentences then say more than the period, and fix the years.
 */
function splitOverMoreYears(a: Approval, x: Allocation, fromSentences: readonly Allocation[]): boolean {
  if (x.pence !== a.pence) return false;
  const years = new Set(fromSentences.map((s) => s.fy as string));
  if (years.size < 2 || !years.has(x.fy)) return false;
  return fromSentences.reduce((sum, s) => sum + s.pence, 0) === a.pence;
}

/** The sums the text states a year, outside tables: "The contract will cost £500,000 per annum". */
function yearlySums(doc: DecisionDocument): Set<number> {
  const out = new Set<number>();
  for (const m of doc.money) {
    if (doc.tables.some((t) => t.start <= m.offset && m.offset < t.end)) continue;
    const end = m.offset + m.quote.length;
    if (yearlyRateAfter.test(doc.text.slice(end, end + 30))) out.add(m.pence);
  }
  return out;
}

/**
 * The allocations of an approval of one financial year that the text shares out among the recipients it lists
 * ("£45,000 to Safer London and £60,000 to St Giles Trust …"): one a recipient, its line the recipient's name.
 */
function sharedOut(a: Approval, sharesOf: (a: Approval) => RecipientShare[] | null): Allocation[] | null {
  if (!a.start || !a.end || bringsMoneyIn(a.kind)) return null;
  const fy = singleFinancialYear({ start: a.start, end: a.end });
  const shares = fy === null ? null : sharesOf(a);
  if (shares === null) return null;
  return shares.map((s) => ({
    line: s.recipient,
    fy: fy as FinancialYear,
    pence: s.pence,
    fundingSource: null,
    quote: s.quote,
    offset: s.offset,
  }));
}

/**
 * The allocations one approval fixes: its financial year's, or each year's share of a sum a month or a year, or of a
 * sum over whole years whose yearly sum `perYear` holds.
 */
function allocationsOf(a: Approval, line: string, perYear: ReadonlySet<number>): Allocation[] {
  if (!a.start || !a.end) return [];
  const allocation = (fy: FinancialYear, pence: number): Allocation => ({
    line,
    fy,
    pence: pence as Pence,
    fundingSource: null,
    quote: a.quote,
    offset: a.offset,
  });
  // A sum for each month ("£70,000 per month" from October to March), or for each year over whole financial years
  // ("£250k per annum" from 2024/25 to 2026/27): each financial year has its months' share, in whole pence.
  const yearly = yearlyRateAtEnd.test(a.quote);
  const months =
    yearly || monthlyRateAtEnd.test(a.quote) ? monthsByFinancialYear({ start: a.start, end: a.end }) : null;
  if (months && months.length > 1) {
    const count = months.reduce((n, y) => n + y.months, 0);
    // A sum a year fixes each financial year's money only where it runs over whole financial years: from 1 July
    // it is a sum for each year of the contract, and how much falls in each financial year is not said.
    const fixed = !yearly || months.every((y) => y.months === 12);
    if (!fixed || months.some((y) => (a.pence * y.months) % count !== 0)) return [];
    return months.map((y) => allocation(y.fy, (a.pence * y.months) / count));
  }
  // A sum over whole financial years that the text also states a year ("The contract will cost £500,000 per
  // annum"): each year has that sum, where the years' sums make the whole.
  const whole = months === null ? monthsByFinancialYear({ start: a.start, end: a.end }) : null;
  if (whole && whole.length > 1 && whole.every((y) => y.months === 12)) {
    const share = a.pence / whole.length;
    if (Number.isInteger(share) && perYear.has(share)) return whole.map((y) => allocation(y.fy, share));
  }
  const fy = singleFinancialYear({ start: a.start, end: a.end });
  return fy ? [allocation(fy as FinancialYear, a.pence)] : [];
}

function sentenceAllocations(doc: DecisionDocument, ownRef: string, fallbackLine: string): Source {
  const allocations: Allocation[] = [];
  const seen = new Set<string>();
  /** A year's sum said again in a later sentence: no more money, but it makes that sentence a split of its own. */
  const restated: Allocation[] = [];
  const t = doc.text;
  const money = doc.money;
  /** The sum in its year, or said again where that year already has it. */
  const allocate = (fy: FinancialYear, m: (typeof money)[number]): void => {
    const key = `${fy}|${m.pence}`;
    const to = seen.has(key) ? restated : allocations;
    seen.add(key);
    to.push({
      line: fallbackLine,
      fy,
      pence: m.pence,
      fundingSource: null,
      quote: m.quote,
      offset: m.offset,
    });
  };
  let table = 0;
  let ref = 0;
  for (let k = 0; k < money.length; k++) {
    const m = money[k]!;
    if (m.pence <= 0) continue;
    while (table < doc.tables.length && doc.tables[table]!.end <= m.offset) table++;
    const tb = doc.tables[table];
    if (tb && m.offset >= tb.start) continue;
    const section = sectionAt(doc.sections, m.offset);
    if (section && SKIP_PARTS.has(section.part)) continue;
    const s = sentenceAround(t, m.offset);
    // A recommendation that only notes ("Note that income in 2019/20 is estimated at £9.6m") fixes nothing.
    if (section?.part === "recommendation" && NOTING.test(itemWordsBefore(t, m.offset))) continue;
    while (ref < doc.refs.length && doc.refs[ref]!.offset < s.start) ref++;
    let aboutOther = false;
    for (let r = ref; r < doc.refs.length && doc.refs[r]!.offset < s.end; r++) {
      if (doc.refs[r]!.ref !== ownRef) aboutOther = true;
    }
    if (aboutOther) continue;

    const end = m.offset + m.quote.length;
    const nextMoney = money[k + 1]?.offset ?? t.length;
    const after = t.slice(end, Math.min(s.end, nextMoney, end + 120));
    if (perPeriod.test(after)) continue;
    const fyAfter = findFinancialYears(after);
    const prevMoneyEnd = k > 0 ? money[k - 1]!.offset + money[k - 1]!.quote.length : 0;
    const before = t.slice(Math.max(s.start, prevMoneyEnd), m.offset);
    // "The MPS spent £1.2m … in 2023/24": money of the past, not what this decision fixes; nor is a change that
    // might be made ("would reduce core grant by £0.5M"), or the whole a figure is part of ("£2.5bn of the £9.9bn").
    // Nor is a year's result ("the revenue outturn for 2023/24 is an underspend of £6.3m").
    if (PAST.test(before) || NOT_FIXED_BEFORE.test(before) || PAST_AFTER.test(after)) continue;
    if (isOutturnFigure(before, after)) continue;
    // Nor is a forecast set against the year's budget, nor that budget ("forecasting … £361.9m in 2025/26 against
    // the current capital budget of £402.0m").
    if (isMonitoringFigure(t.slice(s.start, m.offset), after)) continue;
    let fy: FinancialYear | null = null;
    const first = fyAfter[0];
    // The year just after the figure, where no other year follows in the same clause ("£0.9m in 2025/26, and
    // repayable … from 2026/27" is £0.9m in 2025/26).
    const second = fyAfter[1];
    const alone =
      second === undefined || /[,;]/.test(after.slice(first!.offset + first!.quote.length, second.offset));
    if (first && first.offset <= MAX_GAP && first.years.length === 1 && alone) {
      const gap = after.slice(0, first.offset);
      if (fyGap.test(gap) && !notFixedGap.test(gap) && !PAST.test(gap)) {
        fy = first.years[0]!;
      }
    }
    // The year before the figure ("The financial commitment in 2025/26 will be £360,000"), where no year follows it
    // or the one that follows is the next figure's ("… £360,000 and the financial commitment in 2026/27 will be").
    const nextClause = first !== undefined && NEXT_CLAUSE.test(after.slice(0, first.offset));
    if (!fy && (fyAfter.length === 0 || nextClause)) {
      const fyBeforeList = findFinancialYears(before);
      const only = fyBeforeList[0];
      if (
        only &&
        fyBeforeList.length === 1 &&
        only.years.length === 1 &&
        introducesFy.test(before.slice(0, only.offset)) &&
        // Not the year of the figure before ("£1,710,000 in 2026/27, a total financial commitment of £5,310,000").
        !CLAUSE_BREAK.test(before.slice(only.offset + only.quote.length))
      ) {
        fy = only.years[0]!;
      }
    }
    // "£0.42m in each of 2026/27 and 2027/28": the figure in every year named.
    const each = fy === null && first !== undefined ? eachOfYears(after, fyAfter) : null;
    if (each !== null && !PAST.test(before)) {
      for (const y of each) allocate(y, m);
      continue;
    }
    if (fy) allocate(fy, m);
  }
  return { allocations: firstSplitOnly(t, withoutStatedParts(allocations), restated) };
}

const EACH_OF =
  /^[ \t\n]*,?[ \t\n]*(?:in|for)[ \t\n]+each[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?:financial[ \t\n]+years[ \t\n]+)?$/i;
const YEAR_LIST_GAP = /^[ \t\n]*(?:,|and|&|,[ \t\n]*and)[ \t\n]*$/i;

/**
 * The years a figure is for "in each of" ("£0.42m in each of 2026/27 and 2027/28", "in each of 2024/25, 2025/26 and
 * 2026/27"): the list of years straight after those words. Null where the words after the figure are not so.
 */
function eachOfYears(after: string, years: readonly FinancialYearMention[]): FinancialYear[] | null {
  const first = years[0]!;
  if (!EACH_OF.test(after.slice(0, first.offset))) return null;
  const out = [...first.years];
  for (let i = 1; i < years.length; i++) {
    const prev = years[i - 1]!;
    if (!YEAR_LIST_GAP.test(after.slice(prev.offset + prev.quote.length, years[i]!.offset))) break;
    out.push(...years[i]!.years);
  }
  return out.length > 1 && new Set(out).size === out.length ? out : null;
}

/**
 * Two sentences that each split the money over the same years ("in 2025/26 will be £360,000 and … in 2026/27 will be
 * £240,000"; later "with £340,000 in 2025/26 and £260,000 in 2026/27") state the split twice, not two sums to add:
 * the first is kept, and where they differ FY_MISMATCH says so. A year's sum the later one says again (`restated`,
 * "The first tranche of £500,000 will be released in 2025/26 …, and the second tranche of £300,000 in 2026/27" after
 * "two tranches of £450,000 in 2025/26 and £300,000 in 2026/27") still counts among its years.
 */
function firstSplitOnly(
  text: string,
  allocations: Allocation[],
  restated: readonly Allocation[],
): Allocation[] {
  const bySentence = new Map<number, Allocation[]>();
  for (const a of [...allocations, ...restated].sort((x, y) => x.offset - y.offset)) {
    const start = sentenceAround(text, a.offset).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), a]);
  }
  const splits = [...bySentence.values()].filter((list) => new Set(list.map((a) => a.fy)).size >= 2);
  if (splits.length < 2) return allocations;
  const drop = new Set<Allocation>();
  const covered = new Set<string>(splits[0]!.map((a) => a.fy));
  for (const list of splits.slice(1)) {
    if (list.some((a) => covered.has(a.fy))) for (const a of list) if (covered.has(a.fy)) drop.add(a);
    for (const a of list) covered.add(a.fy);
  }
  return allocations.filter((a) => !drop.has(a));
}

/** Where a year's largest figure is the sum of its others, the others are its parts: only the total counts. */
function withoutStatedParts(allocations: Allocation[]): Allocation[] {
  const byYear = new Map<string, Allocation[]>();
  for (const a of allocations) {
    const list = byYear.get(a.fy);
    if (list) list.push(a);
    else byYear.set(a.fy, [a]);
  }
  const drop = new Set<Allocation>();
  for (const list of byYear.values()) {
    if (list.length < 3) continue;
    const max = list.reduce((m, a) => (a.pence > m.pence ? a : m));
    const rest = list.filter((a) => a !== max).reduce((sum, a) => sum + a.pence, 0);
    if (rest === max.pence) for (const a of list) if (a !== max) drop.add(a);
  }
  return allocations.filter((a) => !drop.has(a));
}
