import type { DecisionDocument } from "./decision-document";
import type { Pence } from "../money/pence";

/**
 * The money figures of a decision as it means them: a figure in a table whose unit is thousands or millions of
 * pounds ("Table 1: Programme costs (£000)" over "£412.5") is the table cell's amount (£412,500), not the £412.50
 * the figure reads as on its own. Every other figure is as written. Quotes and offsets are kept.
 */
export function amountsInUnits(doc: DecisionDocument): { pence: Pence; quote: string; offset: number }[] {
  const cells = doc.tables.flatMap((t) =>
    [t.header, ...t.rows, ...t.totalRows, ...t.fundingRows, ...(t.notApprovedRows ?? [])].flat(),
  );
  return doc.money.map((m) => {
    const cell = cells.find(
      (c) =>
        c.pence !== null && m.offset >= c.offset && m.offset + m.quote.length <= c.offset + c.quote.length,
    );
    return { pence: cell?.pence ?? m.pence, quote: m.quote, offset: m.offset };
  });
}
