// Class creation: `__build_class__` (`$.buildClass`), the metaclass winner, `__prepare__`, and
// type.__new__ (bases, C3 MRO, the instance constructor, __slots__, __set_name__, __init_subclass__).
import { raise, exc } from './exceptions.js';
import { attrKey, keyName, newNamespace, type Namespace } from './namespace.js';
import { c3MergeOrConflict, isSubtype, lookupKey, objectType, typeChanged, typeOf, typeType, PyType } from './type.js';
import { tupleFrom } from './values.js';
import { invoke } from './call.js';
import { bindAttribute, getattrOrUndefined, typeGetattr } from './attributes.js';
import { newClassMethod, newStaticMethod, PyMemberDescriptor } from './descriptors.js';
import { newDict, PyDict } from '../types/dict.js';

/** The builtin `type.__prepare__`, installed by type-dunders.ts (a plain namespace is made
 *  instead of calling it). */
export let typePrepare: unknown = null;
export function setClassBuilderHooks(h: { typePrepare: unknown }): void {
  typePrepare = h.typePrepare;
}

/** The most derived metaclass among `meta` and the metaclasses of `bases` (TypeError on conflict). */
export function calculateMetaclass(meta: PyType, bases: ArrayLike<unknown>): PyType {
  let winner = meta;
  for (let i = 0; i < bases.length; i++) {
    const bt = typeOf(bases[i]);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    raise(exc.TypeError!, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** A class-body namespace as a dict, for metaclasses written in Python. */
function namespaceToDict(ns: Namespace): PyDict {
  const d = newDict();
  for (const key of Object.keys(ns)) {
    const name = keyName(key);
    if (name !== null) d.$set(name, ns[key]);
  }
  return d;
}

/** `class name(*bases, **kw): body` (docs/runtime-abi.md). `kw` is null or a null-prototype
 *  object of the class keywords, `metaclass` among them. */
export function buildClass(body: (ns: any) => unknown, name: string, bases: unknown[], kw: Record<string, unknown> | null, qualname?: string): unknown {
  const origBases = bases;
  bases = resolveMroEntries(bases);
  let meta: unknown = kw !== null && kw.metaclass !== undefined ? kw.metaclass : null;
  const kwNames: string[] = [];
  const kwValues: unknown[] = [];
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k === 'metaclass') continue;
      kwNames.push(k);
      kwValues.push(kw[k]);
    }
  }
  if (meta === null) meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const basesTuple = tupleFrom(bases);
  const prepare = meta instanceof PyType ? lookupKey(meta, '__prepare__') : getattrOrUndefined(meta, '__prepare__');
  let ns: any;
  if (prepare === undefined || prepare === typePrepare) {
    ns = newNamespace();
  } else {
    const bound = meta instanceof PyType ? typeGetattr(meta, '__prepare__') : prepare;
    ns = invoke(bound, [name, basesTuple], kwNames, kwValues);
  }
  // The compiled body sets __module__ and __qualname__ first, as CPython's does.
  if (origBases !== bases) nsSetItem(ns, '__orig_bases__', tupleFrom(origBases));
  const setClassCell = body(ns);
  if (qualname !== undefined && nsGet(ns, '__qualname__') === undefined) nsSetItem(ns, '__qualname__', qualname);
  let cls: unknown;
  if (meta === typeType && kwNames.length === 0 && !(ns instanceof PyDict)) {
    cls = typeNew(typeType, name, basesTuple, ns, null, null);
  } else {
    const nsArg = ns instanceof PyDict || !isPlainNamespace(ns) ? ns : namespaceToDict(ns);
    cls = invoke(meta, [name, basesTuple, nsArg], kwNames, kwValues);
  }
  if (typeof setClassCell === 'function') setClassCell(cls);
  return cls;
}

function isPlainNamespace(ns: unknown): boolean {
  return typeof ns === 'object' && ns !== null && (ns as { $cls?: unknown }).$cls === undefined && !Array.isArray(ns);
}

/** PEP 560: bases that are not classes may supply `__mro_entries__`. */
function resolveMroEntries(bases: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) { if (out) out.push(b); continue; }
    const entries = lookupKey(typeOf(b), '__mro_entries__');
    if (entries === undefined) { if (out) out.push(b); continue; }
    out ??= bases.slice(0, i);
    const r = invoke(bindAttribute(entries, b, typeOf(b)), [tupleFrom(bases)], null, null);
    for (const e of r as Iterable<unknown>) out.push(e);
  }
  return out ?? bases;
}

