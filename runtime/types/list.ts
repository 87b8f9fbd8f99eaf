// The list type: a plain JS array; its Python methods and its item/slice operations.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { listType, lookup, typeOf } from '../core/type.js';
import { pyEquals } from '../ops/compare.js';
import { repr } from '../ops/repr.js';
import { toArray, PyIter, defineIterType, DONE } from './iter.js';
import { adjustSlice, indexValue, itemIndex, simpleBound, sliceArray, toIndex } from './slice-index.js';
import { sortArray } from './list-sort.js';
import { PySlice } from './slice.js';
import { guardedRepr } from '../builtins/repr-guard.js';

/** Iterator over a list or tuple (live length, as CPython's list_iterator). */
export class ArrayIter extends PyIter {
  $i = 0;
  constructor(readonly $a: ArrayLike<unknown>) { super(); }
  next(): IteratorResult<unknown> {
    const i = this.$i;
    if (i < this.$a.length) { this.$i = i + 1; return { done: false, value: this.$a[i] }; }
    this.$i = Infinity;
    return DONE;
  }
}
export const listIterType = defineIterType('list_iterator', ArrayIter);

/** Iterator from the last item to the first. */
export class ArrayReverseIter extends PyIter {
  $i: number;
  constructor(readonly $a: ArrayLike<unknown>) { super(); this.$i = $a.length - 1; }
  next(): IteratorResult<unknown> {
    const i = this.$i;
    if (i >= 0 && i < this.$a.length) { this.$i = i - 1; return { done: false, value: this.$a[i] }; }
    this.$i = -1;
    return DONE;
  }
}
export const listReverseIterType = defineIterType('list_reverseiterator', ArrayReverseIter);

/** Position of the first item equal to `v` in a[start:stop], or -1. */
export function arrayIndexOf(a: ArrayLike<unknown>, v: unknown, start = 0, stop = a.length): number {
  for (let i = start; i < stop && i < a.length; i++) {
    const x = a[i];
    if (x === v || pyEquals(x, v)) return i;
  }
  return -1;
}

export function arrayCount(a: ArrayLike<unknown>, v: unknown): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x === v || pyEquals(x, v)) n++;
  }
  return n;
}

/** Clamp optional start/stop arguments of index() as CPython does. */
export function clampRange(n: number, start: unknown, stop: unknown): [number, number] {
  let s = start === undefined ? 0 : toIndexClamped(start);
  let e = stop === undefined ? n : toIndexClamped(stop);
  if (s < 0) { s += n; if (s < 0) s = 0; }
  if (e < 0) { e += n; if (e < 0) e = 0; }
  return [s, e];
}

function toIndexClamped(v: unknown): number {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, 'slice indices must be integers or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -Infinity : Infinity;
  return i;
}

/** `a[lo:hi:st] = values` on a list, with CPython's size rule for extended slices. */
export function listSetSlice(a: unknown[], lo: unknown, hi: unknown, st: unknown, values: unknown): void {
  if ((st === null || st === undefined) && Array.isArray(values) && values !== a) {
    // `a[i:j] = list`: replace in place when the lengths agree (fannkuch's flips), else splice.
    const n = a.length;
    const s = simpleBound(lo, n, 0), e = simpleBound(hi, n, n);
    if (s === s && e === e) {
      const count = e > s ? e - s : 0;
      if (values.length === count) {
        for (let i = 0; i < count; i++) a[s + i] = values[i];
        return;
      }
    }
  }
  const r = adjustSlice(a.length, lo, hi, st);
  let items: unknown[];
  if (values === a) items = a.slice();
  else if (Array.isArray(values)) items = values;
  else {
    const t = typeOf(values);
    if (typeof values !== 'string' && lookup(t, '__iter__') == null && lookup(t, '__getitem__') == null) {
      raise(exc.TypeError!, r.step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    }
    items = toArray(values);
  }
  if (r.step === 1) {
    const stop = r.stop < r.start ? r.start : r.stop;
    const n = stop - r.start;
    if (items.length === n) {
      for (let i = 0; i < n; i++) a[r.start + i] = items[i];
    } else if (items.length < 10000) {
      a.splice(r.start, n, ...items);
    } else {
      const tail = a.splice(r.start, a.length - r.start);
      for (let i = 0; i < items.length; i++) a.push(items[i]);
      for (let i = n; i < tail.length; i++) a.push(tail[i]);
    }
    return;
  }
  if (items.length !== r.count) {
    raise(exc.ValueError!, `attempt to assign sequence of size ${items.length} to extended slice of size ${r.count}`);
  }
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) a[j] = items[i];
}

/** `del a[lo:hi:st]`. */
export function listDelSlice(a: unknown[], lo: unknown, hi: unknown, st: unknown): void {
  const r = adjustSlice(a.length, lo, hi, st);
  if (r.count === 0) return;
  if (r.step === 1) { a.splice(r.start, r.count); return; }
  const drop = new Set<number>();
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
  let w = 0;
  for (let i = 0; i < a.length; i++) if (!drop.has(i)) a[w++] = a[i];
  a.length = w;
}

/** `a * n` for lists and tuples (the items repeated into a new JS array). */
export function repeatArray(a: ArrayLike<unknown>, n: unknown): unknown[] {
  const k = indexValue(n);
  if (k === null) return raise(exc.TypeError!, `can't multiply sequence by non-int of type '${typeOf(n).$name}'`);
  if (typeof k === 'bigint' && k > 0n && a.length > 0) return raise(exc.MemoryError ?? exc.OverflowError!, '');
  const times = typeof k === 'bigint' ? 0 : k;
  const len = a.length;
  if (times <= 0 || len === 0) return [];
  // Filled by push so the list stays a packed array.
  const out: unknown[] = [];
  for (let t = 0; t < times; t++) for (let i = 0; i < len; i++) out.push(a[i]);
  return out;
}

