import { describe, expect, it } from "vitest";
import { moneyQualifier, parseMoney, parseMoneyCell } from "../../../src/core/money/parse-money";
import { ReconcilerError } from "../../../src/core/errors";

function errorOf(run: () => unknown): ReconcilerError {
  try {
    run();
  } catch (e) {
    if (e instanceof ReconcilerError) return e;
    throw new Error(`expected a ReconcilerError, got ${String(e)}`);
  }
  throw new Error("expected a ReconcilerError, but nothing was thrown");
}

describe("parseMoney reads amounts as people write them", () => {
  it.each([
    ["£1,013,030", 101303000],
    ["£652,150.80", 65215080],
    ["£652,150.8", 65215080],
    ["c£780,000", 78000000],
    ["C£780,000", 78000000],
    ["c. £780,000", 78000000],
    ["circa £780,000", 78000000],
    ["approximately £780,000", 78000000],
    ["up to £275,000", 27500000],
    ["Up to £275,000", 27500000],
    ["a maximum of £1,013,030", 101303000],
    ["maximum £1,013,030", 101303000],
    ["£15 million", 1500000000],
    ["£15million", 1500000000],
    ["£15 Million", 1500000000],
    ["£1.3 billion", 130000000000],
    ["£14b", 1400000000000],
    ["£14bn", 1400000000000],
    ["£450k", 45000000],
    ["£450K", 45000000],
    ["£2.5m", 250000000],
    ["£0.5m", 50000000],
    ["£1.23456789m", 123456789],
    ["£1.0000001m", 100000010],
    ["(£1,000)", -100000],
    ["-£1,000", -100000],
    ["−£1,000", -100000],
    ["£-1,000", -100000],
    ["1,013,030.00", 101303000],
    ["1013030", 101303000],
    ["  £1,013,030  ", 101303000],
    ["£\u00A01,000", 100000],
    ["£0", 0],
    ["-£0", 0],
    ["50p", 50],
    ["15 million", 1500000000],
    ["£90,071,992,547,409.91", 9007199254740991],
  ])("%s is %i pence", (text, pence) => {
    expect(parseMoney(text)).toBe(pence);
  });

  it.each([
    ["£1,013,030", "exact"],
    ["up to £275,000", "up to"],
    ["a maximum of £1,013,030", "maximum"],
    ["c£780,000", "approximately"],
    ["approximately £5m", "approximately"],
  ])("%s is qualified %s", (text, qualifier) => {
    expect(moneyQualifier(text)).toBe(qualifier);
  });
});

