/**
 * Statements of what the thing decided costs, said without the word "total": "The cost of the extension year is
 * £1,105,000", "The value of the contract variation is £…", "The extension will cost £…", "The adjustments total
 * £3.28m", "This decision seeks approval for a net increase of £3.28m". Each names the decision's own subject (a
 * contract, its extension or variation, the grant, the programme, the adjustments) in the present or future tense.
 *
 * Not read as such: a year's or a unit's share ("the cost of the first year", "the annual cost of"), what was before
 * ("the original contract", "the current service", "was"), a contract's whole value ("the value of the contract is"),
 * which for a variation is a running total, optional years ("the optional extension"), and a whole-life value.
 */

/** Words that make the thing costed a part, a rate, or earlier money: not the decision's own subject as a whole. */
const NOT_OWN_SUBJECT = String.raw`(?!(?:annual|monthly|weekly|yearly|first|second|third|fourth|fifth|final|last|each|every|one|single|initial|original|previous|current|existing|earlier|prior|remaining|whole|full|lifetime|life|optional|old|unit|average)\b)`;
/** What a decision approves: the head noun of the thing costed. */
const SUBJECT = String.raw`(?:contract[ \t\n]+(?:variation|extension|award)|service|grant|award|programme|project|proposal|scheme|works?|extension|variation|uplift|increase|purchase|procurement|renewal|licen[cs]es?|decision|pilot|(?:extension|contract)[ \t\n]+(?:year|period)|package|adjustments|changes|request)`;
/** "extension year", "six-month extension", "proposed grant": up to three words before the subject. */
const SUBJECT_PHRASE = String.raw`(?:${NOT_OWN_SUBJECT}[\w'’-]+[ \t\n]+){0,3}?${SUBJECT}`;
const QUALIFIER = String.raw`(?:up[ \t\n]+to[ \t\n]+|(?:a[ \t\n]+)?maximum[ \t\n]+of[ \t\n]+|approximately[ \t\n]+|around[ \t\n]+|circa[ \t\n]+|c\.?[ \t]*)?`;

/** "The cost of the extension year is", "the value of this variation will be", "the price of the works amounts to". */
const costOfSubject = new RegExp(
  String.raw`\bthe[ \t\n]+(?:net[ \t\n]+)?(?:cost|value|price)[ \t\n]+of[ \t\n]+(?:the|this)[ \t\n]+${SUBJECT_PHRASE}[ \t\n]+(?:is|will[ \t\n]+be|amounts[ \t\n]+to|comes[ \t\n]+to)[ \t\n]*${QUALIFIER}$`,
  "i",
);
/** "The cost of the contract is": a contract's cost (its value, for a variation, would be its running total). */
const costOfContract = new RegExp(
  String.raw`\bthe[ \t\n]+cost[ \t\n]+of[ \t\n]+(?:the|this)[ \t\n]+contract[ \t\n]+(?:is|will[ \t\n]+be)[ \t\n]*${QUALIFIER}$`,
  "i",
);
/** "The extension will cost", "this variation would cost up to". */
const subjectWillCost = new RegExp(
  String.raw`\b(?:the|this)[ \t\n]+${SUBJECT_PHRASE}[ \t\n]+(?:will|would)[ \t\n]+cost[ \t\n]*${QUALIFIER}$`,
  "i",
);
/** "The adjustments total", "these changes total": the verb "total" after a plural subject. */
const subjectsTotal = new RegExp(
  String.raw`\b(?:the|these)[ \t\n]+${SUBJECT_PHRASE}[ \t\n]+total[ \t\n]*$`,
  "i",
);
/** "seeks approval for a net increase of", "requests approval of an uplift of": the change a decision asks for. */
const soughtChange =
  /\b(?:seeks?|seeking|requests?|requesting)[ \t\n]+(?:the[ \t\n]+DMPC'?s?[ \t\n]+)?approval[ \t\n]+(?:of|for)[ \t\n]+(?:a|an|the)[ \t\n]+(?:net[ \t\n]+|total[ \t\n]+|overall[ \t\n]+)?(?:increase|uplift)[ \t\n]+of[ \t\n]*$/i;

const phrases = [costOfSubject, costOfContract, subjectWillCost, subjectsTotal, soughtChange];

/** Where, in the words before a figure, a statement of what the decision's subject costs starts; null if none. */
export function costStatementStart(before: string): number | null {
  for (const p of phrases) {
    const m = p.exec(before);
    if (m) return m.index;
  }
  return null;
}
