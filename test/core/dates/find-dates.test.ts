import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates } from "../../../src/core/dates/parse-date";
import { normaliseText } from "../../../src/core/text/normalise-text";
import { expectedDecisions, fixtureText } from "../../helpers/fixtures";

function isoAndQuote(text: string): [string, string][] {
  return findDates(text).map((d) => [d.iso, d.quote]);
}

describe("findDates reads dates in running text", () => {
  it.each<[string, [string, string][]]>([
    ["Date 25/10/2022", [["2022-10-25", "25/10/2022"]]],
    [
      "from 1st April 2023 until 31st March 2025",
      [
        ["2023-04-01", "1st April 2023"],
        ["2025-03-31", "31st March 2025"],
      ],
    ],
    ["beginning 01 October 2023.", [["2023-10-01", "01 October 2023"]]],
    [
      "April 2020 to March 2021",
      [
        ["2020-04-01", "April 2020"],
        ["2021-03-01", "March 2021"],
      ],
    ],
    [
      "on 2023-10-01 and 1/10/23",
      [
        ["2023-10-01", "2023-10-01"],
        ["2023-10-01", "1/10/23"],
      ],
    ],
    ["in 2023/24 and 24/25, £1,000 in 2019", []],
    ["31/02/2023 is no date", []],
    ["signed 13 November 2024", [["2024-11-13", "13 November 2024"]]],
    ["May 2024", [["2024-05-01", "May 2024"]]],
  ])("%j", (text, expected) => {
    expect(isoAndQuote(text)).toEqual(expected);
  });

  it("marks a month alone and gives its end", () => {
    const [d] = findDates("until March 2021");
    expect(d).toMatchObject({ iso: "2021-03-01", precision: "month", end: "2021-03-31", offset: 6 });
  });

  it.each(
    expectedDecisions()
      .filter((d) => d.dateSigned)
      .map((d) => [d.file, d.dateSigned!] as const),
  )("finds the signature date of %s among the dates it reads", (file, signed) => {
    const text = normaliseText(fixtureText(file));
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toContain(signed);
    for (const d of found) expect(text.slice(d.offset, d.offset + d.quote.length)).toBe(d.quote);
  });

  it("never throws and its quotes are where its offsets say", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 5 }),
            fc.constantFrom(" 1st ", "April ", "2023", "/", "10", "-", "of "),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join("");
          for (const d of findDates(text))
            expect(text.slice(d.offset, d.offset + d.quote.length)).toBe(d.quote);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
