// Generator objects: a compiled JS generator wrapped with Python's send/throw/close, and the
// `yield from` delegation helper.
import { raise, exc, newException, isPyException } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { lookup, PyType, typeOf } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { call } from '../core/call.js';
import { pyGetattr, setattr } from '../core/attributes.js';
import { objectId } from '../ops/repr.js';
import { DONE, PyIter, defineIterType, isStopIteration, pyIter } from './iter.js';

const SEND = 0, THROW = 1;

/** A Python generator: drives the JS generator `$g` (which the compiled function made). */
export class PyGenerator extends PyIter {
  $running = false;
  $started = false;
  $done = false;
  constructor(readonly $g: Generator<unknown, unknown, unknown>, readonly $name: string, readonly $qualname: string) {
    super();
  }

  /** Resume with a sent value or a thrown exception; `{done: true, value}` carries the return value. */
  $step(kind: number, arg: unknown): IteratorResult<unknown> {
    if (this.$running) raise(exc.ValueError!, 'generator already executing');
    if (this.$done) {
      if (kind === THROW) throw arg;
      return DONE;
    }
    this.$running = true;
    this.$started = true;
    let r: IteratorResult<unknown>;
    try {
      r = kind === SEND ? this.$g.next(arg) : this.$g.throw(arg);
    } catch (e) {
      this.$done = true;
      if (isStopIteration(e)) {
        const err = newException(exc.RuntimeError!, ['generator raised StopIteration']);
        setattr(err, '__cause__', e);
        setattr(err, '__context__', e);
        throw err;
      }
      throw e;
    } finally {
      this.$running = false;
    }
    if (r.done) this.$done = true;
    return r;
  }

  /** JS iteration: next() is send(None) for `for` loops; `yield*` (compiled `yield from`) passes
   *  the sent value. The final result keeps the return value. */
  next(v?: unknown): IteratorResult<unknown> {
    if (v === undefined || v === null) return this.$step(SEND, null);
    if (!this.$started) raise(exc.TypeError!, "can't send non-None value to a just-started generator");
    return this.$step(SEND, v);
  }

  /** `yield*` forwards a throw() into the delegate: GeneratorExit closes it, as `yield from` does. */
  throw(e: unknown): IteratorResult<unknown> {
    if (e instanceof exc.GeneratorExit!.$ctor) { genClose(this); throw e; }
    return this.$step(THROW, e);
  }
  // No return(): JS would call it when a `for` loop breaks, but Python leaves the generator
  // suspended then (only close() or collection ends it).
}
export const generatorType = defineIterType('generator', PyGenerator);

/** ABI `$.generator(jsGen, name, qualname)`. */
export function generator(g: Generator<unknown, unknown, unknown>, name: string, qualname: string): PyGenerator {
  return new PyGenerator(g, name, qualname);
}

/** Raise StopIteration carrying a generator's return value. */
function finished(value: unknown): never {
  throw newException(exc.StopIteration!, value === null || value === undefined ? [] : [value]);
}

/** The exception `throw(typ[, val])` raises: an instance as is, a class called with `val`. */
export function exceptionToThrow(typ: unknown, val: unknown): unknown {
  if (isPyException(typ)) {
    if (val !== undefined && val !== null) raise(exc.TypeError!, 'instance exception may not have a separate value');
    return typ;
  }
  if (typ instanceof PyType && typ.$mro.includes(exc.BaseException!)) {
    if (val === undefined || val === null) return call(typ);
    if (isPyException(val) && typeOf(val).$mro.includes(typ)) return val;
    return val instanceof PyTuple ? call(typ, ...val) : call(typ, val);
  }
  return raise(exc.TypeError!, 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(typ).$name);
}

function genSend(g: PyGenerator, v: unknown): unknown {
  if (!g.$started && v !== null && !g.$done) raise(exc.TypeError!, "can't send non-None value to a just-started generator");
  const r = g.$step(SEND, v);
  return r.done ? finished(r.value) : r.value;
}

