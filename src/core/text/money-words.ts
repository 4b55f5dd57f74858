/** Sums of money written in words, as decisions sometimes give them beside the figure: "one million two hundred thousand pounds". */

const UNITS: Record<string, number> = {
  zero: 0,
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
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** The words a sum in words is made of, for a pattern that finds one. */
export const MONEY_WORD = `(?:${[...Object.keys(UNITS), "hundred", ...Object.keys(SCALES), "and", "a"].join("|")})`;

/**
 * The whole pounds a sum written in words comes to ("one million two hundred thousand" → 1,200,000, "two hundred
 * and fifty thousand" → 250,000, "a million" → 1,000,000), or null where the words are not a well-formed number.
 */
export function poundsInWords(words: string): number | null {
  const tokens = words
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((t) => t !== "" && t !== "and");
  if (tokens.length === 0) return null;
  let total = 0;
  let group = 0;
  let seen = false;
  let lastScale = Number.POSITIVE_INFINITY;
  for (const t of tokens) {
    if (t === "a") {
      if (seen && group !== 0) return null;
      group = 1;
      seen = true;
    } else if (t in UNITS) {
      const v = UNITS[t]!;
      // "twenty five" adds; "five twenty" is no number.
      if (group % 100 !== 0 && (v >= 10 || group % 10 !== 0 || group % 100 < 20)) return null;
      group += v;
      seen = true;
    } else if (t === "hundred") {
      if (group === 0 || group >= 100) return null;
      group *= 100;
    } else if (t in SCALES) {
      const scale = SCALES[t]!;
      if (group === 0 || scale >= lastScale) return null;
      total += group * scale;
      group = 0;
      lastScale = scale;
    } else return null;
  }
  return seen ? total + group : null;
}
