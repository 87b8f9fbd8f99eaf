// The Python methods and operators of set and frozenset, and the set operations of dict views.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { typeChanged, typeOf, type PyType } from '../core/type.js';
import { hash } from '../ops/hash.js';
import { repr } from '../ops/repr.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { iterable } from './iter.js';
import { emptyLike, frozensetType, PyFrozenSet, PySet, setFrom, SetIter, setType } from './set.js';
import { DictView, dictKeysType, dictItemsType, ViewKind } from './dict-views.js';
import { guardedRepr } from '../builtins/repr-guard.js';

/** The items of a set operand: a set as is, any other iterable collected into a set. */
function asSet(o: unknown): PySet {
  return o instanceof PySet ? o : setFrom(o);
}

/** Operands of the set operators must be sets (or set-like dict views, handled by the views). */
function isSetOperand(o: unknown): o is PySet {
  return o instanceof PySet;
}

function union(a: PySet, others: unknown[]): PySet {
  const out = emptyLike(a);
  for (const k of a.$keys()) out.$add(k);
  for (const o of others) for (const k of iterable(o)) out.$add(k);
  return out;
}

function intersection(a: PySet, b: unknown): PySet {
  const other = asSet(b);
  const out = emptyLike(a);
  const [small, big] = a.$size <= other.$size ? [a, other] : [other, a];
  for (const k of small.$keys()) if (big.$has(k)) out.$add(k);
  return out;
}

function difference(a: PySet, b: unknown): PySet {
  const other = asSet(b);
  const out = emptyLike(a);
  for (const k of a.$keys()) if (!other.$has(k)) out.$add(k);
  return out;
}

function symmetricDifference(a: PySet, b: unknown): PySet {
  const other = asSet(b);
  const out = emptyLike(a);
  for (const k of a.$keys()) if (!other.$has(k)) out.$add(k);
  for (const k of other.$keys()) if (!a.$has(k)) out.$add(k);
  return out;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.$size > b.$size) return false;
  for (const k of a.$keys()) if (!b.$has(k)) return false;
  return true;
}

function setEquals(a: PySet, b: PySet): boolean {
  return a.$size === b.$size && isSubset(a, b);
}

/** Replace the contents of `a` with those of `b`. */
function assign(a: PySet, b: PySet): void {
  a.$t.$clear();
  for (const k of b.$keys()) a.$add(k);
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
  'copy(self, /)': (s: PySet) => (s instanceof PyFrozenSet && s.constructor === PyFrozenSet ? s : setFrom(s, s instanceof PyFrozenSet)),
  'union(self, /, *others)': (s: PySet, others: unknown[]) => union(s, others),
  'intersection(self, /, *others)': (s: PySet, others: unknown[]) => {
    let out = union(s, []);
    for (const o of others) out = intersection(out, o);
    return out;
  },
  'difference(self, /, *others)': (s: PySet, others: unknown[]) => {
    let out = union(s, []);
    for (const o of others) out = difference(out, o);
    return out;
  },
  'symmetric_difference(self, other, /)': symmetricDifference,
  'issubset(self, other, /)': (s: PySet, o: unknown) => isSubset(s, asSet(o)),
  'issuperset(self, other, /)': (s: PySet, o: unknown) => isSubset(asSet(o), s),
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
    s.$t.$clear();
    if (it !== undefined) for (const k of iterable(it)) s.$add(k);
    return null;
  },
  'add(self, object, /)': (s: PySet, k: unknown) => { s.$add(k); return null; },
  'remove(self, object, /)': (s: PySet, k: unknown) => {
    if (!s.$discard(k)) raise(exc.KeyError!, k);
    return null;
  },
  'discard(self, object, /)': (s: PySet, k: unknown) => { s.$discard(k); return null; },
  'pop(self, /)': (s: PySet) => {
    const r = s.$keys().next();
    if (r.done) return raise(exc.KeyError!, 'pop from an empty set');
    s.$discard(r.value);
    return r.value;
  },
  'clear(self, /)': (s: PySet) => { s.$t.$clear(); return null; },
  'update(self, /, *others)': (s: PySet, others: unknown[]) => {
    for (const o of others) for (const k of iterable(o)) s.$add(k);
    return null;
  },
  'intersection_update(self, /, *others)': (s: PySet, others: unknown[]) => {
    let out = union(s, []);
    for (const o of others) out = intersection(out, o);
    assign(s, out);
    return null;
  },
  'difference_update(self, /, *others)': (s: PySet, others: unknown[]) => {
    for (const o of others) for (const k of iterable(o === s ? union(s, []) : o)) s.$discard(k);
    return null;
  },
  'symmetric_difference_update(self, other, /)': (s: PySet, o: unknown) => {
    assign(s, symmetricDifference(s, o));
    return null;
  },
  '__ior__(self, value, /)': op((a, b) => { for (const k of b.$keys()) a.$add(k); return a; }),
  '__iand__(self, value, /)': op((a, b) => { assign(a, intersection(a, b)); return a; }),
  '__isub__(self, value, /)': op((a, b) => { assign(a, difference(a, b)); return a; }),
  '__ixor__(self, value, /)': op((a, b) => { assign(a, symmetricDifference(a, b)); return a; }),
});
setType.$dict.__hash__ = null;
typeChanged(setType);

