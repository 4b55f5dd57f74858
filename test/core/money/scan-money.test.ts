import { describe, expect, it } from "vitest";
import { scanMoney } from "../../../src/core/money/scan-money";
import { parseMoney } from "../../../src/core/money/parse-money";
import { normaliseText } from "../../../src/core/text/normalise-text";
import { expectedDecisions, fixtureText } from "../../helpers/fixtures";

function quotes(text: string): [string, number][] {
  return scanMoney(text).map((m) => [m.quote, m.pence]);
}

describe("scanMoney finds every £ figure in running text", () => {
  it.each<[string, [string, number][]]>([
    ["awarded £1,790,932 by the Home Office", [["£1,790,932", 179093200]]],
    ["costing £1.3 billion a year", [["£1.3 billion", 130000000000]]],
    ["a total financial commitment of £2,720,000.", [["£2,720,000", 272000000]]],
    ["authorisation of £780,000.00 funding", [["£780,000.00", 78000000]]],
    ["the initial assignment of c£780,000 from", [["c£780,000", 78000000]]],
    ["the cost (£14b in 2019)", [["£14b", 1400000000000]]],
    [
      "£14bn, £450k, £2.5m and £0.5m.",
      [
        ["£14bn", 1400000000000],
        ["£450k", 45000000],
        ["£2.5m", 250000000],
        ["£0.5m", 50000000],
      ],
    ],
    ["invest £15million of new money", [["£15million", 1500000000]]],
    ["the additional £15 million announced", [["£15 million", 1500000000]]],
    ["£15 millionaires", [["£15", 1500]]],
    ["£5 more", [["£5", 500]]],
    // PDF text sometimes sets the multiplier apart: "£1.5 m" is £1.5 million, never £1.50.
    ["£5 k", [["£5 k", 500000]]],
    ["£1.5 m in 2019", [["£1.5 m", 150000000]]],
    ["£5 b", [["£5", 500]]],
    ["figures in the table are in (£000) and £'000", []],
    ["£5 m2 of floor", [["£5", 500]]],
    ["£5m.", [["£5m", 500000000]]],
    [
      "£3m-£4m",
      [
        ["£3m", 300000000],
        ["£4m", 400000000],
      ],
    ],
    [
      "£1,000-£2,000",
      [
        ["£1,000", 100000],
        ["£2,000", 200000],
      ],
    ],
    ["a saving of -£1,000 here", [["-£1,000", -100000]]],
    ["match funding (£652,151)", [["£652,151", 65215100]]],
    [
      "£ 500 and £\u00A0600",
      [
        ["£ 500", 50000],
        ["£\u00A0600", 60000],
      ],
    ],
    [
      "£5, £6 and £7",
      [
        ["£5", 500],
        ["£6", 600],
        ["£7", 700],
      ],
    ],
    ["£1,00,000 and £1.234 and £1.2.3 and £abc and £", []],
    ["£1000,000", []],
    ["£1,000,0000", []],
    ["£1.5", [["£1.5", 150]]],
    ["£1.25bn", [["£1.25bn", 125000000000]]],
    ["Abc£5", [["£5", 500]]],
    ["£5ms", [["£5", 500]]],
    ["£5m2", [["£5", 500]]],
    ["£99,999,999,999,999,999", []],
  ])("%j", (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it("marks approximate figures", () => {
    const found = scanMoney(
      "c£780,000 then approximately £5m then an estimated £312,000 then £1 then circa £2",
    );
    expect(found.map((m) => m.approximate)).toEqual([true, true, true, false, true]);
  });

  it("gives offsets that slice back to the quote", () => {
    const text = "Pay c£780,000 (£14b in 2019), -£1,000, £1.3 billion.";
    for (const m of scanMoney(text)) expect(text.slice(m.offset, m.offset + m.quote.length)).toBe(m.quote);
    expect(scanMoney(text).map((m) => m.offset)).toEqual([4, 15, 30, 39]);
  });

  it("agrees with parseMoney on every quote it finds", () => {
    const text = "£1,013,030 c£780,000 £15 million £1.3 billion £14b £450k £2.5m £780,000.00 -£1,000";
    for (const m of scanMoney(text)) expect(parseMoney(m.quote)).toBe(m.pence);
  });

  it.each(expectedDecisions().map((d) => [d.file, d] as const))(
    "finds the figures a careful reader finds in %s",
    (file, expected) => {
      const text = normaliseText(fixtureText(file));
      const found = scanMoney(text);
      expect(found.map((m) => m.pence)).toEqual(expected.amounts);
      for (const m of found) expect(text.slice(m.offset, m.offset + m.quote.length)).toBe(m.quote);
    },
  );

  it("handles non-strings and huge inputs without throwing", () => {
    expect(scanMoney(undefined as unknown as string)).toEqual([]);
    expect(scanMoney("£".repeat(100000))).toEqual([]);
    expect(scanMoney("£" + "9".repeat(100000))).toEqual([]);
    const many = "£1,000 ".repeat(20000);
    expect(scanMoney(many)).toHaveLength(20000);
  });
});
