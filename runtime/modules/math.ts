// The math module: CPython's functions and constants with its domain/range errors, exact
// integer functions (factorial, comb, isqrt, gcd) and an exactly rounded fsum.
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { lookup, typeOf } from '../core/type.js';
import { makeFloat, normInt, PyFloat, tupleOf } from '../core/values.js';
import { registerBuiltinModule } from '../system/modules.js';
import { callSlot } from '../ops/dispatch.js';
import { mult } from '../ops/binary.js';
import { bitLength, intSqrt, toBig, type Int } from '../types/int-ops.js';
import { floatToInt } from '../types/float-convert.js';
import { accurateHypot } from '../types/float-hypot.js';
import { powPositive } from '../types/float-pow.js';
import { indexToInt } from '../types/int.js';
import { toArray } from '../types/iter.js';
import { gamma, lgamma, erf, erfc } from './math-special.js';

/** A real argument as a JS number (int, float, bool, or __float__ / __index__). */
function real(v: unknown): number {
  switch (typeof v) {
    case 'number': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': {
      const f = Number(v);
      if (!Number.isFinite(f)) raise(exc.OverflowError!, 'int too large to convert to float');
      return f;
    }
    default: break;
  }
  if (v instanceof PyFloat) return v.v;
  const t = typeOf(v);
  const f = v === null ? undefined : lookup(t, '__float__') ?? lookup(t, '__index__');
  if (f !== undefined && f !== null) return real(callSlot(f, v));
  raise(exc.TypeError!, `must be real number, not ${t.$name}`);
}

function domainError(): never {
  raise(exc.ValueError!, 'math domain error');
}

function rangeError(): never {
  raise(exc.OverflowError!, 'math range error');
}

/** CPython's math_1: NaN from a non-NaN argument is a domain error; an infinity from a finite
 *  one is a range error when the function can overflow, else a domain error. */
function unary(fn: (x: number) => number, canOverflow: boolean) {
  return (v: unknown): unknown => {
    const x = real(v);
    const r = fn(x);
    if (r !== r && x === x) domainError();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return makeFloat(r);
  };
}

/** `fn` (a logarithm) of any positive int or float; an int beyond float range is taken as
 *  m * 2**e with m in [0.5, 1), as CPython's loghelper does with frexp. */
function logOf(v: unknown, fn: (x: number) => number = Math.log): number {
  if (typeof v === 'bigint') {
    if (v <= 0n) domainError();
    const f = Number(v);
    if (Number.isFinite(f)) return fn(f);
    const bits = bitLength(v);
    const m = Number(v >> BigInt(bits - 64)) / 2 ** 64;
    return fn(m) + fn(2) * bits;
  }
  const x = real(v);
  if (x !== x) return x;
  if (x <= 0) domainError();
  return fn(x);
}

function toIntArg(v: unknown): Int {
  return indexToInt(v);
}

function floorOrCeil(name: '__floor__' | '__ceil__', jsFn: (x: number) => number) {
  return (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isSafeInteger(v) ? v : floatToInt(jsFn(v));
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) return floatToInt(v.v);
    const f = v === null ? undefined : lookup(typeOf(v), name);
    if (f !== undefined && f !== null) return callSlot(f, v);
    return floatToInt(jsFn(real(v)));
  };
}

function factorial(v: unknown): Int {
  if (typeof v === 'number' && !Number.isSafeInteger(v) || v instanceof PyFloat) {
    raise(exc.TypeError!, "'float' object cannot be interpreted as an integer");
  }
  const n = toBig(toIntArg(v));
  if (n < 0n) raise(exc.ValueError!, 'factorial() not defined for negative values');
  return normInt(productRange(1n, n));
}

