// Markers on the prototypes of user classes that let compiled code read, write and call
// attributes of instances with plain JS property accesses (monomorphic per call site), falling
// back to the runtime when a marker says the general protocol could answer differently.
//
//   proto.$fa === true   reading `o.x` (own property, not a dunder) may return the own property:
//                        default __getattribute__, attributes (and `__slots__` values) kept as own
//                        properties, no other data descriptors on the class.
//   proto.$fs === true   writing `o.x = v` may set the own property: the same, and default __setattr__.
//   proto.$m_<name>      the function `name` resolves to on the class (method-like functions only),
//                        callable as `f(o, ...args)` when `o` has no own property `name`.
import { keyName } from './namespace.js';
import { PyMemberDescriptor } from './descriptors.js';
import { classChangeHooks, lookupKey, methodDescriptorType, objectType, typeOf, PyType } from './type.js';

/** Data descriptors every class inherits that no instance attribute can shadow in practice. */
const IGNORED_DATA = new Set(['__class__', '__dict__', '__weakref__']);

function isMethodLike(v: unknown): boolean {
  if (typeof v !== 'function') return false;
  const c = (v as { $cls?: PyType }).$cls;
  return c === undefined || c === methodDescriptorType;
}

function isDataDescriptor(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const t = typeOf(v);
  if (t.$builtin) return (v as { $descSet?: unknown }).$descSet !== undefined;
  return lookupKey(t, '__set__') !== undefined || lookupKey(t, '__delete__') !== undefined;
}

type Proto = Record<string, unknown> & { $fa?: boolean; $fs?: boolean; $fastMethods?: string[] };

/** Recompute the markers of user class `t` (its MRO may have changed anywhere). */
export function refreshFastPaths(t: PyType): void {
  if (t.$builtin) return;
  const proto = t.$ctor.prototype as Proto;
  const old = Object.prototype.hasOwnProperty.call(proto, '$fastMethods') ? proto.$fastMethods! : [];
  for (const k of old) proto[k] = undefined;
  const defaultGet = t.$getattribute === objectType.$dict.__getattribute__;
  const installed: string[] = [];
  let dataFree = true;
  const seen = new Set<string>();
  for (const c of t.$mro) {
    // object's attributes are all dunders and builtin descriptors no instance attribute hides.
    if (c === objectType) continue;
    for (const key of Object.keys(c.$dict)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const v = c.$dict[key];
      if (v === undefined) continue;
      // A slot member keeps its value in the same own property a fast read or write uses.
      if (isDataDescriptor(v) && !IGNORED_DATA.has(key) && !(v instanceof PyMemberDescriptor)) dataFree = false;
      // Dunder names are never fast-pathed (see the header), so they get no method slot.
      if (defaultGet && t.$attrs !== 2 && keyName(key) !== null && !(key.startsWith('__') && key.endsWith('__'))) {
        const slot = '$m_' + key;
        proto[slot] = isMethodLike(v) ? v : undefined;
        installed.push(slot);
      }
    }
  }
  proto.$fastMethods = installed;
  proto.$fa = dataFree && defaultGet && t.$attrs !== 2;
  proto.$fs = proto.$fa && t.$attrs === 1 && t.$setattr === objectType.$dict.__setattr__;
}

/** Plain (non-function, non-descriptor) value `key` newly added to class `t`: it may hide a
 *  method of a base for `t` and its subclasses; nothing else about the markers changes. */
export function plainNameAdded(t: PyType, key: string): void {
  const slot = '$m_' + key;
  const proto = t.$ctor.prototype as Proto;
  if (!t.$builtin && Object.prototype.hasOwnProperty.call(proto, slot)) {
    const v = lookupKey(t, key);
    proto[slot] = isMethodLike(v) ? v : undefined;
  }
  for (const s of t.$subclasses) plainNameAdded(s, key);
}

classChangeHooks.changed = refreshFastPaths;
