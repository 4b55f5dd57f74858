/** Counts written in words or digits in decisions: "six months", "three boroughs", "a further two years", "18 months". */

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  "twenty-four": 24,
  "twenty four": 24,
  "thirty-two": 32,
  "thirty two": 32,
  "thirty-three": 33,
  "thirty three": 33,
  "thirty-six": 36,
  "thirty six": 36,
  "forty-eight": 48,
  "forty eight": 48,
};
export const numberWord =
  "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[- ]four|thirty[- ]two|thirty[- ]three|thirty[- ]six|forty[- ]eight|twenty)";

/** The count a word gives ("six", "twenty-four", "18"), or null where it is none or out of range (1 to 600). */
export function count(word: string): number | null {
  const w = word.toLowerCase();
  const n = /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(/ /g, "-")]);
  return n && n > 0 && n <= 600 ? n : null;
}
