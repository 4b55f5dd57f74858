// NOTE FOR THE CHECKS ENGINEER (additive refinements by the extractor, names unchanged):
// - DocumentTable gains `moneyColumns` (columns holding money; a funding table has at least one, see
//   isFundingTable in read-table.ts) and `delimiter` ("tab" | "pipe" | "spaces").
// - NumberedParagraph.quote is the paragraph's number as written ("3.1." or "3.1"), at its offset.
// - Signature.role is canonical ("Deputy Mayor for Policing and Crime", "Chief Executive Officer"), "" when the block
//   names none. A web page's filled "Date signed:" becomes an approver Signature.
// - DecisionDocument gains `ref` (the document's own reference, normalised, or null) and `refs` (every reference
//   mention, own and related, with quotes).
import type { IsoDate } from "../dates/parse-date";
import type { FinancialYear } from "../financial-year/financial-year-label";
import type { MoneyMention } from "../money/scan-money";
import type { Pence } from "../money/pence";
import type { Quote } from "../findings/finding";
import type { RefMention } from "./decision-ref";

/**
 * The structure of a decision document, read once from its text and shared by the field extractor and the checks.
 * Every span is a character range [start, end) of `text`.
 */
export interface Span {
  start: number;
  end: number;
}

/** A part of the document under a heading: "Executive Summary", "Recommendation", "3. Financial Comments". */
export interface DocumentSection extends Span {
  /** What the heading says, trimmed: "Financial Comments". */
  heading: string;
  /** The canonical part it is: "summary" | "recommendation" | "financial" | "legal" | "background" | … */
  part: SectionPart;
  /** The section number where numbered ("3"), else null. */
  number: string | null;
  /** Where the heading itself is. */
  headingQuote: Quote;
}

export type SectionPart =
  | "title"
  | "summary"
  | "recommendation"
  | "approval"
  | "introduction"
  | "issues"
  | "financial"
  | "legal"
  | "commercial"
  | "other"
  | "background"
  | "declaration"
  | "signature";

/** A numbered paragraph: "3.1", "4.2", "2.7.1". */
export interface NumberedParagraph extends Span {
  number: string;
  quote: Quote;
}

/** A signature block: who signed (the role) and when. */
export interface Signature {
  role: string;
  /** "approver" for the decision maker's own approval; "consultee" for the CEO's "I have been consulted"; "officer". */
  capacity: "approver" | "consultee" | "officer";
  date: IsoDate | null;
  roleQuote: Quote;
  dateQuote: Quote | null;
}

/** A table found in the text (tab-, space- or pipe-separated rows). */
export interface DocumentTable extends Span {
  header: TableCell[];
  rows: TableCell[][];
  /** Columns whose header names a financial year, with the FY. */
  fyColumns: { index: number; fy: FinancialYear }[];
  /** Rows labelled Total/Subtotal, kept apart from the body rows: they are checked, not counted. */
  totalRows: TableCell[][];
  /** Columns that hold money (a £ figure, or a bare figure under a money or year header). */
  moneyColumns: number[];
  /**
   * How the cells are separated in the text; "lines" where a PDF's text puts each cell on a line of its own (see
   * stacked-cells.ts).
   */
  delimiter: "tab" | "pipe" | "spaces" | "lines";
  /** The parts label rows divide the table into ("Capital", "Revenue", "Funded by"); empty where it has none. */
  sections: TableSection[];
  /** The rows of "Funded by" sections: where the money comes from, not what it pays for. Not in `rows`. */
  fundingRows: TableCell[][];
  /**
   * Rows of money the decision does not approve, beside rows it does: "Optional extension (1 July 2027 – 30 June
   * 2028) – subject to future approval", "2027/28 (indicative)". Not in `rows`: they give no allocations and are no
   * part of the table's sum. Absent or empty where none is.
   */
  notApprovedRows?: TableCell[][];
  /**
   * The financial years the table is said to be for outside its year columns: named by its title ("Table 1: Hotspot
   * Action Fund 2024/25 (£000)") or by a Total column's header ("Total 2024/25"). Empty or absent where none is.
   */
  titleYears?: FinancialYear[];
}

/** A part of a table, from its label row (a row with nothing but a label) to the next label row or the table's end. */
export interface TableSection extends Span {
  label: TableCell;
  /** Whether its rows say where the money comes from ("Funded by", "Funding") rather than what it is spent on. */
  funding: boolean;
}

export interface TableCell extends Quote {
  /**
   * The cell's text, trimmed. `quote` is the same text, `offset` where it sits; where a cell wraps over several lines
   * of a space-separated table, `text` is all of it and `quote` its first line.
   */
  text: string;
  /** The amount, where the cell is money. */
  pence: Pence | null;
}

export interface DecisionDocument {
  file: string;
  text: string;
  sections: DocumentSection[];
  paragraphs: NumberedParagraph[];
  signatures: Signature[];
  tables: DocumentTable[];
  money: MoneyMention[];
  /** The document's own reference ("PCD 1234"), null where none is found. */
  ref: string | null;
  /** Every decision reference written in the text, in order (the own one included). */
  refs: RefMention[];
}
