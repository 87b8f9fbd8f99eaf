// An accurately rounded hypotenuse (sqrt of a sum of squares) in double-double arithmetic, as
// close to CPython's as its libm hypot and its math.hypot (both correctly rounded in practice).

import { twoProd } from './float-dd.js';

/** sqrt(sum of squares of `xs`) without undue overflow or underflow, rounded once. */
export function accurateHypot(xs: ArrayLike<number>): number {
  let max = 0;
  let nan = false;
  for (let i = 0; i < xs.length; i++) {
    const a = Math.abs(xs[i]!);
    if (a === Infinity) return Infinity;
    if (a !== a) nan = true;
    else if (a > max) max = a;
  }
  if (nan) return NaN;
  if (max === 0) return 0;
  // Scale by a power of two so the largest is near 1: exact, and the squares cannot overflow.
  const e = Math.floor(Math.log2(max));
  // Two factors, since 2**-e alone overflows for subnormal inputs.
  const s1 = 2 ** Math.trunc(-e / 2), s2 = 2 ** (-e - Math.trunc(-e / 2));
  let hi = 0, lo = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]! * s1 * s2;
    const p = twoProd(x, x);
    const s = hi + p.hi;
    const bb = s - hi;
    lo += (hi - (s - bb)) + (p.hi - bb) + p.lo;
    hi = s;
  }
  const sum = hi + lo;
  const sumLo = lo - (sum - hi);
  let r = Math.sqrt(sum);
  // One Newton step on the double-double sum corrects the last bit of the square root.
  const rr = twoProd(r, r);
  r += ((sum - rr.hi) - rr.lo + sumLo) / (2 * r);
  return r / s1 / s2;
}
