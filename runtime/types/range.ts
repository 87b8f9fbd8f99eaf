// The range type: lazy arithmetic sequences with O(1) len, indexing and `in`.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { pyEquals } from '../ops/compare.js';
import { DONE, PyIter, defineIterType } from './iter.js';
import { adjustSlice, indexValue, itemIndex, toIndex } from './slice-index.js';
import { PySlice } from './slice.js';

/** range(start, stop, step) with its length precomputed. */
export class PyRange {
  readonly $len: number;
  constructor(readonly $start: number, readonly $stop: number, readonly $step: number) {
    const n = $step > 0 ? Math.ceil(($stop - $start) / $step) : Math.ceil(($start - $stop) / -$step);
    this.$len = n > 0 ? n : 0;
  }
  $at(i: number): number {
    return this.$start + i * this.$step;
  }
}
export const rangeType: PyType = newBuiltinType('range', objectType, 'builtins', PyRange as unknown as new () => any);

export class RangeIter extends PyIter {
  constructor(private $i: number, private readonly $end: number, private readonly $step: number) { super(); }
  next(): IteratorResult<number> {
    const i = this.$i;
    if (this.$step > 0 ? i < this.$end : i > this.$end) {
      this.$i = i + this.$step;
      return { done: false, value: i };
    }
    return DONE;
  }
}
export const rangeIterType = defineIterType('range_iterator', RangeIter);

function rangeArg(v: unknown): number {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, `'${typeOf(v).$name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') return raise(exc.OverflowError!, 'Python int too large to convert to C ssize_t');
  return i;
}

/** Builtin `range(stop)` / `range(start, stop[, step])`. */
export function makeRange(a: unknown, b?: unknown, c?: unknown): PyRange {
  if (b === undefined) return new PyRange(0, rangeArg(a), 1);
  const step = c === undefined ? 1 : rangeArg(c);
  if (step === 0) raise(exc.ValueError!, 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(a), rangeArg(b), step);
}

export function rangeIter(r: PyRange): RangeIter {
  return new RangeIter(r.$start, r.$stop, r.$step);
}

/** Is `v` (any value) one of the range's items? Ints answer arithmetically. */
export function rangeContains(r: PyRange, v: unknown): boolean {
  let x: number;
  if (typeof v === 'number' && Number.isSafeInteger(v)) x = v;
  else if (typeof v === 'boolean') x = v ? 1 : 0;
  else {
    // Floats and objects with __eq__ compare item by item, as CPython does.
    for (let i = 0; i < r.$len; i++) if (pyEquals(r.$at(i), v)) return true;
    return false;
  }
  const d = x - r.$start;
  if (r.$step > 0 ? x < r.$start || x >= r.$stop : x > r.$start || x <= r.$stop) return false;
  return d % r.$step === 0;
}

export function rangeGetItem(r: PyRange, k: unknown): unknown {
  if (k instanceof PySlice) {
    const s = adjustSlice(r.$len, k.$start, k.$stop, k.$step);
    return new PyRange(r.$at(s.start), r.$at(s.start) + s.count * s.step * r.$step, s.step * r.$step);
  }
  const i = toIndex(k, 'range indices');
  return r.$at(itemIndex(i, r.$len, 'range object index out of range'));
}

function rangeEquals(a: PyRange, b: unknown): boolean {
  if (!(b instanceof PyRange)) return false;
  if (a.$len !== b.$len) return false;
  if (a.$len === 0) return true;
  if (a.$start !== b.$start) return false;
  return a.$len === 1 || a.$step === b.$step;
}

defineMethods(rangeType, {
  '__len__(self, /)': (r: PyRange) => r.$len,
  '__iter__(self, /)': rangeIter,
  '__reversed__(self, /)': (r: PyRange) => new RangeIter(r.$at(r.$len - 1), r.$start - r.$step, -r.$step),
  '__contains__(self, key, /)': rangeContains,
  '__getitem__(self, key, /)': rangeGetItem,
  '__eq__(self, value, /)': rangeEquals,
  '__ne__(self, value, /)': (a: PyRange, b: unknown) => !rangeEquals(a, b),
  '__hash__(self, /)': (r: PyRange) => r.$len === 0 ? 0 : r.$start * 31 + r.$len * 7 + (r.$len > 1 ? r.$step : 0),
  '__bool__(self, /)': (r: PyRange) => r.$len > 0,
  'index(self, value, /)': (r: PyRange, v: unknown) => {
    if (!rangeContains(r, v)) raise(exc.ValueError!, `${typeof v === 'number' ? v : 'value'} is not in range`);
    return (Number(v) - r.$start) / r.$step;
  },
  'count(self, value, /)': (r: PyRange, v: unknown) => rangeContains(r, v) ? 1 : 0,
  '__repr__(self, /)': (r: PyRange) => r.$step === 1 ? `range(${r.$start}, ${r.$stop})` : `range(${r.$start}, ${r.$stop}, ${r.$step})`,
});
