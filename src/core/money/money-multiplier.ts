/**
 * The words and letters that scale a figure in decision text: "£15 million", "£1.3bn", "£450k". The value is in
 * pounds per unit, as a BigInt so that "£1.3 billion" is computed exactly.
 */
export const MULTIPLIERS: Readonly<Record<string, bigint>> = {
  thousand: 1_000n,
  k: 1_000n,
  million: 1_000_000n,
  mn: 1_000_000n,
  m: 1_000_000n,
  billion: 1_000_000_000n,
  bn: 1_000_000_000n,
  b: 1_000_000_000n,
};

/** The pounds-per-unit of a multiplier word or letter (any case), or undefined. */
export function multiplierOf(word: string): bigint | undefined {
  const key = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(MULTIPLIERS, key) ? MULTIPLIERS[key] : undefined;
}

/**
 * Exact pence of a decimal figure of pounds: `intDigits.fracDigits × multiplier`. Null when the result is not a
 * whole number of pence. Pure BigInt arithmetic: no float ever touches the figure.
 *
 * @example decimalToPence("1", "3", 1_000_000_000n) // 130000000000n
 */
export function decimalToPence(intDigits: string, fracDigits: string, multiplier: bigint): bigint | null {
  const scaled = BigInt((intDigits || "0") + fracDigits) * multiplier * 100n;
  const denominator = 10n ** BigInt(fracDigits.length);
  if (scaled % denominator !== 0n) return null;
  return scaled / denominator;
}
