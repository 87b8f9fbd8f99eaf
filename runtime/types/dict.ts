// PyDict: Python's insertion-ordered dict on a JS Map, with Python key equality.
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { raise, exc } from '../core/exceptions.js';
import { attrKey, keyName, type Namespace } from '../core/namespace.js';
import { addObjectKey, findObjectKey, OBJECT_KEY, primitiveKey, removeObjectKey, type Buckets } from './dict-hashing.js';

export const dictType: PyType = newBuiltinType('dict', objectType);

/** A Python dict. str, int, float, bool and None keys live in `$map` under their primitive
 *  form (a JS Map keeps insertion order and re-inserting after delete moves to the end, exactly
 *  as a dict does); other keys are stored under a representative object found by hash and
 *  `__eq__`. Subclasses (namespaceDict) override the `$`-methods; everything else uses them. */
export class PyDict {
  /** Normalised key -> value. */
  $map: Map<unknown, unknown> = new Map();
  /** Normalised key -> the key as first inserted, only where they differ (True, 1.0). */
  $keys: Map<unknown, unknown> | null = null;
  /** Representatives of object keys by hash. */
  $buckets: Buckets | null = null;

  /** The value of `k`, or undefined. */
  $get(k: unknown): unknown {
    if (typeof k === 'string') return this.$map.get(k);
    const p = primitiveKey(k);
    if (p !== OBJECT_KEY) return this.$map.get(p);
    const rep = findObjectKey(this.$buckets, k, this.$map.has(k));
    return rep === undefined ? undefined : this.$map.get(rep);
  }

  $has(k: unknown): boolean {
    return this.$get(k) !== undefined;
  }

  $set(k: unknown, v: unknown): void {
    if (typeof k === 'string') { this.$map.set(k, v); return; }
    let p = primitiveKey(k);
    if (p === OBJECT_KEY) {
      p = findObjectKey(this.$buckets, k, this.$map.has(k));
      if (p === undefined) {
        addObjectKey(this.$buckets ??= new Map(), k);
        p = k;
      }
    } else if (p !== k && !this.$map.has(p)) {
      (this.$keys ??= new Map()).set(p, k);
    }
    this.$map.set(p, v);
  }

  /** Remove `k`; returns its value, or undefined when absent. */
  $pop(k: unknown): unknown {
    let p: unknown = k;
    if (typeof k !== 'string') {
      p = primitiveKey(k);
      if (p === OBJECT_KEY) {
        p = findObjectKey(this.$buckets, k, this.$map.has(k));
        if (p === undefined) return undefined;
      }
    }
    const v = this.$map.get(p);
    if (v === undefined) return undefined;
    this.$map.delete(p);
    if (this.$keys !== null) this.$keys.delete(p);
    if (this.$buckets !== null && typeof p === 'object' && p !== null) removeObjectKey(this.$buckets, p);
    return v;
  }

  get $size(): number {
    return this.$map.size;
  }

  $clear(): void {
    this.$map.clear();
    this.$keys = null;
    this.$buckets = null;
  }

  /** The key as the program inserted it, from its normalised form. */
  $origKey(p: unknown): unknown {
    if (this.$keys === null) return p;
    const k = this.$keys.get(p);
    return k === undefined ? p : k;
  }

  /** Keys in order (a live JS iterator). */
  *$keyIter(): IterableIterator<unknown> {
    if (this.$keys === null) { yield* this.$map.keys(); return; }
    for (const p of this.$map.keys()) yield this.$origKey(p);
  }

  $valueIter(): IterableIterator<unknown> {
    return this.$map.values();
  }

  /** [key, value] pairs in order (live). */
  *$entryIter(): IterableIterator<[unknown, unknown]> {
    for (const [p, v] of this.$map) yield [this.$origKey(p), v];
  }

  /** Entries from last to first (for `reversed` and `popitem`): a snapshot of keys. */
  $lastKey(): unknown {
    let last: unknown = undefined;
    for (const p of this.$map.keys()) last = p;
    return last === undefined ? undefined : this.$origKey(last);
  }
}
dictType.$ctor = PyDict;
(PyDict.prototype as unknown as { $cls: PyType }).$cls = dictType;

/** The dict that reads and writes a namespace object (module globals, an instance's or a class's
 *  attributes): `vars()`, `__dict__`, `globals()`. str keys are the namespace's properties (under
 *  `attrKey`); any other key lives in the inherited Map storage. */
export class NamespaceDict extends PyDict {
  constructor(readonly $ns: Namespace) { super(); }

  override $get(k: unknown): unknown {
    return typeof k === 'string' ? this.$ns[attrKey(k)] : super.$get(k);
  }

  override $set(k: unknown, v: unknown): void {
    if (typeof k === 'string') this.$ns[attrKey(k)] = v;
    else super.$set(k, v);
  }

  override $pop(k: unknown): unknown {
    if (typeof k !== 'string') return super.$pop(k);
    const key = attrKey(k);
    const v = this.$ns[key];
    if (v !== undefined) delete this.$ns[key];
    return v;
  }

  override get $size(): number {
    let n = 0;
    for (const key in this.$ns) if (this.$ns[key] !== undefined && keyName(key) !== null) n++;
    return n + this.$map.size;
  }

  override $clear(): void {
    for (const key of Object.keys(this.$ns)) if (keyName(key) !== null) delete this.$ns[key];
    super.$clear();
  }

  override *$keyIter(): IterableIterator<unknown> {
    for (const [k] of this.$entryIter()) yield k;
  }

  override *$valueIter(): IterableIterator<unknown> {
    for (const [, v] of this.$entryIter()) yield v;
  }

  override *$entryIter(): IterableIterator<[unknown, unknown]> {
    const ns = this.$ns;
    for (const key in ns) {
      const v = ns[key];
      const name = keyName(key);
      if (v !== undefined && name !== null) yield [name, v];
    }
    yield* super.$entryIter();
  }

  override $lastKey(): unknown {
    let last: unknown = undefined;
    for (const k of this.$keyIter()) last = k;
    return last;
  }
}

/** The dict view of namespace `ns` (the same object each time, so `globals() is globals()`),
 *  kept on the namespace under a non-enumerable internal key: cheaper for the GC than a WeakMap
 *  when every instance's `__dict__` is read. */
export function namespaceDict(ns: Namespace): PyDict {
  let d = ns.$dv as NamespaceDict | undefined;
  if (d === undefined) {
    d = new NamespaceDict(ns);
    Object.defineProperty(ns, '$dv', { value: d, enumerable: false, writable: true });
  }
  return d;
}

/** Is `o` a dict of the exact builtin class (not a subclass, which may override methods)? */
export function isExactDict(o: unknown): boolean {
  return (o as { $cls?: PyType } | null)?.$cls === dictType;
}

/** A new empty dict. */
export function newDict(): PyDict {
  return new PyDict();
}

/** `d[k]` for any dict, with `__missing__` for subclasses and KeyError otherwise. */
export function dictGetItem(d: PyDict, k: unknown, missing: ((d: PyDict, k: unknown) => unknown) | null): unknown {
  const v = d.$get(k);
  if (v !== undefined) return v;
  if (missing !== null) return missing(d, k);
  return raise(exc.KeyError!, k);
}

/** A dict from JS [key, value] pairs. */
export function dictFromPairs(pairs: Iterable<readonly [unknown, unknown]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.$set(k, v);
  return d;
}

/** A dict from parallel arrays of keys and values (dict displays `{k: v, ...}`). */
export function dictOf(keys: unknown[], values: unknown[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) d.$set(keys[i], values[i]);
  return d;
}
