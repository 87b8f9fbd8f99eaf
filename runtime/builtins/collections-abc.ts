// collections.abc: the container ABCs, with isinstance/issubclass by inheritance, registration
// (the builtin containers are registered as CPython registers them) and method-presence checks
// for the one-method ABCs (Iterable, Sized, ...), plus the Mapping and Sequence mixin methods.
import { raise, exc } from '../core/exceptions.js';
import { builtinMethod } from '../core/function.js';
import { builtinTypes, lookup, objectType, PyType, typeChanged, typeOf, typeType } from '../core/type.js';
import { tupleOf } from '../core/values.js';
import { call, callMethod } from '../core/call.js';
import { pyEquals } from '../ops/compare.js';
import { PyDict } from '../types/dict.js';
import { iterable, toArray } from '../types/iter.js';
import { getitem } from '../ops/subscript.js';

/** The metaclass of the ABCs: `register` and the isinstance/issubclass hooks. */
const abcMeta = new PyType('ABCMeta', [typeType], typeType, 'abc');
abcMeta.$builtin = true;

/** Virtual subclasses registered with each ABC. */
const registry = new Map<PyType, PyType[]>();
/** Methods a class must have (not None) to count as a subclass of a one-method ABC. */
const required = new Map<PyType, string[]>();
const all: Record<string, PyType> = Object.create(null);

function hasMethods(c: PyType, names: string[]): boolean {
  return names.every((n) => {
    const v = lookup(c, n);
    return v !== undefined && v !== null;
  });
}

/** issubclass(sub, cls) for ABC `cls`. */
function abcSubclass(cls: PyType, sub: PyType): boolean {
  if (sub.$mro.includes(cls)) return true;
  const names = required.get(cls);
  if (names !== undefined && hasMethods(sub, names)) return true;
  for (const r of registry.get(cls) ?? []) if (sub.$mro.includes(r)) return true;
  for (const abc of Object.values(all)) {
    if (abc !== cls && abc.$mro.includes(cls) && (registry.get(abc) ?? []).some((r) => sub.$mro.includes(r))) return true;
  }
  return false;
}

abcMeta.$dict.__instancecheck__ = builtinMethod(abcMeta, '__instancecheck__(cls, instance, /)', (cls: PyType, o: unknown) => abcSubclass(cls, typeOf(o)));
abcMeta.$dict.__subclasscheck__ = builtinMethod(abcMeta, '__subclasscheck__(cls, subclass, /)', (cls: PyType, sub: unknown) => {
  if (!(sub instanceof PyType)) return raise(exc.TypeError!, 'issubclass() arg 1 must be a class');
  return abcSubclass(cls, sub);
});
abcMeta.$dict.register = builtinMethod(abcMeta, 'register(cls, subclass, /)', (cls: PyType, sub: PyType) => {
  const list = registry.get(cls) ?? [];
  list.push(sub);
  registry.set(cls, list);
  return sub;
});
typeChanged(abcMeta);

function abc(name: string, bases: PyType[], methods: string[] | null, registered: string[] = []): PyType {
  const t = new PyType(name, bases.length ? bases : [objectType], abcMeta, 'collections.abc');
  t.$builtin = true;
  if (methods) required.set(t, methods);
  registry.set(t, registered.map((n) => builtinTypes[n]).filter((x): x is PyType => x !== undefined));
  all[name] = t;
  return t;
}

abc('Hashable', [], ['__hash__']);
const Awaitable = abc('Awaitable', [], ['__await__']);
abc('Coroutine', [Awaitable], ['send', 'throw', 'close', '__await__'], ['coroutine']);
const AsyncIterable = abc('AsyncIterable', [], ['__aiter__']);
const AsyncIterator = abc('AsyncIterator', [AsyncIterable], ['__anext__', '__aiter__']);
abc('AsyncGenerator', [AsyncIterator], ['asend', 'athrow', 'aclose', '__aiter__', '__anext__'], ['async_generator']);
const Iterable = abc('Iterable', [], ['__iter__']);
const IteratorABC = abc('Iterator', [Iterable], ['__iter__', '__next__']);
const Reversible = abc('Reversible', [Iterable], ['__reversed__', '__iter__']);
abc('Generator', [IteratorABC], ['__iter__', '__next__', 'send', 'throw', 'close'], ['generator']);
const Sized = abc('Sized', [], ['__len__']);
const Container = abc('Container', [], ['__contains__']);
const Collection = abc('Collection', [Sized, Iterable, Container], ['__len__', '__iter__', '__contains__']);
abc('Callable', [], ['__call__']);
const SetABC = abc('Set', [Collection], null, ['frozenset']);
abc('MutableSet', [SetABC], null, ['set']);
const Mapping = abc('Mapping', [Collection], null, ['mappingproxy']);
const MutableMapping = abc('MutableMapping', [Mapping], null, ['dict']);
const MappingView = abc('MappingView', [Sized], null);
abc('KeysView', [MappingView, SetABC], null, ['dict_keys']);
abc('ItemsView', [MappingView, SetABC], null, ['dict_items']);
abc('ValuesView', [MappingView, Collection], null, ['dict_values']);
const Sequence = abc('Sequence', [Reversible, Collection], null, ['tuple', 'str', 'range', 'memoryview']);
const MutableSequence = abc('MutableSequence', [Sequence], null, ['list', 'bytearray']);
abc('ByteString', [Sequence], null, ['bytes', 'bytearray']);

/** Mixin methods, defined through the abstract ones as _collections_abc does. */
function mixins(t: PyType, methods: Record<string, (...a: any[]) => unknown>): void {
  for (const [sig, impl] of Object.entries(methods)) {
    const f = builtinMethod(t, sig, impl);
    t.$dict[f.$name] = f;
  }
  typeChanged(t);
}

