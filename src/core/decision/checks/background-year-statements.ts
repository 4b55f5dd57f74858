import { statedTolerance } from "./figure-precision";
import type { Finding } from "../../findings/finding";
import { bringsMoneyIn } from "../approval-words";
import { approvedYears } from "../decision-period";
import type { DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";
import { isNamedByDecidingPart } from "./named-tables";
import { partAt, placeOf, tablePlace } from "./places";
import { pounds } from "./pounds";
import { sentenceSpan } from "./sentences";
import { inDecidingPart, statedFiguresOutsideDecidingParts, type StatedFigure } from "./stated-figures";
import { capitalise } from "./wording";
import { fitsAColumn, yearColumns, yearPlaceIn, type YearColumn } from "./year-columns";

/** The report's own body, where a paragraph may restate the money decided ("Issues for consideration"). */
const BODY_PARTS = new Set(["introduction", "issues"]);

/** Words that make a sentence's years a plan, a forecast, an outturn or earlier money, not the money decided. */
const NOT_THE_DECIDED_MONEY =
  /\b(?:indicative|subject[ \t\n]+to|future|further[ \t\n]+approval|provisional|estimated|forecasts?|projected|previous(?:ly)?|outturn|actuals?|spent|was|were|had|last[ \t\n]+year|prior)\b/i;

/**
 * FY_MISMATCH (warning) for a sentence of the report's body (outside the Recommendation, Executive Summary and
 * Financial Comments) that restates the decided money year by year ("The Capital Strategy provides for capital
 * expenditure of £412.6m in 2026/27, £347.9m in 2027/28 and £334.9m in 2028/29") against the decided table (one in
 * the deciding parts, or one they name: "as set out in Table 1"). Only a sentence that gives two or more years, each
 * once, all years the decision approves and all years of that table, of which at least one is the table's figure
 * for its year: it plainly restates the table, so a year it gives otherwise is a contradiction, not other money.
 * Background money (an outturn, a forecast, a previous decision's, indicative later years) is left alone.
 */
export const backgroundYearStatements: DecisionCheck = (ctx) => {
  const approvals = ctx.record.approvals.filter((a) => a.pence > 0 && !bringsMoneyIn(a.kind));
  const years = approvedYears(approvals);
  if (years === null || approvals.length === 0) return [];
  const columns = yearColumns(ctx, (t) => inDecidingPart(ctx, t.start) || isNamedByDecidingPart(ctx, t));
  if (columns.length === 0) return [];
  const bySentence = new Map<number, StatedFigure[]>();
  for (const s of statedFiguresOutsideDecidingParts(ctx)) {
    if (s.kind !== "year" || s.fy === null) continue;
    const part = partAt(ctx, s.figure.offset);
    if (part === null || !BODY_PARTS.has(part)) continue;
    const start = sentenceSpan(ctx.text, s.figure.offset).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), s]);
  }
  const out: Finding[] = [];
  for (const list of bySentence.values()) {
    const span = sentenceSpan(ctx.text, list[0]!.figure.offset);
    if (NOT_THE_DECIDED_MONEY.test(ctx.text.slice(span.start, span.end))) continue;
    const fys = new Set(list.map((s) => s.fy!));
    if (list.length < 2 || fys.size !== list.length || [...fys].some((fy) => !years.has(fy))) continue;
    const of = (s: StatedFigure): YearColumn[] => columns.filter((c) => c.column.fy === s.fy);
    if (list.some((s) => of(s).length === 0)) continue;
    const off = list.filter((s) => !fitsAColumn(of(s), s, statedTolerance(s)));
    if (off.length === 0 || off.length === list.length) continue;
    for (const s of off) {
      const { table, column } = of(s)[0]!;
      const yearPlace = yearPlaceIn(of(s)[0]!);
      const where = tablePlace(ctx, table);
      const cells = column.totalCells.length > 0 ? column.totalCells : column.cells;
      const shown = column.totalCells.length > 0 ? column.totalCells[0]!.pence! : column.pence;
      const message =
        `${capitalise(placeOf(ctx, s.figure.offset))} says ${pounds(s.figure.pence)} for ${s.fy}, but ${yearPlace} ` +
        `of ${where}, which sets out what is decided, comes to ${pounds(shown)}, and the other years it ` +
        `gives agree with the table. Check which figure the ${s.fy} budget should carry.`;
      out.push(
        makeFinding(ctx, "FY_MISMATCH", "warning", message, [
          quoteOf(ctx.text, s.figure.offset, s.figure.end),
          ...cells,
        ]),
      );
    }
  }
  return out;
};
