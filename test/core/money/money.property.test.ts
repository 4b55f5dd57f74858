import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatPence } from "../../../src/core/money/format-money";
import { parseMoney, parseMoneyCell } from "../../../src/core/money/parse-money";
import { scanMoney } from "../../../src/core/money/scan-money";
import { MAX_PENCE, type Pence } from "../../../src/core/money/pence";
import { ReconcilerError } from "../../../src/core/errors";

const anyPence = fc.integer({ min: -MAX_PENCE, max: MAX_PENCE }).map((n) => n as Pence);

// Text that looks like decision prose: words, figures, £ signs, separators, multipliers and odd characters.
const moneyish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "£",
        "c£",
        "-£",
        "(£",
        ",",
        ".",
        " ",
        "\n",
        "m",
        "bn",
        "b",
        "k",
        "million",
        "by",
        "0",
        "000",
        ",000",
        "1.3",
        "–",
        ")",
      ),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

function onlyReconcilerErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ReconcilerError);
  }
}

describe("money properties", () => {
  it("formatPence then parseMoney gives the same pence, with and without pence shown", () => {
    fc.assert(
      fc.property(anyPence, (p) => {
        expect(parseMoney(formatPence(p))).toBe(p === 0 ? 0 : p);
        expect(parseMoney(formatPence(p, { pence: false }))).toBe(p === 0 ? 0 : p);
      }),
      { numRuns: 2000 },
    );
  });

  it("every figure scanMoney finds formats and reads back to the same pence", () => {
    fc.assert(
      fc.property(anyPence, fc.string(), fc.string(), (p, before, after) => {
        const text = `${before} ${formatPence(p)}; ${after}`;
        const found = scanMoney(text);
        expect(found.some((m) => m.pence === p)).toBe(true);
      }),
    );
  });

  it("scanMoney's quotes are where its offsets say, in order, and each one parses to its pence", () => {
    fc.assert(
      fc.property(moneyish, (text) => {
        const found = scanMoney(text);
        let last = -1;
        for (const m of found) {
          expect(text.slice(m.offset, m.offset + m.quote.length)).toBe(m.quote);
          expect(m.offset).toBeGreaterThan(last);
          last = m.offset + m.quote.length - 1;
          expect(Number.isSafeInteger(m.pence)).toBe(true);
          expect(parseMoney(m.quote)).toBe(m.pence);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("no input makes parseMoney or parseMoneyCell throw anything but ReconcilerError", () => {
    fc.assert(
      fc.property(fc.oneof(moneyish, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        onlyReconcilerErrors(() => parseMoney(text));
        onlyReconcilerErrors(() => parseMoneyCell(text));
        expect(() => scanMoney(text)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.double(), (value, n) => {
        onlyReconcilerErrors(() => parseMoneyCell(value));
        onlyReconcilerErrors(() => parseMoneyCell(n));
      }),
      { numRuns: 2000 },
    );
  });

  it("parseMoneyCell reads any whole-penny number of pounds Excel holds (15 digits) exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (p) => {
        expect(parseMoneyCell(p / 100)).toBe(p === 0 ? 0 : p);
      }),
      { numRuns: 3000 },
    );
  });
});
