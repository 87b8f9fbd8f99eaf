// The int class: int(x), int(s, base), and its methods (bit_length, to_bytes, from_bytes, ...).
import { registerBuiltin } from '../core/builtins-registry.js';
import { defineGetSet, newClassMethod } from '../core/descriptors.js';
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { attrKey } from '../core/namespace.js';
import { floatType, intType, lookup, typeChanged, typeOf, type PyType } from '../core/type.js';
import { normInt, PyFloat, tupleOf } from '../core/values.js';
import { callSlot } from '../ops/dispatch.js';
import { asInt } from '../ops/numeric.js';
import { bytesData, makeBytes } from './bytes-core.js';
import { floatToInt, parseIntText } from './float-convert.js';
import { bitLength, intAbs, intInvert, intNeg, intToFloat, toBig, type Int } from './int-ops.js';
import { defineNumberMethods } from './number-methods.js';
import { constructorArgs } from '../ops/constructor-args.js';
import type { PyDict } from './dict.js';
import { roundInt } from './rounding.js';

function notInt(v: unknown): never {
  raise(exc.TypeError!, `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).$name}'`);
}

/** The int that an object's __int__, __index__ or __trunc__ gives. */
function intFromSlots(v: unknown): Int {
  const t = typeOf(v);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = lookup(t, name);
    if (f !== undefined && f !== null) {
      const r = callSlot(f, v);
      if (typeof r === 'number' && Number.isSafeInteger(r)) return r;
      if (typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      raise(exc.TypeError!, `${name} returned non-int (type ${typeOf(r).$name})`);
    }
  }
  return notInt(v);
}

/** int(v) with one argument. */
export function toInt(v: unknown): Int {
  switch (typeof v) {
    case 'number': return Number.isSafeInteger(v) ? v : floatToInt(v);
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return parseIntText(v, 10);
    default: break;
  }
  if (v instanceof PyFloat) return floatToInt(v.v);
  // An instance of a user subclass of int, float or str holds its builtin value in `$v`.
  const inner = v !== null && typeof v === 'object' ? (v as { $v?: unknown }).$v : undefined;
  if (typeof inner === 'string') return parseIntText(inner, 10);
  if (inner !== undefined) {
    const own = lookup(typeOf(v), '__int__');
    if (own === lookup(intType, '__int__') || own === lookup(floatType, '__int__')) return toInt(inner);
  }
  const data = bytesData(v);
  if (data !== null) return parseIntText(String.fromCharCode(...data), 10);
  if (v === null || v === undefined) notInt(null);
  return intFromSlots(v);
}

/** The value of an int-like operand (int, bool, or an object with __index__), or TypeError. */
export function indexToInt(v: unknown): Int {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v !== null && typeof v === 'object' ? lookup(typeOf(v), '__index__') : undefined;
  if (f !== undefined && f !== null) return indexToInt(callSlot(f, v));
  raise(exc.TypeError!, `'${typeOf(v).$name}' object cannot be interpreted as an integer`);
}

function newInt(cls: PyType, x?: unknown, base?: unknown): unknown {
  let value: Int;
  if (base === undefined) {
    value = x === undefined ? 0 : toInt(x);
  } else {
    const b = Number(indexToInt(base));
    if (typeof x === 'string') value = parseIntText(x, b);
    else {
      const data = bytesData(x);
      if (data === null) raise(exc.TypeError!, "int() can't convert non-string with explicit base");
      value = parseIntText(String.fromCharCode(...data), b);
    }
  }
  if (cls === intType) return value;
  const inst = new cls.$ctor();
  inst.$v = value;
  return inst;
}

