// Unary operators ($.neg, $.pos, $.invert): numbers directly, else __neg__/__pos__/__invert__.
import { exc, raise } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { makeFloat, PyComplex, PyFloat } from '../core/values.js';
import { intInvert, intNeg } from '../types/int-ops.js';
import { complexAbs } from '../types/complex-ops.js';
import { callSlot } from './dispatch.js';

function unarySlot(v: unknown, name: string, symbol: string): unknown {
  const f = lookup(typeOf(v), name);
  if (f === undefined || f === null) raise(exc.TypeError!, `bad operand type for unary ${symbol}: '${typeOf(v).$name}'`);
  return callSlot(f, v);
}

export function neg(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? (v === 0 ? 0 : -v) : -v;
  if (typeof v === 'bigint') return intNeg(v);
  if (typeof v === 'boolean') return v ? -1 : 0;
  if (v instanceof PyFloat) return new PyFloat(-v.v);
  if (v instanceof PyComplex) return new PyComplex(-v.re, -v.im);
  return unarySlot(v, '__neg__', '-');
}

export function pos(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat || v instanceof PyComplex) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return unarySlot(v, '__pos__', '+');
}

export function invert(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return intInvert(v);
  if (typeof v === 'bigint') return intInvert(v);
  if (typeof v === 'boolean') return v ? -2 : -1;
  return unarySlot(v, '__invert__', '~');
}

/** abs(v) for numbers and __abs__. */
export function abs(v: unknown): unknown {
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  if (v instanceof PyComplex) return makeFloat(complexAbs(v));
  const f = lookup(typeOf(v), '__abs__');
  if (f === undefined || f === null) raise(exc.TypeError!, `bad operand type for abs(): '${typeOf(v).$name}'`);
  return callSlot(f, v);
}
