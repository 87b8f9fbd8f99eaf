// collections.defaultdict, OrderedDict and Counter: dict subclasses written over PyDict.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { lookup, PyType, typeOf, typeType } from '../core/type.js';
import { tupleOf, PyTuple } from '../core/values.js';
import { call, callMethod } from '../core/call.js';
import { add, sub } from '../ops/binary.js';
import { gt, lt } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';
import { pyEquals } from '../ops/compare.js';
import { repr } from '../ops/repr.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { dictType, PyDict } from '../types/dict.js';
import { dictCopy, dictUpdate } from '../types/dict-methods.js';
import { iterable } from '../types/iter.js';
import { ArrayIter } from '../types/list.js';
import { guardedRepr } from './repr-guard.js';

/** A builtin subclass of dict in module `collections`. */
function dictSubclass(name: string, ctor: new () => PyDict): PyType {
  const t = new PyType(name, [dictType], typeType, 'collections', ctor);
  t.$builtin = true;
  return t;
}

function typeName(d: PyDict): string {
  return typeOf(d).$name;
}

/** A new empty instance of `d`'s class (for copies that keep the subclass). */
function sameKind(d: PyDict): PyDict {
  return new (typeOf(d).$ctor as new () => PyDict)();
}

// --- defaultdict -------------------------------------------------------------------------------

export class PyDefaultDict extends PyDict {
  $factory: unknown = null;
}
export const defaultdictType = dictSubclass('defaultdict', PyDefaultDict);

defineMethods(defaultdictType, {
  '__init__(self, default_factory=None, /, *args, **kwargs)': (d: PyDefaultDict, f: unknown, args: unknown[], kw: PyDict) => {
    if (f !== undefined && f !== null && typeof f !== 'function' && !(f instanceof PyType) && typeOf(f).$dict.__call__ === undefined) {
      raise(exc.TypeError!, 'first argument must be callable or None');
    }
    d.$factory = f ?? null;
    if (args.length > 1) raise(exc.TypeError!, `dict expected at most 1 argument, got ${args.length}`);
    dictUpdate(d, args.length ? args[0] : undefined, kw);
    return null;
  },
  '__missing__(self, key, /)': (d: PyDefaultDict, k: unknown) => {
    if (d.$factory === null) return raise(exc.KeyError!, k);
    const v = call(d.$factory);
    d.$set(k, v);
    return v;
  },
  '__repr__(self, /)': (d: PyDefaultDict) => guardedRepr(d, '...', () => {
    return `${typeName(d)}(${d.$factory === null ? 'None' : repr(d.$factory)}, ${dictRepr(d)})`;
  }),
  'copy(self, /)': (d: PyDefaultDict) => {
    const out = sameKind(d) as PyDefaultDict;
    out.$factory = d.$factory;
    for (const [k, v] of d.$entryIter()) out.$set(k, v);
    return out;
  },
});
defineGetSet(defaultdictType, 'default_factory', (d: PyDefaultDict) => d.$factory, (d: PyDefaultDict, v: unknown) => { d.$factory = v; });

function dictRepr(d: PyDict): string {
  let s = '';
  for (const [k, v] of d.$entryIter()) s += (s ? ', ' : '') + repr(k) + ': ' + repr(v);
  return '{' + s + '}';
}

// --- OrderedDict -------------------------------------------------------------------------------

export class PyOrderedDict extends PyDict {}
export const orderedDictType = dictSubclass('OrderedDict', PyOrderedDict);

defineMethods(orderedDictType, {
  'move_to_end(self, /, key, last=True)': (d: PyDict, k: unknown, last?: unknown) => {
    const v = d.$pop(k);
    if (v === undefined) return raise(exc.KeyError!, k);
    if (last === undefined || truthy(last)) {
      d.$set(k, v);
    } else {
      const rest = [...d.$entryIter()];
      d.$clear();
      d.$set(k, v);
      for (const [rk, rv] of rest) d.$set(rk, rv);
    }
    return null;
  },
  'popitem(self, /, last=True)': (d: PyDict, last?: unknown) => {
    if (d.$size === 0) return raise(exc.KeyError!, 'dictionary is empty');
    const k = last === undefined || truthy(last) ? d.$lastKey() : d.$keyIter().next().value;
    return tupleOf(k, d.$pop(k));
  },
  '__repr__(self, /)': (d: PyDict) => guardedRepr(d, '...', () => {
    if (d.$size === 0) return `${typeName(d)}()`;
    const items: string[] = [];
    for (const [k, v] of d.$entryIter()) items.push(`(${repr(k)}, ${repr(v)})`);
    return `${typeName(d)}([${items.join(', ')}])`;
  }),
  '__eq__(self, value, /)': (d: PyDict, o: unknown) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    if (d.$size !== o.$size) return false;
    if (o instanceof PyOrderedDict) {
      const a = [...d.$entryIter()], b = [...o.$entryIter()];
      return a.every(([k, v], i) => pyEquals(k, b[i]![0]) && pyEquals(v, b[i]![1]));
    }
    for (const [k, v] of d.$entryIter()) {
      const w = o.$get(k);
      if (w === undefined || !pyEquals(v, w)) return false;
    }
    return true;
  },
  'copy(self, /)': (d: PyDict) => {
    const out = sameKind(d);
    for (const [k, v] of d.$entryIter()) out.$set(k, v);
    return out;
  },
});

