// The attribute protocol: getattr/setattr/delattr on instances and classes, with descriptors
// (data ones before the instance dict, non-data ones after it), __getattribute__/__getattr__/
// __setattr__/__delattr__ overrides, and CPython's AttributeError messages.
import { raise, exc } from './exceptions.js';
import { attrKey, newNamespace, type Namespace } from './namespace.js';
import { classValueReplaced, lookupKey, methodDescriptorType, typeChanged, typeOf, PyType } from './type.js';
import { bindMethod } from './method.js';
import { call } from './call.js';
import { plainNameAdded } from './fast-paths.js';

/** The builtin `object.__getattribute__` & co, installed by object-dunders.ts; attribute access
 *  compares a class's hooks against these to take the generic path without a call. */
export let objectGetattribute: unknown = null;
export let typeGetattribute: unknown = null;
export let objectSetattr: unknown = null;
export let typeSetattr: unknown = null;
export let objectDelattr: unknown = null;
export let typeDelattr: unknown = null;

export function setAttributeHooks(h: { getattribute: unknown; setattr: unknown; delattr: unknown }, forTypes: boolean): void {
  if (forTypes) ({ getattribute: typeGetattribute, setattr: typeSetattr, delattr: typeDelattr } = h);
  else ({ getattribute: objectGetattribute, setattr: objectSetattr, delattr: objectDelattr } = h);
}

type Obj = Record<string, any>;

/** The instance's own attribute under `key` (its `__dict__` entry), or undefined. */
export function instanceAttr(o: any, cls: PyType, key: string): unknown {
  const mode = cls.$attrs;
  if (mode === 1) return o[key];
  if (mode === 2) {
    const d = o.$d;
    return d === undefined ? undefined : d[key];
  }
  return undefined;
}

/** The namespace holding `o`'s attributes, made when absent; null when `o` has no `__dict__`. */
export function instanceNamespace(o: any, cls: PyType = typeOf(o)): Namespace | null {
  const mode = cls.$attrs;
  if (mode === 1) return o;
  if (mode === 2) return o.$d ??= newNamespace();
  return null;
}

function isMethodLike(f: unknown): boolean {
  const c = (f as { $cls?: PyType }).$cls;
  return c === undefined || c === methodDescriptorType;
}

/** Is `t` (found on a class) one of the runtime's descriptor objects (property, classmethod...)? */
function isNative(t: Obj): boolean {
  return t.$descGet !== undefined && (t.$cls as PyType).$builtin;
}

/** The user-defined `__get__` of descriptor `t`'s class, or undefined for a plain value. */
function userGet(t: Obj): unknown {
  const tt = t.$cls as PyType | undefined;
  if (tt === undefined || tt.$builtin) return undefined;
  return lookupKey(tt, '__get__');
}

function userIsData(t: Obj): boolean {
  const tt = t.$cls as PyType;
  return lookupKey(tt, '__set__') !== undefined || lookupKey(tt, '__delete__') !== undefined;
}

/** The value of class attribute `t` read through instance (or class) `obj` of `cls`: functions
 *  bind, descriptors run `__get__`, other values come back as they are. */
export function bindAttribute(t: unknown, obj: unknown, cls: PyType): unknown {
  if (typeof t === 'function') return isMethodLike(t) ? bindMethod(t, obj) : t;
  if (typeof t === 'object' && t !== null) {
    if (isNative(t as Obj)) return (t as Obj).$descGet(obj, cls);
    const get = userGet(t as Obj);
    if (get !== undefined) return call(get, t, obj, cls);
  }
  return t;
}

/** object.__getattribute__: the value, or undefined when absent (no __getattr__ here). */
export function genericGetattr(o: any, cls: PyType, key: string): unknown {
  const t = lookupKey(cls, key);
  if (t === undefined) return instanceAttr(o, cls, key);
  if (typeof t === 'function') {
    const v = instanceAttr(o, cls, key);
    if (v !== undefined) return v;
    return isMethodLike(t) ? bindMethod(t, o) : t;
  }
  if (typeof t === 'object' && t !== null) {
    if (isNative(t as Obj)) {
      if ((t as Obj).$descSet !== undefined) return (t as Obj).$descGet(o, cls);
      const v = instanceAttr(o, cls, key);
      return v !== undefined ? v : (t as Obj).$descGet(o, cls);
    }
    const get = userGet(t as Obj);
    if (get !== undefined) {
      if (!userIsData(t as Obj)) {
        const v = instanceAttr(o, cls, key);
        if (v !== undefined) return v;
      }
      return call(get, t, o, cls);
    }
  }
  const v = instanceAttr(o, cls, key);
  return v !== undefined ? v : t;
}

