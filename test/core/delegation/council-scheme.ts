/**
 * A small scheme another body might write (used by the core and the CLI tests): two levels, two kinds, two
 * versions, "more than £1m" until 2023-03-31 and "£1m or more" from 2023-04-01.
 */
export function councilScheme(): any {
  return {
    name: "Example Council Scheme of Delegation",
    body: "Example Council",
    levels: [
      { id: "Cabinet", title: "Cabinet", rank: 1, aliases: ["the Cabinet"] },
      { id: "Director", title: "Director of Finance", rank: 2, aliases: ["Finance Director"] },
    ],
    kinds: [
      { id: "spend", label: "expenditure", aliases: ["funding"] },
      { id: "grant", label: "grant", aliases: [] },
    ],
    versions: [
      {
        inForceFrom: "2020-04-01",
        inForceTo: "2023-03-31",
        source: "Constitution 2020, Part 3",
        rules: [
          {
            kind: "spend",
            level: "Cabinet",
            paragraph: "3.1",
            text: "Spending over £1m is for Cabinet",
            threshold: { pence: 100000000, comparison: "more-than" },
          },
          {
            kind: "grant",
            level: "Director",
            paragraph: "3.4",
            text: "Grants are for the Director of Finance",
            threshold: null,
          },
        ],
        fallbacks: [
          {
            kind: "spend",
            level: "Director",
            paragraph: "3.2",
            text: "Other spending is for the Director of Finance",
          },
        ],
      },
      {
        inForceFrom: "2023-04-01",
        inForceTo: null,
        source: "Constitution 2023, Part 3",
        rules: [
          {
            kind: "spend",
            level: "Cabinet",
            paragraph: "3.1",
            text: "Spending of £1m or more is for Cabinet",
            threshold: { pence: 100000000, comparison: "at-least" },
          },
          {
            kind: "grant",
            level: "Director",
            paragraph: "3.4",
            text: "Grants are for the Director of Finance",
            threshold: null,
          },
        ],
        fallbacks: [
          {
            kind: "spend",
            level: "Director",
            paragraph: "3.2",
            text: "Other spending is for the Director of Finance",
          },
        ],
      },
    ],
  };
}
