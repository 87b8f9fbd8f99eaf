// The Python methods and operators of set and frozenset, and the set operations of dict views.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { lookup, typeChanged, typeOf, type PyType } from '../core/type.js';
import { hash } from '../ops/hash.js';
import { repr } from '../ops/repr.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { iterable } from './iter.js';
import { emptyLike, frozensetType, PyFrozenSet, PySet, setFrom, SetIter, setType, setUpdate } from './set.js';
import { isExactDict, PyDict } from './dict.js';
import { DictView, dictKeysType, dictItemsType, ViewKind } from './dict-views.js';
import { guardedRepr } from '../builtins/repr-guard.js';

/** Operands of the set operators must be sets (or set-like dict views, handled by the views). */
function isSetOperand(o: unknown): o is PySet {
  return o instanceof PySet;
}

/** A copy of `a` with `a`'s kind (set or frozenset). */
function copyOf(a: PySet): PySet {
  const out = emptyLike(a);
  out.$t.merge(a.$t);
  return out;
}

/** Iterate the items of `o`, straight from the table when it is a set. */
function itemsOf(o: unknown): Iterable<unknown> {
  return o instanceof PySet ? o.$t : iterable(o);
}

function union(a: PySet, others: unknown[]): PySet {
  const out = copyOf(a);
  for (const o of others) setUpdate(out, o);
  return out;
}

/** CPython's set_intersection: walks the smaller set, keeping the items the other contains. */
function intersection(a: PySet, b: unknown): PySet {
  if (a === b) return copyOf(a);
  const out = emptyLike(a);
  if (b instanceof PySet) {
    const [big, small] = b.$size > a.$size ? [b, a] : [a, b];
    for (const k of small.$t) if (big.$has(k)) out.$add(k);
    return out;
  }
  for (const k of iterable(b)) if (a.$has(k)) out.$add(k);
  return out;
}

function differenceUpdate(s: PySet, o: unknown): void {
  if (o === s) { s.$t.clear(); return; }
  for (const k of itemsOf(o)) s.$discard(k);
}

/** CPython's set_difference: a filtered walk of `a`, or a copy minus `b` when that is cheaper. */
function difference(a: PySet, b: unknown): PySet {
  let otherSize: number;
  if (b instanceof PySet) otherSize = b.$size;
  else if (isExactDict(b)) otherSize = (b as PyDict).$size;
  else otherSize = -1;
  if (otherSize < 0 || (a.$size >> 2) > otherSize) {
    const out = copyOf(a);
    differenceUpdate(out, b);
    return out;
  }
  const out = emptyLike(a);
  const other = b as PySet | PyDict;
  for (const k of a.$t) if (!other.$has(k)) out.$add(k);
  return out;
}

function symmetricDifferenceUpdate(s: PySet, o: unknown): void {
  const other = o instanceof PySet ? o : setFrom(o);
  if (other === s) { s.$t.clear(); return; }
  for (const k of other.$t) if (!s.$discard(k)) s.$add(k);
}

/** CPython's set_symmetric_difference: a copy of `b` updated with `a`. */
function symmetricDifference(a: PySet, b: unknown): PySet {
  const out = emptyLike(a);
  setUpdate(out, b);
  symmetricDifferenceUpdate(out, a);
  return out;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.$size > b.$size) return false;
  for (const k of a.$t) if (!b.$has(k)) return false;
  return true;
}

function setEquals(a: PySet, b: PySet): boolean {
  return a.$size === b.$size && isSubset(a, b);
}

/** Give `a` the contents of `b` (CPython swaps the tables). */
function assign(a: PySet, b: PySet): void {
  a.$t = b.$t;
}

function setRepr(s: PySet): string {
  const t = typeOf(s);
  return guardedRepr(s, `${t.$name}(...)`, () => {
    if (s.$size === 0) return `${t.$name}()`;
    let body = '';
    for (const k of s.$keys()) body += (body ? ', ' : '') + repr(k);
    return t === setType ? `{${body}}` : `${t.$name}({${body}})`;
  });
}

/** Order-independent hash of a frozenset from its items' hashes. */
function frozensetHash(s: PySet): number {
  let h = 0;
  for (const k of s.$keys()) {
    const x = Number(BigInt.asIntN(32, BigInt(hash(k))));
    h ^= Math.imul((x ^ 89869747) ^ (x << 16), 0xd93f34d7 | 0);
  }
  h ^= Math.imul(s.$size + 1, 1927868237);
  h ^= (h >>> 11) ^ (h >>> 25);
  h = (Math.imul(h, 69069) + 907133923) | 0;
  return h === -1 ? 590923713 : h;
}

