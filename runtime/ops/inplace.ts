// The in-place operators ($.iadd ...): `__iop__` when the left operand's class has one, else
// the binary operator (reported with the augmented symbol, as CPython does).
import { lookup, typeOf } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { add, binarySlowPaths, bitAnd, bitOr, bitXor, div, floorDiv, lShift, matMult, mod, mult, pow, rShift, sub } from './binary.js';
import { callSlot } from './dispatch.js';
import { NotImplemented } from './not-implemented.js';

type Binary = (a: unknown, b: unknown) => unknown;

/** Values whose class has no in-place slots: the binary operator applies directly. */
function isImmutablePrimitive(a: unknown): boolean {
  const t = typeof a;
  return t === 'number' || t === 'string' || t === 'boolean' || t === 'bigint' || a === null;
}

function inplace(a: unknown, b: unknown, iname: string, slow: Binary): unknown {
  const f = lookup(typeOf(a), iname);
  if (f !== undefined && f !== null) {
    const r = callSlot(f, a, b);
    if (r !== NotImplemented) return r;
  }
  return slow(a, b);
}

function make(binary: Binary, iname: string, slow: Binary): Binary {
  return (a, b) => (isImmutablePrimitive(a) ? binary(a, b) : inplace(a, b, iname, slow));
}

export function iadd(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' || typeof a === 'string') return add(a, b);
  // list += list: extend in place (a list's __iadd__ accepts any iterable; arrays are the fast case).
  if (Array.isArray(a) && !(a instanceof PyTuple) && a.constructor === Array && Array.isArray(b)) {
    for (let i = 0, n = b.length; i < n; i++) a.push(b[i]);
    return a;
  }
  return isImmutablePrimitive(a) ? add(a, b) : inplace(a, b, '__iadd__', binarySlowPaths.add);
}

export const isub = make(sub, '__isub__', binarySlowPaths.sub);
export const imult = make(mult, '__imul__', binarySlowPaths.mult);
export const imatMult = make(matMult, '__imatmul__', binarySlowPaths.matMult);
export const idiv = make(div, '__itruediv__', binarySlowPaths.div);
export const ifloorDiv = make(floorDiv, '__ifloordiv__', binarySlowPaths.floorDiv);
export const imod = make(mod, '__imod__', binarySlowPaths.mod);
export const ipow = make(pow, '__ipow__', binarySlowPaths.pow);
export const ilShift = make(lShift, '__ilshift__', binarySlowPaths.lShift);
export const irShift = make(rShift, '__irshift__', binarySlowPaths.rShift);
export const ibitAnd = make(bitAnd, '__iand__', binarySlowPaths.bitAnd);
export const ibitOr = make(bitOr, '__ior__', binarySlowPaths.bitOr);
export const ibitXor = make(bitXor, '__ixor__', binarySlowPaths.bitXor);