describe("parseMoney rejects what is not one amount of money, quoting it", () => {
  it.each([
    ["", `"" is not an amount of money: it is empty (expected e.g. "£1,250,000")`],
    ["   ", `"   " is not an amount of money: it is empty (expected e.g. "£1,250,000")`],
    ["£", `"£" is not an amount of money: there is no figure after the £ sign`],
    [
      "£1,00,000",
      `"£1,00,000" is not an amount of money: the thousands separators are misplaced (expected e.g. "£100,000")`,
    ],
    [
      "£1000,000",
      `"£1000,000" is not an amount of money: the thousands separators are misplaced (expected e.g. "£1,000,000")`,
    ],
    [
      "£1,0",
      `"£1,0" is not an amount of money: the thousands separators are misplaced (expected e.g. "£10")`,
    ],
    [
      "£1.234",
      `"£1.234" is not an amount of money: it has more than two decimal places (a penny is the smallest amount)`,
    ],
    ["£1.2.3", `"£1.2.3" is not an amount of money: it has more than one decimal point`],
    ["£1.", `"£1." is not an amount of money: it ends in a decimal point with no pence after it`],
    ["£.5", `"£.5" is not an amount of money: write a digit before the decimal point (e.g. "£0.50")`],
    [
      "£12abc",
      `"£12abc" is not an amount of money: unexpected "abc" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
    [
      "£1,000 £2,000",
      `"£1,000 £2,000" is not an amount of money: it holds more than one amount; give one figure`,
    ],
    [
      "£1,000 and 2,000",
      `"£1,000 and 2,000" is not an amount of money: it holds more than one amount; give one figure`,
    ],
    [
      "£15 million pounds",
      `"£15 million pounds" is not an amount of money: unexpected "pounds" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
    [
      "£1,790,932 by",
      `"£1,790,932 by" is not an amount of money: unexpected "by" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
    [
      "£1.000000001m",
      `"£1.000000001m" is not an amount of money: it comes to a fraction of a penny (1.000000001 m has too many decimal places)`,
    ],
    [
      "1.000,50",
      `"1.000,50" is not an amount of money: it uses full stops as thousands separators (write e.g. "£1,000.50")`,
    ],
    [
      "£90,071,992,547,409.92",
      `"£90,071,992,547,409.92" is not an amount of money: it is too large (the most this tool handles is £90,071,992,547,409.91)`,
    ],
    [
      "£100 billion billion",
      `"£100 billion billion" is not an amount of money: unexpected "billion" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
    ["(£1,000", `"(£1,000" is not an amount of money: it has an opening bracket with no closing one`],
    ["£1,000)", `"£1,000)" is not an amount of money: it has a closing bracket with no opening one`],
    ["-(£1,000)", `"-(£1,000)" is not an amount of money: it is marked negative twice`],
    ["(-£1,000)", `"(-£1,000)" is not an amount of money: it is marked negative twice`],
    ["abc", `"abc" is not an amount of money: expected a figure such as "£1,250,000"`],
    [
      "1e6",
      `"1e6" is not an amount of money: unexpected "e6" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
    [
      "£5p",
      `"£5p" is not an amount of money: unexpected "p" after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    ],
  ])("%j", (text, message) => {
    const e = errorOf(() => parseMoney(text));
    expect(e.code).toBe("BAD_MONEY");
    expect(e.message).toBe(message);
  });

  it("shortens a long input in the message", () => {
    const e = errorOf(() => parseMoney("£1 " + "x".repeat(500)));
    expect(e.message.length).toBeLessThan(260);
    expect(e.message.startsWith(`"£1 xxx`)).toBe(true);
  });
});

describe("parseMoneyCell: numbers are pounds, strings are parsed", () => {
  it.each([
    [1013030, 101303000],
    [652150.8, 65215080],
    [652150.8 * 1, 65215080],
    [0.1 + 0.2, 30],
    [0.07, 7],
    [1.15, 115],
    [-1000, -100000],
    [0, 0],
    [-0, 0],
    [1e-2, 1],
    [123456789012.34, 12345678901234],
    [90071992547409.9, 9007199254740990],
    [1.0000000000000002, 100],
    ["£1,013,030", 101303000],
    ["652,150.80", 65215080],
  ])("%j is %i pence", (value, pence) => {
    expect(parseMoneyCell(value)).toBe(pence);
  });

  it("is exact for every whole-penny amount Excel can hold", () => {
    for (let p = 0; p < 100000; p += 7) expect(parseMoneyCell(p / 100)).toBe(p);
  });

  it.each([
    [
      null,
      `"" is not an amount of money: the cell is empty (expected an amount such as 1250000 or "£1,250,000")`,
    ],
    [
      undefined,
      `"" is not an amount of money: the cell is empty (expected an amount such as 1250000 or "£1,250,000")`,
    ],
    ["", `"" is not an amount of money: it is empty (expected e.g. "£1,250,000")`],
    [true, `"TRUE" is not an amount of money: it is TRUE/FALSE, not a number`],
    [false, `"FALSE" is not an amount of money: it is TRUE/FALSE, not a number`],
    [1.005, `"1.005" is not an amount of money: it is a fraction of a penny`],
    [0.001, `"0.001" is not an amount of money: it is a fraction of a penny`],
    [Number.NaN, `"NaN" is not an amount of money: it is not a finite number`],
    [Number.POSITIVE_INFINITY, `"Infinity" is not an amount of money: it is not a finite number`],
    [
      1e20,
      `"100000000000000000000" is not an amount of money: it is too large (the most this tool handles is £90,071,992,547,409.91)`,
    ],
    [
      {},
      `"[object Object]" is not an amount of money: expected a number of pounds or text such as "£1,250,000"`,
    ],
    ["#VALUE!", `"#VALUE!" is not an amount of money: expected a figure such as "£1,250,000"`],
  ])("%j is rejected", (value, message) => {
    const e = errorOf(() => parseMoneyCell(value));
    expect(e.code).toBe("BAD_MONEY");
    expect(e.message).toBe(message);
  });
});
