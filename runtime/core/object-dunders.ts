// object's default special methods (__repr__, __eq__, __hash__, __init__, __new__, attribute
// hooks, __dir__, __format__, __class__, __init_subclass__) and the instance `__dict__` descriptor.
import { raise, exc } from './exceptions.js';
import { attrKey, keyName, type Namespace } from './namespace.js';
import { lookupKey, objectType, typeOf, PyType, typeChanged } from './type.js';
import { builtinFunction, defineMethods } from './function.js';
import { defineGetSet, newClassMethod } from './descriptors.js';
import { genericGetattr, genericSetattr, genericDelattr, instanceNamespace, noAttribute, setAttributeHooks,
  typeGetattr } from './attributes.js';
import { setInstantiateHooks } from './instantiate.js';
import { callSpecial } from './call.js';
import { dictDescriptors } from './class-builder.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { objectId } from '../ops/repr.js';
import { namespaceDict, PyDict } from '../types/dict.js';

/** `<__main__.C object at 0x7f...>`. */
export function defaultRepr(o: unknown): string {
  const t = typeOf(o);
  const mod = typeof t.$dict.__module__ === 'string' ? t.$dict.__module__ : t.$module;
  const prefix = mod === 'builtins' ? '' : mod + '.';
  return `<${prefix}${t.$qualname} object at 0x${objectId(o as object).toString(16)}>`;
}

/** The dict that reads and writes namespace `ns`: one view per namespace, kept on it under an
 *  internal key (so `o.__dict__ is vars(o)`). */
export function namespaceView(ns: Namespace): PyDict {
  return namespaceDict(ns);
}

/** `o.__dict__` for an instance that has one. */
function instanceDict(o: any): unknown {
  const ns = instanceNamespace(o);
  if (ns === null) return noAttribute(o, '__dict__');
  return namespaceView(ns);
}

function setInstanceDict(o: any, value: unknown): void {
  if (!(value instanceof PyDict)) raise(exc.TypeError!, `__dict__ must be set to a dictionary, not a '${typeOf(value).$name}'`);
  const cls = typeOf(o);
  const ns = instanceNamespace(o, cls)!;
  for (const key of Object.keys(ns)) if (keyName(key) !== null) delete ns[key];
  for (const [k, v] of (value as PyDict).$entryIter()) {
    if (typeof k === 'string') ns[attrKey(k)] = v;
  }
}

function dirNames(names: Set<string>, ns: Namespace): void {
  for (const key of Object.keys(ns)) {
    const n = keyName(key);
    if (n !== null && ns[key] !== undefined) names.add(n);
  }
}

/** object.__dir__: the instance dict, then the class and its bases. */
export function objectDir(o: any): string[] {
  const names = new Set<string>();
  const cls = typeOf(o);
  const ns = cls.$attrs === 1 ? o : cls.$attrs === 2 ? o.$d : undefined;
  if (ns !== undefined) dirNames(names, ns);
  for (const t of cls.$mro) dirNames(names, t.$dict);
  return [...names];
}

/** type.__dir__: the class and its bases. */
export function typeDir(c: PyType): string[] {
  const names = new Set<string>();
  for (const t of c.$mro) dirNames(names, t.$dict);
  return [...names];
}

function excessArgs(args: unknown[], kw: PyDict): boolean {
  return args.length > 0 || kw.$size > 0;
}