/** Product of lo..hi by splitting in halves (balanced multiplications are fast for bigints). */
function productRange(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcd(args: unknown[]): Int {
  let g = 0n;
  for (const a of args) g = gcd2(g, toBig(toIntArg(a)));
  return normInt(g);
}

function lcm(args: unknown[]): Int {
  let l = 1n;
  for (const a of args) {
    const x = toBig(toIntArg(a));
    if (x === 0n) return 0;
    l = (l * (x < 0n ? -x : x)) / gcd2(l, x);
  }
  return normInt(l);
}

function comb(nv: unknown, kv: unknown): Int {
  const n = toBig(toIntArg(nv)), k = toBig(toIntArg(kv));
  if (n < 0n) raise(exc.ValueError!, 'n must be a non-negative integer');
  if (k < 0n) raise(exc.ValueError!, 'k must be a non-negative integer');
  if (k > n) return 0;
  const kk = k < n - k ? k : n - k;
  return normInt(productRange(n - kk + 1n, n) / productRange(1n, kk));
}

function perm(nv: unknown, kv?: unknown): Int {
  const n = toBig(toIntArg(nv));
  const k = kv === undefined || kv === null ? n : toBig(toIntArg(kv));
  if (n < 0n) raise(exc.ValueError!, 'n must be a non-negative integer');
  if (k < 0n) raise(exc.ValueError!, 'k must be a non-negative integer');
  if (k > n) return 0;
  return normInt(productRange(n - k + 1n, n));
}

function isqrt(v: unknown): Int {
  const n = toIntArg(v);
  if (n < 0) raise(exc.ValueError!, 'isqrt() argument must be nonnegative');
  return intSqrt(n);
}

/** Shewchuk's exact summation with partials, rounded once at the end (as CPython's fsum). */
function fsum(iterable: unknown): unknown {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (const item of toArray(iterable)) {
    let x = real(item);
    if (!Number.isFinite(x)) {
      if (x !== x) special = NaN; else infSum += x;
      continue;
    }
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) raise(exc.OverflowError!, 'intermediate overflow in fsum');
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || infSum !== 0) {
    if (special !== special || infSum !== infSum) {
      if (infSum !== infSum) domainError();
      return NaN;
    }
    return makeFloat(infSum);
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return makeFloat(hi);
}

function prod(iterable: unknown, start: unknown = 1): unknown {
  let acc = start;
  for (const v of toArray(iterable)) acc = mult(acc, v);
  return acc;
}

function isclose(a: unknown, b: unknown, relTol?: unknown, absTol?: unknown): boolean {
  const x = real(a), y = real(b);
  const rt = relTol === undefined ? 1e-9 : real(relTol), at = absTol === undefined ? 0 : real(absTol);
  if (rt < 0 || at < 0) raise(exc.ValueError!, 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

function pow(a: unknown, b: unknown): unknown {
  const x = real(a), y = real(b);
  if (x === 0 && y < 0) domainError();
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y) && Number.isFinite(x)) domainError();
  if (x === 1 || y === 0) return makeFloat(1);
  if (x === -1 && !Number.isFinite(y)) return makeFloat(1);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x !== x || y !== y) return makeFloat(Math.pow(x, y));
  if (x === 0) return makeFloat(Math.pow(x, y));
  const m = powPositive(Math.abs(x), y);
  if (m === null) rangeError();
  return makeFloat(x < 0 && Math.abs(y % 2) === 1 ? -m : m);
}

function fmod(a: unknown, b: unknown): unknown {
  const x = real(a), y = real(b);
  if (!Number.isFinite(y) && Number.isFinite(x)) return makeFloat(x);
  if (y === 0 || !Number.isFinite(x)) { if (x === x && y === y) domainError(); }
  return makeFloat(x % y);
}

function frexp(v: unknown): unknown {
  const x = real(v);
  if (x === 0 || !Number.isFinite(x)) return tupleOf(makeFloat(x), 0);
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return tupleOf(makeFloat(m), e);
}

function ldexp(mv: unknown, ev: unknown): unknown {
  const m = real(mv);
  const e = Number(toIntArg(ev));
  if (m === 0 || !Number.isFinite(m)) return makeFloat(m);
  const half = Math.trunc(e / 2);
  const r = m * 2 ** half * 2 ** (e - half);
  if (!Number.isFinite(r)) rangeError();
  return makeFloat(r);
}

function modf(v: unknown): unknown {
  const x = real(v);
  if (!Number.isFinite(x)) return tupleOf(makeFloat(x !== x ? x : (x > 0 ? 0 : -0)), makeFloat(x));
  const i = Math.trunc(x);
  const f = x - i;
  return tupleOf(makeFloat(f === 0 && x < 0 ? -0 : f), makeFloat(i));
}

function hypot(args: unknown[]): unknown {
  return makeFloat(accurateHypot(args.map(real)));
}

function dist(p: unknown, q: unknown): unknown {
  const a = toArray(p).map(real), b = toArray(q).map(real);
  if (a.length !== b.length) raise(exc.ValueError!, 'both points must have the same number of dimensions');
  return makeFloat(accurateHypot(a.map((x, i) => x - b[i]!)));
}

function remainder(a: unknown, b: unknown): unknown {
  const x = real(a), y = real(b);
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return makeFloat(x);
  const n = Math.round(x / y);
  let r = x - n * y;
  // Ties go to the even multiple.
  if (Math.abs(r) * 2 === Math.abs(y) && n % 2 !== 0) r = x - (n - Math.sign(x / y)) * y;
  return makeFloat(r);
}

function nextafter(a: unknown, b: unknown): unknown {
  const x = real(a), y = real(b);
  if (x !== x || y !== y) return NaN;
  if (x === y) return makeFloat(y);
  if (x === 0) return makeFloat(y > 0 ? 5e-324 : -5e-324);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return makeFloat(view.getFloat64(0));
}

function ulp(v: unknown): unknown {
  const x = Math.abs(real(v));
  if (!Number.isFinite(x)) return makeFloat(x);
  const next = nextafter(x, Infinity);
  const n = next instanceof PyFloat ? next.v : next as number;
  if (!Number.isFinite(n)) return makeFloat(x - (nextafter(x, -Infinity) as number));
  return makeFloat(n - x);
}

