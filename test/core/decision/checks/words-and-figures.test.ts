import { describe, expect, it } from "vitest";
import { wordsAndFigures } from "../../../../src/core/decision/checks/words-and-figures";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

const text = (words: string) =>
  decisionText({
    summary: "This decision extends the grant to Safer London.",
    recommendation: `1. Approve a grant extension of ${words} to Safer London from 1 April 2025 to 31 March 2026.`,
    financial: "3.1. The grant is met from the Violence Reduction budget.",
  });

describe("WORDS_AND_FIGURES_DIFFER", () => {
  it.each([
    "one million two hundred thousand pounds (£1,250,000)",
    "£1,250,000 (one million two hundred thousand pounds)",
  ])("raises an error where the sum in words is not the figure: %s", (words) => {
    const found = withCode(check(text(words), wordsAndFigures).findings, "WORDS_AND_FIGURES_DIFFER");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("£1,200,000");
    expect(found[0]!.message).toContain("£1,250,000");
    expect(quotesOf(found[0]!)[0]).toContain("one million two hundred thousand pounds");
  });

  it.each([
    "one million two hundred and fifty thousand pounds (£1,250,000)",
    "one million two hundred thousand pounds (£1.2m)",
    "£1,250,000",
  ])("says nothing where they agree, or there are no words: %s", (words) => {
    expect(check(text(words), wordsAndFigures).findings).toEqual([]);
  });
});
