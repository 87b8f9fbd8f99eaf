// type's own attributes and methods: __name__, __qualname__, __module__, __doc__, __bases__,
// __mro__, __dict__, __call__, __new__ (type(x) and type(name, bases, dict)), __repr__, mro(),
// __subclasses__, __prepare__, __instancecheck__, __subclasscheck__, __dir__.
import { raise, exc } from './exceptions.js';
import { attrKey } from './namespace.js';
import { isSubtype, lookupKey, newBuiltinType, objectType, typeOf, typeType, PyType, typeChanged } from './type.js';
import { tupleFrom } from './values.js';
import { builtinFunction, defineMethods } from './function.js';
import { defineGetSet, newClassMethod } from './descriptors.js';
import { noAttribute, setAttributeHooks, typeGetattr, typeSetattrImpl, typeDelattrImpl } from './attributes.js';
import { setInstantiateHooks, typeCallDefault } from './instantiate.js';
import { setClassBuilderHooks, typeNew } from './class-builder.js';
import { call, keywordArrays } from './call.js';
import { typeDir } from './object-dunders.js';
import { dictType, namespaceDict, newDict, type PyDict } from '../types/dict.js';

function asType(self: unknown, method: string): PyType {
  if (!(self instanceof PyType)) raise(exc.TypeError!, `descriptor '${method}' requires a 'type' object but received a '${typeOf(self).$name}'`);
  return self as PyType;
}

/** The module a class reports: `__module__` from its dict, else where it was defined. */
export function typeModule(c: PyType): unknown {
  const m = c.$dict.__module__;
  return m !== undefined && !c.$builtin ? m : c.$module;
}

/** `<class 'mod.Name'>`. */
export function typeRepr(c: PyType): string {
  const mod = typeModule(c);
  return typeof mod === 'string' && mod !== 'builtins' ? `<class '${mod}.${c.$qualname}'>` : `<class '${c.$qualname}'>`;
}

