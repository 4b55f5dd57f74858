import { ReconcilerError } from "../errors";
import { MAX_PENCE, type Pence } from "./pence";
import { decimalToPence, multiplierOf } from "./money-multiplier";
import { formatPence } from "./format-money";

/** How a figure is qualified where it is written: "up to £300,000" is a ceiling, "c£650,000" an estimate. */
export type MoneyQualifier = "exact" | "up to" | "maximum" | "approximately";

// Words that may stand before an amount, longest first; each maps to the qualifier it expresses.
const qualifierWords: [RegExp, MoneyQualifier][] = [
  [/^up\s+to(?:\s+a\s+maximum\s+of)?\s*/i, "up to"],
  [/^not\s+(?:to\s+)?exceed(?:ing)?\s*/i, "maximum"],
  [/^(?:a\s+)?max(?:imum|\.)?(?:\s+of)?\s*/i, "maximum"],
  [
    /^(?:an?\s+)?(?:estimated|approximately|approx\.?|approximate|circa|c\.|around|about|roughly)\s*/i,
    "approximately",
  ],
];

const SPACES = /[\s\u00A0\u2000-\u200B\u202F]+/g;

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? text.slice(0, 57) + "…" : text);
}

function bad(text: string, reason: string): ReconcilerError {
  return new ReconcilerError("BAD_MONEY", `${quoted(text)} is not an amount of money: ${reason}`);
}

