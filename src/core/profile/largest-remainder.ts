/**
 * Splits a whole number of pence in proportion to whole-number weights so that the parts add up to the total
 * exactly: the largest-remainder (Hamilton) method. Each part first gets the floor of its exact share
 * total × weight / Σweights; the pence left over go one each to the parts with the largest remainders, ties to the
 * earliest part. Every part is then within 1p of its exact share. Exact rational arithmetic in BigInt.
 * A negative total is split as its magnitude and negated. With all weights zero, everything goes to the first part.
 *
 * @example apportion(100, [1n, 1n, 1n]) // [34, 33, 33]
 * @example apportion(125000000, [6n, 12n]) // [41666667, 83333333]
 */
export function apportion(total: number, weights: readonly bigint[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const magnitude = Math.abs(total);
  // Where total × Σweights is an exact double (≤ 2^53 - 1), every total × weight is too, and the same method runs in
  // plain numbers: the remainder by %, which is exact on integers, and the share as (scaled - remainder) / sum, a
  // quotient with no remainder, so exact. A profile of a few years' months or days is always this case.
  if (sum <= MAX_SAFE && magnitude * Number(sum) <= Number.MAX_SAFE_INTEGER)
    return apportionSmall(total, weights, Number(sum));
  const negative = total < 0;
  const t = BigInt(magnitude);
  const shares: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const scaled = t * w;
    const share = scaled / sum;
    shares.push(share);
    remainders.push(scaled % sum);
    given += share;
  }
  let left = Number(t - given);
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra > rb ? -1 : ra < rb ? 1 : a - b;
  });
  for (const i of order) {
    if (left <= 0) break;
    shares[i] = shares[i]! + 1n;
    left--;
  }
  return shares.map((s) => {
    const n = Number(s);
    return negative && n !== 0 ? -n : n;
  });
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** apportion where total × Σweights is an exact double. */
function apportionSmall(total: number, weights: readonly bigint[], sum: number): number[] {
  const n = weights.length;
  const t = Math.abs(total);
  const shares = new Array<number>(n);
  const remainders = new Array<number>(n);
  let left = t;
  for (let i = 0; i < n; i++) {
    const scaled = t * Number(weights[i]!);
    const remainder = scaled % sum;
    shares[i] = (scaled - remainder) / sum;
    remainders[i] = remainder;
    left -= shares[i]!;
  }
  // Fewer than n pence are left: each goes to the largest remainder not yet given one, the earliest on a tie.
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < n; i++)
      if (remainders[i]! >= 0 && (best < 0 || remainders[i]! > remainders[best]!)) best = i;
    shares[best]! += 1;
    remainders[best] = -1;
  }
  if (total < 0) for (let i = 0; i < n; i++) if (shares[i] !== 0) shares[i] = -shares[i]!;
  return shares;
}
