// The object-model builtins: type, object, super, property, classmethod, staticmethod,
// isinstance, issubclass, getattr, setattr, hasattr, delattr, id, callable, vars, dir.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { lookupKey, objectType, typeOf, typeType, setInstanceAttrs, PyType } from '../core/type.js';
import { classmethodType, propertyType, staticmethodType } from '../core/descriptors.js';
import { superType } from '../core/super.js';
import { isInstance, isSubclass } from '../core/isinstance.js';
import { delattr, getattr, getattrOrUndefined, setattr } from '../core/attributes.js';
import { callSpecial } from '../core/call.js';
import { PyMethod } from '../core/method.js';
import { help } from '../core/help.js';
import { objectId } from '../ops/repr.js';
import { toArray } from '../types/iter.js';
import { sortArray } from '../types/list-sort.js';

function attrName(name: unknown): string {
  if (typeof name !== 'string') raise(exc.TypeError!, `attribute name must be string, not '${typeOf(name).$name}'`);
  return name as string;
}

/** `id(v)`: stable per object; equal values of immutable primitives share one. */
const primitiveIds = new Map<unknown, number>();
let nextPrimitiveId = 0x7e0000000000;
export function id(v: unknown): number {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') return objectId(v as object);
  let n = primitiveIds.get(v);
  if (n === undefined) {
    n = nextPrimitiveId;
    nextPrimitiveId += 32;
    primitiveIds.set(v, n);
  }
  return n;
}

/** `callable(v)`. */
export function callable(v: unknown): boolean {
  if (typeof v === 'function' || v instanceof PyType || v instanceof PyMethod) return true;
  const c = lookupKey(typeOf(v), '__call__');
  return c !== undefined && c !== null;
}

/** `vars(o)`: its `__dict__`. */
export function vars(o: unknown): unknown {
  const d = getattrOrUndefined(o, '__dict__');
  if (d === undefined) raise(exc.TypeError!, 'vars() argument must have __dict__ attribute');
  return d;
}

/** `dir(o)`: `__dir__` of its type, as a sorted list. */
export function dir(o: unknown): unknown[] {
  const names = toArray(callSpecial(o, '__dir__', [], null, null));
  sortArray(names, null, false);
  return names;
}

registerBuiltin('type', typeType);
registerBuiltin('object', objectType);
registerBuiltin('super', superType);
registerBuiltin('property', propertyType);
registerBuiltin('classmethod', classmethodType);
registerBuiltin('staticmethod', staticmethodType);
registerBuiltin('isinstance', builtinFunction('isinstance(obj, class_or_tuple, /)', (o: unknown, c: unknown) => isInstance(o, c)));
registerBuiltin('issubclass', builtinFunction('issubclass(cls, class_or_tuple, /)', (o: unknown, c: unknown) => isSubclass(o, c)));
registerBuiltin('getattr', builtinFunction('getattr(object, name, default=None, /)', (o: unknown, name: unknown, dflt: unknown) => {
  const n = attrName(name);
  if (dflt === undefined) return getattr(o, n);
  const v = getattrOrUndefined(o, n);
  return v === undefined ? dflt : v;
}));
registerBuiltin('setattr', builtinFunction('setattr(obj, name, value, /)', (o: unknown, name: unknown, v: unknown) => {
  setattr(o, attrName(name), v);
  return null;
}));
registerBuiltin('delattr', builtinFunction('delattr(obj, name, /)', (o: unknown, name: unknown) => {
  delattr(o, attrName(name));
  return null;
}));
registerBuiltin('hasattr', builtinFunction('hasattr(obj, name, /)', (o: unknown, name: unknown) =>
  getattrOrUndefined(o, attrName(name)) !== undefined));
registerBuiltin('id', builtinFunction('id(obj, /)', id));
registerBuiltin('callable', builtinFunction('callable(obj, /)', callable));
registerBuiltin('vars', builtinFunction('vars(object, /)', vars));
registerBuiltin('dir', builtinFunction('dir(object, /)', dir));
registerBuiltin('help', builtinFunction('help(request, /)', help));

// Exception instances keep their attributes as own properties (their prototypes shadow every
// name JS puts on Error and Object prototypes).
setInstanceAttrs(exc.BaseException!, 1);
