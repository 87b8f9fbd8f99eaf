// Coroutines and async generators over JS async functions: `await`, `async for` helpers.
import { raise, exc, newException } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { lookup, newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { call } from '../core/call.js';
import { objectId } from '../ops/repr.js';
import { asJsIterator } from './iter.js';
import { stopValue } from './generator.js';
import { isStopIteration } from './iter.js';

/** A Python coroutine: the compiled async function, started when first awaited. */
export class PyCoroutine {
  $promise: Promise<unknown> | null = null;
  $closed = false;
  constructor(readonly $fn: () => Promise<unknown>, readonly $name: string, readonly $qualname: string) {}
  $start(): Promise<unknown> {
    if (this.$promise !== null || this.$closed) raise(exc.RuntimeError!, 'cannot reuse already awaited coroutine');
    this.$promise = this.$fn();
    return this.$promise;
  }
}
export const coroutineType: PyType = newBuiltinType('coroutine', objectType, 'builtins', PyCoroutine as unknown as new () => any);
defineMethods(coroutineType, {
  'close(self, /)': (c: PyCoroutine) => { c.$closed = true; return null; },
  '__repr__(self, /)': (c: PyCoroutine) => `<coroutine object ${c.$qualname} at 0x${objectId(c).toString(16)}>`,
});
defineGetSet(coroutineType, '__name__', (c: PyCoroutine) => c.$name);
defineGetSet(coroutineType, '__qualname__', (c: PyCoroutine) => c.$qualname);
defineGetSet(coroutineType, 'cr_running', () => false);

/** ABI `$.coroutine(asyncFn, name, qualname)`. */
export function coroutine(fn: () => Promise<unknown>, name: string, qualname: string): PyCoroutine {
  return new PyCoroutine(fn, name, qualname);
}

/** Drive an `__await__` iterator to its end; its return value is the awaited result. */
function runAwaitIterator(it: unknown): unknown {
  const js = asJsIterator(it);
  try {
    for (let r = js.next(); !r.done; r = js.next()) { /* bare yields: nothing to wait for without an event loop */ }
  } catch (e) {
    if (isStopIteration(e)) return stopValue(e);
    throw e;
  }
  return null;
}

/** ABI `$.await(x)`: the promise to JS-await for Python `await x`. */
function await_(x: unknown): Promise<unknown> | unknown {
  if (x instanceof PyCoroutine) return x.$start();
  if (x instanceof Promise) return x;
  const f = lookup(typeOf(x), '__await__');
  if (f !== undefined && f !== null) return runAwaitIterator(call(f, x));
  if (x !== null && typeof x === 'object' && typeof (x as { then?: unknown }).then === 'function') return x;
  return raise(exc.TypeError!, `object ${typeOf(x).$name} can't be used in 'await' expression`);
}
export { await_ as await };

/** A Python async generator over a compiled JS async generator. */
export class PyAsyncGenerator {
  constructor(readonly $g: AsyncGenerator<unknown, unknown, unknown>, readonly $name: string, readonly $qualname: string) {}
}
export const asyncGeneratorType: PyType = newBuiltinType('async_generator', objectType, 'builtins', PyAsyncGenerator as unknown as new () => any);

/** ABI `$.asyncGenerator(jsAsyncGen, name, qualname)`. */
export function asyncGenerator(g: AsyncGenerator<unknown, unknown, unknown>, name: string, qualname: string): PyAsyncGenerator {
  return new PyAsyncGenerator(g, name, qualname);
}

async function asyncGenNext(g: PyAsyncGenerator, v: unknown): Promise<unknown> {
  const r = await g.$g.next(v);
  if (r.done) throw newException(exc.StopAsyncIteration!, []);
  return r.value;
}

defineMethods(asyncGeneratorType, {
  '__aiter__(self, /)': (g: PyAsyncGenerator) => g,
  '__anext__(self, /)': (g: PyAsyncGenerator) => asyncGenNext(g, null),
  'asend(self, value, /)': (g: PyAsyncGenerator, v: unknown) => asyncGenNext(g, v),
  'athrow(self, typ, val=None, tb=None, /)': async (g: PyAsyncGenerator, typ: unknown) => {
    const r = await g.$g.throw(typ instanceof Object && lookup(typeOf(typ), '__call__') !== undefined ? call(typ) : typ);
    if (r.done) throw newException(exc.StopAsyncIteration!, []);
    return r.value;
  },
  'aclose(self, /)': async (g: PyAsyncGenerator) => { await g.$g.return(null); return null; },
  '__repr__(self, /)': (g: PyAsyncGenerator) => `<async_generator object ${g.$qualname} at 0x${objectId(g).toString(16)}>`,
});

/** ABI `$.aiter(o)`: `o.__aiter__()`. */
export function aiter(o: unknown): unknown {
  if (o instanceof PyAsyncGenerator) return o;
  const f = lookup(typeOf(o), '__aiter__');
  if (f === undefined || f === null) return raise(exc.TypeError!, `'async for' requires an object with __aiter__ method, got ${typeOf(o).$name}`);
  return call(f, o);
}

/** ABI `$.anext(it)`: a promise of the next item; rejects with StopAsyncIteration at the end. */
export function anext(it: unknown): unknown {
  if (it instanceof PyAsyncGenerator) return asyncGenNext(it, null);
  const f = lookup(typeOf(it), '__anext__');
  if (f === undefined || f === null) return raise(exc.TypeError!, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).$name}`);
  return await_(call(f, it));
}
