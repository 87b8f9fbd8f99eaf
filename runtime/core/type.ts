// PyType: the Python class object, its C3 MRO, cached attribute lookup along the MRO, and
// type(v) for every JS representation.
import { newNamespace, attrKey, type Namespace } from './namespace.js';
import { PyComplex, PyFloat, PyTuple } from './values.js';

/** Cache entry for a name that no class on the MRO defines. */
const ABSENT: unique symbol = Symbol('absent');

function newCache(): Record<string, unknown> {
  return newNamespace();
}

/** A Python class. Instances of user classes are made by `$ctor`; `inst.$cls` is the class. */
export class PyType {
  /** The metaclass: `type(cls)`. */
  $cls!: PyType;
  $name: string;
  $qualname: string;
  $module: string;
  $bases: PyType[];
  $mro: PyType[] = [];
  /** The class's own attributes (its `__dict__`), keyed by `attrKey(name)`. */
  $dict: Namespace = newNamespace();
  /** JS constructor of instances; its prototype carries `$cls`. */
  $ctor: new () => any;
  /** Set on builtin types (int, str, list, ...). */
  $builtin = false;
  /** Bumped whenever this class or a base changes, to invalidate attribute caches. */
  $version = 0;
  /** Classes that list this one among their bases (for cache invalidation and __subclasses__). */
  $subclasses: PyType[] = [];
  /** MRO lookups already done: key -> the value found, or ABSENT. Dropped when a name is added
   *  to or removed from a class on the MRO; refreshed in place when a value is replaced, so
   *  `C.counter += 1` keeps every cache. */
  $cache = newCache();
  /** Where instances keep their attributes (their `__dict__`): 0 nowhere (int, a `__slots__`
   *  class), 1 as own properties of the instance object (user classes and exceptions, whose
   *  prototype chains hold no Python-visible names), 2 in a namespace at `inst.$d` (functions,
   *  modules, subclasses of list or dict, whose JS prototypes carry JS methods). */
  $attrs: 0 | 1 | 2 = 0;
  /** The lookup cache must be rebuilt before use (see markStale). */
  $stale = false;
  /** Names declared in this class's own `__slots__`, or null. */
  $slots: string[] | null = null;
  /** The `__getattribute__`, `__setattr__`, `__getattr__` found on the MRO (refreshed on change),
   *  so attribute access can test for the default ones with one comparison. */
  $getattribute: unknown = undefined;
  $setattr: unknown = undefined;
  $delattr: unknown = undefined;
  $getattrHook: unknown = undefined;
  /** What calling this class amounts to when cheap (instantiate.ts `simpleInit`), valid while
   *  `$initVersion === $version`. */
  $init: unknown = undefined;
  $initVersion = -1;

  constructor(name: string, bases: PyType[], metaclass: PyType | null, module = 'builtins', ctor?: new () => any) {
    this.$name = name;
    this.$qualname = name;
    this.$module = module;
    this.$bases = bases;
    if (metaclass) this.$cls = metaclass;
    if (ctor) {
      this.$ctor = ctor;
    } else {
      const base = bases[0]?.$ctor;
      const made = base ? class extends (base as new () => object) {} : class {};
      if (!base) Object.setPrototypeOf(made.prototype, null);
      this.$ctor = made;
    }
    const proto = this.$ctor.prototype as { $cls: PyType; constructor?: unknown };
    proto.$cls = this;
    // `constructor` on a prototype we made would read as a Python attribute of instances.
    if (!ctor) delete proto.constructor;
    this.$mro = computeMro(this) ?? [this, ...bases];
    this.$attrs = bases.length > 0 ? bases[0]!.$attrs : 0;
    for (const b of bases) b.$subclasses.push(this);
    refreshHooks(this);
  }
}

/** C3 linearisation of `cls` over `bases`; null when the bases admit no consistent order. */
export function c3Merge(cls: PyType, bases: PyType[]): PyType[] | null {
  const r = c3MergeOrConflict(cls, bases);
  return r.conflict === null ? r.mro : null;
}

