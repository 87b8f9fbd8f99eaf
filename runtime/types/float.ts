// The float class: float(x), and its methods (is_integer, as_integer_ratio, hex, fromhex, ...).
import { registerBuiltin } from '../core/builtins-registry.js';
import { defineGetSet, newClassMethod } from '../core/descriptors.js';
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { attrKey } from '../core/namespace.js';
import { floatType, lookup, typeChanged, typeOf, type PyType } from '../core/type.js';
import { makeFloat, normInt, PyFloat, tupleOf } from '../core/values.js';
import { callSlot } from '../ops/dispatch.js';
import { asFloat } from '../ops/numeric.js';
import { bytesData } from './bytes-core.js';
import { exactDecimal } from './float-digits.js';
import { floatToInt, parseFloatText } from './float-convert.js';
import { intToFloat } from './int-ops.js';
import { defineNumberMethods } from './number-methods.js';
import { constructorArgs } from '../ops/constructor-args.js';
import type { PyDict } from './dict.js';
import { roundFloatDigits, roundFloatToInt } from './rounding.js';
import { indexToInt } from './int.js';
import { floatRepr } from './float-digits.js';

/** float(v) as a JS number. */
export function toFloat(v: unknown): number {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return parseFloatText(v);
    default: break;
  }
  if (v instanceof PyFloat) return v.v;
  const inner = v !== null && typeof v === 'object' ? (v as { $v?: unknown }).$v : undefined;
  if (typeof inner === 'string') return parseFloatText(inner);
  const data = bytesData(v);
  if (data !== null) return parseFloatText(String.fromCharCode(...data));
  const t = typeOf(v);
  for (const name of ['__float__', '__index__']) {
    const f = v === null ? undefined : lookup(t, name);
    if (f !== undefined && f !== null) {
      const r = callSlot(f, v);
      if (name === '__index__') return intToFloat(indexToInt(r));
      if (typeof r === 'number') return r;
      if (r instanceof PyFloat) return r.v;
      raise(exc.TypeError!, `${t.$name}.__float__ returned non-float (type ${typeOf(r).$name})`);
    }
  }
  raise(exc.TypeError!, `float() argument must be a string or a real number, not '${t.$name}'`);
}

function newFloat(cls: PyType, x?: unknown): unknown {
  const value = x === undefined ? 0 : toFloat(x);
  if (cls === floatType) return makeFloat(value);
  const inst = new cls.$ctor();
  inst.$v = value;
  return inst;
}

function asIntegerRatio(x: number): unknown {
  if (x !== x) raise(exc.ValueError!, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise(exc.OverflowError!, 'cannot convert Infinity to integer ratio');
  const [digits, pow10] = exactDecimal(x);
  let num = digits;
  let den = 1n;
  if (pow10 < 0) den = 10n ** BigInt(-pow10);
  else num *= 10n ** BigInt(pow10);
  const g = gcd(num, den);
  num /= g;
  den /= g;
  return tupleOf(normInt(x < 0 ? -num : num), normInt(den));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** float.hex(): [-]0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022. */
function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = hi >>> 20;
  const mant = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${mant}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

function invalidHex(): never {
  raise(exc.ValueError!, 'invalid hexadecimal floating-point string');
}

/** float.fromhex(s): exact parsing of a hex significand and binary exponent. */
function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) invalidHex();
  const intDigits = m[2]!, fracDigits = m[3] ?? '';
  let mant = BigInt('0x' + (intDigits + fracDigits || '0'));
  let exp = Number(m[4] ?? 0) - 4 * fracDigits.length;
  const negative = m[1] === '-';
  if (mant === 0n) return negative ? -0 : 0;
  // Keep 55 significant bits with a sticky bit, then let the conversion round once.
  const bits = mant.toString(2).length;
  if (bits > 55) {
    const drop = BigInt(bits - 55);
    const sticky = (mant & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
    mant = (mant >> drop) | sticky;
    exp += bits - 55;
  }
  const top = exp + Math.min(bits, 55);
  if (top > 1024) raise(exc.OverflowError!, 'hexadecimal value too large to represent as a float');
  let r = Number(mant);
  if (exp < -1074 - 60) r = 0;
  else {
    const half = Math.trunc(exp / 2);
    r = r * 2 ** half * 2 ** (exp - half);
  }
  if (!Number.isFinite(r)) raise(exc.OverflowError!, 'hexadecimal value too large to represent as a float');
  return negative ? -r : r;
}

const val = (a: unknown): number => asFloat(a);

defineNumberMethods(floatType, 2, false);
defineMethods(floatType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: unknown[], kwargs: PyDict) =>
    newFloat(cls, constructorArgs('float', ['x'], 'expected', args, kwargs)[0]),
  '__neg__(self, /)': (a: unknown) => makeFloat(-val(a)),
  '__pos__(self, /)': (a: unknown) => makeFloat(val(a)),
  '__abs__(self, /)': (a: unknown) => makeFloat(Math.abs(val(a))),
  '__bool__(self, /)': (a: unknown) => val(a) !== 0,
  '__int__(self, /)': (a: unknown) => floatToInt(val(a)),
  '__trunc__(self, /)': (a: unknown) => floatToInt(val(a)),
  '__floor__(self, /)': (a: unknown) => floatToInt(Math.floor(val(a))),
  '__ceil__(self, /)': (a: unknown) => floatToInt(Math.ceil(val(a))),
  '__float__(self, /)': (a: unknown) => makeFloat(val(a)),
  '__round__(self, ndigits=None, /)': (a: unknown, n?: unknown) =>
    (n === undefined || n === null ? roundFloatToInt(val(a)) : roundFloatDigits(val(a), indexToInt(n))),
  '__str__(self, /)': (a: unknown) => floatRepr(val(a)),
  '__getnewargs__(self, /)': (a: unknown) => tupleOf(makeFloat(val(a))),
  'is_integer(self, /)': (a: unknown) => Number.isInteger(val(a)),
  'as_integer_ratio(self, /)': (a: unknown) => asIntegerRatio(val(a)),
  'conjugate(self, /)': (a: unknown) => makeFloat(val(a)),
  'hex(self, /)': (a: unknown) => floatHex(val(a)),
});
floatType.$dict[attrKey('fromhex')] = newClassMethod(builtinFunction('fromhex(cls, string, /)', (_cls: unknown, s: unknown) => {
  if (typeof s !== 'string') raise(exc.TypeError!, `fromhex() argument must be str, not ${typeOf(s).$name}`);
  return makeFloat(floatFromHex(s));
}, 'float.fromhex'));
typeChanged(floatType);
defineGetSet(floatType, 'real', (a) => makeFloat(val(a)));
defineGetSet(floatType, 'imag', () => makeFloat(0));
registerBuiltin('float', floatType);
