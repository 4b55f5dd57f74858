import type { DocumentTable } from "../decision-document";
import type { CheckContext } from "./check-context";
import { tableAt, tableNumber } from "./places";
import { sentenceSpan } from "./sentences";
import { inDecidingPart } from "./stated-figures";

/** "as set out in Table 1", "Tables 1 and 2", "Table 2a". */
const TABLE_MENTION = /\btables?[ \t]+(\d+[a-z]?)((?:[ \t]*(?:,|and|&)[ \t]*\d+[a-z]?\b)*)/gi;

/** Where the decision's deciding parts (Recommendation, Executive Summary, Financial Comments) name a table. */
interface TableMention {
  number: string;
  offset: number;
}

const known = new WeakMap<CheckContext, TableMention[]>();

function mentions(ctx: CheckContext): TableMention[] {
  let list = known.get(ctx);
  if (list) return list;
  list = [];
  for (const m of ctx.text.matchAll(TABLE_MENTION)) {
    const offset = m.index;
    if (tableAt(ctx, offset) || !inDecidingPart(ctx, offset)) continue;
    const numbers = [m[1]!, ...(m[2]?.match(/\d+[a-z]?/gi) ?? [])];
    for (const n of numbers) list.push({ number: n.toLowerCase(), offset });
  }
  known.set(ctx, list);
  return list;
}

/**
 * A table the decision's deciding parts name ("Approve the 2026/27 capital programme of £412.6m, as set out in Table
 * 1"): what it sets out is what is decided, wherever in the report it stands (often under "Issues for
 * consideration").
 */
export function isNamedByDecidingPart(ctx: CheckContext, table: DocumentTable): boolean {
  const n = tableNumber(ctx, table);
  return n !== null && mentions(ctx).some((m) => m.number === n);
}

/** Whether a table is named in the sentence of one of these offsets (an approval's: "£412.6m, as set out in Table 1"). */
export function isNamedBeside(ctx: CheckContext, table: DocumentTable, offsets: readonly number[]): boolean {
  const n = tableNumber(ctx, table);
  if (n === null) return false;
  const spans = offsets.map((o) => sentenceSpan(ctx.text, o));
  return mentions(ctx).some(
    (m) => m.number === n && spans.some((s) => m.offset >= s.start && m.offset < s.end),
  );
}