defineMethods(typeType, {
  '__getattribute__(self, name, /)': (self: unknown, name: string) => {
    const v = typeGetattr(asType(self, '__getattribute__'), attrKey(name));
    return v === undefined ? noAttribute(self, name) : v;
  },
  '__setattr__(self, name, value, /)': (self: unknown, name: string, value: unknown) => {
    typeSetattrImpl(asType(self, '__setattr__'), name, value);
    return null;
  },
  '__delattr__(self, name, /)': (self: unknown, name: string) => {
    typeDelattrImpl(asType(self, '__delattr__'), name);
    return null;
  },
  '__call__(self, /, *args, **kwargs)': (self: unknown, args: unknown[], kw: PyDict) => {
    const [names, values] = keywordArrays(kw);
    return typeCallDefault(asType(self, '__call__'), args, names, values);
  },
  '__new__(metatype, /, *args, **kwargs)': (meta: unknown, args: unknown[], kw: PyDict) => {
    const m = asType(meta, '__new__');
    if (m === typeType && args.length === 1 && kw.$size === 0) return typeOf(args[0]);
    if (args.length !== 3) raise(exc.TypeError!, 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = args;
    if (typeof name !== 'string') raise(exc.TypeError!, `type.__new__() argument 1 must be str, not ${typeOf(name).$name}`);
    if (!Array.isArray(bases)) raise(exc.TypeError!, `type.__new__() argument 2 must be tuple, not ${typeOf(bases).$name}`);
    const [names, values] = keywordArrays(kw);
    return typeNew(m, name, bases, ns, names, values);
  },
  '__init__(self, /, *args, **kwargs)': (_self: unknown, args: unknown[]) => {
    if (args.length !== 1 && args.length !== 3) raise(exc.TypeError!, 'type.__init__() takes 1 or 3 arguments');
    return null;
  },
  '__repr__(self, /)': (self: unknown) => typeRepr(asType(self, '__repr__')),
  'mro(self, /)': (self: unknown) => [...asType(self, 'mro').$mro],
  '__subclasses__(self, /)': (self: unknown) => [...asType(self, '__subclasses__').$subclasses],
  '__instancecheck__(self, instance, /)': (self: unknown, inst: unknown) => typeOf(inst).$mro.includes(asType(self, '__instancecheck__')),
  '__subclasscheck__(self, subclass, /)': (self: unknown, sub: unknown) => {
    if (!(sub instanceof PyType)) raise(exc.TypeError!, 'issubclass() arg 1 must be a class');
    return isSubtype(sub as PyType, asType(self, '__subclasscheck__'));
  },
  '__dir__(self, /)': (self: unknown) => typeDir(asType(self, '__dir__')),
  '__sizeof__(self, /)': () => 888,
});

typeType.$dict.__prepare__ = newClassMethod(builtinFunction('__prepare__(cls, name, bases, /, **kwds)', () => newDict(), 'type.__prepare__'));

defineGetSet(typeType, '__name__', (c: PyType) => c.$name, (c: PyType, v: unknown) => {
  if (c.$builtin) raise(exc.TypeError!, `cannot set '__name__' attribute of immutable type '${c.$name}'`);
  if (typeof v !== 'string') raise(exc.TypeError!, `can only assign string to ${c.$name}.__name__, not '${typeOf(v).$name}'`);
  c.$name = v;
});
defineGetSet(typeType, '__qualname__', (c: PyType) => c.$qualname, (c: PyType, v: unknown) => {
  if (c.$builtin) raise(exc.TypeError!, `cannot set '__qualname__' attribute of immutable type '${c.$name}'`);
  if (typeof v !== 'string') raise(exc.TypeError!, `can only assign string to ${c.$name}.__qualname__, not '${typeOf(v).$name}'`);
  c.$qualname = v;
});
defineGetSet(typeType, '__module__', typeModule, (c: PyType, v: unknown) => {
  if (c.$builtin) raise(exc.TypeError!, `cannot set '__module__' attribute of immutable type '${c.$name}'`);
  c.$dict.__module__ = v;
});
defineGetSet(typeType, '__doc__', (c: PyType) => {
  const d = c.$dict.__doc__;
  if (d === undefined) return null;
  if (typeof d === 'object' && d !== null && lookupKey(typeOf(d), '__get__') !== undefined && !c.$builtin) {
    return call(lookupKey(typeOf(d), '__get__'), d, null, c);
  }
  return d;
}, (c: PyType, v: unknown) => {
  if (c.$builtin) raise(exc.TypeError!, `cannot set '__doc__' attribute of immutable type '${c.$name}'`);
  c.$dict.__doc__ = v;
  typeChanged(c);
});
defineGetSet(typeType, '__bases__', (c: PyType) => tupleFrom(c.$bases));
defineGetSet(typeType, '__base__', (c: PyType) => (c === objectType ? null : c.$bases[0] ?? null));
defineGetSet(typeType, '__mro__', (c: PyType) => tupleFrom(c.$mro));
/** `C.__dict__`: a read view of the class namespace. It is a dict underneath (so dict
 *  operations work on it) whose class says mappingproxy. */
export const mappingproxyType: PyType = newBuiltinType('mappingproxy', dictType);
const classDictViews = new WeakMap<PyType, PyDict>();
defineGetSet(typeType, '__dict__', (c: PyType) => {
  let v = classDictViews.get(c);
  if (v === undefined) {
    v = namespaceDict(c.$dict);
    (v as unknown as { $cls: PyType }).$cls = mappingproxyType;
    classDictViews.set(c, v);
  }
  return v;
});
defineMethods(mappingproxyType, {
  '__repr__(self, /)': (self: PyDict) => `mappingproxy(${String(call(lookupKey(dictType, '__repr__'), self))})`,
});
defineGetSet(typeType, '__abstractmethods__', (c: PyType) => {
  const v = c.$dict.__abstractmethods__;
  return v === undefined || c === typeType ? noAttribute(c, '__abstractmethods__') : v;
}, (c: PyType, v: unknown) => {
  c.$dict.__abstractmethods__ = v;
  typeChanged(c);
});
typeType.$dict.__doc__ = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
typeChanged(typeType);

setAttributeHooks({
  getattribute: typeType.$dict.__getattribute__,
  setattr: typeType.$dict.__setattr__,
  delattr: typeType.$dict.__delattr__,
}, true);
setInstantiateHooks({ typeCallMethod: typeType.$dict.__call__ });
setClassBuilderHooks({ typePrepare: typeType.$dict.__prepare__ });