/** Repr of a sequence's items between brackets. */
export function itemsRepr(a: ArrayLike<unknown>): string {
  let s = '';
  for (let i = 0; i < a.length; i++) s += (i ? ', ' : '') + repr(a[i]);
  return s;
}

function listPop(a: unknown[], index?: unknown): unknown {
  if (a.length === 0) raise(exc.IndexError!, 'pop from empty list');
  if (index === undefined) return a.pop();
  const i = toIndex(index, 'list indices');
  const j = itemIndex(i, a.length, 'pop index out of range');
  return a.splice(j, 1)[0];
}

function listInsert(a: unknown[], index: unknown, v: unknown): void {
  const n = a.length;
  let i = toIndexClamped(index);
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  if (i === n) a.push(v); else a.splice(i, 0, v);
}

defineMethods(listType, {
  'append(self, object, /)': (a: unknown[], v: unknown) => { a.push(v); return null; },
  'extend(self, iterable, /)': (a: unknown[], it: unknown) => {
    const items = it === a ? a.slice() : toArray(it);
    for (let i = 0; i < items.length; i++) a.push(items[i]);
    return null;
  },
  'insert(self, index, object, /)': (a: unknown[], i: unknown, v: unknown) => { listInsert(a, i, v); return null; },
  'remove(self, value, /)': (a: unknown[], v: unknown) => {
    const i = arrayIndexOf(a, v);
    if (i < 0) raise(exc.ValueError!, 'list.remove(x): x not in list');
    a.splice(i, 1);
    return null;
  },
  'pop(self, index=-1, /)': (a: unknown[], i?: unknown) => listPop(a, i === -1 ? undefined : i),
  'clear(self, /)': (a: unknown[]) => { a.length = 0; return null; },
  'index(self, value, start=0, stop=9223372036854775807, /)': (a: unknown[], v: unknown, start?: unknown, stop?: unknown) => {
    const [s, e] = clampRange(a.length, start, stop);
    const i = arrayIndexOf(a, v, s, e);
    if (i < 0) raise(exc.ValueError!, `${repr(v)} is not in list`);
    return i;
  },
  'count(self, value, /)': (a: unknown[], v: unknown) => arrayCount(a, v),
  'sort(self, /, *, key=None, reverse=False)': (a: unknown[], key?: unknown, reverse?: unknown) => {
    sortArray(a, key ?? null, reverse === true || (reverse !== undefined && reverse !== false && reverse !== 0 && reverse !== null));
    return null;
  },
  'reverse(self, /)': (a: unknown[]) => { a.reverse(); return null; },
  'copy(self, /)': (a: unknown[]) => a.slice(),
  '__len__(self, /)': (a: unknown[]) => a.length,
  '__iter__(self, /)': (a: unknown[]) => new ArrayIter(a),
  '__reversed__(self, /)': (a: unknown[]) => new ArrayReverseIter(a),
  '__contains__(self, key, /)': (a: unknown[], v: unknown) => arrayIndexOf(a, v) >= 0,
  '__add__(self, value, /)': (a: unknown[], b: unknown) => {
    if (!Array.isArray(b) || typeOf(b) !== listType && !typeOf(b).$mro.includes(listType)) {
      return raise(exc.TypeError!, `can only concatenate list (not "${typeOf(b).$name}") to list`);
    }
    return a.concat(b);
  },
  '__iadd__(self, value, /)': (a: unknown[], b: unknown) => {
    const items = b === a ? a.slice() : toArray(b);
    for (let i = 0; i < items.length; i++) a.push(items[i]);
    return a;
  },
  '__mul__(self, value, /)': (a: unknown[], n: unknown) => repeatArray(a, n),
  '__rmul__(self, value, /)': (a: unknown[], n: unknown) => repeatArray(a, n),
  '__imul__(self, value, /)': (a: unknown[], n: unknown) => {
    const r = repeatArray(a, n);
    a.length = 0;
    for (let i = 0; i < r.length; i++) a.push(r[i]);
    return a;
  },
  '__repr__(self, /)': (a: unknown[]) => guardedRepr(a, '[...]', () => '[' + itemsRepr(a) + ']'),
  '__getitem__(self, index, /)': (a: unknown[], k: unknown) => listGetItem(a, k),
  '__setitem__(self, key, value, /)': (a: unknown[], k: unknown, v: unknown) => { listSetItem(a, k, v); return null; },
  '__delitem__(self, key, /)': (a: unknown[], k: unknown) => { listDelItem(a, k); return null; },
});

export function listGetItem(a: unknown[], k: unknown): unknown {
  if (k instanceof PySlice) return sliceArray(a, k.$start, k.$stop, k.$step);
  const i = toIndex(k, 'list indices');
  return a[itemIndex(i, a.length, 'list index out of range')];
}

export function listSetItem(a: unknown[], k: unknown, v: unknown): void {
  if (k instanceof PySlice) { listSetSlice(a, k.$start, k.$stop, k.$step, v); return; }
  const i = toIndex(k, 'list indices');
  a[itemIndex(i, a.length, 'list assignment index out of range')] = v;
}

export function listDelItem(a: unknown[], k: unknown): void {
  if (k instanceof PySlice) { listDelSlice(a, k.$start, k.$stop, k.$step); return; }
  const i = toIndex(k, 'list indices');
  a.splice(itemIndex(i, a.length, 'list assignment index out of range'), 1);
}
