// The `contextlib` module: contextmanager, suppress, nullcontext, closing, redirect_stdout/stderr
// and ExitStack, with CPython's rules for which exceptions propagate.
import { exc, isPyException, raise, type PyBaseExceptionObject } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { lookup, newBuiltinType, objectType, PyType, typeOf } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { call, callEx, callMethod } from '../core/call.js';
import { bindAttribute } from '../core/attributes.js';
import { truthy } from '../ops/truthy.js';
import type { PyDict } from '../types/dict.js';
import { registerBuiltinModule } from '../system/modules.js';
import { currentException, toPyException } from '../system/handling.js';
import { tracebackOf } from '../system/traceback-objects.js';
import { sysModule } from './sys.js';

type PyExc = PyBaseExceptionObject;

function isInstance(e: unknown, t: PyType): boolean {
  return isPyException(e) && e.$cls.$mro.includes(t);
}

/** A context manager type whose instances are plain JS objects with `$`-fields. */
function cmType<T extends object>(name: string, ctor: new () => T, methods: Record<string, (...a: any[]) => unknown>): PyType {
  const t = newBuiltinType(name, objectType, 'contextlib', ctor);
  defineMethods(t, methods);
  return t;
}

/** What `@contextmanager` functions return when called: drives the generator. */
class GeneratorCM { declare $cls: PyType; $gen: unknown = null; }
const generatorCMType = cmType('_GeneratorContextManager', GeneratorCM, {
  '__enter__(self)': (self: GeneratorCM) => {
    try {
      return callMethod(self.$gen, '__next__');
    } catch (err) {
      if (isInstance(err, exc.StopIteration!)) raise(exc.RuntimeError!, "generator didn't yield");
      throw err;
    }
  },
  '__exit__(self, typ, value, traceback, /)': (self: GeneratorCM, typ: unknown, value: unknown) => {
    if (typ === null) {
      try {
        callMethod(self.$gen, '__next__');
      } catch (err) {
        if (isInstance(err, exc.StopIteration!)) return false;
        throw err;
      }
      return raise(exc.RuntimeError!, "generator didn't stop");
    }
    const thrown = value === null ? call(typ) : value;
    try {
      callMethod(self.$gen, 'throw', thrown);
    } catch (err) {
      const e = toPyException(err);
      // The generator finished: the exception was handled inside it (unless it was a
      // StopIteration we threw, which must not be swallowed).
      if (isInstance(e, exc.StopIteration!)) return e !== thrown;
      if (e === thrown) return false;
      if (isInstance(e, exc.RuntimeError!) && e.$cause === thrown) return false;
      throw e;
    }
    return raise(exc.RuntimeError!, "generator didn't stop after throw()");
  },
});

/** `suppress(*exceptions)`. */
class Suppress { declare $cls: PyType; $types: unknown[] = []; }
const suppressType = cmType('suppress', Suppress, {
  '__new__(cls, *exceptions)': (cls: PyType, types: PyTuple) => {
    const s = new cls.$ctor() as Suppress;
    s.$types = [...types];
    return s;
  },
  '__enter__(self)': () => null,
  '__exit__(self, typ, value, traceback, /)': (self: Suppress, typ: unknown) =>
    typ instanceof PyType && self.$types.some((t) => t instanceof PyType && typ.$mro.includes(t)),
});

/** `nullcontext(enter_result=None)` and `closing(thing)` keep one value. */
class NullContext { declare $cls: PyType; $value: unknown = null; }
const nullcontextType = cmType('nullcontext', NullContext, {
  '__new__(cls, enter_result=None)': (cls: PyType, v: unknown) => {
    const h = new cls.$ctor() as NullContext;
    h.$value = v ?? null;
    return h;
  },
  '__enter__(self)': (self: NullContext) => self.$value,
  '__exit__(self, *excinfo)': () => null,
});
class Closing { declare $cls: PyType; $value: unknown = null; }
const closingType = cmType('closing', Closing, {
  '__new__(cls, thing)': (cls: PyType, thing: unknown) => {
    const h = new cls.$ctor() as Closing;
    h.$value = thing;
    return h;
  },
  '__enter__(self)': (self: Closing) => self.$value,
  '__exit__(self, *excinfo)': (self: Closing) => { callMethod(self.$value, 'close'); return null; },
});