function grouped(digits: string): string {
  const d = digits.replace(/^0+(?=\d)/, "");
  return d.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

interface ParsedMoney {
  pence: Pence;
  qualifier: MoneyQualifier;
}

/**
 * Reads an amount of money as people write it in decisions and spreadsheets, giving whole pence.
 *
 * Accepts `£1,250,000`, `£402,150.80`, `1,013,030.00` (no £), `£15 million`, `£15million`, `£1.3 billion`, `£14b`,
 * `£14bn`, `£450k`, `£2.5m`, `£0.5m` (multipliers computed exactly with BigInt: `£1.3 billion` is 130000000000
 * pence), negatives `-£1,000` and `(£1,000)`, `50p`, and a leading qualifier: `c£650,000`, `up to £300,000`,
 * `a maximum of £1,250,000`, `maximum`, `approximately`, `c.`, `circa`, `about`, `around`, `an estimated`.
 *
 * Rejects, with ReconcilerError BAD_MONEY quoting the input and saying what was expected: empty text, a bare `£`,
 * misplaced thousands separators (`£1,00,000`), fractions of a penny (`£1.234`, `£1.0000001m`), a second decimal
 * point (`£1.2.3`), anything after the amount (`£12abc`, `£1,000 £2,000`, and also `£15 million pounds`: words after
 * the figure are refused rather than guessed at), European notation (`1.000,50`) and amounts beyond MAX_PENCE.
 *
 * @example parseMoney("£1,250,000")        // 125000000
 * @example parseMoney("£1.3 billion")      // 130000000000
 * @example parseMoney("up to £300,000")    // 30000000
 * @example parseMoney("(£1,000)")          // -100000
 * @example parseMoney("£1,00,000")         // throws: "£1,00,000" is not an amount of money: the thousands separators are misplaced (expected e.g. "£100,000")
 */
export function parseMoney(text: string): Pence {
  return parseQualifiedMoney(text).pence;
}

/**
 * The qualifier written before an amount, or "exact". Throws like {@link parseMoney} when the text is not money.
 *
 * @example moneyQualifier("up to £300,000") // "up to"
 * @example moneyQualifier("c£650,000")      // "approximately"
 */
export function moneyQualifier(text: string): MoneyQualifier {
  return parseQualifiedMoney(text).qualifier;
}

/** {@link parseMoney} and {@link moneyQualifier} in one pass. */
export function parseQualifiedMoney(text: string): ParsedMoney {
  if (typeof text !== "string") throw bad(String(text), 'expected text such as "£1,250,000"');
  let s = text
    .replace(SPACES, " ")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .trim();
  if (s === "") throw bad(text, 'it is empty (expected e.g. "£1,250,000")');

  let qualifier: MoneyQualifier = "exact";
  for (const [pattern, q] of qualifierWords) {
    const m = pattern.exec(s);
    // A qualifier word must be followed by the amount itself, not run into other letters ("maxwell").
    if (m && m[0].length < s.length && /^[£(\-\d.c]/i.test(s.slice(m[0].length))) {
      if (/[a-z]$/i.test(m[0]) && /^[a-z]/i.test(s.slice(m[0].length))) continue;
      qualifier = q;
      s = s.slice(m[0].length);
      break;
    }
  }

  let negative = false;
  if (/^-\s?\(/.test(s)) throw bad(text, "it is marked negative twice");
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) throw bad(text, "it has an opening bracket with no closing one");
    negative = true;
    s = s.slice(1, -1).trim();
  } else if (s.endsWith(")")) {
    throw bad(text, "it has a closing bracket with no opening one");
  }
  if (s.startsWith("-")) {
    if (negative) throw bad(text, "it is marked negative twice");
    negative = true;
    s = s.slice(1).trim();
  }
  // "c£650,000": the approximate marker joined to the pound sign.
  if (/^c\.?\s?£/i.test(s)) {
    if (qualifier === "exact") qualifier = "approximately";
    s = s.replace(/^c\.?\s?/i, "");
  }
  let hasPoundSign = false;
  if (s.startsWith("£")) {
    hasPoundSign = true;
    s = s.slice(1).trim();
    if (s.startsWith("-")) {
      if (negative) throw bad(text, "it is marked negative twice");
      negative = true;
      s = s.slice(1).trim();
    }
  }
  if (s === "")
    throw bad(
      text,
      hasPoundSign ? "there is no figure after the £ sign" : 'expected a figure such as "£1,250,000"',
    );
  if (s.startsWith(".")) throw bad(text, 'write a digit before the decimal point (e.g. "£0.50")');
  if (!/^\d/.test(s)) throw bad(text, 'expected a figure such as "£1,250,000"');

  const euro = /^\d{1,3}((?:\.\d{3})+)(,\d{1,2})?(?![\d.,])/.exec(s);
  if (euro && (euro[2] !== undefined || euro[1]!.length > 4)) {
    throw bad(text, 'it uses full stops as thousands separators (write e.g. "£1,000.50")');
  }

  const numberMatch = /^(\d[\d,]*)(?:\.(\d*))?/.exec(s)!;
  const intRaw = numberMatch[1]!;
  const frac = numberMatch[2];
  let rest = s.slice(numberMatch[0].length);
  const intDigits = intRaw.replace(/,/g, "");
  if (intRaw.includes(",") && !/^\d{1,3}(,\d{3})+$/.test(intRaw)) {
    throw bad(text, `the thousands separators are misplaced (expected e.g. "£${grouped(intDigits)}")`);
  }
  if (frac === "") throw bad(text, "it ends in a decimal point with no pence after it");
  if (/^\.\d/.test(rest)) throw bad(text, "it has more than one decimal point");

  let multiplier = 1n;
  let multiplierWord = "";
  const mm = /^ ?(thousand|million|billion|bn|mn|k|m|b)(?![a-z])/i.exec(rest);
  if (mm) {
    multiplier = multiplierOf(mm[1]!) ?? 1n;
    multiplierWord = mm[1]!;
    rest = rest.slice(mm[0].length);
  }
  let pennyUnits = false;
  if (!hasPoundSign && !mm && frac === undefined && /^ ?p$/i.test(rest)) {
    pennyUnits = true;
    rest = "";
  }
  rest = rest.trim();
  if (rest !== "") {
    if (/£|(?:^|\s)[\d(-]/.test(rest)) throw bad(text, "it holds more than one amount; give one figure");
    throw bad(
      text,
      `unexpected ${quoted(rest)} after the amount (expected e.g. "£1,250,000" or "£15 million")`,
    );
  }
  if (intDigits.replace(/^0+/, "").length + (frac ?? "").length > 30) throw bad(text, tooLarge());

  let pence: bigint | null;
  if (pennyUnits) pence = BigInt(intDigits);
  else {
    if (frac !== undefined && frac.length > 2 && multiplier === 1n) {
      throw bad(text, "it has more than two decimal places (a penny is the smallest amount)");
    }
    pence = decimalToPence(intDigits, frac ?? "", multiplier);
    if (pence === null)
      throw bad(
        text,
        `it comes to a fraction of a penny (${intDigits}.${frac} ${multiplierWord} has too many decimal places)`,
      );
  }
  if (pence > BigInt(MAX_PENCE)) throw bad(text, tooLarge());
  const value = Number(pence);
  return { pence: (negative && value !== 0 ? -value : value) as Pence, qualifier };
}

function tooLarge(): string {
  return `it is too large (the most this tool handles is ${formatPence(MAX_PENCE as Pence)})`;
}

/**
 * Reads a spreadsheet cell as money. A JS number is POUNDS, as Excel holds it: 402150.80 is £402,150.80. It becomes
 * pence exactly when its shortest decimal form has at most two decimal places; otherwise (float noise such as
 * 0.1 + 0.2) it is rounded to the nearest penny only when within 1e-6 of one, and rejected as a fraction of a
 * penny when not. A string goes through {@link parseMoney}. Empty cells, booleans, dates and other values are
 * rejected with ReconcilerError BAD_MONEY.
 *
 * @example parseMoneyCell(402150.80)      // 40215080
 * @example parseMoneyCell("£1,250,000")  // 125000000
 * @example parseMoneyCell(1.005)         // throws: 1.005 is not an amount of money: it is a fraction of a penny
 */
export function parseMoneyCell(value: unknown): Pence {
  if (typeof value === "number") return poundsNumberToPence(value);
  if (typeof value === "bigint") {
    const pence = value * 100n;
    if (pence > BigInt(MAX_PENCE) || pence < -BigInt(MAX_PENCE)) throw bad(String(value), tooLarge());
    return Number(pence) as Pence;
  }
  if (typeof value === "string") return parseMoney(value);
  if (value === null || value === undefined)
    throw bad("", 'the cell is empty (expected an amount such as 1250000 or "£1,250,000")');
  if (typeof value === "boolean") throw bad(value ? "TRUE" : "FALSE", "it is TRUE/FALSE, not a number");
  if (value instanceof Date) throw bad(String(value), "it is a date, not a number");
  throw bad(
    Object.prototype.toString.call(value),
    'expected a number of pounds or text such as "£1,250,000"',
  );
}

function poundsNumberToPence(value: number): Pence {
  const shown = String(value);
  if (!Number.isFinite(value)) throw bad(shown, "it is not a finite number");
  if (Math.abs(value) * 100 > MAX_PENCE) throw bad(shown, tooLarge());
  const negative = value < 0;
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(negative ? shown.slice(1) : shown);
  if (m) {
    let intDigits = m[1]!;
    let frac = m[2] ?? "";
    const exp = Number(m[3] ?? "0");
    // Move the decimal point by the exponent, exactly, on the digit string.
    if (exp > 0) {
      const shift = frac.padEnd(exp, "0");
      intDigits += shift.slice(0, exp);
      frac = shift.slice(exp);
    } else if (exp < 0) {
      const all = intDigits.padStart(-exp + 1, "0");
      intDigits = all.slice(0, all.length + exp);
      frac = all.slice(all.length + exp) + frac;
    }
    frac = frac.replace(/0+$/, "");
    if (frac.length <= 2) {
      const pence = Number(decimalToPence(intDigits, frac, 1n));
      return (negative && pence !== 0 ? -pence : pence) as Pence;
    }
  }
  const scaled = value * 100;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) <= 1e-6) return (nearest === 0 ? 0 : nearest) as Pence;
  throw bad(shown, "it is a fraction of a penny");
}