/** Binary operator that answers NotImplemented for non-set operands. */
function op(f: (a: PySet, b: PySet) => unknown): (a: PySet, b: unknown) => unknown {
  return (a, b) => (isSetOperand(b) ? f(a, b) : NotImplemented);
}

const shared: Record<string, (...args: any[]) => unknown> = {
  '__len__(self, /)': (s: PySet) => s.$size,
  '__contains__(self, key, /)': (s: PySet, k: unknown) => s.$has(k),
  '__iter__(self, /)': (s: PySet) => new SetIter(s),
  '__repr__(self, /)': setRepr,
  'copy(self, /)': (s: PySet) => ((s as { $cls?: PyType }).$cls === frozensetType ? s : copyOf(s)),
  'union(self, /, *others)': (s: PySet, others: unknown[]) => union(s, others),
  'intersection(self, /, *others)': (s: PySet, others: unknown[]) => {
    let out = s;
    for (const o of others) out = intersection(out, o);
    return out === s ? copyOf(s) : out;
  },
  'difference(self, /, *others)': (s: PySet, others: unknown[]) => {
    if (others.length === 0) return copyOf(s);
    let out = difference(s, others[0]);
    for (let i = 1; i < others.length; i++) differenceUpdate(out, others[i]);
    return out;
  },
  'symmetric_difference(self, other, /)': symmetricDifference,
  'issubset(self, other, /)': (s: PySet, o: unknown) => isSubset(s, o instanceof PySet ? o : setFrom(o)),
  'issuperset(self, other, /)': (s: PySet, o: unknown) => isSubset(o instanceof PySet ? o : setFrom(o), s),
  'isdisjoint(self, other, /)': (s: PySet, o: unknown) => {
    for (const k of iterable(o)) if (s.$has(k)) return false;
    return true;
  },
  '__or__(self, value, /)': op((a, b) => union(a, [b])),
  '__ror__(self, value, /)': op((a, b) => union(b, [a])),
  '__and__(self, value, /)': op(intersection),
  '__rand__(self, value, /)': op((a, b) => intersection(b, a)),
  '__sub__(self, value, /)': op(difference),
  '__rsub__(self, value, /)': op((a, b) => difference(b, a)),
  '__xor__(self, value, /)': op(symmetricDifference),
  '__rxor__(self, value, /)': op((a, b) => symmetricDifference(b, a)),
  '__eq__(self, value, /)': op(setEquals),
  '__ne__(self, value, /)': op((a, b) => !setEquals(a, b)),
  '__le__(self, value, /)': op(isSubset),
  '__lt__(self, value, /)': op((a, b) => a.$size < b.$size && isSubset(a, b)),
  '__ge__(self, value, /)': op((a, b) => isSubset(b, a)),
  '__gt__(self, value, /)': op((a, b) => a.$size > b.$size && isSubset(b, a)),
};
defineMethods(setType, shared);
defineMethods(frozensetType, shared);

defineMethods(setType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType) => (cls === setType ? new PySet() : new cls.$ctor()),
  '__init__(self, iterable=None, /)': (s: PySet, it?: unknown) => {
    s.$t.clear();
    if (it !== undefined) setUpdate(s, it);
    return null;
  },
  'add(self, object, /)': (s: PySet, k: unknown) => { s.$add(k); return null; },
  'remove(self, object, /)': (s: PySet, k: unknown) => {
    if (!s.$discard(k)) raise(exc.KeyError!, k);
    return null;
  },
  'discard(self, object, /)': (s: PySet, k: unknown) => { s.$discard(k); return null; },
  'pop(self, /)': (s: PySet) => {
    const k = s.$t.pop();
    if (k === undefined) return raise(exc.KeyError!, 'pop from an empty set');
    return k;
  },
  'clear(self, /)': (s: PySet) => { s.$t.clear(); return null; },
  'update(self, /, *others)': (s: PySet, others: unknown[]) => {
    for (const o of others) setUpdate(s, o);
    return null;
  },
  'intersection_update(self, /, *others)': (s: PySet, others: unknown[]) => {
    let out = s;
    for (const o of others) out = intersection(out, o);
    if (out !== s) assign(s, out);
    return null;
  },
  'difference_update(self, /, *others)': (s: PySet, others: unknown[]) => {
    for (const o of others) differenceUpdate(s, o);
    return null;
  },
  'symmetric_difference_update(self, other, /)': (s: PySet, o: unknown) => {
    symmetricDifferenceUpdate(s, o);
    return null;
  },
  '__ior__(self, value, /)': op((a, b) => { setUpdate(a, b); return a; }),
  '__iand__(self, value, /)': op((a, b) => { assign(a, intersection(a, b)); return a; }),
  '__isub__(self, value, /)': op((a, b) => { differenceUpdate(a, b); return a; }),
  '__ixor__(self, value, /)': op((a, b) => { symmetricDifferenceUpdate(a, b); return a; }),
});
setType.$dict.__hash__ = null;
typeChanged(setType);

