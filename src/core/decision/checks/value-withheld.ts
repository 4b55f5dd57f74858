import type { DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";
import { partAt, placeOf } from "./places";
import { capitalise } from "./wording";

/** "at the value set out in the Part 2 report", "the contract value is commercially sensitive". */
const WITHHELD =
  /\b(?:set[ \t\n]+out|contained|given|detailed|included|provided)[ \t\n]+in[ \t\n]+(?:the[ \t\n]+)?(?:confidential[ \t\n]+)?Part[ \t\n]+(?:2|II|Two)\b|\bcommercially[ \t\n]+sensitive\b|\bexempt[ \t\n]+(?:information|from[ \t\n]+publication)\b/gi;

/** A value just before the words that withhold it: "at the value", "for a capital receipt of not less than the sum". */
const VALUE_BEFORE =
  /\b(?:value|price|cost|costs|sum|amount|figure|consideration|receipt|fees?|rent|premium|settlement|compensation)\b[^.;£]{0,40}$/i;

/**
 * VALUE_WITHHELD (info): a Recommendation item approves something whose value is given only in the confidential
 * Part 2 report, and states no sum itself. The record then has no public figure to check budget rows against; the analyst
 * needs the Part 2 figure.
 */
export const valueWithheld: DecisionCheck = (ctx) => {
  for (const m of ctx.text.matchAll(WITHHELD)) {
    if (partAt(ctx, m.index!) !== "recommendation") continue;
    // Judged item by item: a disposal "for not less than the value set out in the Part 2 report" is withheld even
    // where the next item approves its fees.
    const start = ctx.text.lastIndexOf("\n", m.index!) + 1;
    const end = ctx.text.indexOf("\n", m.index!);
    const itemEnd = end < 0 ? ctx.text.length : end;
    if (ctx.record.approvals.some((a) => a.offset >= start && a.offset < itemEnd)) continue;
    // Where the decision states sums elsewhere, only a withheld value counts: Part 2 also holds names, evaluations
    // and personal data ("the names of individual debtors are set out in the Part 2 report").
    if (ctx.record.approvals.length > 0 && !VALUE_BEFORE.test(ctx.text.slice(start, m.index!))) continue;
    const place = placeOf(ctx, m.index!);
    const message =
      `${capitalise(place)} gives the value of what it approves only in the confidential Part 2 report ` +
      `("${m[0]}"), so this record has no public figure to check budget rows against. Obtain the Part 2 figure ` +
      `from the decision's owner, and record it in the register with a resolution note, before budgeting against it.`;
    return [
      makeFinding(ctx, "VALUE_WITHHELD", "info", message, [
        quoteOf(ctx.text, m.index!, m.index! + m[0].length),
      ]),
    ];
  }
  return [];
};
