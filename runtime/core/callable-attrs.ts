// Python-visible attributes and methods of functions, builtin functions, method descriptors and
// bound methods: __name__, __qualname__, __doc__, __defaults__, __self__, __func__, reprs, equality.
import { raise, exc } from './exceptions.js';
import { newNamespace } from './namespace.js';
import { cellContents, cellType, closureOf, codeType, parameterNames, PyCode } from './code.js';
import { builtinFunctionType, functionType, methodDescriptorType, PyType, setInstanceAttrs, typeOf } from './type.js';
import { PyTuple, tupleFrom } from './values.js';
import { defineMethods, type PyFunction } from './function.js';
import { defineGetSet } from './descriptors.js';
import { PyMethod, methodType } from './method.js';
import { getattr } from './attributes.js';
import { invoke, keywordArrays } from './call.js';
import { namespaceView } from './object-dunders.js';
import { objectId } from '../ops/repr.js';
import { repr } from '../ops/repr.js';
import { pyEquals } from '../ops/compare.js';
import { hash } from '../ops/hash.js';
import { newDict, PyDict } from '../types/dict.js';
import { builtinsModule } from '../modules/builtins.js';

type AnyFn = PyFunction & { $cls?: PyType; $builtin: boolean };

// Functions keep their attributes in `f.$d`: a JS function's own properties (name, length)
// must not read as Python attributes.
setInstanceAttrs(functionType, 2);

function nameSetter(f: AnyFn, v: unknown, field: '$name' | '$qualname'): void {
  if (typeof v !== 'string') raise(exc.TypeError!, `__${field.slice(1)}__ must be set to a string object`);
  f[field] = v as string;
}

defineGetSet(functionType, '__name__', (f: AnyFn) => f.$name, (f: AnyFn, v) => nameSetter(f, v, '$name'));
defineGetSet(functionType, '__qualname__', (f: AnyFn) => f.$qualname, (f: AnyFn, v) => nameSetter(f, v, '$qualname'));
defineGetSet(functionType, '__module__', (f: AnyFn) => f.$module ?? null, (f: AnyFn, v) => { f.$module = v; });
defineGetSet(functionType, '__doc__', (f: AnyFn) => f.$doc ?? null, (f: AnyFn, v) => { f.$doc = v; });
defineGetSet(functionType, '__defaults__', (f: AnyFn) => f.$defaults ?? null, (f: AnyFn, v) => {
  if (v !== null && !(v instanceof PyTuple)) raise(exc.TypeError!, '__defaults__ must be set to a tuple object');
  f.$defaults = v as PyTuple | null;
});
defineGetSet(functionType, '__kwdefaults__', (f: AnyFn) => (f.$kwdefaults === null || f.$kwdefaults === undefined ? null : namespaceView(f.$kwdefaults)),
  (f: AnyFn, v) => {
    if (v === null) { f.$kwdefaults = null; return; }
    if (!(v instanceof PyDict)) raise(exc.TypeError!, '__kwdefaults__ must be set to a dict object');
    const k: Record<string, unknown> = Object.create(null);
    for (const [name, val] of (v as PyDict).$entryIter()) k[name as string] = val;
    f.$kwdefaults = k;
  });
defineGetSet(functionType, '__annotations__', (f: AnyFn) => {
  if (f.$annotations === null || f.$annotations === undefined) f.$annotations = newDict();
  else if (!(f.$annotations instanceof PyDict)) {
    const src = f.$annotations as Record<string, unknown>;
    const d = newDict();
    for (const k of Object.keys(src)) d.$set(k, src[k]);
    f.$annotations = d;
  }
  return f.$annotations;
}, (f: AnyFn, v) => { f.$annotations = v; });
defineGetSet(functionType, '__dict__', (f: AnyFn) => namespaceView(f.$d ??= newNamespace()));
defineGetSet(functionType, '__code__', (f: AnyFn) => new PyCode(f));
defineGetSet(functionType, '__closure__', (f: AnyFn) => closureOf(f));
defineGetSet(cellType, 'cell_contents', cellContents);
const codeFields: Record<string, (f: AnyFn) => unknown> = {
  co_name: (f) => f.$name,
  co_qualname: (f) => f.$qualname,
  co_argcount: (f) => f.$spec.posonly.length + f.$spec.args.length,
  co_posonlyargcount: (f) => f.$spec.posonly.length,
  co_kwonlyargcount: (f) => f.$spec.kwonly.length,
  co_flags: (f) => f.$flags,
  co_varnames: (f) => tupleFrom(f.$varnames ?? parameterNames(f)),
  co_nlocals: (f) => (f.$varnames ?? parameterNames(f)).length,
  co_freevars: (f) => tupleFrom(f.$freevars),
  co_cellvars: () => tupleFrom([]),
  co_filename: (f) => f.$filename,
  co_firstlineno: (f) => f.$firstlineno,
};
for (const [name, get] of Object.entries(codeFields)) defineGetSet(codeType, name, (c: PyCode) => get(c.$fn as AnyFn));
defineMethods(codeType, {
  '__repr__(self, /)': (c: PyCode) => {
    const f = c.$fn as AnyFn;
    return `<code object ${f.$name} at 0x${objectId(c).toString(16)}, file "${f.$filename}", line ${f.$firstlineno}>`;
  },
});
defineGetSet(functionType, '__globals__', (f: AnyFn) => f.$module ?? null);
defineMethods(functionType, {
  '__get__(self, instance, owner=None, /)': (f: unknown, inst: unknown) => (inst === null || inst === undefined ? f : new PyMethod(f, inst)),
  '__repr__(self, /)': (f: AnyFn) => `<function ${f.$qualname} at 0x${objectId(f).toString(16)}>`,
  '__call__(self, /, *args, **kwargs)': (f: AnyFn, args: unknown[], kw: PyDict) => invoke(f, args, ...keywordArrays(kw)),
});

