// super(): zero-argument (`$.super(__class__, self)`) and two-argument forms, attribute lookup
// along the MRO after the given class, binding as the found descriptor says.
import { raise, exc } from './exceptions.js';
import { attrKey } from './namespace.js';
import { isSubtype, newBuiltinType, objectType, typeOf, PyType } from './type.js';
import { bindAttribute, genericGetattr, noAttribute } from './attributes.js';

/** A super object: lookups start after `$type` in the MRO of `$objType`. */
export class PySuper {
  $type: PyType | null = null;
  $obj: unknown = null;
  $objType: PyType | null = null;
}
export const superType: PyType = newBuiltinType('super', objectType, 'builtins', PySuper);

/** CPython's supercheck: the class whose MRO is searched. */
function superCheck(type: PyType, obj: unknown): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  const t = typeOf(obj);
  if (isSubtype(t, type)) return t;
  return raise(exc.TypeError!, 'super(type, obj): obj must be an instance or subtype of type');
}

/** Fill super object `s` for `super(type, obj)`. */
export function initSuper(s: PySuper, type: unknown, obj: unknown): void {
  if (!(type instanceof PyType)) raise(exc.TypeError!, `super() argument 1 must be a type, not ${typeOf(type).$name}`);
  s.$type = type as PyType;
  if (obj !== null && obj !== undefined) {
    s.$objType = superCheck(type as PyType, obj);
    s.$obj = obj;
  }
}

/** `super()` in a method: `$.super(__class__, firstArgument)`. */
export function superOf(cls: unknown, self: unknown): PySuper {
  if (cls === undefined) raise(exc.RuntimeError!, 'super(): __class__ cell not found');
  if (self === undefined) raise(exc.RuntimeError!, 'super(): no arguments');
  const s = new PySuper();
  initSuper(s, cls, self);
  return s;
}

/** The raw attribute `key` found after `s.$type` in the MRO, or undefined. */
export function superLookupRaw(s: PySuper, key: string): unknown {
  const start = s.$objType;
  if (start === null) return undefined;
  const mro = start.$mro;
  let i = mro.indexOf(s.$type!) + 1;
  for (; i > 0 && i < mro.length; i++) {
    const v = mro[i]!.$dict[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** `super().name`. */
export function superGetattr(s: PySuper, name: string): unknown {
  const key = attrKey(name);
  if (name !== '__class__') {
    const v = superLookupRaw(s, key);
    if (v !== undefined) return bindAttribute(v, s.$obj === s.$objType ? null : s.$obj, s.$objType!);
  }
  const own = genericGetattr(s, superType, key);
  return own === undefined ? noAttribute(s, name) : own;
}

