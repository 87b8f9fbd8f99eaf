// hash(v): CPython's numeric hash (equal for equal int, float, bool and complex), its str hash
// (with PYTHONHASHSEED=0), tuples from their items, and __hash__ for everything else.
import { exc, raise } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { normInt, PyComplex, PyFloat, PyTuple } from '../core/values.js';
import { callSlot } from './dispatch.js';
import { objectId } from './repr.js';
import { strHash } from './str-hash.js';

const MODULUS = (1n << 61n) - 1n;
const INF_HASH = 314159;

/** A hash result: CPython never returns -1. */
function fix(h: number | bigint): number | bigint {
  return h === -1 ? -2 : h;
}

export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  const m = (neg ? -v : v) % MODULUS;
  return fix(normInt(neg ? -m : m));
}

export function hashFloat(x: number): number | bigint {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  if (x !== x) return 0;
  if (x === Infinity) return INF_HASH;
  if (x === -Infinity) return -INF_HASH;
  if (Number.isInteger(x)) return hashInt(BigInt(x));
  // x = mantissa * 2**exp exactly; 2**61 is 1 modulo 2**61 - 1, so the exponent reduces mod 61.
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) { m *= 2; e -= 1; }
  let h = BigInt(m) % MODULUS;
  const shift = ((e % 61) + 61) % 61;
  h = ((h << BigInt(shift)) % MODULUS);
  return fix(normInt(neg ? -h : h));
}

function toBigHash(h: unknown): bigint {
  return typeof h === 'bigint' ? h : BigInt(h as number);
}

/** CPython's tuple hash (xxHash-style lanes over the item hashes), in 64-bit arithmetic. */
function hashTuple(t: ArrayLike<unknown>): number | bigint {
  const MASK = (1n << 64n) - 1n;
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (let i = 0; i < t.length; i++) {
    const lane = toBigHash(hash(t[i])) & MASK;
    acc = (acc + lane * P2) & MASK;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK;
    acc = (acc * P1) & MASK;
  }
  acc = (acc + (BigInt(t.length) ^ (P5 ^ 3527539n))) & MASK;
  if (acc === MASK) return 1546275796;
  const signed = acc >= 1n << 63n ? acc - (1n << 64n) : acc;
  return normInt(signed);
}

function unhashable(v: unknown): never {
  raise(exc.TypeError!, `unhashable type: '${typeOf(v).$name}'`);
}

function hashSlow(v: unknown): number | bigint {
  if (v === null || v === undefined) return 0xfcb8e0;
  if (v instanceof PyFloat) return hashFloat(v.v);
  if (v instanceof PyComplex) {
    const h = BigInt(hashFloat(v.re)) + 1000003n * BigInt(hashFloat(v.im));
    const wrapped = BigInt.asIntN(64, h);
    return fix(normInt(wrapped));
  }
  const t = typeOf(v);
  const f = lookup(t, '__hash__');
  if (f === null) unhashable(v);
  if (f === undefined) {
    if (Array.isArray(v)) {
      if (v instanceof PyTuple) return hashTuple(v);
      unhashable(v);
    }
    return objectId(v as object) >> 4;
  }
  if (v instanceof PyTuple && v.constructor === PyTuple) return hashTuple(v);
  const h = callSlot(f, v);
  if (typeof h === 'number' && Number.isSafeInteger(h)) return fix(h);
  // A builtin __hash__ already gives a hash; a Python one may give any int, reduced like int's.
  if (typeof h === 'bigint') return (f as { $builtin?: boolean }).$builtin ? h : hashInt(h);
  if (typeof h === 'boolean') return h ? 1 : 0;
  raise(exc.TypeError!, '__hash__ method should return an integer');
}

/** hash(v) as a Python int. */
export function hash(v: unknown): number | bigint {
  switch (typeof v) {
    case 'string': return strHash(v);
    case 'number': return Number.isSafeInteger(v) ? (v === -1 ? -2 : v) : hashFloat(v);
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return hashInt(v);
    default: return hashSlow(v);
  }
}

export { hashTuple };