/** type.__getattribute__: metaclass data descriptors, then the class's MRO, then the rest of
 *  the metaclass; undefined when absent. */
export function typeGetattr(c: PyType, key: string): unknown {
  const meta = c.$cls;
  const ma = lookupKey(meta, key);
  if (typeof ma === 'object' && ma !== null) {
    if (isNative(ma as Obj)) {
      if ((ma as Obj).$descSet !== undefined) return (ma as Obj).$descGet(c, meta);
    } else if (userGet(ma as Obj) !== undefined && userIsData(ma as Obj)) {
      return call(userGet(ma as Obj), ma, c, meta);
    }
  }
  const a = lookupKey(c, key);
  if (a !== undefined) {
    if (typeof a === 'object' && a !== null) {
      if (isNative(a as Obj)) return (a as Obj).$descGet(null, c);
      const get = userGet(a as Obj);
      if (get !== undefined) return call(get, a, null, c);
    }
    return a;
  }
  if (ma !== undefined) return bindAttribute(ma, c, meta);
  return undefined;
}

/** The AttributeError CPython raises for a missing attribute. */
export function noAttribute(o: unknown, name: string): never {
  if (o instanceof PyType) return raise(exc.AttributeError!, `type object '${o.$name}' has no attribute '${name}'`);
  const cls = typeOf(o);
  if (cls.$name === 'module' && cls.$builtin) {
    const modName = (o as { $d?: Namespace }).$d?.__name__;
    if (typeof modName === 'string') return raise(exc.AttributeError!, `module '${modName}' has no attribute '${name}'`);
  }
  return raise(exc.AttributeError!, `'${cls.$name}' object has no attribute '${name}'`);
}

function isAttributeError(e: unknown): boolean {
  const ae = exc.AttributeError!;
  return typeof e === 'object' && e !== null && (e as Obj).$cls !== undefined && ((e as Obj).$cls as PyType).$mro.includes(ae);
}

/** `o.name` through a user `__getattribute__`, falling back to `__getattr__` on AttributeError. */
function hookedGetattr(o: unknown, cls: PyType, name: string): unknown {
  const hook = cls.$getattrHook;
  try {
    return call(cls.$getattribute, o, name);
  } catch (e) {
    if (hook === undefined || !isAttributeError(e)) throw e;
  }
  return call(hook, o, name);
}

/** `o.name`, or undefined when there is no such attribute (AttributeError from descriptors
 *  and hooks included). */
export function getattrOrUndefined(o: any, name: string): unknown {
  try {
    return protocolGetattr(o, name);
  } catch (e) {
    if (isAttributeError(e)) return undefined;
    throw e;
  }
}

/** The full protocol for `o.name` (`__getattribute__`, then `__getattr__`); undefined when the
 *  generic lookup finds nothing and the class has no `__getattr__`. */
function protocolGetattr(o: any, name: string): unknown {
  const cls = typeOf(o);
  const ga = cls.$getattribute;
  let v: unknown;
  if (ga === objectGetattribute) v = genericGetattr(o, cls, attrKey(name));
  else if (ga === typeGetattribute) v = typeGetattr(o, attrKey(name));
  else return hookedGetattr(o, cls, name);
  if (v !== undefined) return v;
  const hook = cls.$getattrHook;
  return hook === undefined ? undefined : call(hook, o, name);
}

/** Names starting with `__`: the fast paths leave them to the full protocol (`__class__`,
 *  `__dict__` are data descriptors an instance attribute must not hide). */
function isDunderish(name: string): boolean {
  return name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95;
}

/** `o.name` (`$.getattr`). */
export function getattr(o: any, name: string): unknown {
  // Instances whose class allows it (fast-paths.ts): an own property is the answer.
  if (typeof o === 'object' && o !== null && o.$fa === true && !isDunderish(name)) {
    const key = name.charCodeAt(0) === 36 ? '$' + name : name;
    const own = o[key];
    if (own !== undefined) return own;
    // No instance attribute, and no data descriptor of this name on the class.
    const cls: PyType = o.$cls;
    const t = lookupKey(cls, key);
    if (t !== undefined) return bindAttribute(t, o, cls);
  }
  const v = protocolGetattr(o, name);
  return v !== undefined ? v : noAttribute(o, name);
}

/** `getattr(o, name, default)`: the default only on AttributeError. */
export function pyGetattr(o: unknown, name: string, dflt: unknown): unknown {
  const v = getattrOrUndefined(o, name);
  return v === undefined ? dflt : v;
}