function isKeyError(e: unknown): boolean {
  return e instanceof exc.KeyError!.$ctor;
}

mixins(Mapping, {
  'get(self, key, default=None, /)': (m: unknown, k: unknown, d?: unknown) => {
    try { return getitem(m, k); } catch (e) { if (isKeyError(e)) return d === undefined ? null : d; throw e; }
  },
  '__contains__(self, key, /)': (m: unknown, k: unknown) => {
    try { getitem(m, k); return true; } catch (e) { if (isKeyError(e)) return false; throw e; }
  },
  'keys(self, /)': (m: unknown) => toArray(m),
  'items(self, /)': (m: unknown) => toArray(m).map((k) => tupleOf(k, getitem(m, k))),
  'values(self, /)': (m: unknown) => toArray(m).map((k) => getitem(m, k)),
  '__eq__(self, other, /)': (m: unknown, o: unknown) => {
    if (!abcSubclass(Mapping, typeOf(o))) return false;
    const a = new PyDict(), b = new PyDict();
    for (const k of iterable(m)) a.$set(k, getitem(m, k));
    for (const k of iterable(o)) b.$set(k, getitem(o, k));
    return a.$size === b.$size && [...a.$entryIter()].every(([k, v]) => b.$has(k) && pyEquals(v, b.$get(k)));
  },
});
Mapping.$dict.__hash__ = null;

mixins(MutableMapping, {
  'pop(self, key, default=None, /)': (m: unknown, k: unknown, d?: unknown) => {
    let v: unknown;
    try { v = getitem(m, k); } catch (e) { if (isKeyError(e) && d !== undefined) return d; throw e; }
    callMethod(m, '__delitem__', k);
    return v;
  },
  'popitem(self, /)': (m: unknown) => {
    const it = toArray(m);
    if (it.length === 0) return raise(exc.KeyError!);
    const v = getitem(m, it[0]);
    callMethod(m, '__delitem__', it[0]);
    return tupleOf(it[0], v);
  },
  'clear(self, /)': (m: unknown) => { for (const k of toArray(m)) callMethod(m, '__delitem__', k); return null; },
  'update(self, other=None, /, **kwds)': (m: unknown, o: unknown, kw: PyDict) => {
    if (o !== undefined) {
      if (o instanceof PyDict || lookup(typeOf(o), 'keys') !== undefined) {
        for (const k of iterable(callMethod(o, 'keys'))) callMethod(m, '__setitem__', k, getitem(o, k));
      } else for (const pair of iterable(o)) { const [k, v] = toArray(pair); callMethod(m, '__setitem__', k, v); }
    }
    for (const [k, v] of kw.$entryIter()) callMethod(m, '__setitem__', k, v);
    return null;
  },
  'setdefault(self, key, default=None, /)': (m: unknown, k: unknown, d?: unknown) => {
    try { return getitem(m, k); } catch (e) {
      if (!isKeyError(e)) throw e;
      callMethod(m, '__setitem__', k, d === undefined ? null : d);
      return d === undefined ? null : d;
    }
  },
});

function seqItems(s: unknown): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; ; i++) {
    try { out.push(getitem(s, i)); } catch (e) { if (e instanceof exc.IndexError!.$ctor) return out; throw e; }
  }
}

mixins(Sequence, {
  '__iter__(self, /)': (s: unknown) => call(builtinTypes.list!.$dict.__iter__, seqItems(s)),
  '__contains__(self, value, /)': (s: unknown, v: unknown) => seqItems(s).some((x) => x === v || pyEquals(x, v)),
  '__reversed__(self, /)': (s: unknown) => call(builtinTypes.list!.$dict.__iter__, seqItems(s).reverse()),
  'index(self, value, start=0, stop=None, /)': (s: unknown, v: unknown) => {
    const i = seqItems(s).findIndex((x) => x === v || pyEquals(x, v));
    if (i < 0) raise(exc.ValueError!);
    return i;
  },
  'count(self, value, /)': (s: unknown, v: unknown) => seqItems(s).filter((x) => x === v || pyEquals(x, v)).length,
});

mixins(MutableSequence, {
  'append(self, value, /)': (s: unknown, v: unknown) => { callMethod(s, 'insert', callMethod(s, '__len__'), v); return null; },
  'extend(self, values, /)': (s: unknown, vs: unknown) => { for (const v of toArray(vs)) callMethod(s, 'append', v); return null; },
  'pop(self, index=-1, /)': (s: unknown, i?: unknown) => {
    const k = i === undefined ? -1 : i;
    const v = getitem(s, k);
    callMethod(s, '__delitem__', k);
    return v;
  },
  'remove(self, value, /)': (s: unknown, v: unknown) => { callMethod(s, '__delitem__', callMethod(s, 'index', v)); return null; },
  'reverse(self, /)': (s: unknown) => {
    const items = seqItems(s).reverse();
    items.forEach((v, i) => callMethod(s, '__setitem__', i, v));
    return null;
  },
  '__iadd__(self, values, /)': (s: unknown, vs: unknown) => { callMethod(s, 'extend', vs); return s; },
});

/** The ABCs by name (for the collections.abc and abc modules). */
export function abcClasses(): Record<string, PyType> {
  return all;
}

/** abc.ABCMeta (for the abc module). */
export { abcMeta };

/** Register builtin class `t` as a virtual subclass of ABC `name` (collections registers deque). */
export function registerVirtual(name: string, t: PyType): void {
  registry.get(all[name]!)!.push(t);
}

