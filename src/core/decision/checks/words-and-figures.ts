import type { Finding } from "../../findings/finding";
import { MONEY_WORD, poundsInWords } from "../../text/money-words";
import type { DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";
import { placeOf } from "./places";
import { pounds } from "./pounds";
import { capitalise } from "./wording";

const WORDS = String.raw`((?:${MONEY_WORD}[\s,-]+)*${MONEY_WORD})`;
/** "one million two hundred thousand pounds (£1,250,000)". */
const WORDS_THEN_FIGURE = new RegExp(String.raw`\b${WORDS}\s+pounds\s*\(\s*$`, "i");
/** "£1,250,000 (one million two hundred thousand pounds)". */
const FIGURE_THEN_WORDS = new RegExp(String.raw`^\s*\(\s*${WORDS}\s+pounds\s*\)`, "i");

/**
 * WORDS_AND_FIGURES_DIFFER (error): a sum written both in words and in figures, the two side by side, says two
 * different amounts ("one million two hundred thousand pounds (£1,250,000)"). Which one was signed for is unclear.
 */
export const wordsAndFigures: DecisionCheck = (ctx) => {
  const out: Finding[] = [];
  for (const f of ctx.figures) {
    const from = Math.max(0, f.offset - 160);
    const before = WORDS_THEN_FIGURE.exec(ctx.text.slice(from, f.offset));
    const after = before === null ? FIGURE_THEN_WORDS.exec(ctx.text.slice(f.end, f.end + 160)) : null;
    const words = (before ?? after)?.[1];
    if (words === undefined) continue;
    const inWords = poundsInWords(words);
    if (inWords === null || inWords * 100 === f.pence) continue;
    // The words and the figure together: "one million two hundred thousand pounds (£1,250,000".
    const whole =
      before !== null
        ? quoteOf(ctx.text, from + before.index, f.end)
        : quoteOf(ctx.text, f.offset, f.end + after![0].length);
    const message =
      `${capitalise(placeOf(ctx, f.offset))} writes the sum in words as ${words.trim()} pounds (${pounds(inWords * 100)}) ` +
      `but in figures as ${pounds(f.pence)}: a difference of ${pounds(Math.abs(inWords * 100 - f.pence))}. ` +
      `Ask the decision's author which amount was approved before budgeting against either.`;
    out.push(makeFinding(ctx, "WORDS_AND_FIGURES_DIFFER", "error", message, [whole]));
  }
  return out;
};