defineMethods(objectType, {
  '__getattribute__(self, name, /)': (self: any, name: string) => {
    const cls = typeOf(self);
    const v = self instanceof PyType ? typeGetattr(self, attrKey(name)) : genericGetattr(self, cls, attrKey(name));
    return v === undefined ? noAttribute(self, name) : v;
  },
  '__setattr__(self, name, value, /)': (self: any, name: string, value: unknown) => {
    genericSetattr(self, typeOf(self), name, value);
    return null;
  },
  '__delattr__(self, name, /)': (self: any, name: string) => {
    genericDelattr(self, typeOf(self), name);
    return null;
  },
  '__new__(cls, /, *args, **kwargs)': (cls: unknown, args: unknown[], kw: PyDict) => {
    if (!(cls instanceof PyType)) return raise(exc.TypeError!, `object.__new__(X): X is not a type object (${typeOf(cls).$name})`);
    if (excessArgs(args, kw)) {
      if (lookupKey(cls, '__new__') !== objectType.$dict.__new__) raise(exc.TypeError!, 'object.__new__() takes exactly one argument (the type to instantiate)');
      if (lookupKey(cls, '__init__') === objectType.$dict.__init__) raise(exc.TypeError!, `${cls.$name}() takes no arguments`);
    }
    return new cls.$ctor();
  },
  '__init__(self, /, *args, **kwargs)': (self: unknown, args: unknown[], kw: PyDict) => {
    if (excessArgs(args, kw)) {
      const cls = typeOf(self);
      if (lookupKey(cls, '__init__') !== objectType.$dict.__init__) raise(exc.TypeError!, 'object.__init__() takes exactly one argument (the instance to initialize)');
      if (lookupKey(cls, '__new__') === objectType.$dict.__new__) raise(exc.TypeError!, `${cls.$name}() takes no arguments`);
    }
    return null;
  },
  '__repr__(self, /)': (self: unknown) => defaultRepr(self),
  '__str__(self, /)': (self: unknown) => callSpecial(self, '__repr__', [], null, null),
  '__eq__(self, value, /)': (self: unknown, other: unknown) => (self === other ? true : NotImplemented),
  '__ne__(self, value, /)': (self: unknown, other: unknown) => {
    const r = callSpecial(self, '__eq__', [other], null, null);
    return r === NotImplemented ? r : !(r === true || (r !== false && r !== null && r !== 0));
  },
  '__lt__(self, value, /)': () => NotImplemented,
  '__le__(self, value, /)': () => NotImplemented,
  '__gt__(self, value, /)': () => NotImplemented,
  '__ge__(self, value, /)': () => NotImplemented,
  '__hash__(self, /)': (self: unknown) => Math.floor(objectId(self as object) / 16),
  '__format__(self, format_spec, /)': (self: unknown, spec: unknown) => {
    if (spec !== '') raise(exc.TypeError!, `unsupported format string passed to ${typeOf(self).$name}.__format__`);
    return callSpecial(self, '__str__', [], null, null);
  },
  '__dir__(self, /)': (self: unknown) => objectDir(self),
  '__reduce_ex__(self, protocol, /)': (self: unknown) => raise(exc.TypeError!, `cannot pickle '${typeOf(self).$name}' object`),
  '__sizeof__(self, /)': () => 16,
});

objectType.$dict.__init_subclass__ = newClassMethod(builtinFunction('__init_subclass__(cls, /, **kwargs)', (cls: PyType, kw: PyDict) => {
  if (kw.$size > 0) raise(exc.TypeError!, `${cls.$name}.__init_subclass__() takes no keyword arguments`);
  return null;
}, 'object.__init_subclass__'));
objectType.$dict.__doc__ = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n';
defineGetSet(objectType, '__class__', (o: unknown) => typeOf(o), (o: any, v: unknown) => {
  if (!(v instanceof PyType)) raise(exc.TypeError!, `__class__ must be set to a class, not '${typeOf(v).$name}' object`);
  // The prototype carries `$cls` and the fast-path markers of the class.
  Object.setPrototypeOf(o, v.$ctor.prototype);
});
typeChanged(objectType);

dictDescriptors.add = (cls: PyType) => {
  defineGetSet(cls, '__dict__', instanceDict, setInstanceDict);
  defineGetSet(cls, '__weakref__', () => null);
};

setAttributeHooks({
  getattribute: objectType.$dict.__getattribute__,
  setattr: objectType.$dict.__setattr__,
  delattr: objectType.$dict.__delattr__,
}, false);
setInstantiateHooks({ objectNew: objectType.$dict.__new__, objectInit: objectType.$dict.__init__ });
