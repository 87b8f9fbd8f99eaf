// list.sort / sorted: a stable sort ordered by Python's `<`, with `key` and `reverse`.
import { call } from '../core/call.js';
import { lt } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';

function pyLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return truthy(lt(a, b));
}

/** The comparator JS's (stable) sort needs, from Python's `<` alone (equal elements keep their
 *  order; `reverse` swaps the operands, which keeps equal elements in order as Python does). */
function comparator(reverse: boolean): (a: unknown, b: unknown) => number {
  if (reverse) return (a, b) => (pyLess(b, a) ? -1 : pyLess(a, b) ? 1 : 0);
  return (a, b) => (pyLess(a, b) ? -1 : pyLess(b, a) ? 1 : 0);
}

function allNumbers(a: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number' || v !== v) return false;
  }
  return true;
}

/** Sort the JS array `a` in place. `key` is a Python callable or null. */
export function sortArray(a: unknown[], key: unknown, reverse: boolean): void {
  if (key === null || key === undefined) {
    if (allNumbers(a)) {
      a.sort(reverse ? (x, y) => (y as number) - (x as number) : (x, y) => (x as number) - (y as number));
      return;
    }
    a.sort(comparator(reverse));
    return;
  }
  const n = a.length;
  const keyed = new Array<[unknown, unknown]>(n);
  for (let i = 0; i < n; i++) keyed[i] = [typeof key === 'function' ? key(a[i]) : call(key, a[i]), a[i]];
  const cmp = comparator(reverse);
  keyed.sort((x, y) => cmp(x[0], y[0]));
  for (let i = 0; i < n; i++) a[i] = keyed[i]![1];
}