// --- Counter -----------------------------------------------------------------------------------

export class PyCounter extends PyDict {}
export const counterType = dictSubclass('Counter', PyCounter);

/** Counter.update / Counter(...): count an iterable's items, or add a mapping's counts. */
function counterUpdate(c: PyDict, src: unknown, kw: PyDict | null, sign: 1 | -1): void {
  const bump = (k: unknown, n: unknown) => {
    const cur = c.$get(k);
    c.$set(k, cur === undefined ? (sign === 1 ? n : sub(0, n)) : sign === 1 ? add(cur, n) : sub(cur, n));
  };
  if (src !== undefined && src !== null) {
    if (src instanceof PyDict) for (const [k, v] of src.$entryIter()) bump(k, v);
    else if (lookup(typeOf(src), 'keys') !== undefined) {
      for (const k of iterable(callMethod(src, 'keys'))) bump(k, callMethod(src, '__getitem__', k));
    } else for (const k of iterable(src)) bump(k, 1);
  }
  if (kw) for (const [k, v] of kw.$entryIter()) bump(k, v);
}

/** Items by count, largest first, ties in insertion order (what most_common and repr show). */
function byCount(c: PyDict): PyTuple[] {
  const items = [...c.$entryIter()].map(([k, v]) => tupleOf(k, v));
  const keyed = items.map((t, i) => ({ t, i }));
  keyed.sort((a, b) => (truthy(gt(a.t[1], b.t[1])) ? -1 : truthy(lt(a.t[1], b.t[1])) ? 1 : a.i - b.i));
  return keyed.map((x) => x.t);
}

/** A Counter from `pairs` keeping only positive counts (the result rule of Counter arithmetic). */
function positive(pairs: Iterable<[unknown, unknown]>): PyCounter {
  const out = new PyCounter();
  for (const [k, v] of pairs) if (truthy(gt(v, 0))) out.$set(k, v);
  return out;
}

function counterBinary(f: (a: PyDict, b: PyDict) => PyCounter): (a: PyDict, b: unknown) => unknown {
  return (a, b) => (b instanceof PyCounter ? f(a, b) : NotImplemented);
}

defineMethods(counterType, {
  '__init__(self, iterable=None, /, **kwds)': (c: PyDict, src: unknown, kw: PyDict) => { counterUpdate(c, src, kw, 1); return null; },
  '__missing__(self, key, /)': () => 0,
  'update(self, iterable=None, /, **kwds)': (c: PyDict, src: unknown, kw: PyDict) => { counterUpdate(c, src, kw, 1); return null; },
  'subtract(self, iterable=None, /, **kwds)': (c: PyDict, src: unknown, kw: PyDict) => { counterUpdate(c, src, kw, -1); return null; },
  'most_common(self, n=None)': (c: PyDict, n?: unknown) => {
    const all = byCount(c);
    return n === undefined || n === null ? all : all.slice(0, Math.max(0, Number(n)));
  },
  'elements(self, /)': (c: PyDict) => {
    const out: unknown[] = [];
    for (const [k, v] of c.$entryIter()) for (let i = 0; i < Number(v); i++) out.push(k);
    return call(typeOf(out).$dict.__iter__, out);
  },
  'total(self, /)': (c: PyDict) => {
    let s: unknown = 0;
    for (const v of c.$valueIter()) s = add(s, v);
    return s;
  },
  'copy(self, /)': (c: PyDict) => {
    const out = sameKind(c);
    for (const [k, v] of c.$entryIter()) out.$set(k, v);
    return out;
  },
  '__repr__(self, /)': (c: PyDict) => guardedRepr(c, '...', () => {
    if (c.$size === 0) return `${typeName(c)}()`;
    return `${typeName(c)}({${byCount(c).map((t) => `${repr(t[0])}: ${repr(t[1])}`).join(', ')}})`;
  }),
  '__add__(self, other, /)': counterBinary((a, b) => {
    const sum = dictCopy(a);
    for (const [k, v] of b.$entryIter()) { const cur = sum.$get(k); sum.$set(k, cur === undefined ? v : add(cur, v)); }
    return positive(sum.$entryIter());
  }),
  '__sub__(self, other, /)': counterBinary((a, b) => {
    const diff = dictCopy(a);
    for (const [k, v] of b.$entryIter()) { const cur = diff.$get(k); diff.$set(k, sub(cur === undefined ? 0 : cur, v)); }
    return positive(diff.$entryIter());
  }),
  '__or__(self, other, /)': counterBinary((a, b) => {
    const m = dictCopy(a);
    for (const [k, v] of b.$entryIter()) { const cur = m.$get(k); if (cur === undefined || truthy(gt(v, cur))) m.$set(k, v); }
    return positive(m.$entryIter());
  }),
  '__and__(self, other, /)': counterBinary((a, b) => {
    const pairs: [unknown, unknown][] = [];
    for (const [k, v] of a.$entryIter()) { const w = b.$get(k); if (w !== undefined) pairs.push([k, truthy(lt(v, w)) ? v : w]); }
    return positive(pairs);
  }),
});