/** `redirect_stdout(target)` / `redirect_stderr(target)`: swap the sys attribute while inside. */
class Redirect { declare $cls: PyType; $name = 'stdout'; $target: unknown = null; $saved: unknown[] = []; }
function redirectType(name: string, attr: string): PyType {
  // Each class needs its own JS constructor: the prototype names the Python class.
  return cmType(name, class extends Redirect {}, {
    '__new__(cls, new_target)': (cls: PyType, target: unknown) => {
      const r = new cls.$ctor() as Redirect;
      r.$name = attr;
      r.$target = target;
      return r;
    },
    '__enter__(self)': (self: Redirect) => {
      self.$saved.push(sysModule.$d[self.$name]);
      sysModule.$d[self.$name] = self.$target;
      return self.$target;
    },
    '__exit__(self, *excinfo)': (self: Redirect) => {
      sysModule.$d[self.$name] = self.$saved.pop();
      return null;
    },
  });
}
const redirectStdoutType = redirectType('redirect_stdout', 'stdout');
const redirectStderrType = redirectType('redirect_stderr', 'stderr');

/** One entry of an ExitStack: an `__exit__`-like callable, or a plain callback. */
interface ExitEntry { fn: unknown; isExit: boolean }

class ExitStack { declare $cls: PyType; $entries: ExitEntry[] = []; }

function notAContextManager(cls: PyType): never {
  return raise(exc.TypeError!, `'${cls.$name}' object does not support the context manager protocol`);
}

/** Make `new` chain to `old` (the exception it replaced), as CPython's ExitStack does. */
function fixContext(newExc: PyExc, old: PyExc | null, frame: PyExc | null): void {
  let e = newExc;
  for (;;) {
    const ctx = e.$context as PyExc | null;
    if (ctx === null || ctx === old) return;
    if (ctx === frame) break;
    e = ctx;
  }
  e.$context = old;
}

function unwind(self: ExitStack, received: PyExc | null): boolean {
  const frame = currentException();
  let pending: PyExc | null = received;
  let raised = false;
  let suppressed = false;
  while (self.$entries.length > 0) {
    const { fn, isExit } = self.$entries.pop()!;
    try {
      const r = pending === null ? call(fn, null, null, null) : call(fn, pending.$cls, pending, tracebackOf(pending));
      if (isExit && truthy(r)) {
        suppressed = true;
        raised = false;
        pending = null;
      }
    } catch (err) {
      const e = toPyException(err);
      fixContext(e, pending, frame);
      raised = true;
      pending = e;
    }
  }
  if (raised) throw pending;
  return received !== null && suppressed;
}

const exitStackType = cmType('ExitStack', ExitStack, {
  '__enter__(self)': (self: ExitStack) => self,
  '__exit__(self, typ, value, traceback, /)': (self: ExitStack, _typ: unknown, value: unknown) =>
    unwind(self, isPyException(value) ? value : null),
  'close(self)': (self: ExitStack) => { unwind(self, null); return null; },
  'enter_context(self, cm, /)': (self: ExitStack, cm: unknown) => {
    const cls = typeOf(cm);
    const enter = lookup(cls, '__enter__');
    const exit = lookup(cls, '__exit__');
    if (enter === undefined || exit === undefined) notAContextManager(cls);
    const result = call(bindAttribute(enter, cm, cls));
    self.$entries.push({ fn: bindAttribute(exit, cm, cls), isExit: true });
    return result;
  },
  'push(self, exit, /)': (self: ExitStack, exit: unknown) => {
    const cls = typeOf(exit);
    const method = lookup(cls, '__exit__');
    self.$entries.push({ fn: method === undefined ? exit : bindAttribute(method, exit, cls), isExit: true });
    return exit;
  },
  'callback(self, callback, /, *args, **kwds)': (self: ExitStack, fn: unknown, args: PyTuple, kwds: PyDict | null) => {
    const run = () => callEx(fn, [...args], kwds);
    self.$entries.push({ fn: run, isExit: false });
    return fn;
  },
  'pop_all(self)': (self: ExitStack) => {
    const moved = new ExitStack();
    moved.$entries = self.$entries;
    self.$entries = [];
    return moved;
  },
});

registerBuiltinModule('contextlib', (m) => {
  const d = m.$d;
  d.contextmanager = builtinFunction('contextmanager(func, /)', (func: unknown) => {
    const helper = builtinFunction('helper(*args, **kwds)', (args: PyTuple, kwds: PyDict | null) => {
      const cm = new GeneratorCM();
      cm.$gen = callEx(func, [...args], kwds);
      return cm;
    });
    const name = (func as { $name?: unknown }).$name;
    if (typeof name === 'string') helper.$name = helper.$qualname = name;
    return helper;
  });
  Object.assign(d, {
    ExitStack: exitStackType, _GeneratorContextManager: generatorCMType, suppress: suppressType,
    nullcontext: nullcontextType, closing: closingType, redirect_stdout: redirectStdoutType,
    redirect_stderr: redirectStderrType,
  });
});
