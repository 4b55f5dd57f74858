import type { Pence } from "../money/pence";
import { approvalKind, NOT_APPROVING } from "./approval-words";
import type { DecisionDocument, DocumentTable, NumberedParagraph } from "./decision-document";
import { periodIn } from "./decision-period";
import type { Approval } from "./decision-record";
import { sectionAt } from "./read-sections";
import { isFundingTable } from "./read-table";
import { approvingSentences, type RecommendationItem } from "./recommendation-items";
import { flatten } from "./sentence-bounds";
import { tableGrandSum } from "./table-sums";

// Recommendations that approve what is stated elsewhere and state no sum of their own: a table ("the allocations
// set out in the table at paragraph 3.2"), a paragraph or the paper itself ("the proposal set out in this paper").

/** "Approve the proposal set out in this paper", "Approve the recommendations set out in paragraph 3.1". */
const REFERS_ELSEWHERE =
  /\b(?:proposals?|recommendations?|approach|option|plan|expenditure|spend|funding|request)\b[^.;]{0,30}\b(?:set[ \t]+out|outlined|described|detailed|contained|summarised)[ \t]+(?:in|at|above|below)\b/i;

/**
 * The words a recommendation that states no sum of its own points to: the paragraph it names, else the summary's
 * sentences that ask for money ("This paper seeks approval for expenditure of up to £275,000 in 2025/26").
 */
export function referredItems(
  doc: DecisionDocument,
  items: readonly RecommendationItem[],
): RecommendationItem[] {
  const pointing = items.filter(
    (item) => !NOT_APPROVING.test(item.words) && REFERS_ELSEWHERE.test(item.words),
  );
  if (pointing.length === 0) return [];
  const out: RecommendationItem[] = [];
  for (const item of pointing) {
    const paragraph = namedParagraph(doc, item);
    if (!paragraph) continue;
    const section = sectionAt(doc.sections, paragraph.start) ?? item.section;
    const words = flatten(doc.text.slice(paragraph.start, paragraph.end));
    out.push({
      start: paragraph.start,
      end: paragraph.end,
      words,
      section,
      lettered: false,
      bulleted: false,
    });
  }
  return out.length > 0 ? out : approvingSentences(doc);
}

/** "Approve the grant allocations set out in the table at paragraph 3.2", "… listed in the table below". */
const POINTS_TO_TABLE =
  /\b(?:set[ \t]+out|shown|listed|detailed|specified|given|described|summarised|outlined)[ \t]+(?:in|at|below)\b[^.;]{0,60}\b(?:table|annex|appendix)\b|\b(?:table|annex|appendix)[ \t]+(?:below|at|in)\b/i;
const PARAGRAPH_NUMBER = /\b(?:paragraph|para\.?)[ \t]+(\d{1,2}(?:\.\d{1,2}){1,2})\b/i;

/**
 * A recommendation that approves a table's figures without stating a sum ("Approve the grant allocations set out in
 * the table at paragraph 3.2") approves what the table's Total row says the table comes to. The table is the one in
 * the paragraph named, else the first funding table after the recommendation. Read only where the Recommendation
 * states no sum of its own, and only where the Total row states the sum the table's rows add up to: that cell is the
 * approval's quote.
 */
export function tableApprovals(doc: DecisionDocument, items: readonly RecommendationItem[]): Approval[] {
  const out: Approval[] = [];
  for (const item of items) {
    if (item.lettered || NOT_APPROVING.test(item.words) || !POINTS_TO_TABLE.test(item.words)) continue;
    if (doc.money.some((m) => m.offset >= item.start && m.offset < item.end)) continue;
    const table = pointedTable(doc, item);
    if (table === null) continue;
    const sum = tableGrandSum(table);
    if (sum === null || sum.pence <= 0) continue;
    // The grand total: the last Total row's rightmost cell that states the sum.
    const cell = table.totalRows
      .flatMap((row) => row)
      .reverse()
      .find((c) => c.pence === sum.pence);
    if (cell === undefined) continue;
    const years = table.fyColumns.map((f) => f.fy);
    const period = years.length > 0 ? periodIn(years.join(" and ")) : periodIn(item.words);
    out.push({
      pence: sum.pence as Pence,
      qualifier: "exact",
      recipient: null,
      kind: approvalKind(item.words),
      start: period?.start ?? null,
      end: period?.end ?? null,
      fundingSource: null,
      quote: cell.quote,
      offset: cell.offset,
    });
  }
  return out;
}

function pointedTable(doc: DecisionDocument, item: RecommendationItem): DocumentTable | null {
  const funding = doc.tables.filter(isFundingTable);
  const paragraph = namedParagraph(doc, item);
  if (paragraph !== null) {
    if (paragraph === undefined) return null;
    // The table in the paragraph, or straight after its opening words.
    const next = doc.paragraphs.find((p) => p.start > paragraph.start);
    const end = next?.start ?? Number.POSITIVE_INFINITY;
    return funding.find((t) => t.start >= paragraph.start && t.start < end) ?? null;
  }
  return funding.find((t) => t.start >= item.end) ?? null;
}

/** The paragraph a recommendation names ("paragraph 3.2"): null where it names none, undefined where there is none. */
function namedParagraph(
  doc: DecisionDocument,
  item: RecommendationItem,
): NumberedParagraph | null | undefined {
  const number = PARAGRAPH_NUMBER.exec(item.words)?.[1];
  return number === undefined ? null : doc.paragraphs.find((p) => p.number === number);
}
