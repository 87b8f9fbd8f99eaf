// Calling any Python callable: functions, builtins, classes, bound methods and objects with
// `__call__`; keyword and unpacking calls through the binder; method calls without a bound method.
import { raise, exc } from './exceptions.js';
import { attrKey } from './namespace.js';
import { lookupKey, methodDescriptorType, typeOf, PyType } from './type.js';
import { PyMethod } from './method.js';
import { bindArgs } from './bind.js';
import { getattr, objectGetattribute, instanceAttr, bindAttribute } from './attributes.js';
import { initReturned, simpleInit, typeCall } from './instantiate.js';
import { PyDict } from '../types/dict.js';
import { PySuper, superLookupRaw } from './super.js';

/** Is `f` a function that binds like a Python function when found on a class? */
export function isMethodLike(f: unknown): f is (...a: any[]) => unknown {
  if (typeof f !== 'function') return false;
  const c = (f as { $cls?: PyType }).$cls;
  return c === undefined || c === methodDescriptorType;
}

/** A `**kwargs` dict as the keyword names and values `invoke` takes (nulls when empty). */
export function keywordArrays(kw: PyDict | null): [string[] | null, unknown[] | null] {
  if (kw === null || kw.$size === 0) return [null, null];
  const names: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of kw.$entryIter()) { names.push(k as string); values.push(v); }
  return [names, values];
}

/** Call `f` with JS arrays of positional values and keyword names/values (null: none). */
export function invoke(f: any, pos: unknown[], names: string[] | null, values: unknown[] | null): unknown {
  if (typeof f === 'function') {
    if (names === null || names.length === 0) return f.apply(null, pos);
    if (f.$spec === undefined) return raise(exc.TypeError!, `${f.name || 'function'}() takes no keyword arguments`);
    return f.$impl.apply(null, bindArgs(f, pos, names, values));
  }
  if (f instanceof PyMethod) return invoke(f.$func, [f.$self, ...pos], names, values);
  if (f instanceof PyType) return typeCall(f, pos, names, values);
  return callSpecial(f, '__call__', pos, names, values);
}

/** Call the special method `name` of type(self) on `self` (`self.__call__(...)` as the
 *  interpreter does it: looked up on the type, never on the instance). */
export function callSpecial(self: unknown, name: string, pos: unknown[], names: string[] | null, values: unknown[] | null): unknown {
  const cls = typeOf(self);
  const m = lookupKey(cls, attrKey(name));
  if (m === undefined || m === null) {
    if (name === '__call__') return raise(exc.TypeError!, `'${cls.$name}' object is not callable`);
    return raise(exc.AttributeError!, `'${cls.$name}' object has no attribute '${name}'`);
  }
  if (isMethodLike(m)) {
    if (names === null) {
      switch (pos.length) {
        case 0: return m(self);
        case 1: return m(self, pos[0]);
        case 2: return m(self, pos[0], pos[1]);
        default: break;
      }
    }
    return invoke(m, [self, ...pos], names, values);
  }
  return invoke(bindAttribute(m, self, cls), pos, names, values);
}

/** The arguments after the first `skip` as an array. */
function restOf(args: IArguments, skip: number): unknown[] {
  const out = new Array(args.length - skip);
  for (let i = skip; i < args.length; i++) out[i - skip] = args[i];
  return out;
}

/** `f(a, b)` for any callable (compiled code calls JS functions directly). Up to four
 *  arguments are passed without making an array. */
export function call(f: any, a?: unknown, b?: unknown, c?: unknown, d?: unknown): unknown {
  const n = arguments.length - 1;
  if (typeof f === 'function') {
    switch (n) {
      case 0: return f();
      case 1: return f(a);
      case 2: return f(a, b);
      case 3: return f(a, b, c);
      case 4: return f(a, b, c, d);
      default: return f.apply(null, restOf(arguments, 1));
    }
  }
  if (f instanceof PyMethod) {
    const fn = f.$func;
    if (typeof fn === 'function') {
      switch (n) {
        case 0: return fn(f.$self);
        case 1: return fn(f.$self, a);
        case 2: return fn(f.$self, a, b);
        case 3: return fn(f.$self, a, b, c);
        default: break;
      }
    }
    const args = restOf(arguments, 1);
    args.unshift(f.$self);
    return invoke(fn, args, null, null);
  }
  if (f instanceof PyType) {
    const init = simpleInit(f);
    if (init !== undefined && n <= 4) {
      const o = new f.$ctor();
      const r = n === 0 ? init(o) : n === 1 ? init(o, a) : n === 2 ? init(o, a, b) : n === 3 ? init(o, a, b, c) : init(o, a, b, c, d);
      if (r !== null && r !== undefined) initReturned(r);
      return o;
    }
    return typeCall(f, restOf(arguments, 1), null, null);
  }
  return callSpecial(f, '__call__', restOf(arguments, 1), null, null);
}

