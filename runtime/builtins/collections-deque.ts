// collections.deque: a double-ended queue with an optional maxlen, over a JS array.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { repr } from '../ops/repr.js';
import { pyEquals } from '../ops/compare.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { toArray } from '../types/iter.js';
import { ArrayIter, ArrayReverseIter, arrayCount, arrayIndexOf, clampRange, itemsRepr } from '../types/list.js';
import { indexValue, itemIndex, toIndex } from '../types/slice-index.js';
import { guardedRepr } from './repr-guard.js';

export class PyDeque {
  $a: unknown[] = [];
  /** Maximum length, or -1 for unbounded. */
  $max = -1;
  /** Drop items from the far end after growing past maxlen. */
  $trimLeft(): void { if (this.$max >= 0) while (this.$a.length > this.$max) this.$a.shift(); }
  $trimRight(): void { if (this.$max >= 0) while (this.$a.length > this.$max) this.$a.pop(); }
}
export const dequeType: PyType = newBuiltinType('deque', objectType, 'collections', PyDeque as unknown as new () => any);

function empty(): never {
  return raise(exc.IndexError!, 'pop from an empty deque');
}

function newLike(d: PyDeque, items: unknown[]): PyDeque {
  const out = new (typeOf(d).$ctor as new () => PyDeque)();
  out.$max = d.$max;
  out.$a = items;
  out.$trimLeft();
  return out;
}

defineMethods(dequeType, {
  '__init__(self, iterable=None, maxlen=None)': (d: PyDeque, it?: unknown, maxlen?: unknown) => {
    if (maxlen !== undefined && maxlen !== null) {
      const m = indexValue(maxlen);
      if (m === null) raise(exc.TypeError!, 'an integer is required');
      if (Number(m) < 0) raise(exc.ValueError!, 'maxlen must be non-negative');
      d.$max = Number(m);
    }
    d.$a = it === undefined || it === null ? [] : toArray(it);
    d.$trimLeft();
    return null;
  },
  'append(self, x, /)': (d: PyDeque, v: unknown) => { d.$a.push(v); d.$trimLeft(); return null; },
  'appendleft(self, x, /)': (d: PyDeque, v: unknown) => { d.$a.unshift(v); d.$trimRight(); return null; },
  'pop(self, /)': (d: PyDeque) => (d.$a.length ? d.$a.pop() : empty()),
  'popleft(self, /)': (d: PyDeque) => (d.$a.length ? d.$a.shift() : empty()),
  'extend(self, iterable, /)': (d: PyDeque, it: unknown) => {
    for (const v of toArray(it)) d.$a.push(v);
    d.$trimLeft();
    return null;
  },
  'extendleft(self, iterable, /)': (d: PyDeque, it: unknown) => {
    for (const v of toArray(it)) d.$a.unshift(v);
    d.$trimRight();
    return null;
  },
  'rotate(self, n=1, /)': (d: PyDeque, n?: unknown) => {
    const len = d.$a.length;
    if (len === 0) return null;
    let k = n === undefined ? 1 : toIndex(n, 'deque indices') % len;
    if (k < 0) k += len;
    if (k) d.$a = d.$a.slice(len - k).concat(d.$a.slice(0, len - k));
    return null;
  },
  'clear(self, /)': (d: PyDeque) => { d.$a = []; return null; },
  'copy(self, /)': (d: PyDeque) => newLike(d, d.$a.slice()),
  'count(self, value, /)': (d: PyDeque, v: unknown) => arrayCount(d.$a, v),
  'index(self, value, start=0, stop=9223372036854775807, /)': (d: PyDeque, v: unknown, start?: unknown, stop?: unknown) => {
    const [s, e] = clampRange(d.$a.length, start, stop);
    const i = arrayIndexOf(d.$a, v, s, e);
    if (i < 0) raise(exc.ValueError!, `${repr(v)} is not in deque`);
    return i;
  },
  'insert(self, index, value, /)': (d: PyDeque, i: unknown, v: unknown) => {
    if (d.$max >= 0 && d.$a.length >= d.$max) raise(exc.IndexError!, 'deque already at its maximum size');
    let k = toIndex(i, 'deque indices');
    const n = d.$a.length;
    if (k < 0) k = Math.max(0, k + n); else if (k > n) k = n;
    d.$a.splice(k, 0, v);
    return null;
  },
  'remove(self, value, /)': (d: PyDeque, v: unknown) => {
    const i = arrayIndexOf(d.$a, v);
    if (i < 0) raise(exc.ValueError!, `${repr(v)} is not in deque`);
    d.$a.splice(i, 1);
    return null;
  },
  'reverse(self, /)': (d: PyDeque) => { d.$a.reverse(); return null; },
  '__len__(self, /)': (d: PyDeque) => d.$a.length,
  '__iter__(self, /)': (d: PyDeque) => new ArrayIter(d.$a),
  '__reversed__(self, /)': (d: PyDeque) => new ArrayReverseIter(d.$a),
  '__contains__(self, key, /)': (d: PyDeque, v: unknown) => arrayIndexOf(d.$a, v) >= 0,
  '__getitem__(self, key, /)': (d: PyDeque, k: unknown) => d.$a[itemIndex(toIndex(k, 'sequence index'), d.$a.length, 'deque index out of range')],
  '__setitem__(self, key, value, /)': (d: PyDeque, k: unknown, v: unknown) => {
    d.$a[itemIndex(toIndex(k, 'sequence index'), d.$a.length, 'deque index out of range')] = v;
    return null;
  },
  '__delitem__(self, key, /)': (d: PyDeque, k: unknown) => {
    d.$a.splice(itemIndex(toIndex(k, 'sequence index'), d.$a.length, 'deque index out of range'), 1);
    return null;
  },
  '__eq__(self, value, /)': (d: PyDeque, o: unknown) => {
    if (!(o instanceof PyDeque)) return NotImplemented;
    return d.$a.length === o.$a.length && d.$a.every((v, i) => pyEquals(v, o.$a[i]));
  },
  '__add__(self, value, /)': (d: PyDeque, o: unknown) => {
    if (!(o instanceof PyDeque)) return raise(exc.TypeError!, `can only concatenate deque (not "${typeOf(o).$name}") to deque`);
    return newLike(d, d.$a.concat(o.$a));
  },
  '__iadd__(self, value, /)': (d: PyDeque, o: unknown) => {
    for (const v of toArray(o)) d.$a.push(v);
    d.$trimLeft();
    return d;
  },
  '__repr__(self, /)': (d: PyDeque) => guardedRepr(d, '[...]', () => {
    const name = typeOf(d).$name;
    return d.$max < 0 ? `${name}([${itemsRepr(d.$a)}])` : `${name}([${itemsRepr(d.$a)}], maxlen=${d.$max})`;
  }),
});
dequeType.$dict.__hash__ = null;
defineGetSet(dequeType, 'maxlen', (d: PyDeque) => (d.$max < 0 ? null : d.$max));
