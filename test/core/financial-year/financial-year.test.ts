import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  compareFinancialYears,
  financialYearEnd,
  financialYearInHeader,
  financialYearOf,
  financialYearStart,
  financialYearsBetween,
  findFinancialYears,
  nextFinancialYear,
  parseFinancialYear,
  previousFinancialYear,
} from "../../../src/core/financial-year/financial-year";
import { ReconcilerError } from "../../../src/core/errors";
import { addDays, fromDayNumber, toDayNumber } from "../../../src/core/dates/parse-date";

describe("parseFinancialYear", () => {
  it.each([
    "2023/24",
    "2023/2024",
    "2023-24",
    "2023-2024",
    "23/24",
    "FY23/24",
    "FY 2023-24",
    "FY2023/24",
    "fy 23-24",
    "2023–24",
    "2023 / 24",
    "Financial year 2023/24",
  ])("%j is 2023/24", (label) => {
    expect(parseFinancialYear(label)).toBe("2023/24");
  });

  it("crosses centuries", () => {
    expect(parseFinancialYear("1999/2000")).toBe("1999/00");
    expect(parseFinancialYear("1999/00")).toBe("1999/00");
    expect(nextFinancialYear("2099/00")).toBe("2100/01");
  });

  it.each([
    [
      "2023/25",
      `"2023/25" is not a financial year: the second year must follow the first (expected "2023/24")`,
    ],
    [
      "2023/23",
      `"2023/23" is not a financial year: the second year must follow the first (expected "2023/24")`,
    ],
    ["23/25", `"23/25" is not a financial year: the second year must follow the first (expected "2023/24")`],
    [
      "1999/2001",
      `"1999/2001" is not a financial year: the second year must follow the first (expected "1999/00")`,
    ],
    [
      "2024/23",
      `"2024/23" is not a financial year: the second year must follow the first (expected "2024/25")`,
    ],
    ["2023", `"2023" is not a financial year: a single year is ambiguous (expected e.g. "2023/24")`],
    ["FY24", `"FY24" is not a financial year: a single year is ambiguous (expected e.g. "2023/24")`],
    ["", `"" is not a financial year: expected e.g. "2023/24"`],
    ["next year", `"next year" is not a financial year: expected e.g. "2023/24"`],
    ["2023/24/25", `"2023/24/25" is not a financial year: expected e.g. "2023/24"`],
  ])("%j is rejected", (label, message) => {
    let error: unknown;
    try {
      parseFinancialYear(label);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReconcilerError);
    expect((error as ReconcilerError).code).toBe("BAD_FINANCIAL_YEAR");
    expect((error as ReconcilerError).message).toBe(message);
  });

  it("no string makes it throw anything but ReconcilerError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(FY ?)?\d{2,4}[/–-]\d{2,4}$/)), (label) => {
        try {
          expect(parseFinancialYear(label)).toMatch(/^\d{4}\/\d{2}$/);
        } catch (e) {
          expect(e).toBeInstanceOf(ReconcilerError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("financial years and dates", () => {
  it.each([
    ["2024-03-31", "2023/24"],
    ["2024-04-01", "2024/25"],
    ["2023-10-01", "2023/24"],
    ["01/04/2024", "2024/25"],
    ["31st March 2025", "2024/25"],
  ])("%s is in %s", (date, fy) => {
    expect(financialYearOf(date)).toBe(fy);
  });

  it("reads Excel serial numbers", () => {
    expect(financialYearOf(45200)).toBe("2023/24");
  });

  it("knows each year's start, end and neighbours", () => {
    expect(financialYearStart("2023/24")).toBe("2023-04-01");
    expect(financialYearEnd("2023/24")).toBe("2024-03-31");
    expect(financialYearEnd("FY 23-24")).toBe("2024-03-31");
    expect(nextFinancialYear("2023/24")).toBe("2024/25");
    expect(previousFinancialYear("2023/24")).toBe("2022/23");
    expect(compareFinancialYears("2023/24", "2024/25")).toBe(-1);
    expect(compareFinancialYears("2024/25", "2023/24")).toBe(1);
    expect(compareFinancialYears("2024/25", "24/25")).toBe(0);
    expect(financialYearsBetween("2023-10-01", "2025-03-31")).toEqual(["2023/24", "2024/25"]);
    expect(financialYearsBetween("2025-04-01", "2028-03-31")).toEqual(["2025/26", "2026/27", "2027/28"]);
    expect(financialYearsBetween("2024-03-31", "2024-04-01")).toEqual(["2023/24", "2024/25"]);
    expect(() => financialYearsBetween("2025-04-01", "2024-04-01")).toThrow(ReconcilerError);
  });

  it("every date lies within its financial year, and the day after a year's end starts the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("9990-12-31") }), (n) => {
        const date = fromDayNumber(n);
        const fy = financialYearOf(date);
        expect(financialYearStart(fy) <= date && date <= financialYearEnd(fy)).toBe(true);
        expect(financialYearOf(addDays(financialYearEnd(fy), 1))).toBe(nextFinancialYear(fy));
        expect(parseFinancialYear(fy)).toBe(fy);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("financialYearInHeader", () => {
  it.each([
    ["24/25 Allocation", "2024/25"],
    ["2023/24", "2023/24"],
    ["FY 24/25", "2024/25"],
    ["Budget 2023-2024 (£)", "2023/24"],
    ["2023–24 forecast", "2023/24"],
    ["Spend FY2022/23", "2022/23"],
  ])("%j names %s", (header, fy) => {
    expect(financialYearInHeader(header)).toBe(fy);
  });

  it.each(["Ref", "Amount", "", "Date 01/10/2023", "2023-10-01", "2023/25", "Total (£)", "Line 12/13a"])(
    "%j names none",
    (header) => {
      expect(financialYearInHeader(header)).toBeNull();
    },
  );
});

describe("findFinancialYears", () => {
  function read(text: string): [string[], string][] {
    return findFinancialYears(text).map((m) => [m.years, m.quote]);
  }

  it.each<[string, [string[], string][]]>([
    [
      "in 2023/24 and 2024/25",
      [
        [["2023/24"], "2023/24"],
        [["2024/25"], "2024/25"],
      ],
    ],
    ["2019/20-21/22", [[["2019/20", "2020/21", "2021/22"], "2019/20-21/22"]]],
    ["financial years 2025-28", [[["2025/26", "2026/27", "2027/28"], "financial years 2025-28"]]],
    [
      "over 23/24 and 24/25.",
      [
        [["2023/24"], "23/24"],
        [["2024/25"], "24/25"],
      ],
    ],
    ["from 2023/24 to 2025/26", [[["2023/24", "2024/25", "2025/26"], "2023/24 to 2025/26"]]],
    ["£1,999,600 FY 2018/19 for", [[["2018/19"], "FY 2018/19"]]],
    ["Date 25/10/2022 and 2023-10-01", []],
    ["2023/25 is no year", []],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("gives offsets that slice back to the quote and never throws", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 4 }),
            fc.constantFrom("2023/24", "-", "24/25", " to ", "financial years ", "2025-28", "FY"),
          ),
          {
            maxLength: 20,
          },
        ),
        (parts) => {
          const text = parts.join("");
          for (const m of findFinancialYears(text)) {
            expect(text.slice(m.offset, m.offset + m.quote.length)).toBe(m.quote);
            expect(m.years.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
