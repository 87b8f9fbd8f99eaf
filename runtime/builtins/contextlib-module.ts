// The contextlib module: contextmanager (generator-based context managers), suppress,
// nullcontext and closing.
import { raise, exc, isPyException } from '../core/exceptions.js';
import { builtinFunction, def, defineMethods } from '../core/function.js';
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { callEx, callMethod } from '../core/call.js';
import { isSubclass } from '../core/isinstance.js';
import { getattrOrUndefined, setattr } from '../core/attributes.js';
import { registerBuiltinModule } from '../system/modules.js';
import { PyDict } from '../types/dict.js';
import { isStopIteration, next } from '../types/iter.js';
import { exceptionToThrow } from '../types/generator.js';

/** What `@contextmanager` makes of each call: drives the generator around the `with` body. */
class GeneratorCM {
  constructor(readonly $gen: unknown) {}
}
const generatorCMType = newBuiltinType('_GeneratorContextManager', objectType, 'contextlib', GeneratorCM as unknown as new () => object);

/** Run the generator one step; false when it finished (StopIteration). */
function advance(gen: unknown): boolean {
  try {
    next(gen);
    return true;
  } catch (e) {
    if (isStopIteration(e)) return false;
    throw e;
  }
}

defineMethods(generatorCMType, {
  '__enter__(self, /)': (cm: GeneratorCM) => {
    try {
      return next(cm.$gen);
    } catch (e) {
      if (isStopIteration(e)) return raise(exc.RuntimeError!, "generator didn't yield");
      throw e;
    }
  },
  '__exit__(self, typ, value, traceback, /)': (cm: GeneratorCM, typ: unknown, value: unknown) => {
    if (typ === null) {
      if (advance(cm.$gen)) raise(exc.RuntimeError!, "generator didn't stop");
      return false;
    }
    const thrown = value === null ? exceptionToThrow(typ, null) : value;
    try {
      callMethod(cm.$gen, 'throw', thrown);
    } catch (e) {
      // The generator let the exception out (or stopped): the `with` statement decides.
      if (isStopIteration(e)) return e !== thrown;
      if (e === thrown) return false;
      if (isPyException(thrown) && isStopIteration(thrown) && getattrOrUndefined(e, '__cause__') === thrown) return false;
      throw e;
    }
    return raise(exc.RuntimeError!, "generator didn't stop after throw()");
  },
});

/** `@contextmanager`: calling the decorated function gives a context manager over its generator. */
function contextmanager(func: unknown): unknown {
  // A Python function (not a builtin), so that it takes the wrapped function's name and doc.
  const helper = def((args: ArrayLike<unknown>, kw: PyDict) =>
    new GeneratorCM(callEx(func, Array.from(args), kw.$size ? kw : null)), { name: 'helper', vararg: 'args', kwarg: 'kwds' });
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = getattrOrUndefined(func, name);
    if (v !== undefined) setattr(helper, name, v);
  }
  setattr(helper, '__wrapped__', func);
  return helper;
}

class Suppress {
  constructor(readonly $types: unknown[]) {}
}
const suppressType = newBuiltinType('suppress', objectType, 'contextlib', Suppress as unknown as new () => object);
defineMethods(suppressType, {
  '__new__(cls, *exceptions)': (_cls: PyType, types: unknown[]) => new Suppress(types),
  '__enter__(self, /)': () => null,
  '__exit__(self, typ, value, traceback, /)': (s: Suppress, typ: unknown) =>
    typ !== null && s.$types.some((t) => isSubclass(typ, t)),
});

class NullContext {
  constructor(readonly $result: unknown) {}
}
const nullcontextType = newBuiltinType('nullcontext', objectType, 'contextlib', NullContext as unknown as new () => object);
defineMethods(nullcontextType, {
  '__new__(cls, enter_result=None)': (_cls: PyType, r?: unknown) => new NullContext(r === undefined ? null : r),
  '__enter__(self, /)': (n: NullContext) => n.$result,
  '__exit__(self, *excinfo)': () => null,
});

class Closing {
  constructor(readonly $thing: unknown) {}
}
const closingType = newBuiltinType('closing', objectType, 'contextlib', Closing as unknown as new () => object);
defineMethods(closingType, {
  '__new__(cls, thing)': (_cls: PyType, thing: unknown) => new Closing(thing),
  '__enter__(self, /)': (c: Closing) => c.$thing,
  '__exit__(self, *excinfo)': (c: Closing) => { callMethod(c.$thing, 'close'); return null; },
});

registerBuiltinModule('contextlib', (m) => {
  const ns = m.$d;
  ns.contextmanager = builtinFunction('contextmanager(func, /)', contextmanager);
  ns.suppress = suppressType;
  ns.nullcontext = nullcontextType;
  ns.closing = closingType;
});
