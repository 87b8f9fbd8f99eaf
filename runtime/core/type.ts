// PyType: the Python class object, its C3 MRO, and type(v) for every JS representation.
import { newNamespace, type Namespace } from './namespace.js';
import { PyComplex, PyFloat, PyTuple } from './values.js';

/** A Python class. Instances of user classes are made by `$ctor`; `inst.$cls` is the class. */
export class PyType {
  /** The metaclass: `type(cls)`. */
  $cls!: PyType;
  $name: string;
  $qualname: string;
  $module: string;
  $bases: PyType[];
  $mro: PyType[] = [];
  /** The class's own attributes (its `__dict__`). */
  $dict: Namespace = newNamespace();
  /** JS constructor of instances; its prototype carries `$cls`. */
  $ctor: new () => any;
  /** Set on builtin types (int, str, list, ...). */
  $builtin = false;
  /** Bumped whenever this class or a base changes, to invalidate attribute caches. */
  $version = 0;

  constructor(name: string, bases: PyType[], metaclass: PyType | null, module = 'builtins') {
    this.$name = name;
    this.$qualname = name;
    this.$module = module;
    this.$bases = bases;
    if (metaclass) this.$cls = metaclass;
    const base = bases[0]?.$ctor;
    const ctor = base ? class extends (base as new () => object) {} : class {};
    if (!base) Object.setPrototypeOf(ctor.prototype, null);
    (ctor.prototype as { $cls: PyType }).$cls = this;
    this.$ctor = ctor;
    this.$mro = computeMro(this);
  }
}

/** C3 linearisation; null when the bases admit no consistent order. */
export function c3Merge(cls: PyType, bases: PyType[]): PyType[] | null {
  const seqs = [...bases.map((b) => [...b.$mro]), [...bases]].filter((s) => s.length > 0);
  const out: PyType[] = [cls];
  while (seqs.length) {
    let head: PyType | null = null;
    for (const s of seqs) {
      const cand = s[0]!;
      if (!seqs.some((t) => t.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (!head) return null;
    out.push(head);
    for (let i = seqs.length - 1; i >= 0; i--) {
      const s = seqs[i]!;
      if (s[0] === head) s.shift();
      if (s.length === 0) seqs.splice(i, 1);
    }
  }
  return out;
}

function computeMro(cls: PyType): PyType[] {
  return c3Merge(cls, cls.$bases) ?? [cls, ...cls.$bases];
}

/** The builtin classes, filled in as the runtime's modules load. */
export const builtinTypes: Record<string, PyType> = Object.create(null);

/** Make a builtin class (no metaclass yet for `type` itself: fixed up below). */
export function newBuiltinType(name: string, base: PyType | null, module = 'builtins'): PyType {
  const t = new PyType(name, base ? [base] : [], builtinTypes.type ?? null, module);
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
export const listType = newBuiltinType('list', objectType);
export const tupleType = newBuiltinType('tuple', objectType);
export const noneType = newBuiltinType('NoneType', objectType);
export const functionType = newBuiltinType('function', objectType);

// Instances of list and tuple subclasses must still be arrays.
listType.$ctor = class extends Array {};
(listType.$ctor.prototype as { $cls: PyType }).$cls = listType;
tupleType.$ctor = PyTuple;
(PyTuple.prototype as unknown as { $cls: PyType }).$cls = tupleType;

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
      if (v instanceof PyType) return v.$cls;
      return objectType;
    }
    default: return objectType;
  }
}

/** isinstance without the __instancecheck__ hook: is `t` in type(v)'s MRO? */
export function isInstanceExact(v: unknown, t: PyType): boolean {
  return typeOf(v).$mro.includes(t);
}

/** Find `name` along the MRO of `t` (class attributes only); undefined when absent. */
export function lookup(t: PyType, name: string): unknown {
  const key = name.charCodeAt(0) === 36 ? '$' + name : name;
  const mro = t.$mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i]!.$dict[key];
    if (v !== undefined) return v;
  }
  return undefined;
}
