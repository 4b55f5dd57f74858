/** Counts written in words or digits in decisions: "six months", "three boroughs", "a further two years", "18 months". */
import { poundsInWords } from "./money-words";

// Words are read as numbers by the same reader as sums in words ("twenty-four" is 24 either way).

export const numberWord =
  "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[- ]four|thirty[- ]two|thirty[- ]three|thirty[- ]six|forty[- ]eight|twenty)";

/** The count a word gives ("six", "twenty-four", "18"), or null where it is none or out of range (1 to 600). */
export function count(word: string): number | null {
  const w = word.toLowerCase();
  const n = /^\d+$/.test(w) ? Number(w) : /^[a-z]+(?:[ -][a-z]+)?$/.test(w) ? poundsInWords(w) : null;
  return n && n > 0 && n <= 600 ? n : null;
}