/** object.__setattr__. */
export function genericSetattr(o: any, cls: PyType, name: string, value: unknown): void {
  const key = attrKey(name);
  const t = lookupKey(cls, key);
  if (typeof t === 'object' && t !== null) {
    if (isNative(t as Obj)) {
      if ((t as Obj).$descSet !== undefined) { (t as Obj).$descSet(o, value); return; }
    } else if ((t as Obj).$cls !== undefined && !((t as Obj).$cls as PyType).$builtin) {
      const set = lookupKey((t as Obj).$cls, '__set__');
      if (set !== undefined) { call(set, t, o, value); return; }
    }
  }
  const mode = cls.$attrs;
  if (mode === 1) { o[key] = value; return; }
  if (mode === 2) { (o.$d ??= newNamespace())[key] = value; return; }
  if (t === undefined) noAttribute(o, name);
  raise(exc.AttributeError!, `'${cls.$name}' object attribute '${name}' is read-only`);
}

/** A class attribute value that is neither a function nor a possible descriptor. */
function isPlainValue(v: unknown): boolean {
  if (typeof v === 'function') return false;
  if (typeof v !== 'object' || v === null) return true;
  const t = (v as Obj).$cls as PyType | undefined;
  return t === undefined || (t.$builtin && (v as Obj).$descGet === undefined);
}

/** type.__setattr__: class attributes; caches are dropped only when the set of names changes. */
export function typeSetattrImpl(c: PyType, name: string, value: unknown): void {
  const key = attrKey(name);
  const meta = c.$cls;
  const ma = lookupKey(meta, key);
  if (typeof ma === 'object' && ma !== null) {
    if (isNative(ma as Obj)) {
      if ((ma as Obj).$descSet !== undefined) { (ma as Obj).$descSet(c, value); return; }
    } else if (!((ma as Obj).$cls as PyType).$builtin) {
      const set = lookupKey((ma as Obj).$cls, '__set__');
      if (set !== undefined) { call(set, ma, c, value); return; }
    }
  }
  if (c.$builtin) raise(exc.TypeError!, `cannot set '${name}' attribute of immutable type '${c.$name}'`);
  const old = c.$dict[key];
  c.$dict[key] = value;
  // Replacing one plain value by another (`C.count += 1`) keeps the caches; anything that may
  // change how lookups behave (a new name, a function, a descriptor) starts them afresh.
  if (name.startsWith('__') || !isPlainValue(value) || (old !== undefined && !isPlainValue(old))) {
    typeChanged(c);
  } else {
    classValueReplaced(c, key);
    if (old === undefined) plainNameAdded(c, key);
  }
}

/** `o.name = value` (`$.setattr`). */
export function setattr(o: any, name: string, value: unknown): void {
  if (typeof o === 'object' && o !== null && o.$fs === true && !isDunderish(name)) {
    o[name.charCodeAt(0) === 36 ? '$' + name : name] = value;
    return;
  }
  const cls = typeOf(o);
  const sa = cls.$setattr;
  if (sa === objectSetattr) genericSetattr(o, cls, name, value);
  else if (sa === typeSetattr) typeSetattrImpl(o, name, value);
  else call(sa, o, name, value);
}

/** object.__delattr__. */
export function genericDelattr(o: any, cls: PyType, name: string): void {
  const key = attrKey(name);
  const t = lookupKey(cls, key);
  if (typeof t === 'object' && t !== null) {
    if (isNative(t as Obj)) {
      if ((t as Obj).$descSet !== undefined) { (t as Obj).$descDel(o); return; }
    } else if ((t as Obj).$cls !== undefined && !((t as Obj).$cls as PyType).$builtin) {
      const tt = (t as Obj).$cls as PyType;
      const del = lookupKey(tt, '__delete__');
      if (del !== undefined) { call(del, t, o); return; }
      if (lookupKey(tt, '__set__') !== undefined) raise(exc.AttributeError!, '__delete__');
    }
  }
  const mode = cls.$attrs;
  const ns: Obj | undefined = mode === 1 ? o : mode === 2 ? o.$d : undefined;
  if (ns === undefined || ns[key] === undefined) noAttribute(o, name);
  delete ns![key];
}

/** type.__delattr__. */
export function typeDelattrImpl(c: PyType, name: string): void {
  const key = attrKey(name);
  if (c.$builtin) raise(exc.TypeError!, `cannot delete '${name}' attribute of immutable type '${c.$name}'`);
  if (c.$dict[key] === undefined) noAttribute(c, name);
  delete c.$dict[key];
  typeChanged(c);
}

/** `del o.name` (`$.delattr`). */
export function delattr(o: any, name: string): void {
  const cls = typeOf(o);
  const da = cls.$delattr;
  if (da === objectDelattr) genericDelattr(o, cls, name);
  else if (da === typeDelattr) typeDelattrImpl(o, name);
  else call(da, o, name);
}

/** hasattr(o, name). */
export function hasattr(o: unknown, name: string): boolean {
  return getattrOrUndefined(o, name) !== undefined;
}
