/** Greatest common divisor of two positive whole numbers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The values `groups` may take: the divisors of both channel counts, ascending. 256 and 96 → 1, 2, 4, 8, 16, 32. */
export function commonDivisors(a: number, b: number): number[] {
  const g = gcd(a, b);
  const small: number[] = [];
  const large: number[] = [];
  for (let d = 1; d * d <= g; d++) {
    if (g % d !== 0) continue;
    small.push(d);
    if (d !== g / d) large.unshift(g / d);
  }
  return [...small, ...large];
}

/** The largest common divisor of `a` and `b` that is at most `limit` (at least 1). */
export function largestDivisorAtMost(a: number, b: number, limit: number): number {
  const fits = commonDivisors(a, b).filter((d) => d <= limit);
  return fits[fits.length - 1] ?? 1;
}
