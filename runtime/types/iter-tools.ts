// The builtin iterator classes: enumerate, zip, map, filter, reversed and iter(callable, sentinel).
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { lookup, typeOf, type PyType } from '../core/type.js';
import { tupleOf, PyTuple } from '../core/values.js';
import { call } from '../core/call.js';
import { add } from '../ops/binary.js';
import { pyEquals } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';
import { DONE, PyIter, defineIterType, isExactListOrTuple, iter } from './iter.js';
import { ArrayReverseIter } from './list.js';
import { indexValue } from './slice-index.js';

function callFn(f: unknown, a: unknown): unknown {
  return typeof f === 'function' ? f(a) : call(f, a);
}

/** A class whose instances are made by `__new__(cls, ...)`; subclass instances get `cls`. */
function construct<T extends object>(cls: PyType, base: PyType, made: T): T {
  if (cls !== base) Object.setPrototypeOf(made, cls.$ctor.prototype);
  return made;
}

export class EnumerateIter extends PyIter {
  constructor(readonly $it: Iterator<unknown>, public $n: number | bigint | unknown) { super(); }
  next(): IteratorResult<unknown> {
    const r = this.$it.next();
    if (r.done) return DONE;
    const n = this.$n;
    this.$n = typeof n === 'number' && n < Number.MAX_SAFE_INTEGER ? n + 1 : add(n, 1);
    return { done: false, value: tupleOf(n, r.value) };
  }
}
export const enumerateType = defineIterType('enumerate', EnumerateIter);
defineMethods(enumerateType, {
  '__new__(cls, iterable, start=0)': (cls: PyType, it: unknown, start?: unknown) => {
    let n: unknown = 0;
    if (start !== undefined) {
      n = indexValue(start);
      if (n === null) raise(exc.TypeError!, `'${typeOf(start).$name}' object cannot be interpreted as an integer`);
    }
    return construct(cls, enumerateType, new EnumerateIter(iter(it), n));
  },
});

/** "argument 1" / "arguments 1-n": the arguments before argument n+1. */
function zipOthers(n: number): string {
  return n === 1 ? 'argument 1' : `arguments 1-${n}`;
}

export class ZipIter extends PyIter {
  constructor(readonly $its: Iterator<unknown>[], readonly $strict: boolean) { super(); }
  next(): IteratorResult<unknown> {
    const its = this.$its;
    const n = its.length;
    if (n === 0) return DONE;
    const out = new PyTuple(n);
    for (let i = 0; i < n; i++) {
      const r = its[i]!.next();
      if (r.done) {
        if (this.$strict) this.strictCheck(i);
        return DONE;
      }
      out[i] = r.value;
    }
    return { done: false, value: out };
  }
  /** zip(strict=True): iterator `i` ended; the others must end at the same time. */
  private strictCheck(i: number): void {
    const its = this.$its;
    if (i > 0) raise(exc.ValueError!, `zip() argument ${i + 1} is shorter than ${zipOthers(i)}`);
    for (let j = 1; j < its.length; j++) {
      if (!its[j]!.next().done) raise(exc.ValueError!, `zip() argument ${j + 1} is longer than ${zipOthers(j)}`);
    }
  }
}
export const zipType = defineIterType('zip', ZipIter);
defineMethods(zipType, {
  '__new__(cls, *iterables, strict=False)': (cls: PyType, its: unknown[], strict?: unknown) =>
    construct(cls, zipType, new ZipIter(its.map(iter), strict !== undefined && truthy(strict))),
});

export class MapIter extends PyIter {
  constructor(readonly $f: unknown, readonly $its: Iterator<unknown>[]) { super(); }
  next(): IteratorResult<unknown> {
    const its = this.$its;
    if (its.length === 1) {
      const r = its[0]!.next();
      if (r.done) return DONE;
      return { done: false, value: callFn(this.$f, r.value) };
    }
    const args = new Array<unknown>(its.length);
    for (let i = 0; i < its.length; i++) {
      const r = its[i]!.next();
      if (r.done) return DONE;
      args[i] = r.value;
    }
    return { done: false, value: call(this.$f, ...args) };
  }
}
export const mapType = defineIterType('map', MapIter);
defineMethods(mapType, {
  '__new__(cls, func, *iterables)': (cls: PyType, f: unknown, its: unknown[]) => {
    if (its.length === 0) raise(exc.TypeError!, 'map() must have at least two arguments.');
    return construct(cls, mapType, new MapIter(f, its.map(iter)));
  },
});

export class FilterIter extends PyIter {
  constructor(readonly $f: unknown, readonly $it: Iterator<unknown>) { super(); }
  next(): IteratorResult<unknown> {
    const f = this.$f;
    for (;;) {
      const r = this.$it.next();
      if (r.done) return DONE;
      if (truthy(f === null ? r.value : callFn(f, r.value))) return r;
    }
  }
}
export const filterType = defineIterType('filter', FilterIter);
defineMethods(filterType, {
  '__new__(cls, function, iterable, /)': (cls: PyType, f: unknown, it: unknown) =>
    construct(cls, filterType, new FilterIter(f, iter(it))),
});

/** reversed() over any sequence with __len__ and __getitem__. */
export class SeqReverseIter extends PyIter {
  constructor(readonly $o: unknown, readonly $get: unknown, public $i: number) { super(); }
  next(): IteratorResult<unknown> {
    if (this.$i < 0) return DONE;
    return { done: false, value: call(this.$get, this.$o, this.$i--) };
  }
}
export const reversedType = defineIterType('reversed', SeqReverseIter);

/** `reversed(seq)`. */
export function reversed(o: unknown): unknown {
  if (isExactListOrTuple(o)) return new ArrayReverseIter(o);
  const t = typeOf(o);
  const r = lookup(t, '__reversed__');
  if (r !== undefined && r !== null) return call(r, o);
  const g = lookup(t, '__getitem__');
  const l = lookup(t, '__len__');
  if (r === null || g === undefined || g === null || l === undefined || l === null) {
    return raise(exc.TypeError!, `'${t.$name}' object is not reversible`);
  }
  return new SeqReverseIter(o, g, Number(call(l, o)) - 1);
}
defineMethods(reversedType, {
  '__new__(cls, sequence, /)': (_cls: PyType, o: unknown) => reversed(o),
});

/** iter(callable, sentinel): calls until the result equals the sentinel. */
export class CallableIter extends PyIter {
  $done = false;
  constructor(readonly $f: unknown, readonly $sentinel: unknown) { super(); }
  next(): IteratorResult<unknown> {
    if (this.$done) return DONE;
    const v = call(this.$f);
    if (v === this.$sentinel || pyEquals(v, this.$sentinel)) { this.$done = true; return DONE; }
    return { done: false, value: v };
  }
}
export const callableIterType = defineIterType('callable_iterator', CallableIter);

export function callableIter(f: unknown, sentinel: unknown): CallableIter {
  return new CallableIter(f, sentinel);
}