/** C3 linearisation; on failure, `conflict` holds the heads left unmerged (CPython names them
 *  in its error message). */
export function c3MergeOrConflict(cls: PyType, bases: PyType[]): { mro: PyType[]; conflict: PyType[] | null } {
  const seqs = [...bases.map((b) => [...b.$mro]), [...bases]].filter((s) => s.length > 0);
  const out: PyType[] = [cls];
  while (seqs.length) {
    let head: PyType | null = null;
    for (const s of seqs) {
      const cand = s[0]!;
      if (!seqs.some((t) => t.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (!head) {
      const heads: PyType[] = [];
      for (const s of seqs) if (!heads.includes(s[0]!)) heads.push(s[0]!);
      return { mro: out, conflict: heads };
    }
    out.push(head);
    for (let i = seqs.length - 1; i >= 0; i--) {
      const s = seqs[i]!;
      if (s[0] === head) s.shift();
      if (s.length === 0) seqs.splice(i, 1);
    }
  }
  return { mro: out, conflict: null };
}

function computeMro(cls: PyType): PyType[] | null {
  return c3Merge(cls, cls.$bases);
}

/** The class on the MRO of `t` whose dict holds property key `key`, without the cache. */
function findOwner(t: PyType, key: string): PyType | undefined {
  const mro = t.$mro;
  for (let i = 0; i < mro.length; i++) {
    if (mro[i]!.$dict[key] !== undefined) return mro[i]!;
  }
  return undefined;
}

function lookupUncached(t: PyType, key: string): unknown {
  const owner = findOwner(t, key);
  return owner === undefined ? undefined : owner.$dict[key];
}

/** Find property key `key` (already passed through attrKey) along the MRO of `t`, cached per class. */
export function lookupKey(t: PyType, key: string): unknown {
  if (t.$stale) freshen(t);
  const hit = t.$cache[key];
  if (hit !== undefined) return hit === ABSENT ? undefined : hit;
  const v = lookupUncached(t, key);
  t.$cache[key] = v === undefined ? ABSENT : v;
  return v;
}

/** Start afresh the caches of `t` and of its bases, so that a fresh class never has a stale
 *  base (markStale relies on it to stop early, as CPython's PyType_Modified does). */
function freshen(t: PyType): void {
  const mro = t.$mro;
  for (let i = 0; i < mro.length; i++) {
    const c = mro[i]!;
    if (c.$stale) {
      c.$cache = newCache();
      c.$stale = false;
    }
  }
}

function markStale(t: PyType): void {
  if (t.$stale) return;
  t.$stale = true;
  const subs = t.$subclasses;
  for (let i = 0; i < subs.length; i++) markStale(subs[i]!);
}

/** After `t.$dict[key]` was replaced by another plain value (the name was already there): the
 *  cached entries for `key` in `t` and its subclasses are dropped (a class counter updated in a
 *  loop keeps the rest of the caches); for a large tree of subclasses the caches are marked stale
 *  instead. Hooks and fast-path markers stay valid either way. */
export function classValueReplaced(t: PyType, key: string): void {
  if (dropEntry(t, key, 64) < 0) markStale(t);
}

/** Drop `key` from the caches of `t` and its subclasses while `budget` classes last; returns the
 *  budget left, negative when it ran out. */
function dropEntry(t: PyType, key: string, budget: number): number {
  if (t.$stale) return budget;
  if (--budget < 0) return budget;
  if (t.$cache[key] !== undefined) t.$cache[key] = undefined;
  const subs = t.$subclasses;
  for (let i = 0; i < subs.length && budget >= 0; i++) budget = dropEntry(subs[i]!, key, budget);
  return budget;
}

/** Listeners told when a class changed (the prototype fast paths of fast-paths.ts). */
export const classChangeHooks: { changed: (t: PyType) => void } = { changed: () => {} };

/** Find Python name `name` along the MRO of `t` (class attributes only); undefined when absent. */
export function lookup(t: PyType, name: string): unknown {
  return lookupKey(t, attrKey(name));
}

function refreshHooks(t: PyType): void {
  t.$getattribute = lookupUncached(t, '__getattribute__');
  t.$setattr = lookupUncached(t, '__setattr__');
  t.$delattr = lookupUncached(t, '__delattr__');
  t.$getattrHook = lookupUncached(t, '__getattr__');
}

/** Call after changing `t.$dict` or `t.$mro`: drops the lookup caches of `t` and every subclass. */
export function typeChanged(t: PyType): void {
  t.$version++;
  freshen(t);
  t.$cache = newCache();
  refreshHooks(t);
  classChangeHooks.changed(t);
  const subs = t.$subclasses;
  for (let i = 0; i < subs.length; i++) typeChanged(subs[i]!);
}

/** Set where instances of `t` and of its subclasses keep their attributes (see PyType.$attrs). */
export function setInstanceAttrs(t: PyType, mode: 0 | 1 | 2): void {
  t.$attrs = mode;
  for (const s of t.$subclasses) setInstanceAttrs(s, mode);
}

/** The builtin classes, filled in as the runtime's modules load. */
export const builtinTypes: Record<string, PyType> = Object.create(null);

/** Make a builtin class (no metaclass yet for `type` itself: fixed up below). `ctor` is the JS
 *  class of its instances when they are not plain objects (Array for list, Error for exceptions). */
export function newBuiltinType(name: string, base: PyType | null, module = 'builtins', ctor?: new () => any): PyType {
  const t = new PyType(name, base ? [base] : [], builtinTypes.type ?? null, module, ctor);
  t.$builtin = true;
  builtinTypes[name] = t;
  return t;
}

export const objectType = newBuiltinType('object', null);
export const typeType = newBuiltinType('type', objectType);
objectType.$cls = typeType;
typeType.$cls = typeType;

export const intType = newBuiltinType('int', objectType);
export const boolType = newBuiltinType('bool', intType);
export const floatType = newBuiltinType('float', objectType);
export const complexType = newBuiltinType('complex', objectType);
export const strType = newBuiltinType('str', objectType);
// Instances of list and tuple subclasses must still be arrays.
export const listType = newBuiltinType('list', objectType, 'builtins', class extends Array {});
export const tupleType = newBuiltinType('tuple', objectType, 'builtins', PyTuple);
export const noneType = newBuiltinType('NoneType', objectType);
export const functionType = newBuiltinType('function', objectType);
/** Builtin functions that do not bind (len, print): `builtin_function_or_method`. */
export const builtinFunctionType = newBuiltinType('builtin_function_or_method', objectType);
/** Builtin methods of builtin classes (str.upper): they bind like Python functions. */
export const methodDescriptorType = newBuiltinType('method_descriptor', objectType);

/** `type(v)`: the Python class of any value. */
export function typeOf(v: unknown): PyType {
  switch (typeof v) {
    case 'number': return Number.isSafeInteger(v) ? intType : floatType;
    case 'string': return strType;
    case 'boolean': return boolType;
    case 'bigint': return intType;
    case 'undefined': return noneType;
    case 'function': return (v as { $cls?: PyType }).$cls ?? functionType;
    case 'object': {
      if (v === null) return noneType;
      const c = (v as { $cls?: PyType }).$cls;
      if (c !== undefined) return c;
      if (Array.isArray(v)) return listType;
      if (v instanceof PyFloat) return floatType;
      if (v instanceof PyComplex) return complexType;
      return objectType;
    }
    default: return objectType;
  }
}

/** isinstance without the __instancecheck__ hook: is `t` in type(v)'s MRO? */
export function isInstanceExact(v: unknown, t: PyType): boolean {
  return typeOf(v).$mro.includes(t);
}

/** issubclass without the __subclasscheck__ hook. */
export function isSubtype(a: PyType, b: PyType): boolean {
  return a === b || a.$mro.includes(b);
}
