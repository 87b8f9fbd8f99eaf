// PySet / PyFrozenSet: hash sets with Python key equality (stored in a PyDict's key table).
import { raise, exc } from '../core/exceptions.js';
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { DONE, PyIter, defineIterType, iterable } from './iter.js';
import { PyDict } from './dict.js';

/** A set: its items are the keys of `$t` (each mapped to itself). */
export class PySet {
  $t: PyDict = new PyDict();
  $has(k: unknown): boolean { return this.$t.$get(k) !== undefined; }
  $add(k: unknown): void { if (this.$t.$get(k) === undefined) this.$t.$set(k, true); }
  /** Remove `k`; false when it was absent. */
  $discard(k: unknown): boolean { return this.$t.$pop(k) !== undefined; }
  get $size(): number { return this.$t.$size; }
  $keys(): IterableIterator<unknown> { return this.$t.$keyIter(); }
}
export class PyFrozenSet extends PySet {}

export const setType: PyType = newBuiltinType('set', objectType, 'builtins', PySet as unknown as new () => any);
export const frozensetType: PyType = newBuiltinType('frozenset', objectType, 'builtins', PyFrozenSet as unknown as new () => any);

/** Iterates a set, raising RuntimeError when it changes size meanwhile. */
export class SetIter extends PyIter {
  readonly $size: number;
  readonly $it: Iterator<unknown>;
  constructor(readonly $s: PySet) {
    super();
    this.$size = $s.$size;
    this.$it = $s.$keys();
  }
  next(): IteratorResult<unknown> {
    if (this.$s.$size !== this.$size) raise(exc.RuntimeError!, 'Set changed size during iteration');
    const r = this.$it.next();
    return r.done ? DONE : r;
  }
}
export const setIterType = defineIterType('set_iterator', SetIter);

/** A new set (or frozenset when `frozen`) of the items of a Python iterable. */
export function setFrom(it: unknown, frozen = false): PySet {
  const s = frozen ? new PyFrozenSet() : new PySet();
  if (it instanceof PySet) {
    for (const k of it.$keys()) s.$add(k);
  } else {
    for (const k of iterable(it)) s.$add(k);
  }
  return s;
}

/** ABI `$.makeSet(items)`: a set display from a JS array. */
export function makeSet(items: unknown[]): PySet {
  const s = new PySet();
  for (let i = 0; i < items.length; i++) s.$add(items[i]);
  return s;
}

/** A new empty set of the same kind (set/frozenset, exact class) as `like`. */
export function emptyLike(like: PySet): PySet {
  return like instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}
