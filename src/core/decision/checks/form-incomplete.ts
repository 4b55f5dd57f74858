import type { Finding, Quote } from "../../findings/finding";
import { textLines } from "../text-lines";
import type { DecisionCheck } from "./check-context";
import { makeFinding, quoteOf } from "./make-finding";

const bothOptions =
  /(?:\?|[–—-]|:)\s*(?:\*\*)?\s*(YES\s*\/\s*NO|NO\s*\/\s*YES|Y\s*\/\s*N)\s*(?:\*\*)?\s*\.?$/i;
const formQuestion = /^(?:[#*>\s-]*)(?:Is|Are|Has|Have|Does|Do|Will|Should|Was|Were)\b[^?]{3,160}\?/;
const answer = /^(?:[*\s]*)(?:YES|NO|Y|N|N\/A|✓|√|x)\b/i;
const yes = /(?:\?|[–—-]|:)\s*(?:\*\*)?\s*YES\b(?!\s*\/)/i;
/**
 * What the decision form asks about: publication and its deferral, the Part 1 / Part 2 split, confidentiality and
 * the exemptions from disclosure. A question that names none of these ("Was this page useful?", a question heading
 * in the report) is not the form's, however it is answered.
 */
const formTopic =
  /\b(?:publi(?:cation|sh(?:ed|ing)?)|defer(?:s|red|ring|ral|ment)?|delay(?:ed)?|part[ \t]*(?:1|2|I{1,2}|one|two)\b|confidential(?:ity)?|exempt(?:ion)?|disclos(?:e|ed|ure)|FOIA?|freedom of information|redact(?:ed|ion)?)\b/i;
const followUp =
  /^(?:If yes\b[^:]{0,60}|Until what date|Reason(?: for deferral)?|Date of publication)\s*:\s*$/i;

/**
 * FORM_INCOMPLETE (info): a question on the decision form is answered with both options ("deferred? YES/NO") or
 * not at all, or a follow-up ("If yes, for what reason:") is left empty after a YES. The form was filed unfinished:
 * ask the decision's author for the intended answer. Only the form's own questions count (see `formTopic`): a web
 * page's feedback widget or a question in the report's prose asks nothing of the decision's author.
 */
export const formIncomplete: DecisionCheck = (ctx) => {
  const out: Finding[] = [];
  const lines = textLines(ctx.text);
  let lastYes = false;
  const flag = (q: Quote, what: string) =>
    out.push(
      makeFinding(
        ctx,
        "FORM_INCOMPLETE",
        "info",
        `The form's question "${q.quote}" ${what}. Ask the decision's author for the intended answer; until then treat the record as incomplete on this point.`,
        [q],
      ),
    );
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    if (!t) continue;
    const q = quoteOf(ctx.text, line.trimStart, line.trimStart + t.length);
    const formsOwn = formTopic.test(t);
    if (formsOwn && bothOptions.test(t)) {
      flag(q, "is answered with both options, so no answer was chosen");
      lastYes = false;
      continue;
    }
    if (formsOwn && formQuestion.test(t)) {
      lastYes = yes.test(t);
      if (/\?\s*$/.test(t)) {
        const next = lines.slice(i + 1).find((l) => l.trimmed.length > 0);
        if (!next || !answer.test(next.trimmed)) flag(q, "is left unanswered");
        else lastYes = /^[*\s]*(?:YES|Y)\b/i.test(next.trimmed);
      }
      continue;
    }
    if (followUp.test(t) && lastYes) {
      const next = lines.slice(i + 1).find((l) => l.trimmed.length > 0);
      if (
        !next ||
        followUp.test(next.trimmed) ||
        formQuestion.test(next.trimmed) ||
        /:\s*$/.test(next.trimmed)
      ) {
        flag(q, "is left unanswered although the question before it was answered YES");
      }
    }
  }
  return out;
};
