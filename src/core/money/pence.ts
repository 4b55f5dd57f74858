import { ReconcilerError } from "../errors";

/**
 * Money is held as a whole number of pence, never as pounds in a float. The brand stops a pounds figure, a count
 * or a row number from being passed where pence are meant.
 */
export type Pence = number & { readonly __brand: "Pence" };

/** Largest amount we accept: £90 trillion is past any public budget, and keeps every sum an exact JS integer. */
export const MAX_PENCE = Number.MAX_SAFE_INTEGER;

export function asPence(n: number): Pence {
  if (!Number.isSafeInteger(n)) {
    throw new ReconcilerError("BAD_MONEY", `expected a whole number of pence, got ${String(n)}`);
  }
  return n as Pence;
}

export const ZERO_PENCE = 0 as Pence;

export function addPence(a: Pence, b: Pence): Pence {
  return asPence(a + b);
}

export function sumPence(values: Iterable<Pence>): Pence {
  let total = 0;
  for (const v of values) total += v;
  return asPence(total);
}
