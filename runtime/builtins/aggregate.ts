// Builtins that consume an iterable: sorted, min, max, sum, any, all.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { strType, typeOf } from '../core/type.js';
import { call } from '../core/call.js';
import { add } from '../ops/binary.js';
import { gt, lt } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';
import { iterable, toArray } from '../types/iter.js';
import { sortArray } from '../types/list-sort.js';
import { varargsBuiltin } from './varargs-builtin.js';

/** `sorted(iterable, /, *, key=None, reverse=False)`. */
export function sorted(it: unknown, key?: unknown, reverse?: unknown): unknown[] {
  const a = toArray(it);
  sortArray(a, key ?? null, reverse !== undefined && truthy(reverse));
  return a;
}

function keyOf(key: unknown, v: unknown): unknown {
  return key === null || key === undefined ? v : typeof key === 'function' ? key(v) : call(key, v);
}

/** The shared body of min() and max(): `better(a, b)` says whether `a` replaces `b`. */
function extreme(name: string, better: (a: unknown, b: unknown) => boolean, args: unknown[], key: unknown, dflt: unknown): unknown {
  if (args.length === 0) return raise(exc.TypeError!, `${name} expected at least 1 argument, got 0`);
  let items: Iterable<unknown>;
  if (args.length === 1) items = iterable(args[0]);
  else {
    if (dflt !== undefined) raise(exc.TypeError!, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  let best: unknown = undefined;
  let bestKey: unknown = undefined;
  for (const v of items) {
    const k = keyOf(key, v);
    if (best === undefined || better(k, bestKey)) { best = v; bestKey = k; }
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  return raise(exc.ValueError!, `${name}() arg is an empty sequence`);
}

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(lt(a, b));
}

function greater(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return truthy(gt(a, b));
}

export function min(args: unknown[], key?: unknown, dflt?: unknown): unknown {
  return extreme('min', less, args, key, dflt);
}

export function max(args: unknown[], key?: unknown, dflt?: unknown): unknown {
  return extreme('max', greater, args, key, dflt);
}

/** `sum(iterable, /, start=0)`. */
export function sum(it: unknown, start?: unknown): unknown {
  let acc: unknown = start === undefined ? 0 : start;
  const t = typeOf(acc);
  if (t === strType) raise(exc.TypeError!, "sum() can't sum strings [use ''.join(seq) instead]");
  if (t.$name === 'bytes' && t.$builtin) raise(exc.TypeError!, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (t.$name === 'bytearray' && t.$builtin) raise(exc.TypeError!, "sum() can't sum bytearray [use b''.join(seq) instead]");
  for (const v of iterable(it)) {
    if (typeof acc === 'number' && typeof v === 'number') {
      const r = acc + v;
      if (Number.isSafeInteger(acc) && Number.isSafeInteger(v) && Number.isSafeInteger(r)) { acc = r; continue; }
    }
    acc = add(acc, v);
  }
  return acc;
}

export function any(it: unknown): boolean {
  for (const v of iterable(it)) if (truthy(v)) return true;
  return false;
}

export function all(it: unknown): boolean {
  for (const v of iterable(it)) if (!truthy(v)) return false;
  return true;
}

registerBuiltin('sorted', builtinFunction('sorted(iterable, /, *, key=None, reverse=False)', sorted));
registerBuiltin('min', varargsBuiltin('min(*args, key=None, default=None)', min));
registerBuiltin('max', varargsBuiltin('max(*args, key=None, default=None)', max));
registerBuiltin('sum', builtinFunction('sum(iterable, /, start=0)', sum));
registerBuiltin('any', builtinFunction('any(iterable, /)', any));
registerBuiltin('all', builtinFunction('all(iterable, /)', all));