function log(v: unknown, base?: unknown): unknown {
  const num = logOf(v);
  if (base === undefined) return makeFloat(num);
  const den = logOf(base);
  if (den === 0) raise(exc.ZeroDivisionError!, 'float division by zero');
  return makeFloat(num / den);
}

const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  'acos(x, /)': unary(Math.acos, false),
  'acosh(x, /)': unary(Math.acosh, false),
  'asin(x, /)': unary(Math.asin, false),
  'asinh(x, /)': unary(Math.asinh, false),
  'atan(x, /)': unary(Math.atan, false),
  'atan2(y, x, /)': (y: unknown, x: unknown) => makeFloat(Math.atan2(real(y), real(x))),
  'atanh(x, /)': (v: unknown) => { const x = real(v); if (Math.abs(x) >= 1) domainError(); return makeFloat(Math.atanh(x)); },
  'cbrt(x, /)': unary(Math.cbrt, false),
  'ceil(x, /)': floorOrCeil('__ceil__', Math.ceil),
  'floor(x, /)': floorOrCeil('__floor__', Math.floor),
  'comb(n, k, /)': comb,
  'perm(n, k=None, /)': perm,
  'copysign(x, y, /)': (x: unknown, y: unknown) => {
    const a = Math.abs(real(x)), b = real(y);
    return makeFloat(b < 0 || Object.is(b, -0) ? -a : a);
  },
  'cos(x, /)': unary(Math.cos, false),
  'cosh(x, /)': unary(Math.cosh, true),
  'degrees(x, /)': (x: unknown) => makeFloat(real(x) * (180 / Math.PI)),
  'radians(x, /)': (x: unknown) => makeFloat(real(x) * (Math.PI / 180)),
  'dist(p, q, /)': dist,
  'erf(x, /)': unary(erf, false),
  'erfc(x, /)': unary(erfc, false),
  'exp(x, /)': unary(Math.exp, true),
  'exp2(x, /)': unary((x) => 2 ** x, true),
  'expm1(x, /)': unary(Math.expm1, true),
  'fabs(x, /)': (x: unknown) => makeFloat(Math.abs(real(x))),
  'factorial(n, /)': factorial,
  'fmod(x, y, /)': fmod,
  'frexp(x, /)': frexp,
  'fsum(seq, /)': fsum,
  'gamma(x, /)': unary(gamma, true),
  'lgamma(x, /)': unary(lgamma, true),
  'gcd(*integers)': gcd,
  'lcm(*integers)': lcm,
  'hypot(*coordinates)': hypot,
  'isclose(a, b, *, rel_tol=None, abs_tol=None)': (a: unknown, b: unknown, r?: unknown, t?: unknown) =>
    isclose(a, b, r ?? undefined, t ?? undefined),
  'isfinite(x, /)': (x: unknown) => Number.isFinite(real(x)),
  'isinf(x, /)': (x: unknown) => { const r = real(x); return r === Infinity || r === -Infinity; },
  'isnan(x, /)': (x: unknown) => { const r = real(x); return r !== r; },
  'isqrt(n, /)': isqrt,
  'ldexp(x, i, /)': ldexp,
  'log(x, base=None, /)': (x: unknown, b?: unknown) => log(x, b === null ? undefined : b),
  'log10(x, /)': (x: unknown) => makeFloat(logOf(x, Math.log10)),
  'log1p(x, /)': unary(Math.log1p, false),
  'log2(x, /)': (x: unknown) => makeFloat(logOf(x, Math.log2)),
  'modf(x, /)': modf,
  'nextafter(x, y, /)': nextafter,
  'pow(x, y, /)': pow,
  'prod(iterable, /, *, start=1)': (it: unknown, start?: unknown) => prod(it, start ?? 1),
  'remainder(x, y, /)': remainder,
  'sin(x, /)': unary(Math.sin, false),
  'sinh(x, /)': unary(Math.sinh, true),
  'sqrt(x, /)': unary(Math.sqrt, false),
  'tan(x, /)': unary(Math.tan, false),
  'tanh(x, /)': unary(Math.tanh, false),
  'trunc(x, /)': (v: unknown) => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) {
      return typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'bigint' ? v : floatToInt(v instanceof PyFloat ? v.v : v);
    }
    const f = v === null ? undefined : lookup(typeOf(v), '__trunc__');
    if (f === undefined || f === null) raise(exc.TypeError!, `type ${typeOf(v).$name} doesn't define __trunc__ method`);
    return callSlot(f, v);
  },
  'ulp(x, /)': ulp,
};

registerBuiltinModule('math', (m) => {
  const ns = m.$d;
  for (const [sig, impl] of Object.entries(FUNCTIONS)) {
    const f = builtinFunction(sig, impl);
    f.$qualname = f.$name;
    ns[f.$name] = f;
  }
  ns.pi = Math.PI;
  ns.e = Math.E;
  ns.tau = 2 * Math.PI;
  ns.inf = Infinity;
  ns.nan = NaN;
});
