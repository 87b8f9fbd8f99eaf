// The iteration protocol: iter()/iterable()/next() over every Python iterable, and the base of
// the builtin iterator types (JS iterators that Python also sees as iterators).
import { raise, exc, newException } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { listType, lookup, newBuiltinType, objectType, tupleType, typeOf, type PyType } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { call } from '../core/call.js';

/** Is `o` a list or a tuple of the exact builtin class? (Subclass instances share their base's
 *  JS constructor, so their `$cls` tells them apart; plain arrays are lists.) */
export function isExactListOrTuple(o: unknown): o is unknown[] {
  if (!Array.isArray(o)) return false;
  const c = (o as { $cls?: PyType }).$cls;
  return c === undefined || c === listType || c === tupleType;
}

export function isExactList(o: unknown): o is unknown[] {
  if (!Array.isArray(o)) return false;
  const c = (o as { $cls?: PyType }).$cls;
  return c === undefined || c === listType;
}

/** Base of the builtin iterator objects: a JS iterator (`next()` -> `{done, value}`) and a
 *  Python iterator (`__next__`, `__iter__`) at once, so `for` loops never wrap them. A finished
 *  result's `value` is what StopIteration carries (a generator's return value), else undefined. */
export abstract class PyIter implements IterableIterator<unknown> {
  abstract next(): IteratorResult<unknown>;
  [Symbol.iterator](): this { return this; }
}

/** The finished iteration result, shared so exhausted iterators do not allocate. */
export const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined }) as IteratorReturnResult<undefined>;

/** Raise StopIteration, carrying `value` unless it is None or absent. */
export function stopIteration(value?: unknown): never {
  throw newException(exc.StopIteration!, value === undefined || value === null ? [] : [value]);
}

export function isStopIteration(e: unknown): boolean {
  const t = exc.StopIteration;
  return t !== undefined && e instanceof t.$ctor;
}

function iterNext(self: PyIter): unknown {
  const r = self.next();
  // A finished generator's result carries its return value (for StopIteration.value).
  if (r.done) stopIteration(r.value);
  return r.value;
}

/** Make a builtin iterator type whose instances are made by `ctor` (a PyIter subclass). */
export function defineIterType(name: string, ctor: abstract new (...a: any[]) => PyIter): PyType {
  const t = newBuiltinType(name, objectType);
  t.$ctor = ctor as unknown as new () => any;
  (ctor.prototype as { $cls: PyType }).$cls = t;
  defineMethods(t, {
    '__iter__(self, /)': (self: PyIter) => self,
    '__next__(self, /)': iterNext,
  });
  return t;
}

/** A Python iterator object (user `__next__`) seen as a JS iterator. */
class PyObjectIter extends PyIter {
  constructor(readonly $obj: unknown, readonly $next: unknown) { super(); }
  next(): IteratorResult<unknown> {
    const f = this.$next;
    let v: unknown;
    try {
      v = typeof f === 'function' ? f(this.$obj) : call(f, this.$obj);
    } catch (e) {
      if (isStopIteration(e)) return DONE;
      throw e;
    }
    return { done: false, value: v };
  }
}

/** The old sequence protocol: `__getitem__(0)`, `__getitem__(1)`, ... until IndexError. */
class SeqIter extends PyIter {
  $i = 0;
  constructor(readonly $obj: unknown, readonly $getitem: unknown) { super(); }
  next(): IteratorResult<unknown> {
    if (this.$i < 0) return DONE;
    let v: unknown;
    try {
      v = call(this.$getitem, this.$obj, this.$i++);
    } catch (e) {
      if (e instanceof exc.IndexError!.$ctor || isStopIteration(e)) { this.$i = -1; return DONE; }
      throw e;
    }
    return { done: false, value: v };
  }
}
export const seqIterType = defineIterType('iterator', SeqIter);

/** Iterator over a str's code points (CPython's str_ascii_iterator / str_iterator). */
export class StrIter extends PyIter {
  readonly $it: Iterator<string>;
  constructor(s: string) { super(); this.$it = s[Symbol.iterator](); }
  next(): IteratorResult<unknown> {
    const r = this.$it.next();
    return r.done ? DONE : r;
  }
}
export const strIterType = defineIterType('str_ascii_iterator', StrIter);

function notIterable(o: unknown): never {
  return raise(exc.TypeError!, `'${typeOf(o).$name}' object is not iterable`);
}

/** A JS iterator for the Python iterator `it` (what `__iter__` returned). */
export function asJsIterator(it: unknown): Iterator<unknown> {
  if (it instanceof PyIter) return it;
  const nx = lookup(typeOf(it), '__next__');
  if (nx === undefined || nx === null) {
    return raise(exc.TypeError!, `iter() returned non-iterator of type '${typeOf(it).$name}'`);
  }
  return new PyObjectIter(it, nx);
}

/** Python's `iter(o)` as the object Python sees: `__iter__()`'s result, or a sequence iterator. */
export function pyIter(o: unknown): unknown {
  if (typeof o === 'string') return new StrIter(o);
  const t = typeOf(o);
  const f = lookup(t, '__iter__');
  if (f === undefined || f === null) {
    const g = lookup(t, '__getitem__');
    if (g === undefined || g === null || f === null) notIterable(o);
    return new SeqIter(o, g);
  }
  const it = typeof f === 'function' ? f(o) : call(f, o);
  if (it instanceof PyIter) return it;
  const nx = lookup(typeOf(it), '__next__');
  if (nx === undefined || nx === null) {
    return raise(exc.TypeError!, `iter() returned non-iterator of type '${typeOf(it).$name}'`);
  }
  return it;
}

/** ABI `$.iter(o)`: a JS iterator over any Python iterable. */
export function iter(o: unknown): Iterator<unknown> {
  if (isExactListOrTuple(o)) return o[Symbol.iterator]();
  if (typeof o === 'string') return o[Symbol.iterator]();
  if (o instanceof PyIter) return o;
  return asJsIterator(pyIter(o));
}

/** ABI `$.iterable(o)`: a JS iterable for `for (x of ...)`; arrays and strings iterate
 *  natively (their JS iteration is Python's: live length for lists, code points for str). */
export function iterable(o: unknown): Iterable<unknown> {
  if (isExactListOrTuple(o)) return o;
  if (typeof o === 'string') return o;
  if (o instanceof PyIter) return o;
  return asJsIterator(pyIter(o)) as PyIter;
}

/** Builtin `next(it[, default])`. */
export function next(it: unknown, dflt?: unknown): unknown {
  if (it instanceof PyIter) {
    const r = it.next();
    if (!r.done) return r.value;
    if (dflt !== undefined) return dflt;
    return stopIteration(r.value);
  }
  const nx = lookup(typeOf(it), '__next__');
  if (nx === undefined || nx === null) return raise(exc.TypeError!, `'${typeOf(it).$name}' object is not an iterator`);
  if (dflt === undefined) return call(nx, it);
  try {
    return call(nx, it);
  } catch (e) {
    if (isStopIteration(e)) return dflt;
    throw e;
  }
}

/** All items of a Python iterable as a new JS array (list(x), unpacking, sorted, ...). */
export function toArray(o: unknown): unknown[] {
  if (isExactListOrTuple(o)) return Array.prototype.slice.call(o);
  const out: unknown[] = [];
  for (const v of iterable(o)) out.push(v);
  return out;
}

/** The items of an iterable as an array, without copying when it already is a list/tuple
 *  (for read-only use). */
export function asArray(o: unknown): ArrayLike<unknown> {
  if (isExactListOrTuple(o)) return o;
  return toArray(o);
}
