// Calling a class: the metaclass's __call__, by default type.__call__ (__new__ then __init__),
// with a fast path for classes that keep object.__new__.
import { raise, exc } from './exceptions.js';
import { isInstanceExact, lookupKey, typeOf, typeType, methodDescriptorType, type PyType } from './type.js';
import { invoke } from './call.js';
import { toArray } from '../types/iter.js';

/** The builtin `object.__new__`, `object.__init__` and `type.__call__`, installed by
 *  object-dunders.ts and compared against to take the fast path. */
export let objectNew: unknown = null;
export let objectInit: unknown = null;
export let typeCallMethod: unknown = null;

export function setInstantiateHooks(h: { objectNew?: unknown; objectInit?: unknown; typeCallMethod?: unknown }): void {
  if (h.objectNew !== undefined) objectNew = h.objectNew;
  if (h.objectInit !== undefined) objectInit = h.objectInit;
  if (h.typeCallMethod !== undefined) typeCallMethod = h.typeCallMethod;
}

function isMethodLike(f: unknown): f is (...a: any[]) => unknown {
  if (typeof f !== 'function') return false;
  const c = (f as { $cls?: PyType }).$cls;
  return c === undefined || c === methodDescriptorType;
}

/** The TypeError for an `__init__` that returned `r` instead of None. */
export function initReturned(r: unknown): never {
  return raise(exc.TypeError!, `__init__() should return None, not '${typeOf(r).$name}'`);
}

/** The `__init__` that calling `cls` amounts to after `new cls.$ctor()` when nothing else takes
 *  part (metaclass `type`, object.__new__, no abstract methods, a method-like `__init__`), else
 *  undefined; cached on the class until its version changes. */
export function simpleInit(cls: PyType): ((...a: any[]) => unknown) | undefined {
  if (cls.$cls !== typeType) return undefined;
  if (cls.$initVersion !== cls.$version) {
    const init = lookupKey(cls, '__init__');
    cls.$init = lookupKey(cls, '__new__') === objectNew && lookupKey(cls, '__abstractmethods__') === undefined
      && init !== objectInit && isMethodLike(init) ? init : undefined;
    cls.$initVersion = cls.$version;
  }
  return cls.$init as ((...a: any[]) => unknown) | undefined;
}

/** `cls(...)`: through a metaclass `__call__` when the metaclass overrides it. */
export function typeCall(cls: PyType, pos: unknown[], names: string[] | null, values: unknown[] | null): unknown {
  const meta = cls.$cls;
  if (meta !== typeType) {
    const c = lookupKey(meta, '__call__');
    if (c !== typeCallMethod && c !== undefined) return invoke(c, [cls, ...pos], names, values);
  }
  return typeCallDefault(cls, pos, names, values);
}

/** The static method a class's `__new__` is stored as, unwrapped. */
function newFunction(f: unknown): unknown {
  if (typeof f === 'object' && f !== null && (f as { $func?: unknown }).$func !== undefined
    && (f as { $cls: PyType }).$cls.$name === 'staticmethod') return (f as { $func: unknown }).$func;
  return f;
}

/** type.__call__(cls, *args, **kwargs). */
export function typeCallDefault(cls: PyType, pos: unknown[], names: string[] | null, values: unknown[] | null): unknown {
  const hasKw = names !== null && names.length > 0;
  if (cls === typeType && pos.length === 1 && !hasKw) return typeOf(pos[0]);
  const newFn = lookupKey(cls, '__new__');
  const init = lookupKey(cls, '__init__');
  let obj: unknown;
  if (newFn === objectNew) {
    if ((pos.length > 0 || hasKw) && init === objectInit) raise(exc.TypeError!, `${cls.$name}() takes no arguments`);
    const abstract = lookupKey(cls, '__abstractmethods__');
    if (abstract !== undefined) checkAbstract(cls, abstract);
    obj = new cls.$ctor();
  } else {
    obj = invoke(newFunction(newFn), [cls, ...pos], names, values);
    if (!isInstanceExact(obj, cls)) return obj;
  }
  if (init !== objectInit) {
    let r: unknown;
    if (isMethodLike(init) && !hasKw) {
      switch (pos.length) {
        case 0: r = init(obj); break;
        case 1: r = init(obj, pos[0]); break;
        case 2: r = init(obj, pos[0], pos[1]); break;
        case 3: r = init(obj, pos[0], pos[1], pos[2]); break;
        default: r = init(obj, ...pos); break;
      }
    } else {
      r = invoke(init, [obj, ...pos], names, values);
    }
    if (r !== null && r !== undefined) initReturned(r);
  }
  return obj;
}

/** object.__new__ refuses classes with abstract methods left (set by the abc module). */
function checkAbstract(cls: PyType, abstract: unknown): void {
  const names = toArray(abstract).map(String);
  if (names.length === 0) return;
  names.sort();
  raise(exc.TypeError!, `Can't instantiate abstract class ${cls.$name} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
}
