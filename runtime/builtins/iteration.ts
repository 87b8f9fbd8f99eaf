// Builtins over sizes and iterators: len, iter, next.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { lookup, typeOf } from '../core/type.js';
import { call } from '../core/call.js';
import { isExactDict, PyDict } from '../types/dict.js';
import { PyRange } from '../types/range.js';
import { isExactListOrTuple, next, pyIter } from '../types/iter.js';
import { callableIter } from '../types/iter-tools.js';
import { indexValue } from '../types/slice-index.js';

/** `len(o)`. */
export function len(o: unknown): number {
  if (typeof o === 'object' && o !== null) {
    if (isExactListOrTuple(o)) return o.length;
    if (isExactDict(o)) return (o as PyDict).$size;
    if (o instanceof PyRange) return o.$len;
  }
  const t = typeOf(o);
  const f = lookup(t, '__len__');
  if (f === undefined || f === null) return raise(exc.TypeError!, `object of type '${t.$name}' has no len()`);
  const n = typeof f === 'function' ? f(o) : call(f, o);
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
  const i = indexValue(n);
  if (i === null) return raise(exc.TypeError!, `'${typeOf(n).$name}' object cannot be interpreted as an integer`);
  if (i < 0) return raise(exc.ValueError!, '__len__() should return >= 0');
  return raise(exc.OverflowError!, 'cannot fit \'int\' into an index-sized integer');
}

/** `iter(o)` / `iter(callable, sentinel)`. */
export function iterBuiltin(o: unknown, sentinel?: unknown): unknown {
  if (sentinel === undefined) return pyIter(o);
  return callableIter(o, sentinel);
}

registerBuiltin('len', builtinFunction('len(obj, /)', len));
registerBuiltin('iter', builtinFunction('iter(object, sentinel=None, /)', iterBuiltin));
registerBuiltin('next', builtinFunction('next(iterator, default=None, /)', next));