/** The function behind a builtin function or a bound builtin method. */
const fnOf = (f: unknown): AnyFn => (f instanceof PyMethod ? f.$func : f) as AnyFn;
for (const t of [builtinFunctionType, methodDescriptorType]) {
  defineGetSet(t, '__name__', (f: unknown) => fnOf(f).$name);
  defineGetSet(t, '__qualname__', (f: unknown) => fnOf(f).$qualname);
  defineGetSet(t, '__doc__', () => null);
  defineGetSet(t, '__text_signature__', () => null);
  defineMethods(t, {
    '__call__(self, /, *args, **kwargs)': (f: AnyFn, args: unknown[], kw: PyDict) => invoke(f, args, ...keywordArrays(kw)),
  });
}
defineGetSet(builtinFunctionType, '__module__', () => 'builtins');
// Builtin functions are methods of the module that holds them (CPython: `len.__self__` is builtins).
defineGetSet(builtinFunctionType, '__self__', (f: unknown) => (f instanceof PyMethod ? f.$self : builtinsModule));
defineMethods(builtinFunctionType, {
  '__repr__(self, /)': (f: unknown) => (f instanceof PyMethod ? methodRepr(f) : `<built-in function ${(f as AnyFn).$name}>`),
});
defineMethods(methodDescriptorType, {
  '__get__(self, instance, owner=None, /)': (f: unknown, inst: unknown) => (inst === null || inst === undefined ? f : new PyMethod(f, inst)),
  '__repr__(self, /)': (f: AnyFn) => {
    const dot = f.$qualname.lastIndexOf('.');
    return `<method '${f.$name}' of '${dot < 0 ? '?' : f.$qualname.slice(0, dot)}' objects>`;
  },
});

/** `<bound method C.f of <...>>`, or `<built-in method append of list object at 0x...>`. */
function methodRepr(m: PyMethod): string {
  const f = m.$func as AnyFn;
  if (typeof f === 'function' && f.$builtin) {
    const self = m.$self as object;
    return `<built-in method ${f.$name} of ${typeOf(self).$name} object at 0x${objectId(typeof self === 'object' && self !== null ? self : m).toString(16)}>`;
  }
  const qn = typeof f === 'function' ? f.$qualname : String(getattr(f, '__qualname__'));
  return `<bound method ${qn} of ${repr(m.$self)}>`;
}

defineGetSet(methodType, '__self__', (m: PyMethod) => m.$self);
defineGetSet(methodType, '__func__', (m: PyMethod) => m.$func);
defineGetSet(methodType, '__name__', (m: PyMethod) => getattr(m.$func, '__name__'));
defineGetSet(methodType, '__qualname__', (m: PyMethod) => getattr(m.$func, '__qualname__'));
defineGetSet(methodType, '__doc__', (m: PyMethod) => getattr(m.$func, '__doc__'));
defineGetSet(methodType, '__module__', (m: PyMethod) => getattr(m.$func, '__module__'));
defineMethods(methodType, {
  '__call__(self, /, *args, **kwargs)': (m: PyMethod, args: unknown[], kw: PyDict) => invoke(m, args, ...keywordArrays(kw)),
  '__get__(self, instance, owner=None, /)': (m: PyMethod) => m,
  '__eq__(self, value, /)': (m: PyMethod, other: unknown) => other instanceof PyMethod && m.$self === other.$self && pyEquals(m.$func, other.$func),
  '__ne__(self, value, /)': (m: PyMethod, other: unknown) => !(other instanceof PyMethod && m.$self === other.$self && pyEquals(m.$func, other.$func)),
  '__hash__(self, /)': (m: PyMethod) => {
    const h = hash(m.$func);
    const self = m.$self;
    const s = (typeof self === 'object' && self !== null) || typeof self === 'function' ? Math.floor(objectId(self) / 16) : hash(self);
    return typeof h === 'number' && typeof s === 'number' ? (h ^ s) : h;
  },
  // Other attributes of a bound method are the function's (`obj.f.custom` reads `f.custom`).
  '__getattr__(self, name, /)': (m: PyMethod, name: string) => getattr(m.$func, name),
  '__repr__(self, /)': (m: PyMethod) => methodRepr(m),
});
