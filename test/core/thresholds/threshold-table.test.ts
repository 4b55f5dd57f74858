import { describe, expect, it } from "vitest";
import { ReconcilerError } from "../../../src/core/errors";
import { loadThresholdTable, thresholdTable } from "../../../src/core/thresholds";
import bundled from "../../../src/core/thresholds/procurement-thresholds.json";

function version(over: Record<string, unknown> = {}) {
  return {
    inForceFrom: "2018-01-01",
    inForceTo: "2019-12-31",
    vatInclusive: false,
    centralServicesPence: 11813300,
    subCentralServicesPence: 18130200,
    worksPence: 455141300,
    lightTouchPence: 61527800,
    source: "test",
    ...over,
  };
}
const next = (over: Record<string, unknown> = {}) =>
  version({ inForceFrom: "2020-01-01", inForceTo: "2021-12-31", ...over });

describe("the bundled thresholds table", () => {
  it("validates, starts in 2016 and runs in date order with no gaps", () => {
    const t = thresholdTable();
    expect(t[0]!.inForceFrom).toBe("2016-01-01");
    expect(t.at(-1)!.inForceTo).toBeNull();
    expect(t.length).toBe(bundled.versions.length);
  });

  it("every version names its legal source", () => {
    for (const v of thresholdTable()) expect(v.source.length).toBeGreaterThan(10);
  });
});

describe("loadThresholdTable rejects bad tables with the path and the value", () => {
  it.each<[string, unknown, string]>([
    ["not an object", [], "(the whole file): Invalid input: expected object, received array, got []"],
    ["no versions", {}, "versions: missing; expected a list of versions"],
    ["empty versions", { versions: [] }, "versions: expected at least one version, got []"],
    [
      "pence with a fraction",
      { versions: [version({ worksPence: 455141300.5 })] },
      "versions[0].worksPence: expected a whole number of pence, got 455141300.5",
    ],
    [
      "pence as a string",
      { versions: [version({ worksPence: "£4,551,413" })] },
      'versions[0].worksPence: expected a whole number of pence, got "£4,551,413"',
    ],
    [
      "a bad date",
      { versions: [version({ inForceFrom: "2018-13-01" })] },
      'versions[0].inForceFrom: expected a real date written YYYY-MM-DD, got "2018-13-01"',
    ],
    [
      "missing source",
      { versions: [version({ source: undefined })] },
      "versions[0].source: missing; expected the legal source as text",
    ],
    [
      "an unknown field",
      { versions: [version({ goodsPence: 1 })] },
      'versions[0]: unknown field "goodsPence"',
    ],
    [
      "overlapping versions",
      { versions: [version(), next({ inForceFrom: "2019-06-01" })] },
      "versions[1].inForceFrom: 2019-06-01 overlaps versions[0] (2018-01-01 to 2019-12-31); versions must be in date order, each starting the day after the one before ends (2020-01-01)",
    ],
    [
      "a gap",
      { versions: [version(), next({ inForceFrom: "2020-02-01" })] },
      "versions[1].inForceFrom: 2020-02-01 leaves a gap after versions[0] (2018-01-01 to 2019-12-31); it should start on 2020-01-01",
    ],
    [
      "an open-ended version before another",
      {
        versions: [
          version({ inForceFrom: "2022-01-01", inForceTo: null, vatInclusive: true }),
          next({ inForceFrom: "2024-01-01", inForceTo: null, vatInclusive: true }),
        ],
      },
      "versions[0].inForceTo: is null (open-ended) but versions[1] follows it; only the last version may be open-ended",
    ],
    [
      "ends before it starts",
      { versions: [version({ inForceTo: "2017-12-31" })] },
      "versions[0].inForceTo: ends (2017-12-31) before it starts (2018-01-01)",
    ],
    [
      "VAT-inclusive before 2022",
      { versions: [version({ vatInclusive: true })] },
      "versions[0].vatInclusive: must be false for a version from 2018-01-01: thresholds include VAT from 2022-01-01",
    ],
    [
      "straddling the VAT change",
      { versions: [version({ inForceTo: null })] },
      "versions[0].inForceTo: a version may not straddle 2022-01-01, when thresholds became VAT-inclusive",
    ],
  ])("%s", (_, json, message) => {
    let caught: unknown;
    try {
      loadThresholdTable(json, "t.json");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReconcilerError);
    const e = caught as ReconcilerError;
    expect(e.message).toBe(message);
    expect(e.describe()).toBe(`t.json: ${message}`);
  });

  it("counts further problems after the first", () => {
    expect(() =>
      loadThresholdTable({ versions: [version({ worksPence: 1.5, lightTouchPence: -1 })] }),
    ).toThrow("versions[0].worksPence: expected a whole number of pence, got 1.5 (and 1 more problem)");
  });
});
