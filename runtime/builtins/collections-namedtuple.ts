// collections.namedtuple: makes a tuple subclass with named fields.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction, builtinMethod, def, fixArgs, type PyFunction } from '../core/function.js';
import { defineGetSet, newClassMethod } from '../core/descriptors.js';
import { PyType, tupleType, typeChanged, typeOf, typeType } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { repr } from '../ops/repr.js';
import { truthy } from '../ops/truthy.js';
import { PyDict } from '../types/dict.js';
import { toArray } from '../types/iter.js';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

function fieldNames(spec: unknown): string[] {
  const raw = typeof spec === 'string' ? spec.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(spec).map(String);
  return raw;
}

function checkNames(typename: string, fields: string[], rename: boolean): string[] {
  const seen = new Set<string>();
  const out = fields.map((f, i) => {
    const bad = !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f);
    seen.add(f);
    return rename && bad ? `_${i}` : f;
  });
  for (const name of [typename, ...out]) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) raise(exc.ValueError!, `Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) raise(exc.ValueError!, `Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const names = new Set<string>();
  for (const f of out) {
    if (f.startsWith('_') && !rename) raise(exc.ValueError!, `Field names cannot start with an underscore: ${repr(f)}`);
    if (names.has(f)) raise(exc.ValueError!, `Encountered duplicate field name: ${repr(f)}`);
    names.add(f);
  }
  return out;
}

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
export function namedtuple(typename: unknown, spec: unknown, rename?: unknown, defaults?: unknown, module?: unknown): PyType {
  const name = String(typename);
  const fields = checkNames(name, fieldNames(spec), rename !== undefined && truthy(rename));
  const defs = defaults === undefined || defaults === null ? [] : toArray(defaults);
  if (defs.length > fields.length) raise(exc.TypeError!, 'Got more default values than field names');
  const t = new PyType(name, [tupleType], typeType, typeof module === 'string' ? module : '__main__');
  const arity = fields.length + 1;
  const make = (cls: PyType, items: ArrayLike<unknown>): PyTuple => {
    const o = new cls.$ctor() as PyTuple;
    for (let i = 0; i < items.length; i++) o[i] = items[i];
    return o;
  };
  const newFn: PyFunction = def(function (...args: unknown[]) {
    const a = args.length === arity ? args : fixArgs(newFn, args);
    return make(a[0] as PyType, a.slice(1));
  }, { name: '__new__', qualname: `${name}.__new__`, module: t.$module, args: ['_cls', ...fields], defaults: defs });
  const d = t.$dict;
  d.__new__ = newFn;
  d.__slots__ = new PyTuple();
  d._fields = tupleFrom(fields);
  d.__match_args__ = tupleFrom(fields);
  const fd = new PyDict();
  defs.forEach((v, i) => fd.$set(fields[fields.length - defs.length + i], v));
  d._field_defaults = fd;
  d.__doc__ = `${name}(${fields.join(', ')})`;
  d._make = newClassMethod(builtinFunction('_make(cls, iterable, /)', (cls: PyType, it: unknown) => {
    const items = toArray(it);
    if (items.length !== fields.length) raise(exc.TypeError!, `Expected ${fields.length} arguments, got ${items.length}`);
    return make(cls, items);
  }, `${name}._make`));
  d._asdict = builtinMethod(t, '_asdict(self, /)', (self: PyTuple) => {
    const out = new PyDict();
    fields.forEach((f, i) => out.$set(f, self[i]));
    return out;
  });
  d._replace = builtinMethod(t, '_replace(self, /, **kwds)', (self: PyTuple, kw: PyDict) => {
    const items = Array.from(self);
    for (const [k, v] of kw.$entryIter()) {
      const i = fields.indexOf(k as string);
      if (i < 0) continue;
      items[i] = v;
      kw.$pop(k);
    }
    if (kw.$size) raise(exc.ValueError!, `Got unexpected field names: ${repr([...kw.$keyIter()])}`);
    return make(typeOf(self), items);
  });
  d.__repr__ = builtinMethod(t, '__repr__(self, /)', (self: PyTuple) =>
    `${typeOf(self).$name}(${fields.map((f, i) => `${f}=${repr(self[i])}`).join(', ')})`);
  d.__getnewargs__ = builtinMethod(t, '__getnewargs__(self, /)', (self: PyTuple) => tupleFrom(self));
  typeChanged(t);
  fields.forEach((f, i) => defineGetSet(t, f, (o: PyTuple) => o[i]));
  return t;
}