function toBytes(v: Int, length: number, byteorder: string, signed: boolean): unknown {
  let x = toBig(v);
  if (x < 0n && !signed) raise(exc.OverflowError!, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed ? (x >= (1n << (bits - 1n)) || x < -(1n << (bits - 1n))) : x >= (1n << bits)) {
    raise(exc.OverflowError!, 'int too big to convert');
  }
  if (x < 0n) x += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (byteorder === 'little') out.reverse();
  else if (byteorder !== 'big') raise(exc.ValueError!, "byteorder must be either 'little' or 'big'");
  return makeBytes(out);
}

function fromBytes(data: ArrayLike<number>, byteorder: string, signed: boolean): Int {
  const bytes = Array.from(data);
  if (byteorder === 'little') bytes.reverse();
  else if (byteorder !== 'big') raise(exc.ValueError!, "byteorder must be either 'little' or 'big'");
  let x = 0n;
  for (const b of bytes) x = (x << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0]! >= 0x80) x -= 1n << BigInt(bytes.length * 8);
  return normInt(x);
}

function popCount(v: Int): number {
  let x = toBig(v);
  if (x < 0n) x = -x;
  let n = 0;
  for (const c of x.toString(2)) if (c === '1') n++;
  return n;
}

defineNumberMethods(intType, 1, true);
defineMethods(intType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: unknown[], kwargs: PyDict) => {
    const [x, base] = constructorArgs('int', ['x', 'base'], 'takes', args, kwargs);
    if (x === undefined && base !== undefined) raise(exc.TypeError!, 'int() missing string argument');
    return newInt(cls, x, base);
  },
  '__neg__(self, /)': (a: unknown) => intNeg(asInt(a)),
  '__pos__(self, /)': (a: unknown) => asInt(a),
  '__abs__(self, /)': (a: unknown) => intAbs(asInt(a)),
  '__invert__(self, /)': (a: unknown) => intInvert(asInt(a)),
  '__bool__(self, /)': (a: unknown) => asInt(a) != 0,
  '__int__(self, /)': (a: unknown) => asInt(a),
  '__index__(self, /)': (a: unknown) => asInt(a),
  '__trunc__(self, /)': (a: unknown) => asInt(a),
  '__floor__(self, /)': (a: unknown) => asInt(a),
  '__ceil__(self, /)': (a: unknown) => asInt(a),
  '__float__(self, /)': (a: unknown) => intToFloat(asInt(a)),
  '__round__(self, ndigits=None, /)': (a: unknown, n?: unknown) => (n === undefined || n === null ? asInt(a) : roundInt(asInt(a), indexToInt(n))),
  '__str__(self, /)': (a: unknown) => String(asInt(a)),
  '__getnewargs__(self, /)': (a: unknown) => tupleOf(asInt(a)),
  'bit_length(self, /)': (a: unknown) => bitLength(asInt(a)),
  'bit_count(self, /)': (a: unknown) => popCount(asInt(a)),
  'conjugate(self, /)': (a: unknown) => asInt(a),
  'as_integer_ratio(self, /)': (a: unknown) => tupleOf(asInt(a), 1),
  "to_bytes(self, /, length=1, byteorder='big', *, signed=False)": (a: unknown, length: unknown, order: unknown, signed: unknown) =>
    toBytes(asInt(a), Number(indexToInt(length ?? 1)), (order ?? 'big') as string, signed === true),
});
intType.$dict[attrKey('from_bytes')] = newClassMethod(builtinFunction(
  "from_bytes(cls, bytes, byteorder='big', *, signed=False)",
  (_cls: unknown, data: unknown, order: unknown, signed: unknown) => {
    const bytes = bytesData(data) ?? Array.from(data as Iterable<number>);
    return fromBytes(bytes, (order ?? 'big') as string, signed === true);
  }, 'int.from_bytes'));
typeChanged(intType);
defineGetSet(intType, 'real', (a) => asInt(a));
defineGetSet(intType, 'imag', () => 0);
defineGetSet(intType, 'numerator', (a) => asInt(a));
defineGetSet(intType, 'denominator', () => 1);
registerBuiltin('int', intType);

