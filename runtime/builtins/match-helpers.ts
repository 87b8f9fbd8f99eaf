// Helpers for `match` statements over containers: sequence and mapping patterns.
import { lookup, typeOf } from '../core/type.js';
import { call } from '../core/call.js';
import { PyDict } from '../types/dict.js';
import { PyRange } from '../types/range.js';
import { toArray } from '../types/iter.js';

/** ABI `$.matchSequence(subject)`: the items of a sequence subject (list, tuple, range and their
 *  subclasses; never str, bytes or mappings), else null. */
export function matchSequence(subject: unknown): unknown[] | null {
  if (Array.isArray(subject)) return subject;
  if (subject instanceof PyRange) return toArray(subject);
  return null;
}

/** ABI `$.matchMapping(subject)`. */
export function matchMapping(subject: unknown): boolean {
  return subject instanceof PyDict;
}

/** ABI `$.matchKey(subject, key)`: the value for `key`, or undefined when absent (a dict
 *  subclass answers through its own `get`, as CPython does). */
export function matchKey(subject: unknown, key: unknown): unknown {
  const d = subject as PyDict;
  if (d.constructor === PyDict) return d.$get(key);
  const get = lookup(typeOf(d), 'get');
  const missing = {};
  const v = call(get, d, key, missing);
  return v === missing ? undefined : v;
}

/** ABI `$.matchRest(subject, keys)`: `**rest`, the items whose keys the pattern did not name. */
export function matchRest(subject: unknown, keys: unknown[]): PyDict {
  const out = new PyDict();
  for (const [k, v] of (subject as PyDict).$entryIter()) out.$set(k, v);
  for (const k of keys) out.$pop(k);
  return out;
}
