// Truth testing ($.truthy, $.not): numbers and strings directly, then __bool__, then __len__.
import { exc, raise } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { PyComplex, PyFloat } from '../core/values.js';
import { callSlot } from './dispatch.js';
import { setTruthy } from './compare.js';

function truthySlow(v: unknown): boolean {
  if (typeof v === 'bigint') return v !== 0n;
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length !== 0;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  const t = typeOf(v);
  const b = lookup(t, '__bool__');
  if (b !== undefined && b !== null) {
    const r = callSlot(b, v);
    if (typeof r !== 'boolean') raise(exc.TypeError!, `__bool__ should return bool, returned ${typeOf(r).$name}`);
    return r;
  }
  const len = lookup(t, '__len__');
  if (len !== undefined && len !== null) {
    const n = callSlot(len, v);
    if (typeof n === 'number' && Number.isSafeInteger(n)) {
      if (n < 0) raise(exc.ValueError!, '__len__() should return >= 0');
      return n !== 0;
    }
    if (typeof n === 'boolean') return n;
    if (typeof n === 'bigint') {
      if (n < 0n) raise(exc.ValueError!, '__len__() should return >= 0');
      raise(exc.OverflowError!, "cannot fit 'int' into an index-sized integer");
    }
    raise(exc.TypeError!, `'${typeOf(n).$name}' object cannot be interpreted as an integer`);
  }
  return true;
}

/** Python truth of any value as a JS boolean. */
export function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  // NaN is true in Python, so compare with 0 instead of JS truthiness.
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  return truthySlow(v);
}

/** `not v` as a JS boolean. */
function not(v: unknown): boolean {
  return !truthy(v);
}

export { not };

setTruthy(truthy);
