import { bringsMoneyIn } from "../approval-words";
import type { Approval } from "../decision-record";
import { approvedYears } from "../decision-period";
import type { Finding } from "../../findings/finding";
import type { CheckContext, DecisionCheck } from "./check-context";
import { figureClause } from "./figure-clause";
import { fundingFigures } from "./funding-figures";
import { financialYearsIn } from "./financial-years";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf, tableAt } from "./places";
import { pounds } from "./pounds";
import { capitalise } from "./wording";
import { inDecidingPart } from "./stated-figures";

/**
 * The income a decision accepts, checked against the decision's other words about it (TOTAL_MISMATCH, error):
 * - the same grant stated as another sum ("Accept the Home Office Serious Violence Duty grant of £2,350,000" against
 *   "a Serious Violence Duty grant to MOPAC of £2,530,000" in the Financial Comments);
 * - more spending approved from it than it brings in, where the decision says the whole of it is passed on
 *   ("The whole of the grant will be passed on: £3,250,000 … and £850,000" from a £4,000,000 grant).
 */
export const incomeAccepted: DecisionCheck = (ctx) => {
  const income = ctx.record.approvals.filter((a) => a.kind === "income");
  if (income.length !== 1) return [];
  const accepted = income[0]!;
  return [...statedOtherwise(ctx, accepted), ...passedOnBeyond(ctx, accepted)];
};

/** Words that name a grant's sum just before it: "grant of", "grant income totalling", "grant for 2025/26 is". */
const GRANT_SUM_BEFORE =
  /\b(?:grant(?!s)|income|funding|award|donation|allocation)\b[^£.;]{0,40}?\b(?:of|is|was|totall?ing|totals|amounts[ \t\n]+to)[ \t\n]*$/i;
/** A part of the grant, or money of another time, not its whole: "of which", "the remaining", "received … in 2024/25". */
const NOT_THE_WHOLE =
  /\b(?:of[ \t\n]+which|of[ \t\n]+this|remaining|remainder|balance|retained|passed|received|previous|last[ \t\n]+year|PCD[ \t\n]*\d+)\b/i;
/** Words of money spent: "award grants totalling", "expenditure of". */
const SPENDING_BEFORE =
  /\b(?:award(?:s|ing)?|expenditure|spend(?:ing)?|pay(?:ing)?|pass(?:ing)?|funded|financed|match|contribution)\b/i;
/** Words of a grant's name that tell nothing of which grant it is. */
const NOT_NAME =
  /^(?:Accept|Approve|Approval|The|This|That|MOPAC|Mayor|Office|Policing|Crime|Grant|Grants|Income|Funding|Fund|For|Of|And|In|To|A|An|Acceptance|Agree)$/;

