// The heapq and bisect modules: binary heaps and binary search over lists, ordered by `<`.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { typeOf } from '../core/type.js';
import { call, callMethod } from '../core/call.js';
import { lt } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';
import { registerBuiltinModule } from '../system/modules.js';
import { isExactList, toArray } from '../types/iter.js';
import { sortArray } from '../types/list-sort.js';
import { indexValue } from '../types/slice-index.js';

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(lt(a, b));
}

function heapList(h: unknown): unknown[] {
  if (!Array.isArray(h) || typeOf(h).$name === 'tuple') return raise(exc.TypeError!, 'heap argument must be a list');
  return h;
}

/** Move the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(h: unknown[], start: number, pos: number): void {
  const item = h[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (!less(item, h[parent])) break;
    h[pos] = h[parent];
    pos = parent;
  }
  h[pos] = item;
}

/** Move the smaller child up until a leaf, then place the item (CPython's _siftup). */
function siftUp(h: unknown[], pos: number): void {
  const end = h.length;
  const start = pos;
  const item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !less(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  siftDown(h, start, pos);
}

function heappush(heap: unknown, item: unknown): null {
  const h = heapList(heap);
  h.push(item);
  siftDown(h, 0, h.length - 1);
  return null;
}

function heappop(heap: unknown): unknown {
  const h = heapList(heap);
  if (h.length === 0) return raise(exc.IndexError!, 'index out of range');
  const last = h.pop();
  if (h.length === 0) return last;
  const top = h[0];
  h[0] = last;
  siftUp(h, 0);
  return top;
}

function heapify(heap: unknown): null {
  const h = heapList(heap);
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftUp(h, i);
  return null;
}

function heapreplace(heap: unknown, item: unknown): unknown {
  const h = heapList(heap);
  if (h.length === 0) return raise(exc.IndexError!, 'index out of range');
  const top = h[0];
  h[0] = item;
  siftUp(h, 0);
  return top;
}

function heappushpop(heap: unknown, item: unknown): unknown {
  const h = heapList(heap);
  if (h.length && less(h[0], item)) {
    const top = h[0];
    h[0] = item;
    siftUp(h, 0);
    return top;
  }
  return item;
}

/** nlargest / nsmallest: a stable sort of the items by key, cut to n (the results CPython gives). */
function nBest(n: unknown, it: unknown, key: unknown, largest: boolean): unknown[] {
  const k = Number(indexValue(n) ?? 0);
  const items = toArray(it);
  if (k <= 0) return [];
  sortArray(items, key ?? null, largest);
  return items.slice(0, k);
}

/** bisect over a[lo:hi] (by `key(item)` when given): the leftmost or rightmost insertion point. */
function bisect(a: unknown, x: unknown, loArg: unknown, hiArg: unknown, key: unknown, right: boolean): number {
  let lo = loArg === undefined ? 0 : Number(indexValue(loArg));
  if (lo < 0) raise(exc.ValueError!, 'lo must be non-negative');
  let hi = hiArg === undefined || hiArg === null ? Number(callMethod(a, '__len__')) : Number(indexValue(hiArg));
  const items = isExactList(a) ? a : null;
  const at = (i: number): unknown => {
    const v = items !== null ? items[i] : callMethod(a, '__getitem__', i);
    return key === undefined || key === null ? v : call(key, v);
  };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (right ? less(x, at(mid)) : !less(at(mid), x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insort(a: unknown, x: unknown, lo: unknown, hi: unknown, key: unknown, right: boolean): null {
  const probe = key === undefined || key === null ? x : call(key, x);
  const i = bisect(a, probe, lo, hi, key, right);
  if (isExactList(a)) a.splice(i, 0, x);
  else callMethod(a, 'insert', i, x);
  return null;
}

registerBuiltinModule('heapq', (m) => {
  const ns = m.$d;
  ns.heappush = builtinFunction('heappush(heap, item, /)', heappush);
  ns.heappop = builtinFunction('heappop(heap, /)', heappop);
  ns.heapify = builtinFunction('heapify(heap, /)', heapify);
  ns.heapreplace = builtinFunction('heapreplace(heap, item, /)', heapreplace);
  ns.heappushpop = builtinFunction('heappushpop(heap, item, /)', heappushpop);
  ns.nlargest = builtinFunction('nlargest(n, iterable, key=None)', (n: unknown, it: unknown, key?: unknown) => nBest(n, it, key, true));
  ns.nsmallest = builtinFunction('nsmallest(n, iterable, key=None)', (n: unknown, it: unknown, key?: unknown) => nBest(n, it, key, false));
});

registerBuiltinModule('bisect', (m) => {
  const ns = m.$d;
  const sig = '(a, x, lo=0, hi=None, *, key=None)';
  ns.bisect_left = builtinFunction(`bisect_left${sig}`, (a: unknown, x: unknown, lo?: unknown, hi?: unknown, key?: unknown) => bisect(a, x, lo, hi, key, false));
  ns.bisect_right = builtinFunction(`bisect_right${sig}`, (a: unknown, x: unknown, lo?: unknown, hi?: unknown, key?: unknown) => bisect(a, x, lo, hi, key, true));
  ns.bisect = ns.bisect_right;
  ns.insort_left = builtinFunction(`insort_left${sig}`, (a: unknown, x: unknown, lo?: unknown, hi?: unknown, key?: unknown) => insort(a, x, lo, hi, key, false));
  ns.insort_right = builtinFunction(`insort_right${sig}`, (a: unknown, x: unknown, lo?: unknown, hi?: unknown, key?: unknown) => insort(a, x, lo, hi, key, true));
  ns.insort = ns.insort_right;
});
