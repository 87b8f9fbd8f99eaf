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

/** A slice bound that is a safe int or None, clamped into [0, n] as a step-1 slice clamps it;
 *  NaN for anything else (the caller then takes the general path). */
export function simpleBound(v: unknown, n: number, dflt: number): number {
  if (v === null || v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return NaN;
  if (v < 0) { const i = v + n; return i < 0 ? 0 : i; }
  return v > n ? n : v;
}

/** Items `lo:hi:st` of an array-like as a new JS array. */
export function sliceArray<T>(a: ArrayLike<T>, lo: unknown, hi: unknown, st: unknown): T[] {
  const n = a.length;
  if (st === null || st === undefined || st === 1) {
    const s = simpleBound(lo, n, 0), e = simpleBound(hi, n, n);
    if (s === s && e === e) return Array.isArray(a) ? a.slice(s, e < s ? s : e) : Array.prototype.slice.call(a, s, e < s ? s : e) as T[];
  } else if (st === -1 && (lo === null || typeof lo === 'number') && (hi === null || typeof hi === 'number')) {
    // The common `a[::-1]` / `a[k::-1]`: walk down without resolving a general slice.
    let s = lo === null ? n - 1 : lo as number;
    if (Number.isSafeInteger(s)) {
      if (s < 0) s += n; else if (s >= n) s = n - 1;
      let e = -1;
      if (hi !== null) { e = hi as number; if (e < 0) { e += n; if (e < 0) e = -1; } else if (e >= n) e = n - 1; }
      if (Number.isSafeInteger(e)) {
        const count = s > e ? s - e : 0;
        // Filled by push so the list stays a packed array (fast for every later access).
        const out: T[] = [];
        for (let i = 0; i < count; i++) out.push(a[s - i]!);
        return out;
      }
    }
  }
  const r = adjustSlice(a.length, lo, hi, st);
  const out: T[] = [];
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out.push(a[j]!);
  return out;
}