defineMethods(frozensetType, {
  '__new__(cls, iterable=None, /)': (cls: PyType, it?: unknown) => {
    if (cls === frozensetType) {
      if ((it as { $cls?: PyType } | null)?.$cls === frozensetType) return it;
      return it === undefined ? new PyFrozenSet() : setFrom(it, true);
    }
    const s = new cls.$ctor() as PySet;
    if (it !== undefined) setUpdate(s, it);
    return s;
  },
  '__hash__(self, /)': frozensetHash,
});

/** A keys/items view (or any iterable) as a new set: a keys view takes its dict's fast path. */
function viewToSet(v: unknown): PySet {
  return setFrom(v instanceof DictView && v.$kind === ViewKind.Keys ? v.$d : v);
}

/** CPython's _PyDictView_Intersect: walk the smaller operand, keep what the view contains. */
function viewIntersect(left: unknown, right: unknown): unknown {
  let view = left as DictView, other = right;
  if (!(left instanceof DictView)) { view = right as DictView; other = left; }
  if (other instanceof PySet && (other as { $cls?: PyType }).$cls === setType && view.$d.$size <= other.$size) return intersection(other, view);
  if (other instanceof DictView && other.$kind !== ViewKind.Values && other.$d.$size > view.$d.$size) {
    [view, other] = [other, view];
  }
  const out = new PySet();
  const has = lookup(typeOf(view), '__contains__') as (v: DictView, k: unknown) => boolean;
  for (const k of iterable(other)) if (has(view, k)) out.$add(k);
  return out;
}

/** A view operator over (left, right) operands as CPython's number slots see them. */
function viewOp(f: (left: unknown, right: unknown) => unknown, reflected: boolean): (v: DictView, o: unknown) => unknown {
  return reflected ? (v, o) => f(o, v) : f;
}

const viewOr = (l: unknown, r: unknown): unknown => { const s = viewToSet(l); setUpdate(s, r); return s; };
const viewSub = (l: unknown, r: unknown): unknown => { const s = viewToSet(l); differenceUpdate(s, r); return s; };
const viewXor = (l: unknown, r: unknown): unknown => { const s = viewToSet(l); symmetricDifferenceUpdate(s, r); return s; };

/** View comparisons (`==`, `<=`) only against sets and set-like views. */
function viewCompare(f: (a: PySet, b: PySet) => boolean): (v: DictView, o: unknown) => unknown {
  return (v, o) => (o instanceof PySet || (o instanceof DictView && o.$kind !== ViewKind.Values) ? f(viewToSet(v), viewToSet(o)) : NotImplemented);
}

for (const t of [dictKeysType, dictItemsType]) {
  defineMethods(t, {
    '__and__(self, value, /)': viewOp(viewIntersect, false),
    '__rand__(self, value, /)': viewOp(viewIntersect, true),
    '__or__(self, value, /)': viewOp(viewOr, false),
    '__ror__(self, value, /)': viewOp(viewOr, true),
    '__sub__(self, value, /)': viewOp(viewSub, false),
    '__rsub__(self, value, /)': viewOp(viewSub, true),
    '__xor__(self, value, /)': viewOp(viewXor, false),
    '__rxor__(self, value, /)': viewOp(viewXor, true),
    '__eq__(self, value, /)': viewCompare(setEquals),
    '__ne__(self, value, /)': viewCompare((a, b) => !setEquals(a, b)),
    '__le__(self, value, /)': viewCompare(isSubset),
    '__lt__(self, value, /)': viewCompare((a, b) => a.$size < b.$size && isSubset(a, b)),
    '__ge__(self, value, /)': viewCompare((a, b) => isSubset(b, a)),
    '__gt__(self, value, /)': viewCompare((a, b) => a.$size > b.$size && isSubset(b, a)),
    'isdisjoint(self, other, /)': (v: DictView, o: unknown) => {
      const mine = viewToSet(v);
      for (const k of iterable(o)) if (mine.$has(k)) return false;
      return true;
    },
  });
}

registerBuiltin('set', setType);
registerBuiltin('frozenset', frozensetType);
