// The dataclasses module: @dataclass (init, repr, eq, order, frozen, match args), field, fields,
// asdict, astuple, replace.
import { raise, exc, newException } from '../core/exceptions.js';
import { builtinFunction, builtinMethod } from '../core/function.js';
import { PyType, newBuiltinType, objectType, setInstanceAttrs, typeOf } from '../core/type.js';
import { tupleFrom, PyTuple } from '../core/values.js';
import { call, callKw } from '../core/call.js';
import { genericDelattr, genericSetattr, getattr, getattrOrUndefined, setattr } from '../core/attributes.js';
import { eq, ge, gt, le, lt } from '../ops/compare.js';
import { hash } from '../ops/hash.js';
import { repr } from '../ops/repr.js';
import { truthy } from '../ops/truthy.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { registerBuiltinModule } from '../system/modules.js';
import { PyDict } from '../types/dict.js';
import { guardedRepr } from './repr-guard.js';

/** dataclasses.MISSING: no default. */
class Missing {}
newBuiltinType('_MISSING_TYPE', objectType, 'dataclasses', Missing);
const MISSING = new Missing();

/** A dataclass field (what field() returns and fields() lists). */
class Field {
  name: unknown = null;
  type: unknown = null;
  default: unknown;
  constructor(dflt: unknown, public default_factory: unknown, public init: boolean, public repr: boolean,
    public compare: boolean) {
    this.default = dflt;
  }
}
// Its attributes (name, type, default, ...) are the instance's own properties.
const fieldType = newBuiltinType('Field', objectType, 'dataclasses', Field as unknown as new () => object);
setInstanceAttrs(fieldType, 1);

const frozenError = new PyType('FrozenInstanceError', [exc.AttributeError!], exc.AttributeError!.$cls, 'dataclasses');

function field(dflt?: unknown, factory?: unknown, init?: unknown, rep?: unknown, _hash?: unknown, compare?: unknown): Field {
  return new Field(dflt === undefined ? MISSING : dflt, factory === undefined ? MISSING : factory,
    init === undefined || truthy(init), rep === undefined || truthy(rep), compare === undefined || truthy(compare));
}

function fieldsOf(cls: PyType): Field[] {
  const d = getattrOrUndefined(cls, '__dataclass_fields__');
  return d instanceof PyDict ? [...d.$valueIter()] as Field[] : [];
}

/** Collect the fields: the bases' first, then this class's annotations in order. */
function collectFields(cls: PyType): PyDict {
  const all = new PyDict();
  for (const base of [...cls.$mro].reverse().slice(0, -1)) for (const f of fieldsOf(base)) all.$set(f.name, f);
  const ann = cls.$dict.__annotations__;
  if (ann instanceof PyDict) {
    for (const [name, type] of ann.$entryIter()) {
      const key = name as string;
      const dflt = cls.$dict[key];
      const f = dflt instanceof Field ? dflt : new Field(dflt === undefined ? MISSING : dflt, MISSING, true, true, true);
      f.name = key;
      f.type = type;
      if (f.default === MISSING) { if (dflt instanceof Field) delete cls.$dict[key]; } else cls.$dict[key] = f.default;
      all.$set(key, f);
    }
  }
  return all;
}

function values(o: unknown, fs: Field[]): PyTuple {
  return tupleFrom(fs.map((f) => getattr(o, f.name as string)));
}

function dataclassOf(cls: PyType, init: boolean, rep: boolean, eqOpt: boolean, order: boolean, frozen: boolean): PyType {
  const fieldMap = collectFields(cls);
  const fs = [...fieldMap.$valueIter()] as Field[];
  const initFields = fs.filter((f) => f.init);
  const cmpFields = fs.filter((f) => f.compare);
  const set = (name: string, v: unknown) => setattr(cls, name, v);
  set('__dataclass_fields__', fieldMap);
  set('__match_args__', tupleFrom(initFields.map((f) => f.name)));
  if (init) {
    set('__init__', builtinMethod(cls, '__init__(self, /, *args, **kwargs)', (self: unknown, args: unknown[], kw: PyDict) => {
      if (args.length > initFields.length) {
        raise(exc.TypeError!, `${cls.$qualname}.__init__() takes ${initFields.length + 1} positional arguments but ${args.length + 1} were given`);
      }
      const missing: string[] = [];
      initFields.forEach((f, i) => {
        const name = f.name as string;
        let v = i < args.length ? args[i] : kw.$pop(name);
        if (i < args.length && kw.$get(name) !== undefined) raise(exc.TypeError!, `${cls.$qualname}.__init__() got multiple values for argument '${name}'`);
        if (v === undefined) {
          if (f.default !== MISSING) v = f.default;
          else if (f.default_factory !== MISSING) v = call(f.default_factory);
          else { missing.push(name); return; }
        }
        genericSetattr(self, typeOf(self), name, v);
      });
      if (missing.length) {
        const list = missing.map((m) => `'${m}'`);
        const text = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
        raise(exc.TypeError!, `${cls.$qualname}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${text}`);
      }
      for (const k of kw.$keyIter()) raise(exc.TypeError!, `${cls.$qualname}.__init__() got an unexpected keyword argument '${k as string}'`);
      for (const f of fs) if (!f.init && f.default_factory !== MISSING) genericSetattr(self, typeOf(self), f.name as string, call(f.default_factory));
      const post = getattrOrUndefined(self, '__post_init__');
      if (post !== undefined) call(post);
      return null;
    }));
  }
  if (rep) {
    set('__repr__', builtinMethod(cls, '__repr__(self, /)', (self: unknown) => guardedRepr(self, '...', () =>
      `${typeOf(self).$qualname}(${fs.filter((f) => f.repr).map((f) => `${f.name as string}=${repr(getattr(self, f.name as string))}`).join(', ')})`)));
  }
  const sameClass = (a: unknown, b: unknown) => typeOf(a) === typeOf(b);
  if (eqOpt) {
    set('__eq__', builtinMethod(cls, '__eq__(self, other, /)', (a: unknown, b: unknown) =>
      (sameClass(a, b) ? eq(values(a, cmpFields), values(b, cmpFields)) : NotImplemented)));
  }
  if (order) {
    for (const [name, op] of [['__lt__', lt], ['__le__', le], ['__gt__', gt], ['__ge__', ge]] as const) {
      set(name, builtinMethod(cls, `${name}(self, other, /)`, (a: unknown, b: unknown) =>
        (sameClass(a, b) ? op(values(a, cmpFields), values(b, cmpFields)) : NotImplemented)));
    }
  }
  if (frozen) {
    const refuse = (self: unknown, name: unknown) => {
      if (fieldMap.$get(name) !== undefined || typeOf(self) === cls) throw newException(frozenError, [`cannot assign to field '${name as string}'`]);
    };
    set('__setattr__', builtinMethod(cls, '__setattr__(self, name, value, /)', (self: unknown, name: unknown, v: unknown) => {
      refuse(self, name);
      genericSetattr(self, typeOf(self), name as string, v);
      return null;
    }));
    set('__delattr__', builtinMethod(cls, '__delattr__(self, name, /)', (self: unknown, name: unknown) => {
      if (fieldMap.$get(name) !== undefined || typeOf(self) === cls) throw newException(frozenError, [`cannot delete field '${name as string}'`]);
      genericDelattr(self, typeOf(self), name as string);
      return null;
    }));
  }
  if (eqOpt && frozen) set('__hash__', builtinMethod(cls, '__hash__(self, /)', (self: unknown) => hash(values(self, cmpFields))));
  else if (eqOpt && cls.$dict.__hash__ === undefined) set('__hash__', null);
  return cls;
}

