// isinstance / issubclass with tuples of classes and the metaclass hooks __instancecheck__ /
// __subclasscheck__ (as abc.ABCMeta uses them).
import { raise, exc } from './exceptions.js';
import { isSubtype, lookupKey, typeOf, typeType, PyType } from './type.js';
import { truthy as truthyValue } from '../ops/truthy.js';
import { PyTuple } from './values.js';
import { call } from './call.js';

/** `isinstance(o, classinfo)` as a JS boolean. */
export function isInstance(o: unknown, classinfo: unknown): boolean {
  if (classinfo instanceof PyType) {
    const t = typeOf(o);
    if (t === classinfo) return true;
    const meta = classinfo.$cls;
    if (meta !== typeType) {
      const hook = lookupKey(meta, '__instancecheck__');
      if (hook !== undefined && hook !== typeType.$dict.__instancecheck__) return truthyValue(call(hook, classinfo, o));
    }
    return t.$mro.includes(classinfo);
  }
  if (classinfo instanceof PyTuple) {
    for (let i = 0; i < classinfo.length; i++) if (isInstance(o, classinfo[i])) return true;
    return false;
  }
  const hook = lookupKey(typeOf(classinfo), '__instancecheck__');
  if (hook !== undefined) return truthyValue(call(hook, classinfo, o));
  return raise(exc.TypeError!, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** `issubclass(c, classinfo)` as a JS boolean. */
export function isSubclass(c: unknown, classinfo: unknown): boolean {
  if (classinfo instanceof PyType) {
    const meta = classinfo.$cls;
    if (meta !== typeType) {
      const hook = lookupKey(meta, '__subclasscheck__');
      if (hook !== undefined && hook !== typeType.$dict.__subclasscheck__) return truthyValue(call(hook, classinfo, c));
    }
    if (!(c instanceof PyType)) return raise(exc.TypeError!, 'issubclass() arg 1 must be a class');
    return isSubtype(c, classinfo);
  }
  if (classinfo instanceof PyTuple) {
    for (let i = 0; i < classinfo.length; i++) if (isSubclass(c, classinfo[i])) return true;
    return false;
  }
  const hook = lookupKey(typeOf(classinfo), '__subclasscheck__');
  if (hook !== undefined) return truthyValue(call(hook, classinfo, c));
  return raise(exc.TypeError!, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}