/** Read `name` from a class namespace (plain namespace or a prepared mapping); undefined when absent. */
export function nsGet(ns: any, name: string): unknown {
  if (ns instanceof PyDict) return ns.$get(name);
  if (isPlainNamespace(ns)) return ns[attrKey(name)];
  try {
    return invoke(bindAttribute(lookupKey(typeOf(ns), '__getitem__'), ns, typeOf(ns)), [name], null, null);
  } catch (e) {
    if ((e as { $cls?: PyType }).$cls !== undefined && isSubtype((e as { $cls: PyType }).$cls, exc.KeyError!)) return undefined;
    throw e;
  }
}

function nsSetItem(ns: any, name: string, v: unknown): void {
  if (ns instanceof PyDict) { ns.$set(name, v); return; }
  if (isPlainNamespace(ns)) { ns[attrKey(name)] = v; return; }
  invoke(bindAttribute(lookupKey(typeOf(ns), '__setitem__'), ns, typeOf(ns)), [name, v], null, null);
}

/** `x = v` in a class body. */
export function nsSet(ns: any, name: string, v: unknown): void {
  nsSetItem(ns, name, v);
}

/** `del x` in a class body. */
export function nsDel(ns: any, name: string): void {
  if (ns instanceof PyDict) {
    if (ns.$pop(name) === undefined) raise(exc.NameError!, `name '${name}' is not defined`);
    return;
  }
  if (isPlainNamespace(ns)) {
    const key = attrKey(name);
    if (ns[key] === undefined) raise(exc.NameError!, `name '${name}' is not defined`);
    delete ns[key];
    return;
  }
  invoke(bindAttribute(lookupKey(typeOf(ns), '__delitem__'), ns, typeOf(ns)), [name], null, null);
}

/** Entries of a class namespace given to type.__new__ (plain namespace or dict), in order. */
function namespaceEntries(ns: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (ns instanceof PyDict) {
    for (const [k, v] of ns.$entryIter()) {
      if (typeof k !== 'string') raise(exc.TypeError!, 'type.__new__() argument 3 must be dict with string keys');
      out.push([k, v]);
    }
    return out;
  }
  if (isPlainNamespace(ns)) {
    for (const key of Object.keys(ns as object)) {
      const name = keyName(key);
      if (name !== null) out.push([name, (ns as Namespace)[key]]);
    }
    return out;
  }
  return raise(exc.TypeError!, `type.__new__() argument 3 must be dict, not ${typeOf(ns).$name}`);
}

/** The builtin class whose instance layout `t` has (object for plain classes). */
function solidBase(t: PyType): PyType {
  let s = t;
  while (!s.$builtin) s = s.$bases[0] ?? objectType;
  return s;
}

/** CPython's best_base: the base whose layout every other base's layout extends. */
function bestBase(bases: PyType[]): PyType {
  let best = bases[0]!;
  let bestSolid = solidBase(best);
  for (let i = 1; i < bases.length; i++) {
    const s = solidBase(bases[i]!);
    if (isSubtype(bestSolid, s)) continue;
    if (isSubtype(s, bestSolid)) { best = bases[i]!; bestSolid = s; continue; }
    raise(exc.TypeError!, 'multiple bases have instance lay-out conflict');
  }
  return best;
}

function mroConflict(bases: PyType[]): never {
  return raise(exc.TypeError!, `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.$name).join(', ')}`);
}