function dataclass(cls?: unknown, init?: unknown, rep?: unknown, eqOpt?: unknown, order?: unknown, _hash?: unknown, frozen?: unknown): unknown {
  const opt = (v: unknown, d: boolean) => (v === undefined ? d : truthy(v));
  const make = (c: unknown) => dataclassOf(c as PyType, opt(init, true), opt(rep, true), opt(eqOpt, true), opt(order, false), opt(frozen, false));
  if (cls === undefined || cls === null) return builtinFunction('wrap(cls, /)', make);
  return make(cls);
}

function requireDataclass(o: unknown): PyType {
  const cls = o instanceof PyType ? o : typeOf(o);
  if (!(getattrOrUndefined(cls, '__dataclass_fields__') instanceof PyDict)) {
    raise(exc.TypeError!, o instanceof PyType ? 'must be called with a dataclass type or instance' : 'asdict() should be called on dataclass instances');
  }
  return cls;
}

/** asdict/astuple copy nested dataclasses, lists, tuples and dicts. */
function convert(v: unknown, asDict: boolean): unknown {
  const t = typeOf(v);
  if (getattrOrUndefined(t, '__dataclass_fields__') instanceof PyDict && !(v instanceof PyType)) {
    const fs = fieldsOf(t);
    if (!asDict) return tupleFrom(fs.map((f) => convert(getattr(v, f.name as string), false)));
    const d = new PyDict();
    for (const f of fs) d.$set(f.name, convert(getattr(v, f.name as string), true));
    return d;
  }
  if (v instanceof PyTuple) return tupleFrom(Array.from(v, (x) => convert(x, asDict)));
  if (Array.isArray(v)) return v.map((x) => convert(x, asDict));
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.$entryIter()) d.$set(convert(k, asDict), convert(x, asDict));
    return d;
  }
  return v;
}

registerBuiltinModule('dataclasses', (m) => {
  const ns = m.$d;
  ns.dataclass = builtinFunction('dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False)', dataclass);
  ns.field = builtinFunction('field(*, default=None, default_factory=None, init=True, repr=True, hash=None, compare=True)', field);
  ns.fields = builtinFunction('fields(class_or_instance, /)', (o: unknown) => tupleFrom(fieldsOf(requireDataclass(o))));
  ns.asdict = builtinFunction('asdict(obj, /)', (o: unknown) => { requireDataclass(o); return convert(o, true); });
  ns.astuple = builtinFunction('astuple(obj, /)', (o: unknown) => { requireDataclass(o); return convert(o, false); });
  ns.replace = builtinFunction('replace(obj, /, **changes)', (o: unknown, changes: PyDict) => {
    const cls = requireDataclass(o);
    const names: string[] = [], vals: unknown[] = [];
    for (const f of fieldsOf(cls)) {
      if (!f.init) continue;
      names.push(f.name as string);
      const c = changes.$pop(f.name);
      vals.push(c !== undefined ? c : getattr(o, f.name as string));
    }
    for (const [k, v] of changes.$entryIter()) { names.push(k as string); vals.push(v); }
    return callKw(cls, [], names, vals);
  });
  ns.is_dataclass = builtinFunction('is_dataclass(obj, /)', (o: unknown) =>
    getattrOrUndefined(o instanceof PyType ? o : typeOf(o), '__dataclass_fields__') instanceof PyDict);
  ns.FrozenInstanceError = frozenError;
  ns.MISSING = MISSING;
  ns.Field = fieldType;
});
