// The builtin descriptor types: property, classmethod, staticmethod, slot members and the
// getset descriptors builtin classes use for computed attributes (`__name__`, `__dict__`).
import { newBuiltinType, objectType, typeOf, typeChanged, type PyType } from './type.js';
import { attrKey } from './namespace.js';
import { raise, exc } from './exceptions.js';
import { PyMethod } from './method.js';
import { call } from './call.js';
import { pyGetattr } from './attributes.js';

/** What attribute lookup needs from a builtin descriptor. `obj` is null when the attribute is
 *  read from the class (`C.x`), as CPython passes None. */
export interface NativeDescriptor {
  $descGet(obj: unknown, owner: PyType | null): unknown;
  /** Present on data descriptors. */
  $descSet?(obj: unknown, value: unknown): void;
  $descDel?(obj: unknown): void;
}

function nameOf(f: unknown): string | null {
  if (f === null || f === undefined) return null;
  const n = (f as { $name?: unknown }).$name;
  return typeof n === 'string' ? n : null;
}

/** `property(fget, fset, fdel, doc)`. */
export class PyProperty implements NativeDescriptor {
  fget: unknown = null;
  fset: unknown = null;
  fdel: unknown = null;
  doc: unknown = null;
  /** Name given by __set_name__, for error messages. */
  $attrName: string | null = null;

  private label(obj: unknown): string {
    const n = this.$attrName ?? nameOf(this.fget);
    return `property ${n === null ? '' : `'${n}' `}of '${typeOf(obj).$name}' object`;
  }

  $descGet(obj: unknown, _owner: PyType | null): unknown {
    if (obj === null) return this;
    if (this.fget === null) return raise(exc.AttributeError!, `${this.label(obj)} has no getter`);
    return call(this.fget, obj);
  }

  $descSet(obj: unknown, value: unknown): void {
    if (this.fset === null) raise(exc.AttributeError!, `${this.label(obj)} has no setter`);
    call(this.fset, obj, value);
  }

  $descDel(obj: unknown): void {
    if (this.fdel === null) raise(exc.AttributeError!, `${this.label(obj)} has no deleter`);
    call(this.fdel, obj);
  }
}
export const propertyType: PyType = newBuiltinType('property', objectType, 'builtins', PyProperty);

/** Fill a property's parts; the doc comes from the getter when not given. */
export function initProperty(p: PyProperty, fget: unknown, fset: unknown, fdel: unknown, doc: unknown): void {
  p.fget = fget ?? null;
  p.fset = fset ?? null;
  p.fdel = fdel ?? null;
  if ((doc === null || doc === undefined) && p.fget !== null) {
    const d = (p.fget as { $doc?: unknown }).$doc;
    p.doc = d === undefined ? pyGetattr(p.fget, '__doc__', null) : d;
  } else {
    p.doc = doc ?? null;
  }
}

/** `classmethod(f)`: binds to the class. */
export class PyClassMethod implements NativeDescriptor {
  $func: unknown = null;
  $descGet(obj: unknown, owner: PyType | null): unknown {
    return new PyMethod(this.$func, owner ?? typeOf(obj));
  }
}
export const classmethodType: PyType = newBuiltinType('classmethod', objectType, 'builtins', PyClassMethod);

/** `staticmethod(f)`: the function itself, from the class or an instance. */
export class PyStaticMethod implements NativeDescriptor {
  $func: unknown = null;
  $descGet(_obj: unknown, _owner: PyType | null): unknown {
    return this.$func;
  }
}
export const staticmethodType: PyType = newBuiltinType('staticmethod', objectType, 'builtins', PyStaticMethod);

export function newClassMethod(f: unknown): PyClassMethod {
  const m = new PyClassMethod();
  m.$func = f;
  return m;
}

export function newStaticMethod(f: unknown): PyStaticMethod {
  const m = new PyStaticMethod();
  m.$func = f;
  return m;
}

/** The instance property holding slot `name` of a `__slots__` class: the same key an instance
 *  attribute would have, so reading a slot is a plain property read (see fast-paths.ts). */
export function slotKey(name: string): string {
  return attrKey(name);
}

/** A `__slots__` member: the value lives in the instance under `slotKey(name)`. */
export class PyMemberDescriptor implements NativeDescriptor {
  constructor(readonly $owner: PyType, readonly $name: string, private readonly key = slotKey($name)) {}
  $descGet(obj: unknown, _owner: PyType | null): unknown {
    if (obj === null) return this;
    const v = (obj as Record<string, unknown>)[this.key];
    if (v === undefined) return raise(exc.AttributeError!, `'${typeOf(obj).$name}' object has no attribute '${this.$name}'`);
    return v;
  }
  $descSet(obj: unknown, value: unknown): void {
    (obj as Record<string, unknown>)[this.key] = value;
  }
  $descDel(obj: unknown): void {
    const o = obj as Record<string, unknown>;
    if (o[this.key] === undefined) raise(exc.AttributeError!, `'${typeOf(obj).$name}' object has no attribute '${this.$name}'`);
    o[this.key] = undefined;
  }
}
export const memberDescriptorType: PyType = newBuiltinType('member_descriptor', objectType, 'builtins', PyMemberDescriptor as unknown as new () => object);

/** A computed attribute of a builtin class (`type.__name__`, `function.__defaults__`). */
export class PyGetSetDescriptor implements NativeDescriptor {
  constructor(readonly $owner: PyType, readonly $name: string,
    readonly getter: (obj: any) => unknown,
    readonly setter: ((obj: any, v: unknown) => void) | null,
    readonly deleter: ((obj: any) => void) | null) {}
  $descGet(obj: unknown, _owner: PyType | null): unknown {
    return obj === null ? this : this.getter(obj);
  }
  $descSet(obj: unknown, value: unknown): void {
    if (this.setter === null) raise(exc.AttributeError!, `attribute '${this.$name}' of '${this.$owner.$name}' objects is not writable`);
    this.setter(obj, value);
  }
  $descDel(obj: unknown): void {
    if (this.deleter === null) raise(exc.AttributeError!, `cannot delete attribute '${this.$name}' of '${this.$owner.$name}' objects`);
    this.deleter(obj);
  }
}
export const getsetDescriptorType: PyType = newBuiltinType('getset_descriptor', objectType, 'builtins', PyGetSetDescriptor as unknown as new () => object);

/** Give builtin class `t` a computed attribute: `defineGetSet(t, "real", (x) => x)`. */
export function defineGetSet(t: PyType, name: string, getter: (obj: any) => unknown,
  setter: ((obj: any, v: unknown) => void) | null = null, deleter: ((obj: any) => void) | null = null): void {
  t.$dict[attrKey(name)] = new PyGetSetDescriptor(t, name, getter, setter, deleter);
  typeChanged(t);
}

/** Is `v` one of the builtin descriptors above (and not an instance of a Python subclass that
 *  may override `__get__`)? */
export function isNativeDescriptor(v: unknown): v is NativeDescriptor {
  return typeof v === 'object' && v !== null && (v as { $descGet?: unknown }).$descGet !== undefined
    && (v as { $cls: PyType }).$cls.$builtin;
}
