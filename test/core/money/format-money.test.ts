import { describe, expect, it } from "vitest";
import { formatPence, formatPounds } from "../../../src/core/money/format-money";
import type { Pence } from "../../../src/core/money/pence";
import { ReconcilerError } from "../../../src/core/errors";

describe("formatPence writes pence the UK way", () => {
  it.each<[number, string, string]>([
    [101303000, "£1,013,030.00", "£1,013,030"],
    [65215080, "£652,150.80", "£652,150.80"],
    [-100000, "-£1,000.00", "-£1,000"],
    [0, "£0.00", "£0"],
    [1, "£0.01", "£0.01"],
    [-5, "-£0.05", "-£0.05"],
    [99999, "£999.99", "£999.99"],
    [100000000000, "£1,000,000,000.00", "£1,000,000,000"],
    [9007199254740991, "£90,071,992,547,409.91", "£90,071,992,547,409.91"],
  ])("%i → %s / %s", (p, withPence, withoutPence) => {
    expect(formatPence(p as Pence)).toBe(withPence);
    expect(formatPence(p as Pence, { pence: false })).toBe(withoutPence);
    expect(formatPounds(p as Pence)).toBe(withoutPence);
  });

  it("refuses a figure that is not whole pence", () => {
    expect(() => formatPence(1.5 as Pence)).toThrow(ReconcilerError);
    expect(() => formatPence(Number.NaN as Pence)).toThrow(
      "expected a whole number of pence to format, got NaN",
    );
  });
});