function genThrow(g: PyGenerator, typ: unknown, val?: unknown): unknown {
  const r = g.$step(THROW, exceptionToThrow(typ, val));
  return r.done ? finished(r.value) : r.value;
}

/** close(): GeneratorExit at the paused yield; a generator that yields again is an error. */
export function genClose(g: PyGenerator): null {
  if (g.$done) return null;
  if (!g.$started) { g.$done = true; return null; }
  let r: IteratorResult<unknown>;
  try {
    r = g.$step(THROW, newException(exc.GeneratorExit!, []));
  } catch (e) {
    if (e instanceof exc.GeneratorExit!.$ctor || isStopIteration(e)) return null;
    throw e;
  }
  if (!r.done) raise(exc.RuntimeError!, 'generator ignored GeneratorExit');
  return null;
}

defineMethods(generatorType, {
  '__next__(self, /)': (g: PyGenerator) => genSend(g, null),
  'send(self, value, /)': genSend,
  'throw(self, typ, val=None, tb=None, /)': genThrow,
  'close(self, /)': genClose,
  '__repr__(self, /)': (g: PyGenerator) => `<generator object ${g.$qualname} at 0x${objectId(g).toString(16)}>`,
});
defineGetSet(generatorType, 'gi_running', (g: PyGenerator) => g.$running);
defineGetSet(generatorType, 'gi_frame', (g: PyGenerator) => (g.$done ? null : g));
defineGetSet(generatorType, 'gi_suspended', (g: PyGenerator) => g.$started && !g.$done && !g.$running);
defineGetSet(generatorType, '__name__', (g: PyGenerator) => g.$name);
defineGetSet(generatorType, '__qualname__', (g: PyGenerator) => g.$qualname);

/** The value a caught StopIteration carries (what `yield from` evaluates to). */
export function stopValue(e: unknown): unknown {
  return pyGetattr(e, 'value', null);
}

/** `yield from` over any other Python iterator, with send/throw passed on when it has them. */
class IteratorDelegate implements Iterator<unknown, unknown, unknown> {
  constructor(readonly $it: unknown) {}
  private resume(f: unknown, arg: unknown, withArg: boolean): IteratorResult<unknown> {
    try {
      return { done: false, value: withArg ? call(f, this.$it, arg) : call(f, this.$it) };
    } catch (e) {
      if (isStopIteration(e)) return { done: true, value: stopValue(e) };
      throw e;
    }
  }
  next(v: unknown): IteratorResult<unknown> {
    const t = typeOf(this.$it);
    if (v === null || v === undefined) return this.resume(lookup(t, '__next__'), null, false);
    const send = lookup(t, 'send');
    if (send === undefined) raise(exc.AttributeError!, `'${t.$name}' object has no attribute 'send'`);
    return this.resume(send, v, true);
  }
  throw(e: unknown): IteratorResult<unknown> {
    const t = typeOf(this.$it);
    if (e instanceof exc.GeneratorExit!.$ctor) {
      const close = lookup(t, 'close');
      if (close !== undefined && close !== null) call(close, this.$it);
      throw e;
    }
    const th = lookup(t, 'throw');
    if (th === undefined || th === null) throw e;
    return this.resume(th, e, true);
  }
  return(v: unknown): IteratorResult<unknown> {
    const close = lookup(typeOf(this.$it), 'close');
    if (close !== undefined && close !== null) call(close, this.$it);
    return { done: true, value: v };
  }
  [Symbol.iterator](): this { return this; }
}

/** ABI `yield* $.yieldFrom(it)`: delegate to the sub-iterator; the value is its return value. */
export function yieldFrom(o: unknown): Iterable<unknown> {
  // A generator is its own delegate (its next/throw/return follow `yield from`).
  if (o instanceof PyGenerator) return o;
  const it = pyIter(o);
  if (it instanceof PyGenerator) return it;
  if (it instanceof PyIter) return { [Symbol.iterator]: () => ({ next: () => it.next(), return: (v: unknown) => ({ done: true, value: v }) }) };
  return new IteratorDelegate(it);
}
