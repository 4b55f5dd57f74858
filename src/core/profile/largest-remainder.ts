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
  const negative = total < 0;
  const t = BigInt(Math.abs(total));
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
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
