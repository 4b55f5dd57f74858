import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poundsInWords } from "../../../src/core/text/money-words";

/** A number in words, the way decisions write sums: "two hundred and fifty thousand". */
function inWords(n: number): string {
  const units = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
  ];
  const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  const below1000 = (x: number): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    const rest =
      r === 0 ? "" : r < 20 ? units[r]! : `${tens[Math.floor(r / 10)]}${r % 10 ? `-${units[r % 10]}` : ""}`;
    return h === 0 ? rest : `${units[h]} hundred${rest ? ` and ${rest}` : ""}`;
  };
  if (n === 0) return "zero";
  const parts: string[] = [];
  for (const [scale, name] of [
    [1_000_000, "million"],
    [1_000, "thousand"],
  ] as const) {
    if (n >= scale) {
      parts.push(`${below1000(Math.floor(n / scale))} ${name}`);
      n %= scale;
    }
  }
  if (n > 0 || parts.length === 0) parts.push(below1000(n));
  return parts.join(" ");
}

describe("sums written in words", () => {
  it.each([
    ["one million two hundred thousand", 1_200_000],
    ["two hundred and fifty thousand", 250_000],
    ["one million, two hundred and fifty thousand", 1_250_000],
    ["a million", 1_000_000],
    ["forty-five thousand", 45_000],
    ["three hundred and six", 306],
  ])("%s is %d", (words, n) => {
    expect(poundsInWords(words)).toBe(n);
  });

  it.each(["five twenty", "thousand", "one million two million", "twelve five", "and"])(
    "%s is no number",
    (w) => {
      expect(poundsInWords(w)).toBeNull();
    },
  );

  it("reads back every whole sum up to a thousand million written out in words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(poundsInWords(inWords(n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});
