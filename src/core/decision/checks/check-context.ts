import type { DelegationScheme } from "../../delegation/delegation-scheme";
import type { Finding } from "../../findings/finding";
import type { Pence } from "../../money/pence";
import type { DecisionDocument } from "../decision-document";
import type { DecisionRecord } from "../decision-record";

/** A money figure of the document: its amount and where it is written (`text.slice(offset, end) === quote`). */
export interface MoneyFigure {
  pence: Pence;
  quote: string;
  offset: number;
  end: number;
  /** Written as an estimate: "c£450,000", "approximately £2m". */
  approximate: boolean;
}

/** What every check reads: the record the extractor built, the document it read it from, and the scheme. */
export interface CheckContext {
  record: DecisionRecord;
  doc: DecisionDocument;
  /** The document's text; every quote and offset refers to it. */
  text: string;
  scheme: DelegationScheme;
  /** The document's money figures in text order, only those whose quote sits at its offset. */
  figures: MoneyFigure[];
}

/** One self-consistency check: reads the context, returns its findings (none when the decision is consistent). */
export type DecisionCheck = (ctx: CheckContext) => Finding[];

export function checkContext(
  record: DecisionRecord,
  doc: DecisionDocument,
  scheme: DelegationScheme,
): CheckContext {
  const text = doc.text;
  const figures: MoneyFigure[] = doc.money
    .filter((m) => m.offset >= 0 && text.slice(m.offset, m.offset + m.quote.length) === m.quote)
    .map((m) => ({
      pence: m.pence,
      quote: m.quote,
      offset: m.offset,
      end: m.offset + m.quote.length,
      approximate: m.approximate,
    }))
    .sort((a, b) => a.offset - b.offset);
  return { record, doc, text, scheme, figures };
}
