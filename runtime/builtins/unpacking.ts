// Unpacking helpers the compiler emits: `a, b = x`, `a, *b = x`, and `f(**m)` keyword merging.
import { raise, exc } from '../core/exceptions.js';
import { lookup, PyType, typeOf } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { callMethod } from '../core/call.js';
import { PyMethod } from '../core/method.js';
import { PyDict } from '../types/dict.js';
import { isExactListOrTuple, iter, iterable } from '../types/iter.js';

function iterOrFail(v: unknown): Iterator<unknown> {
  if (Array.isArray(v) || typeof v === 'string') return iter(v);
  const t = typeOf(v);
  if (lookup(t, '__iter__') == null && lookup(t, '__getitem__') == null) {
    raise(exc.TypeError!, `cannot unpack non-iterable ${t.$name} object`);
  }
  return iter(v);
}

/** ABI `$.unpack(v, n)`: exactly `n` items as a JS array. */
export function unpack(v: unknown, n: number): unknown[] {
  if (isExactListOrTuple(v)) {
    if (v.length === n) return v;
    if (v.length < n) raise(exc.ValueError!, `not enough values to unpack (expected ${n}, got ${v.length})`);
    raise(exc.ValueError!, `too many values to unpack (expected ${n})`);
  }
  const it = iterOrFail(v);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const r = it.next();
    if (r.done) raise(exc.ValueError!, `not enough values to unpack (expected ${n}, got ${i})`);
    out.push(r.value);
  }
  if (!it.next().done) raise(exc.ValueError!, `too many values to unpack (expected ${n})`);
  return out;
}

/** ABI `$.unpackStar(v, before, after)`: `before` items, a list of the rest, `after` items. */
export function unpackStar(v: unknown, before: number, after: number): unknown[] {
  const items: unknown[] = [];
  const it = iterOrFail(v);
  for (let r = it.next(); !r.done; r = it.next()) items.push(r.value);
  const need = before + after;
  if (items.length < need) raise(exc.ValueError!, `not enough values to unpack (expected at least ${need}, got ${items.length})`);
  const out = items.slice(0, before);
  out.push(items.slice(before, items.length - after));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

/** How CPython names a callee in call errors: `__main__.f`, `__main__.C.m`, `len`. */
function calleeLabel(f: unknown): string {
  if (f instanceof PyMethod) return calleeLabel(f.$func);
  if (f instanceof PyType) return f.$qualname;
  const fn = f as { $builtin?: boolean; $name?: string; $qualname?: string; $module?: unknown };
  if (fn.$builtin) return fn.$name ?? '?';
  if (typeof fn.$qualname === 'string') return typeof fn.$module === 'string' ? `${fn.$module}.${fn.$qualname}` : fn.$qualname;
  return typeOf(f).$name + ' object';
}

/** ABI `$.mergeKwargs(d, m, f)`: add mapping `m` into keyword dict `d` for a call to `f`. */
export function mergeKwargs(d: PyDict, m: unknown, f: unknown): PyDict {
  let entries: Iterable<readonly [unknown, unknown]>;
  if (m instanceof PyDict) entries = m.$entryIter();
  else if (lookup(typeOf(m), 'keys') !== undefined) {
    const pairs: [unknown, unknown][] = [];
    for (const k of iterable(callMethod(m, 'keys'))) pairs.push([k, callMethod(m, '__getitem__', k)]);
    entries = pairs;
  } else {
    return raise(exc.TypeError!, `${calleeLabel(f)}() argument after ** must be a mapping, not ${typeOf(m).$name}`);
  }
  for (const [k, v] of entries) {
    if (typeof k !== 'string') raise(exc.TypeError!, 'keywords must be strings');
    if (d.$get(k) !== undefined) raise(exc.TypeError!, `${calleeLabel(f)}() got multiple values for keyword argument '${k}'`);
    d.$set(k, v);
  }
  return d;
}
