// The operator module: the operators as functions, and itemgetter / attrgetter / methodcaller.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { tupleFrom } from '../core/values.js';
import { callMethodKw } from '../core/call.js';
import { getattr } from '../core/attributes.js';
import * as bin from '../ops/binary.js';
import * as inplace from '../ops/inplace.js';
import { abs, invert, neg, pos } from '../ops/unary.js';
import { eq, ge, gt, is, le, lt, ne, pyEquals } from '../ops/compare.js';
import { not, truthy } from '../ops/truthy.js';
import { repr } from '../ops/repr.js';
import { registerBuiltinModule } from '../system/modules.js';
import { PyDict } from '../types/dict.js';
import { iterable } from '../types/iter.js';
import { indexValue } from '../types/slice-index.js';
import { contains, delitem, getitem, setitem } from '../ops/subscript.js';

/** A callable object class of the operator module. */
function callableType(name: string, ctor: new (...a: any[]) => object): PyType {
  const t = newBuiltinType(name, objectType, 'operator', ctor as unknown as new () => object);
  t.$qualname = name;
  return t;
}

class ItemGetter {
  constructor(readonly $items: unknown[]) {}
}
const itemgetterType = callableType('itemgetter', ItemGetter);
defineMethods(itemgetterType, {
  '__new__(cls, *items)': (_cls: PyType, items: unknown[]) => {
    if (items.length === 0) raise(exc.TypeError!, 'itemgetter expected 1 argument, got 0');
    return new ItemGetter(items);
  },
  '__call__(self, obj, /)': (g: ItemGetter, o: unknown) =>
    (g.$items.length === 1 ? getitem(o, g.$items[0]) : tupleFrom(g.$items.map((k) => getitem(o, k)))),
  '__repr__(self, /)': (g: ItemGetter) => `operator.itemgetter(${g.$items.map(repr).join(', ')})`,
});

/** attrgetter('a.b'): follows dotted paths. */
function dotted(o: unknown, path: string): unknown {
  let v = o;
  for (const part of path.split('.')) v = getattr(v, part);
  return v;
}

class AttrGetter {
  constructor(readonly $names: string[]) {}
}
const attrgetterType = callableType('attrgetter', AttrGetter);
defineMethods(attrgetterType, {
  '__new__(cls, *attrs)': (_cls: PyType, names: unknown[]) => {
    if (names.length === 0) raise(exc.TypeError!, 'attrgetter expected 1 argument, got 0');
    for (const n of names) if (typeof n !== 'string') raise(exc.TypeError!, 'attribute name must be a string');
    return new AttrGetter(names as string[]);
  },
  '__call__(self, obj, /)': (g: AttrGetter, o: unknown) =>
    (g.$names.length === 1 ? dotted(o, g.$names[0]!) : tupleFrom(g.$names.map((n) => dotted(o, n)))),
  '__repr__(self, /)': (g: AttrGetter) => `operator.attrgetter(${g.$names.map(repr).join(', ')})`,
});

class MethodCaller {
  constructor(readonly $name: string, readonly $args: unknown[], readonly $kw: PyDict) {}
}
const methodcallerType = callableType('methodcaller', MethodCaller);
defineMethods(methodcallerType, {
  '__new__(cls, name, /, *args, **kwargs)': (_cls: PyType, name: unknown, args: unknown[], kw: PyDict) => {
    if (typeof name !== 'string') raise(exc.TypeError!, 'method name must be a string');
    return new MethodCaller(name, args, kw);
  },
  '__call__(self, obj, /)': (m: MethodCaller, o: unknown) => {
    const names = [...m.$kw.$keyIter()] as string[];
    return callMethodKw(o, m.$name, m.$args, names, names.map((n) => m.$kw.$get(n)));
  },
  '__repr__(self, /)': (m: MethodCaller) => {
    const parts = [repr(m.$name), ...m.$args.map(repr), ...[...m.$kw.$entryIter()].map(([k, v]) => `${k}=${repr(v)}`)];
    return `operator.methodcaller(${parts.join(', ')})`;
  },
});

function indexOf(seq: unknown, v: unknown): number {
  let i = 0;
  for (const x of iterable(seq)) {
    if (x === v || pyEquals(x, v)) return i;
    i++;
  }
  return raise(exc.ValueError!, 'sequence.index(x): x not in sequence');
}

function countOf(seq: unknown, v: unknown): number {
  let n = 0;
  for (const x of iterable(seq)) if (x === v || pyEquals(x, v)) n++;
  return n;
}

function index(v: unknown): unknown {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, `'${typeOf(v).$name}' object cannot be interpreted as an integer`);
  return i;
}

/** Function name -> [parameter list, implementation]. */
const FUNCTIONS: Record<string, [string, (...a: any[]) => unknown]> = {
  add: ['a, b', bin.add], sub: ['a, b', bin.sub], mul: ['a, b', bin.mult], matmul: ['a, b', bin.matMult],
  truediv: ['a, b', bin.div], floordiv: ['a, b', bin.floorDiv], mod: ['a, b', bin.mod], pow: ['a, b', bin.pow],
  lshift: ['a, b', bin.lShift], rshift: ['a, b', bin.rShift], and_: ['a, b', bin.bitAnd], or_: ['a, b', bin.bitOr],
  xor: ['a, b', bin.bitXor], concat: ['a, b', bin.add],
  iadd: ['a, b', inplace.iadd], isub: ['a, b', inplace.isub], imul: ['a, b', inplace.imult],
  itruediv: ['a, b', inplace.idiv], ifloordiv: ['a, b', inplace.ifloorDiv], imod: ['a, b', inplace.imod],
  ior: ['a, b', inplace.ibitOr], iand: ['a, b', inplace.ibitAnd], ixor: ['a, b', inplace.ibitXor], iconcat: ['a, b', inplace.iadd],
  neg: ['a', neg], pos: ['a', pos], abs: ['a', abs], invert: ['a', invert], inv: ['a', invert],
  not_: ['a', not], truth: ['a', truthy], index: ['a', index],
  eq: ['a, b', eq], ne: ['a, b', ne], lt: ['a, b', lt], le: ['a, b', le], gt: ['a, b', gt], ge: ['a, b', ge],
  is_: ['a, b', is], is_not: ['a, b', (a: unknown, b: unknown) => !is(a, b)],
  contains: ['a, b', contains], getitem: ['a, b', getitem],
  setitem: ['a, b, c', (a: unknown, b: unknown, c: unknown) => { setitem(a, b, c); return null; }],
  delitem: ['a, b', (a: unknown, b: unknown) => { delitem(a, b); return null; }],
  indexOf: ['a, b', indexOf], countOf: ['a, b', countOf],
};

registerBuiltinModule('operator', (m) => {
  const ns = m.$d;
  for (const [name, [params, impl]] of Object.entries(FUNCTIONS)) ns[name] = builtinFunction(`${name}(${params}, /)`, impl);
  ns.itemgetter = itemgetterType;
  ns.attrgetter = attrgetterType;
  ns.methodcaller = methodcallerType;
});

