// Python key equality for dict and set tables: maps each key to the JS value a Map compares.
import { PyComplex, PyFloat } from '../core/values.js';
import { hash } from '../ops/hash.js';
import { pyEquals } from '../ops/compare.js';

/** Marks a key that is not a JS primitive after normalisation (tuples, frozensets, instances). */
export const OBJECT_KEY: unique symbol = Symbol('objectKey');

/** The Map key of a key whose Python equality is JS SameValueZero on a primitive: str, int,
 *  float, bool (True is 1), None. Integral floats beyond the safe range become bigints so that
 *  they meet the equal int. Returns OBJECT_KEY for everything else. */
export function primitiveKey(k: unknown): unknown {
  switch (typeof k) {
    case 'string': return k;
    case 'number': return Number.isInteger(k) && !Number.isSafeInteger(k) ? BigInt(k) : k;
    case 'boolean': return k ? 1 : 0;
    case 'bigint': return k;
    case 'object':
      if (k === null) return null;
      if (k instanceof PyFloat) return k.v === 0 ? 0 : k.v;
      if (k instanceof PyComplex && k.im === 0) return primitiveKey(k.re);
      return OBJECT_KEY;
    default: return OBJECT_KEY;
  }
}

/** Object keys equal under `__eq__` share one representative: the first such key inserted.
 *  Representatives are grouped by their Python hash. */
export type Buckets = Map<unknown, unknown[]>;

/** The representative of object key `k` in `buckets`, or undefined. `present` answers an
 *  identity check first, as CPython compares identity before calling `__eq__`. */
export function findObjectKey(buckets: Buckets | null, k: unknown, present: boolean): unknown {
  const h = hash(k);
  if (present) return k;
  if (buckets === null) return undefined;
  const reps = buckets.get(h);
  if (reps === undefined) return undefined;
  for (let i = 0; i < reps.length; i++) {
    const r = reps[i];
    if (r === k || pyEquals(r, k)) return r;
  }
  return undefined;
}

/** Record `k` as the representative of its equality class (it was not found). */
export function addObjectKey(buckets: Buckets, k: unknown): void {
  const h = hash(k);
  const reps = buckets.get(h);
  if (reps === undefined) buckets.set(h, [k]);
  else reps.push(k);
}

/** Forget representative `rep`. */
export function removeObjectKey(buckets: Buckets, rep: unknown): void {
  const h = hash(rep);
  const reps = buckets.get(h);
  if (reps === undefined) return;
  const i = reps.indexOf(rep);
  if (i >= 0) reps.splice(i, 1);
  if (reps.length === 0) buckets.delete(h);
}
