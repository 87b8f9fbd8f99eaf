// Rich comparisons ($.eq ... $.ge), `is`, and pyEquals for containers: numbers and strings
// first, then lists/tuples lexicographically, then __eq__/__lt__... with their reflections.
import { exc, raise } from '../core/exceptions.js';
import { lookup, objectType, typeOf, isSubtype } from '../core/type.js';
import { PyComplex, PyFloat, PyTuple } from '../core/values.js';
import { callSlot, typeName } from './dispatch.js';
import { NotImplemented } from './not-implemented.js';
import { asComplex, KIND_COMPLEX, KIND_NONE, numKind } from './numeric.js';

/** The real value of an int/float/bool for comparison: JS compares number and bigint exactly. */
function realValue(v: unknown): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  // An instance of a user subclass of int or float holds its value in `$v`.
  if (typeof v === 'object' && v !== null) return realValue((v as { $v: unknown }).$v);
  return v as number | bigint;
}

/** Compare strings by code point (JS compares UTF-16 units, which differs only past surrogates). */
export function strCompare(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return (a.codePointAt(i)! < b.codePointAt(i)!) ? -1 : 1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

function isExactList(v: unknown): v is unknown[] {
  return Array.isArray(v) && !(v instanceof PyTuple);
}

/** Are a and b both lists, or both tuples? */
function sameSequenceKind(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  return (a instanceof PyTuple) === (b instanceof PyTuple) && (isExactList(a) || a instanceof PyTuple);
}

/** Python `a == b` as a JS boolean (identity first, as containers compare items). */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  switch (typeof a) {
    // NaN has no identity in JS: a NaN in a container is taken as the same object (`n in [n]`).
    case 'number': if (typeof b === 'number') return a !== a && b !== b; break;
    case 'string': if (typeof b === 'string') return false; break;
  }
  const r = eq(a, b);
  return r === true || (r !== false && truthyOf(r));
}

let truthyOf: (v: unknown) => boolean = (v) => !!v;
/** Wire the truth test (ops/truthy.ts) without an import cycle. */
export function setTruthy(f: (v: unknown) => boolean): void {
  truthyOf = f;
}

function sequenceEquals(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !pyEquals(x, y)) return false;
  }
  return true;
}

/** Lexicographic order of two same-kind sequences for operator `op`. */
function sequenceCompare(a: unknown[], b: unknown[], op: RichOp): unknown {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !pyEquals(x, y)) {
      if (op === OP_EQ) return false;
      if (op === OP_NE) return true;
      return richCompare(x, y, op);
    }
  }
  return compareLengths(a.length, b.length, op);
}

function compareLengths(x: number, y: number, op: RichOp): boolean {
  switch (op) {
    case OP_LT: return x < y;
    case OP_LE: return x <= y;
    case OP_EQ: return x === y;
    case OP_NE: return x !== y;
    case OP_GT: return x > y;
    default: return x >= y;
  }
}

type RichOp = 0 | 1 | 2 | 3 | 4 | 5;
const OP_LT = 0, OP_LE = 1, OP_EQ = 2, OP_NE = 3, OP_GT = 4, OP_GE = 5;
const NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const REFLECTED: RichOp[] = [OP_GT, OP_GE, OP_EQ, OP_NE, OP_LT, OP_LE];
const SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** Comparison of builtin values that need no dunder; NotImplemented otherwise. */
function builtinCompare(a: unknown, b: unknown, op: RichOp): unknown {
  const ka = numKind(a), kb = numKind(b);
  if (ka !== KIND_NONE && kb !== KIND_NONE) {
    if (ka === KIND_COMPLEX || kb === KIND_COMPLEX) {
      if (op !== OP_EQ && op !== OP_NE) return NotImplemented;
      const x = ka === KIND_COMPLEX ? asComplex(a) : new PyComplex(Number(realValue(a)), 0);
      const y = kb === KIND_COMPLEX ? asComplex(b) : new PyComplex(Number(realValue(b)), 0);
      const same = x.re === y.re && x.im === y.im;
      return op === OP_EQ ? same : !same;
    }
    const x = realValue(a), y = realValue(b);
    switch (op) {
      // JS compares a bigint with a number by exact value, as Python does.
      case OP_LT: return x < y;
      case OP_LE: return x <= y;
      case OP_EQ: return x == y;
      case OP_NE: return !(x == y);
      case OP_GT: return x > y;
      default: return x >= y;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') return compareLengths(strCompare(a, b), 0, op);
  if (sameSequenceKind(a, b)) {
    if (op === OP_EQ) return sequenceEquals(a as unknown[], b as unknown[]);
    if (op === OP_NE) return !sequenceEquals(a as unknown[], b as unknown[]);
    return sequenceCompare(a as unknown[], b as unknown[], op);
  }
  return NotImplemented;
}

function slotOf(v: unknown, op: RichOp): unknown {
  const f = lookup(typeOf(v), NAMES[op]!);
  return f === null ? undefined : f;
}

/** CPython's do_richcompare. */
function richCompare(a: unknown, b: unknown, op: RichOp): unknown {
  const r0 = builtinCompare(a, b, op);
  if (r0 !== NotImplemented) return r0;
  const ta = typeOf(a), tb = typeOf(b);
  const rop = REFLECTED[op]!;
  let reflectedTried = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const fb = slotOf(b, rop);
    if (fb !== undefined) {
      reflectedTried = true;
      const r = callSlot(fb, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = slotOf(a, op);
  if (fa !== undefined) {
    const r = callSlot(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!reflectedTried) {
    const fb = slotOf(b, rop);
    if (fb !== undefined) {
      const r = callSlot(fb, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === OP_EQ) return a === b;
  if (op === OP_NE) {
    // object.__ne__ inverts __eq__ when a class defines only __eq__.
    if (lookup(ta, '__ne__') === lookup(objectType, '__ne__')) {
      const e = richCompare(a, b, OP_EQ);
      return typeof e === 'boolean' ? !e : !truthyOf(e);
    }
    return a !== b;
  }
  raise(exc.TypeError!, `'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function eq(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return richCompare(a, b, OP_EQ);
}

export function ne(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return richCompare(a, b, OP_NE);
}

export function lt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return richCompare(a, b, OP_LT);
}

export function le(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return richCompare(a, b, OP_LE);
}

export function gt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return richCompare(a, b, OP_GT);
}

export function ge(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return richCompare(a, b, OP_GE);
}

/** `a is b`: identity, where an int or float box compares by value and type. */
function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof PyFloat && b instanceof PyFloat) return Object.is(a.v, b.v);
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return false;
}

export { isSame as is };