/** The capitalised words of the income's recommendation before its figure: "Home", "Serious", "Violence", "Duty". */
function nameWords(ctx: CheckContext, a: Approval): Set<string> {
  const from = ctx.text.lastIndexOf("\n", a.offset) + 1;
  const words = ctx.text.slice(from, a.offset).match(/\b[A-Z][\w'’&-]*/g) ?? [];
  return new Set(words.filter((w) => !NOT_NAME.test(w)));
}

function statedOtherwise(ctx: CheckContext, accepted: Approval): Finding[] {
  const names = nameWords(ctx, accepted);
  if (names.size === 0) return [];
  const years = approvedYears([accepted]);
  const funderOf = new Map(fundingFigures(ctx).components.map((c) => [c.figure.offset, c.key]));
  const out: Finding[] = [];
  const reported = new Set<number>();
  for (const figure of ctx.figures) {
    if (reported.has(figure.pence)) continue;
    if (figure.pence === accepted.pence || figure.offset === accepted.offset) continue;
    if (tableAt(ctx, figure.offset) || !inDecidingPart(ctx, figure.offset)) continue;
    if (figure.pence < accepted.pence / 2 || figure.pence > accepted.pence * 2) continue;
    const clause = figureClause(ctx, figure);
    if (!GRANT_SUM_BEFORE.test(clause.before) || NOT_THE_WHOLE.test(clause.sentence)) continue;
    // "… to award grants totalling £1,940,000, funded by the Home Office grant": what is spent, not received.
    if (SPENDING_BEFORE.test(clause.before)) continue;
    // The same funder's sum said two ways is FUNDING_FIGURES_DISAGREE's to report.
    const key = funderOf.get(figure.offset);
    if (key !== undefined && key === funderOf.get(accepted.offset)) continue;
    const named = clause.sentenceBefore.match(/\b[A-Z][\w'’&-]*/g) ?? [];
    if (!named.some((w) => names.has(w))) continue;
    const said = financialYearsIn(clause.sentence);
    if (years !== null && said.some((y) => !years.has(y))) continue;
    const diff = Math.abs(figure.pence - accepted.pence);
    out.push(
      makeFinding(
        ctx,
        "TOTAL_MISMATCH",
        "error",
        `The Recommendation accepts income of ${pounds(accepted.pence)}, but ${placeOf(ctx, figure.offset)} states ` +
          `the same grant as ${pounds(figure.pence)}: a difference of ${pounds(diff)}. Confirm with the decision's ` +
          `author how much income is accepted before budgeting against either figure.`,
        [
          quoteOf(ctx.text, accepted.offset, accepted.offset + accepted.quote.length),
          quoteOf(ctx.text, figure.offset, figure.end),
        ],
      ),
    );
    reported.add(figure.pence);
  }
  return out;
}

/** "The whole of the grant will be passed on", "passed on in full", "MOPAC will retain no part of the grant". */
const WHOLE_PASSED_ON =
  /\b(?:(?:the[ \t\n]+)?(?:whole|all|entirety|full[ \t\n]+amount)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+|this[ \t\n]+)?(?:grant|funding|income|donation)\b[^.;]{0,40}?\b(?:passed|paid|transferred|granted)[ \t\n]+on|\b(?:passed|paid|transferred)[ \t\n]+on[ \t\n]+in[ \t\n]+full\b|\bretain[ \t\n]+no[ \t\n]+(?:part|share|element|portion)[ \t\n]+of[ \t\n]+the[ \t\n]+(?:grant|funding|income))/i;

function passedOnBeyond(ctx: CheckContext, accepted: Approval): Finding[] {
  const said = WHOLE_PASSED_ON.exec(ctx.text);
  if (said === null || !inDecidingPart(ctx, said.index)) return [];
  const years = approvedYears([accepted]);
  const spending = ctx.record.approvals.filter(
    (a) =>
      !bringsMoneyIn(a.kind) &&
      a.qualifier === "exact" &&
      (years === null || (approvedYears([a]) ?? new Set()).size > 0) &&
      [...(approvedYears([a]) ?? [])].every((y) => years === null || years.has(y)),
  );
  const spent = spending.reduce((n, a) => n + a.pence, 0);
  if (spending.length === 0 || spent <= accepted.pence) return [];
  const parts = spending.map((a) => pounds(a.pence)).join(" + ");
  return [
    makeFinding(
      ctx,
      "TOTAL_MISMATCH",
      "error",
      `${capitalise(placeOf(ctx, said.index))} says the whole of the income is passed on, and the Recommendation ` +
        `accepts ${pounds(accepted.pence)}, but the spending it approves from it comes to ${parts} = ` +
        `${pounds(spent)}: ${pounds(spent - accepted.pence)} more than the income brings in. Confirm the sums with ` +
        `the decision's author; the excess has no stated funding.`,
      [
        quoteOf(ctx.text, accepted.offset, accepted.offset + accepted.quote.length),
        quoteOf(ctx.text, said.index, said.index + said[0].length),
        ...spending.map((a) => quoteOf(ctx.text, a.offset, a.offset + a.quote.length)),
      ],
    ),
  ];
}