function slotNames(slots: unknown): string[] {
  if (typeof slots === 'string') return [slots];
  if (slots instanceof PyDict) return [...slots.$keyIter()].map(String);
  if (Array.isArray(slots)) return slots.map(String);
  if (typeof slots === 'object' && slots !== null && typeof (slots as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return [...(slots as Iterable<unknown>)].map(String);
  }
  return raise(exc.TypeError!, `'${typeOf(slots).$name}' object is not iterable`);
}

/** type.__new__(meta, name, bases, ns, **kw): make the class. */
export function typeNew(meta: PyType, name: string, basesArg: ArrayLike<unknown>, ns: unknown,
  kwNames: string[] | null, kwValues: unknown[] | null): PyType {
  const bases: PyType[] = [];
  for (let i = 0; i < basesArg.length; i++) {
    const b = basesArg[i];
    if (!(b instanceof PyType)) raise(exc.TypeError!, `bases must be types`);
    if (bases.includes(b)) raise(exc.TypeError!, `duplicate base class ${b.$name}`);
    bases.push(b);
  }
  meta = calculateMetaclass(meta, bases);
  if (bases.length === 0) bases.push(objectType);
  const best = bestBase(bases);
  const entries = namespaceEntries(ns);
  // The JS constructor extends the best base's, so instances keep its representation.
  const baseCtor = best.$ctor as new () => object;
  const ctor = class extends baseCtor {};
  const cls = new PyType(name, bases, meta, '__main__', ctor);
  delete (ctor.prototype as { constructor?: unknown }).constructor;
  const merged = c3MergeOrConflict(cls, bases);
  if (merged.conflict !== null) {
    for (const b of bases) b.$subclasses.splice(b.$subclasses.indexOf(cls), 1);
    mroConflict(merged.conflict);
  }
  const dict = cls.$dict;
  let hasSlots = false;
  for (const [k, v] of entries) {
    if (k === '__qualname__') {
      if (typeof v !== 'string') raise(exc.TypeError!, `type __qualname__ must be a str, not ${typeOf(v).$name}`);
      cls.$qualname = v;
      continue;
    }
    if (k === '__slots__') hasSlots = true;
    dict[attrKey(k)] = v;
  }
  if (typeof dict.__module__ === 'string') cls.$module = dict.__module__;
  else if (dict.__module__ === undefined) dict.__module__ = cls.$module;
  if (dict.__doc__ === undefined) dict.__doc__ = null;
  if (typeof dict.__new__ === 'function') dict.__new__ = newStaticMethod(dict.__new__);
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    if (typeof dict[k] === 'function') dict[k] = newClassMethod(dict[k]);
  }
  if (dict.__eq__ !== undefined && dict.__hash__ === undefined) dict.__hash__ = null;
  const baseAttrs = best.$attrs;
  if (hasSlots) {
    const names = slotNames(dict.__slots__);
    cls.$slots = [];
    let wantsDict = false;
    for (const s of names) {
      if (s === '__dict__') { wantsDict = true; continue; }
      if (s === '__weakref__') continue;
      const slot = s.startsWith('__') && !s.endsWith('__') ? `_${name.replace(/^_+/, '')}${s}` : s;
      cls.$slots.push(slot);
      dict[attrKey(slot)] = new PyMemberDescriptor(cls, slot);
    }
    cls.$attrs = baseAttrs === 0 && !wantsDict ? 0 : baseAttrs === 2 ? 2 : dictMode(cls);
  } else {
    cls.$attrs = baseAttrs === 2 ? 2 : dictMode(cls);
  }
  // Class objects keep their attributes in $dict through type's own __dict__.
  if (isSubtype(best, typeType)) cls.$attrs = 0;
  if (baseAttrs === 0 && cls.$attrs !== 0) addDictDescriptors(cls);
  typeChanged(cls);
  notifySetName(cls, entries);
  initSubclass(cls, kwNames, kwValues);
  return cls;
}

/** Where a new class's instances keep attributes when its bases keep none: own properties for
 *  plain objects, a `$d` namespace when the JS prototype chain carries JS methods. */
function dictMode(cls: PyType): 1 | 2 {
  // Slot values are own properties too (descriptors.ts slotKey): a dict beside them lives apart.
  const hasSlots = cls.$mro.some((c) => c.$slots !== null && c.$slots.length > 0);
  return solidBase(cls) === objectType && !hasSlots ? 1 : 2;
}

/** Hooks that give a class the `__dict__` and `__weakref__` descriptors CPython adds to the
 *  first class of a hierarchy whose instances have a dict (installed by object-dunders.ts). */
export const dictDescriptors: { add: (cls: PyType) => void } = { add: () => {} };
function addDictDescriptors(cls: PyType): void {
  dictDescriptors.add(cls);
}

function notifySetName(cls: PyType, entries: [string, unknown][]): void {
  for (const [k, v] of entries) {
    if (v === null || typeof v !== 'object' && typeof v !== 'function') continue;
    const sn = lookupKey(typeOf(v), '__set_name__');
    if (sn === undefined) continue;
    invoke(bindAttribute(sn, v, typeOf(v)), [cls, k], null, null);
  }
}

/** super(cls, cls).__init_subclass__(**kw). */
function initSubclass(cls: PyType, kwNames: string[] | null, kwValues: unknown[] | null): void {
  const mro = cls.$mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i]!.$dict.__init_subclass__;
    if (f === undefined) continue;
    invoke(bindAttribute(f, null, cls), [], kwNames, kwValues);
    return;
  }
}
