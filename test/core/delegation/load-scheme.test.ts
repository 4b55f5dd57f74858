import { describe, expect, it } from "vitest";
import { ReconcilerError } from "../../../src/core/errors";
import type { Pence } from "../../../src/core/money/pence";
import { delegationLevel, loadScheme, mopacScheme, parseSchemeText } from "../../../src/core/delegation";
import bundledMopac from "../../../src/core/delegation/schemes/mopac.json";
import { councilScheme } from "./council-scheme";

function messageOf(json: unknown, file = "my-scheme.json"): string {
  try {
    loadScheme(json, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ReconcilerError);
    expect((e as ReconcilerError).code).toBe("BAD_SCHEME");
    return (e as ReconcilerError).describe();
  }
  throw new Error("expected the scheme to be refused");
}

function edit(f: (s: any) => void): any {
  const s = councilScheme();
  f(s);
  return s;
}

describe("loadScheme", () => {
  it("the bundled MOPAC scheme validates", () => {
    expect(mopacScheme().versions.length).toBeGreaterThanOrEqual(3);
    expect(() => loadScheme(bundledMopac)).not.toThrow();
  });

  it("every MOPAC rule and fallback says where it is known from", () => {
    for (const v of mopacScheme().versions) {
      for (const r of [...v.rules, ...v.fallbacks])
        expect(r.source, r.text).toMatch(/PCD \d+|decisions of 2015-16/);
    }
  });

  it("loads another body's scheme and applies it", () => {
    const s = loadScheme(councilScheme(), "council.json");
    const at = (pence: number, date: string) =>
      delegationLevel(s, { amountPence: pence as Pence, kind: "spend", date });
    expect(at(100000000, "2022-01-01").level).toBe("Director");
    expect(at(100000000, "2024-01-01").level).toBe("Cabinet");
    expect(at(100000000, "2024-01-01").rule).toBe("Spending of £1m or more is for Cabinet (para 3.1)");
    expect(at(100000000, "2024-01-01").scheme).toBe(
      "Example Council Scheme of Delegation, version from 2023-04-01",
    );
  });

  it.each<[string, unknown, string]>([
    [
      "not an object",
      "hello",
      'my-scheme.json: (the whole file): Invalid input: expected object, received string, got "hello"',
    ],
    [
      "missing name",
      edit((s) => delete s.name),
      "my-scheme.json: name: missing; expected the scheme's name as text",
    ],
    [
      "empty body",
      edit((s) => (s.body = " ")),
      `my-scheme.json: body: expected the body the scheme belongs to as text, not empty, got ""`,
    ],
    [
      "missing versions",
      edit((s) => delete s.versions),
      "my-scheme.json: versions: missing; expected a list of versions",
    ],
    [
      "fractional pence",
      edit((s) => (s.versions[0].rules[0].threshold.pence = 500000.5)),
      "my-scheme.json: versions[0].rules[0].threshold.pence: expected a whole number of pence, got 500000.5",
    ],
    [
      "pence as text",
      edit((s) => (s.versions[1].rules[0].threshold.pence = "£1,000,000")),
      'my-scheme.json: versions[1].rules[0].threshold.pence: expected a whole number of pence, got "£1,000,000"',
    ],
    [
      "negative pence",
      edit((s) => (s.versions[1].rules[0].threshold.pence = -1)),
      "my-scheme.json: versions[1].rules[0].threshold.pence: expected a whole number of pence, not negative, got -1",
    ],
    [
      "bad comparison",
      edit((s) => (s.versions[1].rules[0].threshold.comparison = "over")),
      'my-scheme.json: versions[1].rules[0].threshold.comparison: expected "at-least" or "more-than", got "over"',
    ],
    [
      "missing threshold",
      edit((s) => delete s.versions[1].rules[1].threshold),
      "my-scheme.json: versions[1].rules[1].threshold: missing; Invalid input: expected object, received undefined",
    ],
    [
      "missing paragraph",
      edit((s) => delete s.versions[0].fallbacks[0].paragraph),
      "my-scheme.json: versions[0].fallbacks[0].paragraph: missing; expected the paragraph as text",
    ],
    [
      "bad rank",
      edit((s) => (s.levels[1].rank = 0)),
      "my-scheme.json: levels[1].rank: expected a whole-number rank (1 = most senior), got 0",
    ],
    [
      "bad date",
      edit((s) => (s.versions[0].inForceFrom = "1 April 2020")),
      'my-scheme.json: versions[0].inForceFrom: expected a real date written YYYY-MM-DD, got "1 April 2020"',
    ],
    [
      "unknown field",
      edit((s) => (s.versions[0].rules[0].amount = 5)),
      'my-scheme.json: versions[0].rules[0]: unknown field "amount"',
    ],
    [
      "overlapping versions",
      edit((s) => (s.versions[1].inForceFrom = "2023-01-01")),
      "my-scheme.json: versions[1].inForceFrom: 2023-01-01 overlaps versions[0] (2020-04-01 to 2023-03-31); versions must be in date order, each starting the day after the one before ends (2023-04-01)",
    ],
    [
      "versions out of order",
      edit((s) => s.versions.reverse()),
      "my-scheme.json: versions[0].inForceTo: is null (open-ended) but versions[1] follows it; only the last version may be open-ended",
    ],
    [
      "a gap between versions",
      edit((s) => (s.versions[1].inForceFrom = "2023-05-01")),
      "my-scheme.json: versions[1].inForceFrom: 2023-05-01 leaves a gap after versions[0] (2020-04-01 to 2023-03-31); it should start on 2023-04-01",
    ],
    [
      "a rule for an unknown level",
      edit((s) => (s.versions[0].rules[1].level = "Mayor")),
      'my-scheme.json: versions[0].rules[1].level: unknown level "Mayor"; the scheme\'s levels are Cabinet, Director',
    ],
    [
      "a fallback for an unknown kind",
      edit((s) => (s.versions[1].fallbacks[0].kind = "loan")),
      'my-scheme.json: versions[1].fallbacks[0].kind: unknown kind "loan"; the scheme\'s kinds are spend, grant',
    ],
    [
      "a level defined twice",
      edit((s) => s.levels.push({ id: "Cabinet", title: "Full Council", rank: 1, aliases: [] })),
      'my-scheme.json: levels[2].id: level "Cabinet" is defined twice',
    ],
    [
      "a kind id with spaces",
      edit((s) => (s.kinds[0].id = "capital spend")),
      'my-scheme.json: kinds[0].id: expected an id of letters, digits and hyphens, got "capital spend" (and 4 more problems)',
    ],
  ])("%s → exact message", (_, json, message) => {
    expect(messageOf(json)).toBe(message);
  });

  it("without a file name the message starts at the path", () => {
    expect(() => loadScheme(edit((s) => (s.versions[0].rules[0].threshold.pence = 1.5)))).toThrow(
      /^versions\[0\]\.rules\[0\]\.threshold\.pence: expected a whole number of pence, got 1\.5$/,
    );
  });
});

describe("parseSchemeText", () => {
  it("text that is not JSON → BAD_SCHEME naming the file", () => {
    // Whether the JSON engine gives a position here differs between Node versions, so only the frame is fixed.
    expect(() => parseSchemeText("name: MOPAC", "c.json")).toThrow(
      /^not valid JSON( \(line 1, column \d+\))?; a scheme file is a JSON object$/,
    );
  });

  it("reads a scheme from JSON text", () => {
    expect(parseSchemeText(JSON.stringify(councilScheme()), "c.json").name).toBe(
      "Example Council Scheme of Delegation",
    );
  });

  it.each([
    ["", "c.json: the file is empty; a scheme file is a JSON object"],
    ["   \n", "c.json: the file is empty; a scheme file is a JSON object"],
    ['{\n  "name": "x",\n}', "c.json: not valid JSON (line 3, column 1); a scheme file is a JSON object"],
  ])("%j → %s", (text, message) => {
    let caught: unknown;
    try {
      parseSchemeText(text, "c.json");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReconcilerError);
    expect((caught as ReconcilerError).code).toBe("BAD_SCHEME");
    expect((caught as ReconcilerError).describe()).toBe(message);
  });
});
