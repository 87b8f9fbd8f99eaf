// Python int arithmetic on the int representation: a safe-integer number, else a bigint.
import { exc, raise } from '../core/exceptions.js';
import { normInt } from '../core/values.js';

/** A Python int as the runtime holds it (bools are converted before reaching here). */
export type Int = number | bigint;

export function toBig(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // `+ 0` turns the -0 of `0 * -5` into the int 0.
    const r = a * b + 0;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normInt(-a);
}

function zeroDivision(msg: string): never {
  raise(exc.ZeroDivisionError!, msg);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer division or modulo by zero');
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    if (Number.isSafeInteger(q)) return q + 0;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) zeroDivision('integer division or modulo by zero');
  const q = x / y;
  // Truncation is flooring unless the signs differ and the division is inexact.
  if ((x < 0n) === (y < 0n) || q * y === x) return normInt(q);
  return normInt(q - 1n);
}

/** divmod(a, b) for ints with one division. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === 'number' && typeof b === 'number') return [intFloorDiv(a, b), intMod(a, b)];
  const x = toBig(a), y = toBig(b);
  if (y === 0n) zeroDivision('integer division or modulo by zero');
  let q = x / y;
  let r = x - q * y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) { q -= 1n; r += y; }
  return [normInt(q), normInt(r)];
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) zeroDivision('integer modulo by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

/** Number of bits of |a| (0 for 0). */
export function bitLength(a: Int): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    return m < 2 ** 31 ? 32 - Math.clz32(m) : m.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

/** int -> float, correctly rounded; OverflowError when out of range. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) raise(exc.OverflowError!, 'int too large to convert to float');
  return f;
}

/** a / b for ints, correctly rounded as CPython does it. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('division by zero');
    return a / b;
  }
  let x = toBig(a), y = toBig(b);
  if (y === 0n) zeroDivision('division by zero');
  const negative = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  if (x <= 9007199254740992n && y <= 9007199254740992n) {
    const r = Number(x) / Number(y);
    return negative ? -r : r;
  }
  // Scale so the quotient has 55 or 56 bits, fold the remainder into the lowest (sticky) bit,
  // and let BigInt -> Number conversion do the single round-to-nearest-even.
  const shift = 55 - (bitLength(x) - bitLength(y));
  if (shift > 0) x <<= BigInt(shift); else y <<= BigInt(-shift);
  let q = x / y;
  if (x % y !== 0n) q |= 1n;
  let r = Number(q);
  // Two steps so that neither power of two overflows on its own.
  const half = Math.trunc(shift / 2);
  r = r * 2 ** -half * 2 ** -(shift - half);
  if (!Number.isFinite(r)) raise(exc.OverflowError!, 'integer division result too large for a float');
  return negative ? -r : r;
}

export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const estimate = a ** b;
    if (Number.isSafeInteger(estimate)) {
      // Exact by squaring: every partial product is at most |result|.
      let result = 1, base = a, e = b;
      while (e > 0) {
        if (e & 1) result *= base;
        e = Math.floor(e / 2);
        if (e > 0) base *= base;
      }
      return result + 0;
    }
  }
  const x = toBig(a), y = toBig(b);
  if (x === 1n || x === 0n) return Number(x);
  if (x === -1n) return y % 2n === 0n ? 1 : -1;
  if (y > 100000000n) raise(exc.MemoryError ?? exc.OverflowError!, '');
  return normInt(x ** y);
}

/** pow(a, b, m) for ints; b may be negative (modular inverse). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = toBig(m);
  if (mod === 0n) raise(exc.ValueError!, 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = toBig(a) % mod;
  if (base < 0n) base += mod;
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = 1n % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && result !== 0n) result -= mod;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise(exc.ValueError!, 'base is not invertible for the given modulus');
  let inv = oldS % m;
  if (inv < 0n) inv += m;
  return inv;
}

function negativeShift(): never {
  raise(exc.ValueError!, 'negative shift count');
}

export function intLShift(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b < 0) negativeShift();
    if (a === 0) return 0;
    if (b < 53) {
      const r = a * 2 ** b;
      if (Number.isSafeInteger(r)) return r;
    }
  }
  const n = toBig(b);
  if (n < 0n) negativeShift();
  return normInt(toBig(a) << n);
}

export function intRShift(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b < 0) negativeShift();
    if (b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  const n = toBig(b);
  if (n < 0n) negativeShift();
  const x = toBig(a);
  if (n > 1000000000n) return x < 0n ? -1 : 0;
  return normInt(x >> n);
}

function isInt32(a: Int): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return Math.abs(a);
  return normInt(a < 0n ? -a : a);
}

/** Integer square root (floor). */
export function intSqrt(a: Int): Int {
  if (typeof a === 'number') {
    let r = Math.floor(Math.sqrt(a));
    while (r * r > a) r--;
    while ((r + 1) * (r + 1) <= a) r++;
    return r;
  }
  // Newton's iteration from above: start at a power of two no smaller than the root.
  let x = 1n << BigInt((bitLength(a) >> 1) + 1);
  for (;;) {
    const y = (x + a / x) >> 1n;
    if (y >= x) {
      while (x * x > a) x--;
      while ((x + 1n) * (x + 1n) <= a) x++;
      return normInt(x);
    }
    x = y;
  }
}
