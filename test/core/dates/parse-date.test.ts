import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addMonths,
  compareIso,
  daysBetweenInclusive,
  endOfMonth,
  fromDayNumber,
  parseDate,
  parseMonthYear,
  toDayNumber,
  toExcelSerial,
} from "../../../src/core/dates/parse-date";
import { ReconcilerError } from "../../../src/core/errors";

describe("parseDate reads dates as people and spreadsheets write them", () => {
  it.each<[string | number, string]>([
    ["2023-10-01", "2023-10-01"],
    ["2023-10-01T00:00:00.000Z", "2023-10-01"],
    ["2024-2-29", "2024-02-29"],
    ["01/10/2023", "2023-10-01"],
    ["1/10/23", "2023-10-01"],
    ["25.10.2022", "2022-10-25"],
    ["25-10-2022", "2022-10-25"],
    ["1st April 2024", "2024-04-01"],
    ["01 Oct 2023", "2023-10-01"],
    ["31st March 2025", "2025-03-31"],
    ["2nd of May 2021", "2021-05-02"],
    ["23rd Sept 2019", "2019-09-23"],
    ["Monday 1st April 2024", "2024-04-01"],
    ["1-Apr-2024", "2024-04-01"],
    ["April 1, 2024", "2024-04-01"],
    ["October 2023", "2023-10-01"],
    ["2023-10", "2023-10-01"],
    ["  1st   April\u00A02024 ", "2024-04-01"],
    [45200, "2023-10-01"],
    [45200.75, "2023-10-01"],
    ["45200", "2023-10-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("%j is %s", (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each<[string | number, string]>([
    ["31/02/2023", `"31/02/2023" is not a date: February 2023 has 28 days`],
    ["29/02/2023", `"29/02/2023" is not a date: February 2023 has 28 days`],
    ["2023-04-31", `"2023-04-31" is not a date: April 2023 has 30 days`],
    ["32nd March 2024", `"32nd March 2024" is not a date: March 2024 has 31 days`],
    [
      "10/13/2023",
      `"10/13/2023" is not a date: there is no month 13 (months run 1–12; UK dates are day/month/year)`,
    ],
    ["", `"" is not a date: it is empty`],
    [
      "yesterday",
      `"yesterday" is not a date: expected e.g. "2023-10-01", "01/10/2023", "1st October 2023" or an Excel date number`,
    ],
    [
      "1st Smarch 2024",
      `"1st Smarch 2024" is not a date: expected e.g. "2023-10-01", "01/10/2023", "1st October 2023" or an Excel date number`,
    ],
    ["0999-01-01", `"0999-01-01" is not a date: the year 999 is out of range (1000–9999)`],
    [60, `"60" is not a date: Excel serial 60 is 29 February 1900, a day that did not exist`],
    [0, `"0" is not a date: Excel date numbers run from 1 (1900-01-01) to 2958465 (9999-12-31)`],
    [-5, `"-5" is not a date: Excel date numbers run from 1 (1900-01-01) to 2958465 (9999-12-31)`],
    [
      Number.NaN,
      `"NaN" is not a date: expected e.g. "2023-10-01", "01/10/2023", "1st October 2023" or an Excel date number`,
    ],
  ])("%j is rejected", (input, message) => {
    let error: unknown;
    try {
      parseDate(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReconcilerError);
    expect((error as ReconcilerError).code).toBe("BAD_DATE");
    expect((error as ReconcilerError).message).toBe(message);
  });

  it("parseMonthYear gives the month's first and last days", () => {
    expect(parseMonthYear("February 2024")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(parseMonthYear("Feb 2023")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(parseMonthYear("2023-12")).toEqual({ start: "2023-12-01", end: "2023-12-31" });
    expect(() => parseMonthYear("1st April 2024")).toThrow(
      `"1st April 2024" is not a date: expected a month and year, e.g. "October 2023"`,
    );
  });

  it("no string makes parseDate throw anything but ReconcilerError", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.stringMatching(/^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}$/)),
        (input) => {
          try {
            const iso = parseDate(input);
            expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          } catch (e) {
            expect(e).toBeInstanceOf(ReconcilerError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("day arithmetic works on whole days, with no time zones", () => {
  it("counts and moves days", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2023-10-01")).toBe(19631);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(daysBetweenInclusive("2023-10-01", "2024-03-31")).toBe(183);
    expect(daysBetweenInclusive("2024-04-01", "2025-03-31")).toBe(365);
    expect(daysBetweenInclusive("2023-10-01", "2023-10-01")).toBe(1);
    expect(compareIso("2023-01-01", "2024-01-01")).toBe(-1);
    expect(compareIso("2024-01-01", "2024-01-01")).toBe(0);
    expect(endOfMonth("1900-02-10")).toBe("1900-02-28");
    expect(endOfMonth("2000-02-10")).toBe("2000-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-03-31", -13)).toBe("2023-02-28");
  });

  it("agrees with the UTC calendar for every day from 1000 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1000-01-01"), max: toDayNumber("9999-12-31") }), (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
        expect(parseDate(iso)).toBe(iso);
      }),
      { numRuns: 3000 },
    );
  });

  it("Excel serial numbers round-trip, and match Excel's 1900 numbering", () => {
    expect(toExcelSerial("2023-10-01")).toBe(45200);
    expect(toExcelSerial("1900-03-01")).toBe(61);
    expect(toExcelSerial("1900-02-28")).toBe(59);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60),
        (serial) => {
          expect(toExcelSerial(parseDate(serial))).toBe(serial);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
