import { describe, expect, it } from "vitest";
import { withoutPageFurniture } from "../../../src/core/decision/page-furniture";

/** The text's lines that were blanked, trimmed. */
function blanked(text: string): string[] {
  const out = withoutPageFurniture(text);
  expect(out).toHaveLength(text.length);
  const gone: string[] = [];
  let at = 0;
  for (const line of text.split(/[\n\f]/)) {
    if (line.trim() !== "" && out.slice(at, at + line.length).trim() === "") gone.push(line.trim());
    at += line.length + 1;
  }
  return gone;
}

const footer = (n: number) => `PCD July 2020${" ".repeat(63)}${n}`;

describe("withoutPageFurniture", () => {
  it("blanks a form's footer whose page number counts up, before each form feed", () => {
    const text = [
      "1.2. Statutory guidance requires local authorities to offer an independent return home",
      "",
      footer(1),
      "\finterview to every child who returns after being missing.",
      "",
      "2.1. The evaluation found 23% fewer repeat missing episodes.",
      "",
      footer(2),
      "\f3. Financial Comments",
      "",
      "3.1. The grant will be funded from the Violence Reduction Unit budget.",
      "",
      footer(3),
    ].join("\n");
    expect(blanked(text)).toEqual([footer(1).trim(), footer(2).trim(), footer(3).trim()]);
    // The sentence the page break cut meets again, one line break between its halves.
    const out = withoutPageFurniture(text);
    expect(out).toMatch(/return home *\ninterview to every child/);
    expect(out).toMatch(/episodes\. *\n3\. Financial Comments/);
  });

  it("never blanks a line that carries money, or a signature line, however often it stands at a page's edge", () => {
    const text = [
      "Total                                 £1,230,000      £1,230,000",
      "Page 1 of 3",
      "Total                                 £1,230,000      £1,230,000",
      "Signature                                        Date   12/12/2024",
      "Page 2 of 3",
      "Total                                 £1,230,000      £1,230,000",
      "Signature                                        Date   12/12/2024",
      "Page 3 of 3",
    ].join("\n");
    expect(blanked(text)).toEqual(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]);
  });

  it("leaves a text with no pages as it is", () => {
    const text = "Executive Summary:\n\nOFFICIAL figures show a rise.\n\nRecommendation:\n";
    expect(withoutPageFurniture(text)).toBe(text);
  });
});
