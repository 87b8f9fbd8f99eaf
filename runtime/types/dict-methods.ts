// The dict type's Python methods (get, setdefault, pop, update, views, |, ...) and dict helpers
// the compiler calls (makeDict, dictMerge).
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { lookup, typeChanged, typeOf } from '../core/type.js';
import { newClassMethod } from '../core/descriptors.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { tupleOf } from '../core/values.js';
import { call, callMethod } from '../core/call.js';
import { pyEquals } from '../ops/compare.js';
import { repr } from '../ops/repr.js';
import { dictType, isExactDict, NamespaceDict, PyDict } from './dict.js';
import { dictIter, dictReverseIter, dictView, ViewKind } from './dict-views.js';
import { iterable, toArray } from './iter.js';
import { guardedRepr } from '../builtins/repr-guard.js';

/** Is `o` a mapping for dict(o)/update(o): a dict, or anything with a `keys` method. */
function hasKeys(o: unknown): boolean {
  return o instanceof PyDict || lookup(typeOf(o), 'keys') !== undefined;
}

/** `d.update(other, **kwargs)` and `dict(other, **kwargs)`. */
export function dictUpdate(d: PyDict, other: unknown, kwargs: PyDict | null | undefined): void {
  if (other !== undefined) {
    if (isExactDict(other) || other instanceof NamespaceDict) {
      const src = other as PyDict;
      for (const [k, v] of src.$entryIter()) d.$set(k, v);
    } else if (hasKeys(other)) {
      for (const k of iterable(callMethod(other, 'keys'))) d.$set(k, getItemOf(other, k));
    } else {
      let i = 0;
      for (const item of iterable(other)) {
        const pair = pairOf(item, i);
        d.$set(pair[0], pair[1]);
        i++;
      }
    }
  }
  if (kwargs) for (const [k, v] of kwargs.$entryIter()) d.$set(k, v);
}

function getItemOf(m: unknown, k: unknown): unknown {
  if (isExactDict(m)) return (m as PyDict).$get(k);
  return callMethod(m, '__getitem__', k);
}

