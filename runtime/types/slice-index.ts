// Index conversion and slice arithmetic shared by the sequence types (list, tuple, range, str).
import { raise, exc } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { call } from '../core/call.js';

/** An int from a value with `__index__`, or null when it has none. */
export function indexValue(v: unknown): number | bigint | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' || typeof v === 'string') return null;
  const f = lookup(typeOf(v), '__index__');
  if (f === undefined || f === null) return null;
  const r = call(f, v);
  if (typeof r === 'number' && Number.isSafeInteger(r)) return r;
  if (typeof r === 'bigint' || typeof r === 'boolean') return typeof r === 'boolean' ? (r ? 1 : 0) : r;
  return raise(exc.TypeError!, `__index__ returned non-int (type ${typeOf(r).$name})`);
}

/** A JS integer index (bigints clamp to +-Infinity for callers that clamp), or a TypeError
 *  "<what> must be integers or slices, not <type>". */
export function toIndex(v: unknown, what: string): number {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, `${what} must be integers or slices, not ${typeOf(v).$name}`);
  if (typeof i === 'bigint') return raise(exc.IndexError!, `cannot fit 'int' into an index-sized integer`);
  return i;
}

/** Position `i` (negative counts from the end) in a sequence of length `n`, or IndexError. */
export function itemIndex(i: number, n: number, message: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) raise(exc.IndexError!, message);
  return j;
}

function sliceBound(v: unknown): number {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, 'slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -Infinity : Infinity;
  return i;
}

/** Resolved slice: start, stop, step and the number of items (as slice.indices + len). */
export interface SliceRange { start: number; stop: number; step: number; count: number }

/** Apply slice bounds (null where omitted) to a sequence of length `n`, as PySlice_AdjustIndices. */
export function adjustSlice(n: number, lo: unknown, hi: unknown, st: unknown): SliceRange {
  let step = 1;
  if (st !== null && st !== undefined) {
    step = sliceBound(st);
    if (step === 0) raise(exc.ValueError!, 'slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (lo === null || lo === undefined) start = step < 0 ? n - 1 : 0;
  else {
    start = sliceBound(lo);
    if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (hi === null || hi === undefined) stop = step < 0 ? -1 : n;
  else {
    stop = sliceBound(hi);
    if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  let count = 0;
  if (step < 0) { if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, count };
}

/** Items `lo:hi:st` of an array-like as a new JS array. */
export function sliceArray<T>(a: ArrayLike<T>, lo: unknown, hi: unknown, st: unknown): T[] {
  if ((st === null || st === undefined) && (lo === null || typeof lo === 'number') && (hi === null || typeof hi === 'number')) {
    const n = a.length;
    let s = lo === null ? 0 : lo as number;
    let e = hi === null ? n : hi as number;
    if (Number.isSafeInteger(s) && Number.isSafeInteger(e)) {
      if (s < 0) { s += n; if (s < 0) s = 0; } else if (s > n) s = n;
      if (e < 0) { e += n; if (e < 0) e = 0; } else if (e > n) e = n;
      return Array.prototype.slice.call(a, s, e < s ? s : e) as T[];
    }
  }
  const r = adjustSlice(a.length, lo, hi, st);
  const out = new Array<T>(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = a[j]!;
  return out;
}
