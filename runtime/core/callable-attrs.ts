// Python-visible attributes and methods of functions, builtin functions, method descriptors and
// bound methods: __name__, __qualname__, __doc__, __defaults__, __self__, __func__, reprs, equality.
import { raise, exc } from './exceptions.js';
import { newNamespace } from './namespace.js';
import { builtinFunctionType, functionType, methodDescriptorType, PyType, setInstanceAttrs } from './type.js';
import { PyTuple, tupleFrom } from './values.js';
import { defineMethods, type PyFunction } from './function.js';
import { defineGetSet } from './descriptors.js';
import { PyMethod, methodType } from './method.js';
import { getattr } from './attributes.js';
import { invoke } from './call.js';
import { namespaceView } from './object-dunders.js';
import { objectId } from '../ops/repr.js';
import { repr } from '../ops/repr.js';
import { pyEquals } from '../ops/compare.js';
import { hash } from '../ops/hash.js';
import { newDict, PyDict } from '../types/dict.js';

type AnyFn = PyFunction & { $cls?: PyType; $builtin: boolean };

// Functions keep their attributes in `f.$d`: a JS function's own properties (name, length)
// must not read as Python attributes.
setInstanceAttrs(functionType, 2);

function kwToArrays(kw: PyDict): [string[] | null, unknown[] | null] {
  if (kw.$size === 0) return [null, null];
  const names: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of kw.$entryIter()) { names.push(k as string); values.push(v); }
  return [names, values];
}

function nameSetter(f: AnyFn, v: unknown, field: '$name' | '$qualname'): void {
  if (typeof v !== 'string') raise(exc.TypeError!, `__${field.slice(1)}__ must be set to a string object`);
  f[field] = v as string;
}

/** A minimal code object: the fields programs read (co_name, co_argcount, co_varnames, ...). */
function codeOf(f: AnyFn): unknown {
  const spec = f.$spec;
  const ns = newNamespace();
  ns.co_name = f.$name;
  ns.co_qualname = f.$qualname;
  ns.co_argcount = spec.posonly.length + spec.args.length;
  ns.co_posonlyargcount = spec.posonly.length;
  ns.co_kwonlyargcount = spec.kwonly.length;
  ns.co_flags = f.$flags ?? 0;
  const names = [...spec.posonly, ...spec.args, ...spec.kwonly];
  if (spec.vararg) names.push(spec.vararg);
  if (spec.kwarg) names.push(spec.kwarg);
  ns.co_varnames = tupleFrom(names);
  ns.co_filename = '<pyts>';
  return namespaceView(ns);
}

defineGetSet(functionType, '__name__', (f: AnyFn) => f.$name, (f: AnyFn, v) => nameSetter(f, v, '$name'));
defineGetSet(functionType, '__qualname__', (f: AnyFn) => f.$qualname, (f: AnyFn, v) => nameSetter(f, v, '$qualname'));
defineGetSet(functionType, '__module__', (f: AnyFn) => f.$module ?? null, (f: AnyFn, v) => { f.$module = v; });
defineGetSet(functionType, '__doc__', (f: AnyFn) => f.$doc ?? null, (f: AnyFn, v) => { f.$doc = v; });
defineGetSet(functionType, '__defaults__', (f: AnyFn) => f.$defaults ?? null, (f: AnyFn, v) => {
  if (v !== null && !(v instanceof PyTuple)) raise(exc.TypeError!, '__defaults__ must be set to a tuple object');
  f.$defaults = v as PyTuple | null;
});
defineGetSet(functionType, '__kwdefaults__', (f: AnyFn) => {
  const k = f.$kwdefaults;
  if (k === null || k === undefined) return null;
  const d = newDict();
  for (const name of Object.keys(k)) d.$set(name, k[name]);
  return d;
}, (f: AnyFn, v) => {
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
defineGetSet(functionType, '__code__', codeOf);
defineGetSet(functionType, '__closure__', () => null);
defineGetSet(functionType, '__globals__', (f: AnyFn) => f.$module ?? null);
defineMethods(functionType, {
  '__get__(self, instance, owner=None, /)': (f: unknown, inst: unknown) => (inst === null || inst === undefined ? f : new PyMethod(f, inst)),
  '__repr__(self, /)': (f: AnyFn) => `<function ${f.$qualname} at 0x${objectId(f).toString(16)}>`,
  '__call__(self, /, *args, **kwargs)': (f: AnyFn, args: unknown[], kw: PyDict) => invoke(f, args, ...kwToArrays(kw)),
});

for (const t of [builtinFunctionType, methodDescriptorType]) {
  defineGetSet(t, '__name__', (f: AnyFn) => f.$name);
  defineGetSet(t, '__qualname__', (f: AnyFn) => f.$qualname);
  defineGetSet(t, '__doc__', () => null);
  defineGetSet(t, '__text_signature__', () => null);
  defineMethods(t, {
    '__call__(self, /, *args, **kwargs)': (f: AnyFn, args: unknown[], kw: PyDict) => invoke(f, args, ...kwToArrays(kw)),
  });
}
defineGetSet(builtinFunctionType, '__module__', () => 'builtins');
defineGetSet(builtinFunctionType, '__self__', () => null);
defineMethods(builtinFunctionType, {
  '__repr__(self, /)': (f: AnyFn) => `<built-in function ${f.$name}>`,
});
defineMethods(methodDescriptorType, {
  '__get__(self, instance, owner=None, /)': (f: unknown, inst: unknown) => (inst === null || inst === undefined ? f : new PyMethod(f, inst)),
  '__repr__(self, /)': (f: AnyFn) => {
    const dot = f.$qualname.lastIndexOf('.');
    return `<method '${f.$name}' of '${dot < 0 ? '?' : f.$qualname.slice(0, dot)}' objects>`;
  },
});

defineGetSet(methodType, '__self__', (m: PyMethod) => m.$self);
defineGetSet(methodType, '__func__', (m: PyMethod) => m.$func);
defineGetSet(methodType, '__name__', (m: PyMethod) => getattr(m.$func, '__name__'));
defineGetSet(methodType, '__qualname__', (m: PyMethod) => getattr(m.$func, '__qualname__'));
defineGetSet(methodType, '__doc__', (m: PyMethod) => getattr(m.$func, '__doc__'));
defineGetSet(methodType, '__module__', (m: PyMethod) => getattr(m.$func, '__module__'));
defineMethods(methodType, {
  '__call__(self, /, *args, **kwargs)': (m: PyMethod, args: unknown[], kw: PyDict) => invoke(m, args, ...kwToArrays(kw)),
  '__get__(self, instance, owner=None, /)': (m: PyMethod) => m,
  '__eq__(self, value, /)': (m: PyMethod, other: unknown) => other instanceof PyMethod && m.$self === other.$self && pyEquals(m.$func, other.$func),
  '__ne__(self, value, /)': (m: PyMethod, other: unknown) => !(other instanceof PyMethod && m.$self === other.$self && pyEquals(m.$func, other.$func)),
  '__hash__(self, /)': (m: PyMethod) => {
    const h = hash(m.$func);
    const self = m.$self;
    const s = (typeof self === 'object' && self !== null) || typeof self === 'function' ? Math.floor(objectId(self) / 16) : hash(self);
    return typeof h === 'number' && typeof s === 'number' ? (h ^ s) : h;
  },
  '__repr__(self, /)': (m: PyMethod) => {
    const f = m.$func as AnyFn;
    const qn = typeof f === 'function' ? f.$qualname : String(getattr(f, '__qualname__'));
    return `<bound method ${qn} of ${repr(m.$self)}>`;
  },
});
