// The functools module: reduce, partial, update_wrapper/wraps, lru_cache/cache, cmp_to_key,
// total_ordering.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction, builtinMethod, defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { lookup, newBuiltinType, objectType, PyType, setInstanceAttrs, typeOf } from '../core/type.js';
import { tupleFrom, tupleOf } from '../core/values.js';
import { call, callEx } from '../core/call.js';
import { getattrOrUndefined, setattr } from '../core/attributes.js';
import { eq, gt, lt } from '../ops/compare.js';
import { not, truthy } from '../ops/truthy.js';
import { repr } from '../ops/repr.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { registerBuiltinModule } from '../system/modules.js';
import { PyDict } from '../types/dict.js';
import { dictCopy } from '../types/dict-methods.js';
import { iter } from '../types/iter.js';
import { namedtuple } from './collections-namedtuple.js';

/** `reduce(function, iterable[, initial])`. */
function reduce(f: unknown, it: unknown, initial?: unknown): unknown {
  const i = iter(it);
  let acc = initial;
  if (acc === undefined) {
    const first = i.next();
    if (first.done) return raise(exc.TypeError!, 'reduce() of empty iterable with no initial value');
    acc = first.value;
  }
  for (let r = i.next(); !r.done; r = i.next()) acc = call(f, acc, r.value);
  return acc;
}

/** functools.partial objects. */
class Partial {
  constructor(readonly $func: unknown, readonly $args: unknown[], readonly $kw: PyDict) {}
}
const partialType = newBuiltinType('partial', objectType, 'functools', Partial as unknown as new () => object);
defineMethods(partialType, {
  '__new__(cls, func, /, *args, **keywords)': (_cls: PyType, f: unknown, args: unknown[], kw: PyDict) => {
    if (f instanceof Partial) return new Partial(f.$func, f.$args.concat(args), mergeKw(f.$kw, kw));
    if (typeof f !== 'function' && lookup(typeOf(f), '__call__') === undefined) raise(exc.TypeError!, 'the first argument must be callable');
    return new Partial(f, args, kw);
  },
  '__call__(self, /, *args, **keywords)': (p: Partial, args: unknown[], kw: PyDict) =>
    callEx(p.$func, p.$args.concat(args), mergeKw(p.$kw, kw)),
  '__repr__(self, /)': (p: Partial) => {
    const parts = [repr(p.$func), ...p.$args.map(repr), ...[...p.$kw.$entryIter()].map(([k, v]) => `${k as string}=${repr(v)}`)];
    return `functools.partial(${parts.join(', ')})`;
  },
});
defineGetSet(partialType, 'func', (p: Partial) => p.$func);
defineGetSet(partialType, 'args', (p: Partial) => tupleFrom(p.$args));
defineGetSet(partialType, 'keywords', (p: Partial) => p.$kw);

function mergeKw(a: PyDict, b: PyDict): PyDict {
  const out = dictCopy(a);
  for (const [k, v] of b.$entryIter()) out.$set(k, v);
  return out;
}

const ASSIGNED = ['__module__', '__name__', '__qualname__', '__doc__'];

