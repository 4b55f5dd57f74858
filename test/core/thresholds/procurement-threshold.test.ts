import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ReconcilerError } from "../../../src/core/errors";
import {
  dayAfter,
  loadThresholdTable,
  procurementThreshold,
  thresholdTable,
  thresholdValue,
  type ThresholdVersion,
} from "../../../src/core/thresholds";

function errorOf(f: () => unknown): ReconcilerError {
  try {
    f();
  } catch (e) {
    if (e instanceof ReconcilerError) return e;
    throw e;
  }
  throw new Error("expected a ReconcilerError");
}

describe("procurementThreshold", () => {
  it("gives the 2022-23 sub-central services threshold on 2023-09-01, VAT-inclusive", () => {
    const t = procurementThreshold({ date: "2023-09-01" });
    expect(t).toMatchObject({
      pence: 21347700,
      from: "2022-01-01",
      to: "2023-12-31",
      vatInclusive: true,
      category: "services",
      authority: "sub-central",
    });
    expect(t.source).toContain("SI 2021/1221");
  });

  // Figures from /work/shared/notes/procurement-thresholds.md, read per version: [date, central, sub-central, works, light-touch, VAT].
  it.each([
    ["2016-01-01", 10604700, 16417600, 410439400, 58914800, false],
    ["2017-12-31", 10604700, 16417600, 410439400, 58914800, false],
    ["2018-01-01", 11813300, 18130200, 455141300, 61527800, false],
    ["2021-12-31", 12297600, 18933000, 473325200, 66354000, false],
    ["2022-01-01", 13876000, 21347700, 533693700, 66354000, true],
    ["2024-11-13", 13968800, 21490400, 537260900, 66354000, true],
    ["2025-12-31", 13968800, 21490400, 537260900, 66354000, true],
    ["2026-01-01", 13501800, 20772000, 519300000, 66354000, true],
    ["2031-06-30", 13501800, 20772000, 519300000, 66354000, true],
  ] as const)(
    "on %s: central %i, sub-central %i, works %i, light-touch %i",
    (date, central, sub, works, lt, vat) => {
      expect(procurementThreshold({ date, authority: "central" }).pence).toBe(central);
      expect(procurementThreshold({ date }).pence).toBe(sub);
      expect(procurementThreshold({ date, category: "works" }).pence).toBe(works);
      expect(procurementThreshold({ date, category: "works", authority: "central" }).pence).toBe(works);
      expect(procurementThreshold({ date, category: "light-touch" }).pence).toBe(lt);
      expect(procurementThreshold({ date }).vatInclusive).toBe(vat);
    },
  );

  it("the current version is open-ended", () => {
    expect(procurementThreshold({ date: "2026-03-01" }).to).toBeNull();
  });

  it.each([
    [
      "2015-12-31",
      "NO_THRESHOLD",
      "no procurement threshold is known for 2015-12-31; the table covers 2016-01-01 to the present",
    ],
    ["2023-02-29", "BAD_DATE", 'expected the date as an ISO date YYYY-MM-DD, got "2023-02-29"'],
    ["01/09/2023", "BAD_DATE", 'expected the date as an ISO date YYYY-MM-DD, got "01/09/2023"'],
  ])("date %s → %s", (date, code, message) => {
    const e = errorOf(() => procurementThreshold({ date }));
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it("rejects an unknown category or authority by name", () => {
    expect(
      errorOf(() => procurementThreshold({ date: "2023-01-01", category: "goods" as never })).message,
    ).toBe('unknown threshold category "goods"; expected one of services, works, light-touch');
    expect(
      errorOf(() => procurementThreshold({ date: "2023-01-01", authority: "local" as never })).message,
    ).toBe('unknown contracting authority "local"; expected one of sub-central, central');
  });
});

const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => toIso(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000));
const dayArb = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map(toIso);

describe("procurementThreshold (properties)", () => {
  it("for any date from the first version on, returns the version whose range contains it", () => {
    const table = thresholdTable();
    fc.assert(
      fc.property(dayArb(table[0]!.inForceFrom, "2040-12-31"), (date) => {
        const t = procurementThreshold({ date });
        const containing = table.filter(
          (v) => v.inForceFrom <= date && (v.inForceTo === null || date <= v.inForceTo),
        );
        expect(containing).toHaveLength(1);
        expect(t.from).toBe(containing[0]!.inForceFrom);
        expect(t.to).toBe(containing[0]!.inForceTo);
        expect(t.pence).toBe(containing[0]!.subCentralServicesPence);
      }),
    );
  });

  it("holds for generated tables too: contiguous versions, any date inside finds its own version", () => {
    // Tables starting after 2022-01-01, so every version is VAT-inclusive and none straddles the VAT change.
    const tableArb = fc
      .tuple(
        dayArb("2022-01-01", "2030-01-01"),
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 6 }),
      )
      .map(([start, lengths]) => {
        let from = start;
        return lengths.map((len, i) => {
          const to = addDays(from, len - 1);
          const v = {
            inForceFrom: from,
            inForceTo: i === lengths.length - 1 ? null : to,
            vatInclusive: true,
            centralServicesPence: 1000 + i,
            subCentralServicesPence: 2000 + i,
            worksPence: 3000 + i,
            lightTouchPence: 4000 + i,
            source: `version ${i}`,
          };
          from = dayAfter(to);
          return v;
        });
      });
    fc.assert(
      fc.property(tableArb, fc.nat(), (versions, pick) => {
        const table: ThresholdVersion[] = loadThresholdTable({ versions });
        const v = table[pick % table.length]!;
        const date = v.inForceTo ?? v.inForceFrom;
        const t = procurementThreshold({ date, category: "works" }, table);
        expect(t.from).toBe(v.inForceFrom);
        expect(t.pence).toBe(thresholdValue(v, "works", "sub-central"));
      }),
    );
  });
});
