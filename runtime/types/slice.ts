// The slice type: slice(start, stop, step) objects, `indices()`, and `$.slice` for the compiler.
import { defineGetSet } from '../core/descriptors.js';
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { tupleOf } from '../core/values.js';
import { repr } from '../ops/repr.js';
import { adjustSlice, indexValue } from './slice-index.js';

/** A slice object; omitted parts are None (null). */
export class PySlice {
  constructor(readonly $start: unknown, readonly $stop: unknown, readonly $step: unknown) {}
}
export const sliceType: PyType = newBuiltinType('slice', objectType, 'builtins', PySlice as unknown as new () => any);

/** ABI `$.slice(lo, hi, step)`. */
export function slice(lo: unknown, hi: unknown, step: unknown): PySlice {
  return new PySlice(lo ?? null, hi ?? null, step ?? null);
}

/** Builtin `slice(stop)` / `slice(start, stop[, step])`. */
export function makeSlice(a: unknown, b?: unknown, c?: unknown): PySlice {
  if (b === undefined) return new PySlice(null, a, null);
  return new PySlice(a, b, c ?? null);
}

function sliceIndices(s: PySlice, length: unknown): unknown {
  const n = indexValue(length);
  if (n === null) return raise(exc.TypeError!, `'${typeof length}' object cannot be interpreted as an integer`);
  if (Number(n) < 0) return raise(exc.ValueError!, 'length should not be negative');
  const r = adjustSlice(Number(n), s.$start, s.$stop, s.$step);
  return tupleOf(r.start, r.stop, r.step);
}

defineMethods(sliceType, {
  'indices(self, length, /)': sliceIndices,
  '__repr__(self, /)': (s: PySlice) => `slice(${repr(s.$start)}, ${repr(s.$stop)}, ${repr(s.$step)})`,
});

// The parts of a slice, read-only as in CPython.
defineGetSet(sliceType, 'start', (s: PySlice) => s.$start);
defineGetSet(sliceType, 'stop', (s: PySlice) => s.$stop);
defineGetSet(sliceType, 'step', (s: PySlice) => s.$step);