/** `update_wrapper(wrapper, wrapped)`: copy the wrapped function's identity onto the wrapper. */
function updateWrapper(wrapper: unknown, wrapped: unknown): unknown {
  for (const name of ASSIGNED) {
    const v = getattrOrUndefined(wrapped, name);
    if (v !== undefined) setattr(wrapper, name, v);
  }
  const src = getattrOrUndefined(wrapped, '__dict__');
  const dst = getattrOrUndefined(wrapper, '__dict__');
  if (src instanceof PyDict && dst instanceof PyDict) for (const [k, v] of src.$entryIter()) dst.$set(k, v);
  setattr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

/** `wraps(wrapped)`: a decorator applying update_wrapper. */
function wraps(wrapped: unknown): unknown {
  return builtinFunction('wraps_decorator(wrapper, /)', (wrapper: unknown) => updateWrapper(wrapper, wrapped));
}

/** The cached function `lru_cache` makes. */
class LruWrapper {
  $hits = 0;
  $misses = 0;
  $cache = new PyDict();
  constructor(readonly $func: unknown, readonly $max: number) {}
}
const lruType = newBuiltinType('_lru_cache_wrapper', objectType, 'functools', LruWrapper as unknown as new () => object);
// update_wrapper stores __name__, __doc__, __wrapped__ ... on the wrapper.
setInstanceAttrs(lruType, 2);
const KWD_MARK = {};

function cacheKey(args: unknown[], kw: PyDict): unknown {
  if (kw.$size === 0) return args.length === 1 && (typeof args[0] === 'number' || typeof args[0] === 'string') ? args[0] : tupleFrom(args);
  const items: unknown[] = args.slice();
  items.push(KWD_MARK);
  for (const [k, v] of kw.$entryIter()) items.push(k, v);
  return tupleFrom(items);
}

defineMethods(lruType, {
  '__call__(self, /, *args, **kwargs)': (w: LruWrapper, args: unknown[], kw: PyDict) => {
    const key = cacheKey(args, kw);
    const hit = w.$cache.$get(key);
    if (hit !== undefined) {
      w.$hits++;
      if (w.$max >= 0) { w.$cache.$pop(key); w.$cache.$set(key, hit); }
      return hit;
    }
    w.$misses++;
    const v = callEx(w.$func, args, kw.$size ? kw : null);
    if (w.$max !== 0) {
      w.$cache.$set(key, v);
      if (w.$max > 0 && w.$cache.$size > w.$max) w.$cache.$pop(w.$cache.$keyIter().next().value);
    }
    return v;
  },
  'cache_info(self, /)': (w: LruWrapper) => call(cacheInfoType(), w.$hits, w.$misses, w.$max < 0 ? null : w.$max, w.$cache.$size),
  'cache_clear(self, /)': (w: LruWrapper) => { w.$cache = new PyDict(); w.$hits = 0; w.$misses = 0; return null; },
  '__get__(self, instance, owner=None, /)': (w: LruWrapper, inst: unknown) =>
    (inst === null || inst === undefined ? w : builtinFunction('bound(*args)', (args: unknown[]) => call(w, inst, ...args))),
});

let cacheInfo: unknown = null;
/** CacheInfo(hits, misses, maxsize, currsize), made on first use. */
function cacheInfoType(): unknown {
  if (cacheInfo === null) cacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], undefined, undefined, 'functools');
  return cacheInfo;
}

function makeLru(f: unknown, max: number): LruWrapper {
  const w = new LruWrapper(f, max);
  updateWrapper(w, f);
  return w;
}

/** `lru_cache(maxsize=128, typed=False)` or `@lru_cache` directly on a function. */
function lruCache(maxsize?: unknown, _typed?: unknown): unknown {
  if (typeof maxsize === 'function' || (maxsize !== undefined && maxsize !== null && typeof maxsize !== 'number' && typeof maxsize !== 'boolean')) {
    return makeLru(maxsize, 128);
  }
  const max = maxsize === undefined ? 128 : maxsize === null ? -1 : Math.max(0, Number(maxsize));
  return builtinFunction('decorating_function(user_function, /)', (f: unknown) => makeLru(f, max));
}

/** cmp_to_key(mycmp): keys ordered by an old-style comparison function. */
class CmpKey {
  constructor(readonly $obj: unknown, readonly $cmp: unknown) {}
}
const cmpKeyType = newBuiltinType('KeyWrapper', objectType, 'functools', CmpKey as unknown as new () => object);
function cmpOrder(a: CmpKey, b: unknown, test: (r: unknown) => boolean): unknown {
  if (!(b instanceof CmpKey)) return NotImplemented;
  return test(call(a.$cmp, a.$obj, b.$obj));
}
defineMethods(cmpKeyType, {
  '__lt__(self, other, /)': (a: CmpKey, b: unknown) => cmpOrder(a, b, (r) => truthy(lt(r, 0))),
  '__gt__(self, other, /)': (a: CmpKey, b: unknown) => cmpOrder(a, b, (r) => truthy(gt(r, 0))),
  '__le__(self, other, /)': (a: CmpKey, b: unknown) => cmpOrder(a, b, (r) => !truthy(gt(r, 0))),
  '__ge__(self, other, /)': (a: CmpKey, b: unknown) => cmpOrder(a, b, (r) => !truthy(lt(r, 0))),
  '__eq__(self, other, /)': (a: CmpKey, b: unknown) => cmpOrder(a, b, (r) => truthy(eq(r, 0))),
});
cmpKeyType.$dict.__hash__ = null;

