// Binary arithmetic between any two builtin numbers (bool, int, float, complex): the numeric
// tower widened to the larger kind; NotImplemented when an operand is not a builtin number.
import { exc, raise } from '../core/exceptions.js';
import { makeFloat, PyComplex, PyFloat, tupleOf } from '../core/values.js';
import {
  intAdd, intAnd, intDivmod, intFloorDiv, intLShift, intMod, intMul, intOr, intPow, intPowMod, intRShift, intSub,
  intToFloat, intTrueDiv, intXor, type Int,
} from '../types/int-ops.js';
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatTrueDiv } from '../types/float-ops.js';
import { complexAdd, complexDiv, complexMul, complexPow, complexSub } from '../types/complex-ops.js';
import { NotImplemented } from './not-implemented.js';

export const KIND_NONE = 0, KIND_INT = 1, KIND_FLOAT = 2, KIND_COMPLEX = 3;

/** Which builtin number `v` is: 0 none, 1 int (bool included), 2 float, 3 complex. Instances of
 *  user subclasses are not builtin numbers here: their class's dunders decide (see valueKind). */
export function numKind(v: unknown): number {
  switch (typeof v) {
    case 'number': return Number.isSafeInteger(v) ? KIND_INT : KIND_FLOAT;
    case 'bigint': case 'boolean': return KIND_INT;
    case 'object':
      if (v instanceof PyFloat) return KIND_FLOAT;
      if (v instanceof PyComplex) return KIND_COMPLEX;
      return KIND_NONE;
    default: return KIND_NONE;
  }
}

/** numKind, also for an instance of a user subclass of int/float/complex (its value in `$v`):
 *  what the builtin dunders (int.__add__ ...) accept. */
export function valueKind(v: unknown): number {
  const k = numKind(v);
  if (k !== KIND_NONE || typeof v !== 'object' || v === null) return k;
  const inner = (v as { $v?: unknown }).$v;
  return inner === undefined ? KIND_NONE : numKind(inner);
}

/** An int-kind value as an Int (bool -> 0/1). */
export function asInt(v: unknown): Int {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && v !== null) return asInt((v as { $v: unknown }).$v);
  return v as Int;
}

/** The builtin value of a number, unwrapping an instance of a user subclass. */
export function numberValue(v: unknown): unknown {
  return typeof v === 'object' && v !== null && !(v instanceof PyFloat) && !(v instanceof PyComplex) ? (v as { $v: unknown }).$v : v;
}

/** An int- or float-kind value as a JS number (OverflowError for huge ints). */
export function asFloat(v: unknown): number {
  switch (typeof v) {
    case 'number': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return intToFloat(v);
    default: return v instanceof PyFloat ? v.v : asFloat((v as { $v: unknown }).$v);
  }
}

export function asComplex(v: unknown): PyComplex {
  if (v instanceof PyComplex) return v;
  const inner = numberValue(v);
  return inner instanceof PyComplex ? inner : new PyComplex(asFloat(inner), 0);
}

function widest(a: unknown, b: unknown): number {
  const ka = numKind(a);
  if (ka === KIND_NONE) return KIND_NONE;
  const kb = numKind(b);
  if (kb === KIND_NONE) return KIND_NONE;
  return ka > kb ? ka : kb;
}

export function numAdd(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return intAdd(asInt(a), asInt(b));
    case KIND_FLOAT: return makeFloat(asFloat(a) + asFloat(b));
    case KIND_COMPLEX: return complexAdd(asComplex(a), asComplex(b));
    default: return NotImplemented;
  }
}

export function numSub(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return intSub(asInt(a), asInt(b));
    case KIND_FLOAT: return makeFloat(asFloat(a) - asFloat(b));
    case KIND_COMPLEX: return complexSub(asComplex(a), asComplex(b));
    default: return NotImplemented;
  }
}

export function numMul(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return intMul(asInt(a), asInt(b));
    case KIND_FLOAT: return makeFloat(asFloat(a) * asFloat(b));
    case KIND_COMPLEX: return complexMul(asComplex(a), asComplex(b));
    default: return NotImplemented;
  }
}

export function numTrueDiv(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return makeFloat(intTrueDiv(asInt(a), asInt(b)));
    case KIND_FLOAT: return makeFloat(floatTrueDiv(asFloat(a), asFloat(b)));
    case KIND_COMPLEX: return complexDiv(asComplex(a), asComplex(b));
    default: return NotImplemented;
  }
}

export function numFloorDiv(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return intFloorDiv(asInt(a), asInt(b));
    case KIND_FLOAT: return makeFloat(floatFloorDiv(asFloat(a), asFloat(b)));
    default: return NotImplemented;
  }
}

export function numMod(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: return intMod(asInt(a), asInt(b));
    case KIND_FLOAT: return makeFloat(floatMod(asFloat(a), asFloat(b)));
    default: return NotImplemented;
  }
}

export function numDivmod(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: {
      const [q, r] = intDivmod(asInt(a), asInt(b));
      return tupleOf(q, r);
    }
    case KIND_FLOAT: {
      const [q, r] = floatDivmod(asFloat(a), asFloat(b));
      return tupleOf(makeFloat(q), makeFloat(r));
    }
    default: return NotImplemented;
  }
}

export function numPow(a: unknown, b: unknown): unknown {
  switch (widest(a, b)) {
    case KIND_INT: {
      const x = asInt(a), y = asInt(b);
      if (y < 0) {
        const base = intToFloat(x);
        if (base === 0) raise(exc.ZeroDivisionError!, '0.0 cannot be raised to a negative power');
        return floatPowValue(base, intToFloat(y));
      }
      return intPow(x, y);
    }
    case KIND_FLOAT: return floatPowValue(asFloat(a), asFloat(b));
    case KIND_COMPLEX: return complexPow(asComplex(a), asComplex(b));
    default: return NotImplemented;
  }
}

function floatPowValue(a: number, b: number): unknown {
  const r = floatPow(a, b);
  if (r === null) return complexPow(new PyComplex(a, 0), new PyComplex(b, 0));
  return makeFloat(r);
}

/** pow(a, b, m): ints only, as CPython. */
export function numPowMod(a: unknown, b: unknown, m: unknown): unknown {
  if (numKind(a) !== KIND_INT || numKind(b) !== KIND_INT || numKind(m) !== KIND_INT) {
    raise(exc.TypeError!, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  return intPowMod(asInt(a), asInt(b), asInt(m));
}

/** Shifts and bitwise operators: ints only; two bools give a bool for & | ^. */
function intOnly(a: unknown, b: unknown): boolean {
  return numKind(a) === KIND_INT && numKind(b) === KIND_INT;
}

export function numLShift(a: unknown, b: unknown): unknown {
  return intOnly(a, b) ? intLShift(asInt(a), asInt(b)) : NotImplemented;
}

export function numRShift(a: unknown, b: unknown): unknown {
  return intOnly(a, b) ? intRShift(asInt(a), asInt(b)) : NotImplemented;
}

export function numAnd(a: unknown, b: unknown): unknown {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
  return intOnly(a, b) ? intAnd(asInt(a), asInt(b)) : NotImplemented;
}

export function numOr(a: unknown, b: unknown): unknown {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  return intOnly(a, b) ? intOr(asInt(a), asInt(b)) : NotImplemented;
}

export function numXor(a: unknown, b: unknown): unknown {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  return intOnly(a, b) ? intXor(asInt(a), asInt(b)) : NotImplemented;
}