function pairOf(item: unknown, i: number): ArrayLike<unknown> {
  let pair: ArrayLike<unknown>;
  try {
    pair = Array.isArray(item) ? item : toArray(item);
  } catch (e) {
    if (e instanceof exc.TypeError!.$ctor) {
      raise(exc.TypeError!, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
  if (pair.length !== 2) {
    raise(exc.ValueError!, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
  }
  return pair;
}

/** `d[k]` on a dict or subclass: `__missing__` of a subclass answers absent keys. */
export function dictSubscript(d: PyDict, k: unknown): unknown {
  const v = d.$get(k);
  if (v !== undefined) return v;
  if (!isExactDict(d)) {
    const m = lookup(typeOf(d), '__missing__');
    if (m !== undefined && m !== null) return call(m, d, k);
  }
  return raise(exc.KeyError!, k);
}

function dictRepr(d: PyDict): string {
  return guardedRepr(d, '{...}', () => {
    let s = '';
    for (const [k, v] of d.$entryIter()) s += (s ? ', ' : '') + repr(k) + ': ' + repr(v);
    return '{' + s + '}';
  });
}

/** A copy of `d` as a plain dict. */
export function dictCopy(d: PyDict): PyDict {
  const out = new PyDict();
  if (!(d instanceof NamespaceDict)) {
    out.$map = new Map(d.$map);
    if (d.$keys !== null) out.$keys = new Map(d.$keys);
    if (d.$buckets !== null) {
      out.$buckets = new Map();
      for (const [h, reps] of d.$buckets) out.$buckets.set(h, reps.slice());
    }
    return out;
  }
  for (const [k, v] of d.$entryIter()) out.$set(k, v);
  return out;
}

function dictEquals(a: PyDict, b: unknown): boolean {
  if (!(b instanceof PyDict)) return false;
  if (a.$size !== b.$size) return false;
  for (const [k, v] of a.$entryIter()) {
    const w = b.$get(k);
    if (w === undefined || !(w === v || pyEquals(v, w))) return false;
  }
  return true;
}

function notImplementedOr<T>(b: unknown, f: () => T): unknown {
  return b instanceof PyDict ? f() : NotImplemented;
}

defineMethods(dictType, {
  'get(self, key, default=None, /)': (d: PyDict, k: unknown, dflt?: unknown) => {
    const v = d.$get(k);
    return v !== undefined ? v : dflt === undefined ? null : dflt;
  },
  'setdefault(self, key, default=None, /)': (d: PyDict, k: unknown, dflt?: unknown) => {
    const v = d.$get(k);
    if (v !== undefined) return v;
    const nv = dflt === undefined ? null : dflt;
    d.$set(k, nv);
    return nv;
  },
  'pop(self, key, default=None, /)': (d: PyDict, k: unknown, dflt?: unknown) => {
    const v = d.$pop(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    return raise(exc.KeyError!, k);
  },
  'popitem(self, /)': (d: PyDict) => {
    const k = d.$lastKey();
    if (k === undefined) return raise(exc.KeyError!, 'popitem(): dictionary is empty');
    return tupleOf(k, d.$pop(k));
  },
  'update(self, other=None, /, **kwargs)': (d: PyDict, other: unknown, kwargs: PyDict) => {
    dictUpdate(d, other, kwargs);
    return null;
  },
  'keys(self, /)': (d: PyDict) => dictView(d, ViewKind.Keys),
  'values(self, /)': (d: PyDict) => dictView(d, ViewKind.Values),
  'items(self, /)': (d: PyDict) => dictView(d, ViewKind.Items),
  'copy(self, /)': dictCopy,
  'clear(self, /)': (d: PyDict) => { d.$clear(); return null; },
  'fromkeys(cls, iterable, value=None, /)': (cls: unknown, it: unknown, v?: unknown) => {
    const d = call(cls) as PyDict;
    const value = v === undefined ? null : v;
    for (const k of iterable(it)) {
      if (isExactDict(d)) (d as PyDict).$set(k, value);
      else callMethod(d, '__setitem__', k, value);
    }
    return d;
  },
  '__len__(self, /)': (d: PyDict) => d.$size,
  '__getitem__(self, key, /)': dictSubscript,
  '__setitem__(self, key, value, /)': (d: PyDict, k: unknown, v: unknown) => { d.$set(k, v); return null; },
  '__delitem__(self, key, /)': (d: PyDict, k: unknown) => {
    if (d.$pop(k) === undefined) raise(exc.KeyError!, k);
    return null;
  },
  '__contains__(self, key, /)': (d: PyDict, k: unknown) => d.$has(k),
  '__iter__(self, /)': (d: PyDict) => dictIter(d, ViewKind.Keys),
  '__reversed__(self, /)': (d: PyDict) => dictReverseIter(d, ViewKind.Keys),
  '__repr__(self, /)': dictRepr,
  '__eq__(self, value, /)': (a: PyDict, b: unknown) => notImplementedOr(b, () => dictEquals(a, b)),
  '__ne__(self, value, /)': (a: PyDict, b: unknown) => notImplementedOr(b, () => !dictEquals(a, b)),
  '__or__(self, value, /)': (a: PyDict, b: unknown) => notImplementedOr(b, () => {
    const out = isExactDict(a) ? dictCopy(a) : call(typeOf(a), a) as PyDict;
    dictUpdate(out, b, null);
    return out;
  }),
  '__ror__(self, value, /)': (a: PyDict, b: unknown) => notImplementedOr(b, () => {
    const out = dictCopy(b as PyDict);
    dictUpdate(out, a, null);
    return out;
  }),
  '__ior__(self, value, /)': (a: PyDict, b: unknown) => { dictUpdate(a, b, null); return a; },
});
// fromkeys is a classmethod: bound to the class it is looked up on.
dictType.$dict.fromkeys = newClassMethod(dictType.$dict.fromkeys);
typeChanged(dictType);

/** ABI `$.makeDict(flat)`: a dict display from `[k1, v1, k2, v2, ...]`. */
export function makeDict(flat: unknown[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < flat.length; i += 2) d.$set(flat[i], flat[i + 1]);
  return d;
}

/** ABI `$.dictMerge(d, m)`: `{**m}` inside a display. */
export function dictMerge(d: PyDict, m: unknown): PyDict {
  if (!(m instanceof PyDict) && lookup(typeOf(m), 'keys') === undefined) {
    raise(exc.TypeError!, `'${typeOf(m).$name}' object is not a mapping`);
  }
  dictUpdate(d, m, null);
  return d;
}