/** total_ordering: derive the missing rich comparisons from the one the class defines. */
function totalOrdering(cls: unknown): unknown {
  if (!(cls instanceof PyType)) return raise(exc.TypeError!, 'total_ordering needs a class');
  const ops = ['__lt__', '__le__', '__gt__', '__ge__'];
  const roots = ops.filter((op) => lookup(cls, op) !== undefined && lookup(cls, op) !== lookup(objectType, op));
  if (roots.length === 0) return raise(exc.ValueError!, 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  const base = lookup(cls, root);
  const r = (a: unknown, b: unknown): unknown => call(base, a, b);
  const isNI = (v: unknown) => v === NotImplemented;
  const derived: Record<string, Record<string, (a: unknown, b: unknown) => unknown>> = {
    __lt__: {
      __gt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : !truthy(v) && !truthy(eq(a, b)); },
      __le__: (a, b) => { const v = r(a, b); return isNI(v) ? v : truthy(v) || truthy(eq(a, b)); },
      __ge__: (a, b) => { const v = r(a, b); return isNI(v) ? v : not(v); },
    },
    __le__: {
      __ge__: (a, b) => { const v = r(a, b); return isNI(v) ? v : !truthy(v) || truthy(eq(a, b)); },
      __lt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : truthy(v) && !truthy(eq(a, b)); },
      __gt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : not(v); },
    },
    __gt__: {
      __lt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : !truthy(v) && !truthy(eq(a, b)); },
      __ge__: (a, b) => { const v = r(a, b); return isNI(v) ? v : truthy(v) || truthy(eq(a, b)); },
      __le__: (a, b) => { const v = r(a, b); return isNI(v) ? v : not(v); },
    },
    __ge__: {
      __le__: (a, b) => { const v = r(a, b); return isNI(v) ? v : !truthy(v) || truthy(eq(a, b)); },
      __gt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : truthy(v) && !truthy(eq(a, b)); },
      __lt__: (a, b) => { const v = r(a, b); return isNI(v) ? v : not(v); },
    },
  };
  for (const [name, impl] of Object.entries(derived[root]!)) {
    if (!roots.includes(name)) setattr(cls, name, builtinMethod(cls, `${name}(self, other, /)`, impl));
  }
  return cls;
}

registerBuiltinModule('functools', (m) => {
  const ns = m.$d;
  ns.reduce = builtinFunction('reduce(function, iterable, initial=None, /)', reduce);
  ns.partial = partialType;
  ns.update_wrapper = builtinFunction('update_wrapper(wrapper, wrapped, assigned=None, updated=None)', updateWrapper);
  ns.wraps = builtinFunction('wraps(wrapped, assigned=None, updated=None)', wraps);
  ns.lru_cache = builtinFunction('lru_cache(maxsize=128, typed=False)', lruCache);
  ns.cache = builtinFunction('cache(user_function, /)', (f: unknown) => makeLru(f, -1));
  ns.cmp_to_key = builtinFunction('cmp_to_key(mycmp)', (f: unknown) =>
    builtinFunction('K(obj, /)', (o: unknown) => new CmpKey(o, f)));
  ns.total_ordering = builtinFunction('total_ordering(cls, /)', totalOrdering);
  ns.WRAPPER_ASSIGNMENTS = tupleFrom(ASSIGNED);
  ns.WRAPPER_UPDATES = tupleOf('__dict__');
});

