// Helpers for `match` statements: sequence, mapping and class patterns.
import { raise, exc } from '../core/exceptions.js';
import { lookup, PyType, typeOf } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { getattrOrUndefined } from '../core/attributes.js';
import { isInstance } from '../core/isinstance.js';
import { call } from '../core/call.js';
import { isExactDict, PyDict } from '../types/dict.js';
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
  if (isExactDict(d)) return d.$get(key);
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

/** Builtin classes whose single positional sub-pattern matches the subject itself (`int(x)`). */
const SELF_MATCHING = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** ABI `$.matchClass(subject, cls, nPositional, kwNames)`: null when the subject is not an
 *  instance of `cls`, else the values of the positional (through `__match_args__`) then keyword
 *  attributes, `undefined` for a missing one. */
export function matchClass(subject: unknown, cls: unknown, nPositional: number, kwNames: string[]): unknown[] | null {
  if (!(cls instanceof PyType)) return raise(exc.TypeError!, 'called match pattern must be a class');
  if (!isInstance(subject, cls)) return null;
  const names: string[] = [];
  const out: unknown[] = [];
  if (nPositional > 0) {
    const matchArgs = getattrOrUndefined(cls, '__match_args__');
    if (matchArgs === undefined) {
      if (nPositional === 1 && cls.$builtin && SELF_MATCHING.has(cls.$name) && cls.$mro.every((t) => t.$builtin)) {
        out.push(subject);
      } else {
        raise(exc.TypeError!, `${cls.$name}() accepts 0 positional sub-patterns (${nPositional} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) raise(exc.TypeError!, `${cls.$name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).$name})`);
      if (nPositional > matchArgs.length) {
        const n = matchArgs.length;
        raise(exc.TypeError!, `${cls.$name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${nPositional} given)`);
      }
      for (let i = 0; i < nPositional; i++) {
        const name = matchArgs[i];
        if (typeof name !== 'string') raise(exc.TypeError!, `__match_args__ elements must be strings (got ${typeOf(name).$name})`);
        names.push(name);
      }
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (names.indexOf(names[i]!) !== i) raise(exc.TypeError!, `${cls.$name}() got multiple sub-patterns for attribute '${names[i]}'`);
  }
  const seen = new Set<string>(names);
  for (const k of kwNames) {
    if (seen.has(k)) raise(exc.TypeError!, `${cls.$name}() got multiple sub-patterns for attribute '${k}'`);
    seen.add(k);
  }
  for (const name of names) out.push(getattrOrUndefined(subject, name));
  for (const name of kwNames) out.push(getattrOrUndefined(subject, name));
  return out;
}
