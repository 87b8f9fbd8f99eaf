// Subscripts and membership: getitem/setitem/delitem/getslice and `in`, fast for lists, tuples
// and dicts, then the `__getitem__` family of the value's type.
import { raise, exc } from '../core/exceptions.js';
import { lookup, tupleType, typeOf, PyType } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { call } from '../core/call.js';
import { pyEquals } from './compare.js';
import { truthy } from './truthy.js';
import { dictGetItem, dictType, PyDict } from '../types/dict.js';
import { arrayIndexOf, listDelItem, listGetItem, listSetItem } from '../types/list.js';
import { tupleGetItem } from '../types/tuple.js';
import { PySlice } from '../types/slice.js';
import { sliceArray } from '../types/slice-index.js';
import { iterable } from '../types/iter.js';
import { PyRange, rangeContains, rangeType } from '../types/range.js';
import { frozensetType, PySet, setType } from '../types/set.js';

function callDunder(f: unknown, o: unknown, a: unknown, b?: unknown): unknown {
  if (b === undefined) return typeof f === 'function' ? f(o, a) : call(f, o, a);
  return typeof f === 'function' ? f(o, a, b) : call(f, o, a, b);
}

/** `o[k]`. */
export function getitem(o: unknown, k: unknown): unknown {
  if (typeof o === 'object' && o !== null) {
    // `$cls` tells exact builtins from subclasses (which share their base's JS constructor).
    const c = (o as { $cls?: PyType }).$cls;
    if (c === undefined && Array.isArray(o)) {
      if (typeof k === 'number') {
        const a = o as unknown[];
        const v = a[k < 0 ? k + a.length : k];
        if (v !== undefined) return v;
      }
      return listGetItem(o as unknown[], k);
    }
    if (c === dictType) return dictGetItem(o as PyDict, k, null);
    if (c === tupleType) {
      if (typeof k === 'number') {
        const a = o as unknown[];
        const v = a[k < 0 ? k + a.length : k];
        if (v !== undefined) return v;
      }
      return tupleGetItem(o as unknown[], k);
    }
  }
  const t = typeOf(o);
  const f = lookup(t, '__getitem__');
  if (f !== undefined && f !== null) return callDunder(f, o, k);
  if (o instanceof PyType) {
    const g = lookup(o, '__class_getitem__');
    if (g !== undefined && g !== null) return call(g, o, k);
    raise(exc.TypeError!, `type '${o.$name}' is not subscriptable`);
  }
  return raise(exc.TypeError!, `'${t.$name}' object is not subscriptable`);
}

/** `o[lo:hi:step]` (null for omitted parts). */
export function getslice(o: unknown, lo: unknown, hi: unknown, step: unknown): unknown {
  if (typeof o === 'object' && o !== null) {
    const c = (o as { $cls?: PyType }).$cls;
    if (c === undefined && Array.isArray(o)) return sliceArray(o, lo, hi, step);
    if (c === tupleType) return tupleFrom(sliceArray(o as unknown[], lo, hi, step));
  }
  return getitem(o, new PySlice(lo ?? null, hi ?? null, step ?? null));
}

/** `o[k] = v`. */
export function setitem(o: unknown, k: unknown, v: unknown): void {
  if (typeof o === 'object' && o !== null) {
    const c = (o as { $cls?: PyType }).$cls;
    if (c === undefined && Array.isArray(o)) {
      const a = o as unknown[];
      if (typeof k === 'number') {
        const i = k < 0 ? k + a.length : k;
        if (i >= 0 && i < a.length && Number.isInteger(i)) { a[i] = v; return; }
      }
      listSetItem(a, k, v);
      return;
    }
    if (c === dictType) { (o as PyDict).$set(k, v); return; }
  }
  const t = typeOf(o);
  const f = lookup(t, '__setitem__');
  if (f === undefined || f === null) raise(exc.TypeError!, `'${t.$name}' object does not support item assignment`);
  callDunder(f, o, k, v);
}

/** `del o[k]`. */
export function delitem(o: unknown, k: unknown): void {
  if (typeof o === 'object' && o !== null) {
    const c = (o as { $cls?: PyType }).$cls;
    if (c === undefined && Array.isArray(o)) { listDelItem(o, k); return; }
    if (c === dictType) {
      if ((o as PyDict).$pop(k) === undefined) raise(exc.KeyError!, k);
      return;
    }
  }
  const t = typeOf(o);
  const f = lookup(t, '__delitem__');
  if (f === undefined || f === null) raise(exc.TypeError!, `'${t.$name}' object doesn't support item deletion`);
  callDunder(f, o, k);
}

/** `item in container` as a JS boolean. */
export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (typeof container === 'object' && container !== null) {
    const c = (container as { $cls?: PyType }).$cls;
    if ((c === undefined && Array.isArray(container)) || c === tupleType) return arrayIndexOf(container as unknown[], item) >= 0;
    if (c === dictType) return (container as PyDict).$has(item);
    if (c === setType || c === frozensetType) return (container as PySet).$t.has(item);
    if (c === rangeType) return rangeContains(container as PyRange, item);
  }
  const t = typeOf(container);
  const f = lookup(t, '__contains__');
  if (f !== undefined && f !== null) return truthy(callDunder(f, container, item));
  if (lookup(t, '__iter__') == null && lookup(t, '__getitem__') == null) {
    raise(exc.TypeError!, `argument of type '${t.$name}' is not iterable`);
  }
  for (const v of iterable(container)) if (v === item || pyEquals(v, item)) return true;
  return false;
}
