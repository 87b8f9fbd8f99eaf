// The tuple type (PyTuple, a JS array subclass): its Python methods and hash.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { tupleType, typeOf } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { repr } from '../ops/repr.js';
import { hashTuple } from '../ops/hash.js';
import { ArrayIter, arrayCount, arrayIndexOf, clampRange, itemsRepr, repeatArray } from './list.js';
import { itemIndex, sliceArray, toIndex } from './slice-index.js';
import { PySlice } from './slice.js';
import { guardedRepr } from '../builtins/repr-guard.js';
import { defineIterType } from './iter.js';

/** `t[k]` for a tuple (index or slice). */
export function tupleGetItem(t: ArrayLike<unknown>, k: unknown): unknown {
  if (k instanceof PySlice) return tupleFrom(sliceArray(t, k.$start, k.$stop, k.$step));
  const i = toIndex(k, 'tuple indices');
  return t[itemIndex(i, t.length, 'tuple index out of range')];
}

/** Iterator over a tuple (its own class so that its type is tuple_iterator). */
class TupleIter extends ArrayIter {}
defineIterType('tuple_iterator', TupleIter);

function isTuple(v: unknown): v is PyTuple<unknown> {
  return v instanceof PyTuple;
}

defineMethods(tupleType, {
  'index(self, value, start=0, stop=9223372036854775807, /)': (t: PyTuple, v: unknown, start?: unknown, stop?: unknown) => {
    const [s, e] = clampRange(t.length, start, stop);
    const i = arrayIndexOf(t, v, s, e);
    if (i < 0) raise(exc.ValueError!, 'tuple.index(x): x not in tuple');
    return i;
  },
  'count(self, value, /)': (t: PyTuple, v: unknown) => arrayCount(t, v),
  '__len__(self, /)': (t: PyTuple) => t.length,
  '__iter__(self, /)': (t: PyTuple) => new TupleIter(t),
  '__contains__(self, key, /)': (t: PyTuple, v: unknown) => arrayIndexOf(t, v) >= 0,
  '__getitem__(self, key, /)': tupleGetItem,
  '__add__(self, value, /)': (t: PyTuple, b: unknown) => {
    if (!isTuple(b)) return raise(exc.TypeError!, `can only concatenate tuple (not "${typeOf(b).$name}") to tuple`);
    const out = new PyTuple(t.length + b.length);
    for (let i = 0; i < t.length; i++) out[i] = t[i];
    for (let i = 0; i < b.length; i++) out[t.length + i] = b[i];
    return out;
  },
  '__mul__(self, value, /)': (t: PyTuple, n: unknown) => tupleFrom(repeatArray(t, n)),
  '__rmul__(self, value, /)': (t: PyTuple, n: unknown) => tupleFrom(repeatArray(t, n)),
  '__hash__(self, /)': hashTuple,
  '__repr__(self, /)': (t: PyTuple) => guardedRepr(t, '(...)', () => t.length === 1 ? `(${repr(t[0])},)` : `(${itemsRepr(t)})`),
});