defineMethods(frozensetType, {
  '__new__(cls, iterable=None, /)': (cls: PyType, it?: unknown) => {
    if (cls === frozensetType) {
      if (it instanceof PyFrozenSet && it.constructor === PyFrozenSet) return it;
      return it === undefined ? new PyFrozenSet() : setFrom(it, true);
    }
    const s = new cls.$ctor() as PySet;
    if (it !== undefined) for (const k of iterable(it)) s.$add(k);
    return s;
  },
  '__hash__(self, /)': frozensetHash,
});

/** The set operators of keys and items views: the view's items as a set, then the set operation. */
function viewOp(f: (a: PySet, b: PySet) => unknown, reflected = false): (v: DictView, o: unknown) => unknown {
  return (v, o) => {
    let other: PySet;
    try {
      other = asSet(o);
    } catch (e) {
      if (e instanceof exc.TypeError!.$ctor) return NotImplemented;
      throw e;
    }
    const mine = setFrom(v);
    return reflected ? f(other, mine) : f(mine, other);
  };
}

/** View comparisons (`==`, `<=`) only against sets and set-like views. */
function viewCompare(f: (a: PySet, b: PySet) => boolean): (v: DictView, o: unknown) => unknown {
  return (v, o) => (o instanceof PySet || (o instanceof DictView && o.$kind !== ViewKind.Values) ? f(setFrom(v), setFrom(o)) : NotImplemented);
}

for (const t of [dictKeysType, dictItemsType]) {
  defineMethods(t, {
    '__and__(self, value, /)': viewOp(intersection),
    '__rand__(self, value, /)': viewOp(intersection, true),
    '__or__(self, value, /)': viewOp((a, b) => union(a, [b])),
    '__ror__(self, value, /)': viewOp((a, b) => union(a, [b]), true),
    '__sub__(self, value, /)': viewOp(difference),
    '__rsub__(self, value, /)': viewOp(difference, true),
    '__xor__(self, value, /)': viewOp(symmetricDifference),
    '__rxor__(self, value, /)': viewOp(symmetricDifference, true),
    '__eq__(self, value, /)': viewCompare(setEquals),
    '__ne__(self, value, /)': viewCompare((a, b) => !setEquals(a, b)),
    '__le__(self, value, /)': viewCompare(isSubset),
    '__lt__(self, value, /)': viewCompare((a, b) => a.$size < b.$size && isSubset(a, b)),
    '__ge__(self, value, /)': viewCompare((a, b) => isSubset(b, a)),
    '__gt__(self, value, /)': viewCompare((a, b) => a.$size > b.$size && isSubset(b, a)),
    'isdisjoint(self, other, /)': (v: DictView, o: unknown) => {
      const mine = setFrom(v);
      for (const k of iterable(o)) if (mine.$has(k)) return false;
      return true;
    },
  });
}

registerBuiltin('set', setType);
registerBuiltin('frozenset', frozensetType);
