// PySet / PyFrozenSet: Python's sets over a CPython-shaped hash table (set-table.ts).
import { raise, exc } from '../core/exceptions.js';
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { DONE, PyIter, defineIterType, iterable } from './iter.js';
import { isExactDict, PyDict } from './dict.js';
import { SetTable } from './set-table.js';

/** A set: a CPython-shaped hash table of its items. */
export class PySet {
  $t: SetTable = new SetTable();
  $has(k: unknown): boolean { return this.$t.has(k); }
  $add(k: unknown): void { this.$t.add(k); }
  /** Remove `k`; false when it was absent. */
  $discard(k: unknown): boolean { return this.$t.discard(k); }
  get $size(): number { return this.$t.used; }
  $keys(): IterableIterator<unknown> { return this.$t[Symbol.iterator](); }
}
export class PyFrozenSet extends PySet {}

export const setType: PyType = newBuiltinType('set', objectType, 'builtins', PySet as unknown as new () => any);
export const frozensetType: PyType = newBuiltinType('frozenset', objectType, 'builtins', PyFrozenSet as unknown as new () => any);

/** Iterates a set in table order, raising RuntimeError when it changes size meanwhile. */
export class SetIter extends PyIter {
  readonly $size: number;
  $i = 0;
  constructor(readonly $s: PySet) {
    super();
    this.$size = $s.$size;
  }
  next(): IteratorResult<unknown> {
    const t = this.$s.$t;
    if (t.used !== this.$size) {
      this.$i = -1;
      raise(exc.RuntimeError!, 'Set changed size during iteration');
    }
    if (this.$i < 0) return DONE;
    const i = t.nextSlot(this.$i);
    if (i < 0) { this.$i = -1; return DONE; }
    this.$i = i + 1;
    return { done: false, value: t.keys[i] };
  }
}
export const setIterType = defineIterType('set_iterator', SetIter);

/** Add the items of any iterable to `s` as CPython's set_update does (sets merged table to
 *  table, dicts after one resize). */
export function setUpdate(s: PySet, it: unknown): void {
  if (it instanceof PySet) { s.$t.merge(it.$t); return; }
  if (isExactDict(it)) {
    const d = it as PyDict;
    s.$t.reserve(d.$size);
    for (const k of d.$keyIter()) s.$t.add(k);
    return;
  }
  for (const k of iterable(it)) s.$t.add(k);
}

/** A new set (or frozenset when `frozen`) of the items of a Python iterable. */
export function setFrom(it: unknown, frozen = false): PySet {
  const s = frozen ? new PyFrozenSet() : new PySet();
  setUpdate(s, it);
  return s;
}

/** ABI `$.makeSet(items, constant)`: a set display from a JS array. CPython compiles a display
 *  of more than two constants into a frozenset constant, rebuilt once in its own iteration
 *  order, then copied into the new set: `constant` (true for such displays) reproduces that
 *  layout, which decides the order the set prints in. */
export function makeSet(items: unknown[], constant = false): PySet {
  const s = new PySet();
  if (constant && items.length > 2) {
    const folded = new SetTable();
    for (let i = 0; i < items.length; i++) folded.add(items[i]);
    const rebuilt = new SetTable();
    for (const k of folded) rebuilt.add(k);
    s.$t.merge(rebuilt);
    return s;
  }
  for (let i = 0; i < items.length; i++) s.$add(items[i]);
  return s;
}

/** A new empty set of the same kind (set/frozenset, exact class) as `like`. */
export function emptyLike(like: PySet): PySet {
  return like instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}