/** `f(*pos, k1=v1, ...)`: `$.callKw(f, [pos...], ["k1", ...], [v1, ...])`. */
export function callKw(f: any, pos: unknown[], names: string[], values: unknown[]): unknown {
  return invoke(f, pos, names, values);
}

/** `f(*args, **kwargs)`: `args` is a JS array already expanded, `kwargs` a dict of str keys or null. */
export function callEx(f: any, args: unknown[], kwargs: PyDict | null): unknown {
  if (kwargs === null || kwargs.$size === 0) return invoke(f, Array.isArray(args) ? args : Array.from(args), null, null);
  const names: string[] = [];
  const values: unknown[] = [];
  if (kwargs.constructor === PyDict && kwargs.$keys === null) {
    // A plain dict keeps str keys as they are in its Map: iterate the Map directly.
    kwargs.$map.forEach((v, k) => {
      if (typeof k !== 'string') raise(exc.TypeError!, 'keywords must be strings');
      names.push(k);
      values.push(v);
    });
  } else {
    for (const [k, v] of kwargs.$entryIter()) {
      if (typeof k !== 'string') raise(exc.TypeError!, 'keywords must be strings');
      names.push(k);
      values.push(v);
    }
  }
  return invoke(f, Array.isArray(args) ? args : Array.from(args), names, values);
}

/** `o.name(args...)`: a function found on the class is called with `o` first, no bound method
 *  made; up to four arguments are passed without making an array. */
export function callMethod(o: any, name: string, a?: unknown, b?: unknown, c?: unknown, d?: unknown): unknown {
  const n = arguments.length - 2;
  let cls: PyType;
  let direct = false;
  // Instances whose markers allow it (fast-paths.ts) answer "no own attribute" with one load.
  if (typeof o === 'object' && o !== null && o.$fa === true) {
    cls = o.$cls;
    direct = o[attrKey(name)] === undefined;
  } else {
    cls = typeOf(o);
  }
  if (direct || cls.$getattribute === objectGetattribute) {
    const key = attrKey(name);
    const m = lookupKey(cls, key);
    if (isMethodLike(m) && (direct || cls.$attrs === 0 || instanceAttr(o, cls, key) === undefined)) {
      switch (n) {
        case 0: return m(o);
        case 1: return m(o, a);
        case 2: return m(o, a, b);
        case 3: return m(o, a, b, c);
        case 4: return m(o, a, b, c, d);
        default: {
          const args = restOf(arguments, 2);
          args.unshift(o);
          return m.apply(null, args);
        }
      }
    }
  } else if (o instanceof PySuper) {
    const m = superLookupRaw(o, attrKey(name));
    if (isMethodLike(m) && o.$obj !== o.$objType) {
      const args = restOf(arguments, 2);
      args.unshift(o.$obj);
      return m.apply(null, args);
    }
  }
  return invoke(getattr(o, name), restOf(arguments, 2), null, null);
}

/** `o.name(*pos, k=v, ...)`. */
export function callMethodKw(o: any, name: string, pos: unknown[], names: string[], values: unknown[]): unknown {
  const cls = typeOf(o);
  if (cls.$getattribute === objectGetattribute) {
    const key = attrKey(name);
    const m = lookupKey(cls, key);
    if (isMethodLike(m) && (cls.$attrs === 0 || instanceAttr(o, cls, key) === undefined)) {
      return invoke(m, [o, ...pos], names, values);
    }
  }
  return invoke(getattr(o, name), pos, names, values);
}
