// The argument binder: maps positional and keyword arguments onto a callable's parameters
// (defaults, *args, keyword-only, **kwargs) with CPython's TypeError messages.
import { raise, exc } from './exceptions.js';
import type { ParamSpec } from './signature.js';
import { PyTuple, tupleFrom } from './values.js';
import { newDict, type PyDict } from '../types/dict.js';
import { builtinArityMessage } from './function.js';

/** What the binder reads from a callable (compiled function or builtin). */
interface Bindable {
  $spec: ParamSpec;
  $name: string;
  $qualname: string;
  $builtin: boolean;
  $defaults?: PyTuple | null;
  $kwdefaults?: Record<string, unknown> | null;
}

function calleeName(f: Bindable): string {
  return f.$builtin ? f.$name : f.$qualname;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Raise `f() takes N positional arguments but M were given`. */
export function tooManyPositional(f: Bindable, given: number, kwonlyGiven: number): never {
  const spec = f.$spec;
  if (f.$builtin) return raise(exc.TypeError!, builtinArityMessage(spec, given));
  const n = spec.posonly.length + spec.args.length;
  const ndef = f.$builtin ? spec.defaults.length : (f.$defaults?.length ?? 0);
  const takes = ndef > 0 ? `from ${n - ndef} to ${n} positional arguments` : plural(n, 'positional argument');
  const was = kwonlyGiven > 0
    ? `${plural(given, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`
    : `${given} ${given === 1 ? 'was' : 'were'} given`;
  return raise(exc.TypeError!, `${calleeName(f)}() takes ${takes} but ${was}`);
}

/** Raise `f() missing 2 required positional arguments: 'a' and 'b'`. */
export function missingArguments(f: Bindable, names: string[], kind: 'positional' | 'keyword-only'): never {
  if (f.$builtin && kind === 'positional' && f.$spec.args.length === 0) {
    return raise(exc.TypeError!, builtinArityMessage(f.$spec, f.$spec.posonly.length - names.length));
  }
  const q = names.map((n) => `'${n}'`);
  const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}`
    : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return raise(exc.TypeError!, `${calleeName(f)}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

/** The JS arguments for calling `f`'s implementation: its parameters in order (positional ones,
 *  then `*args`, keyword-only ones, `**kwargs`), from positional values `pos` and keyword
 *  `names`/`values` (both null when there are none). */
export function bindArgs(f: Bindable, pos: ArrayLike<unknown>, names: string[] | null, values: ArrayLike<unknown> | null): unknown[] {
  const spec = f.$spec;
  const builtin = f.$builtin;
  const nposonly = spec.posonly.length;
  const npos = nposonly + spec.args.length;
  const varSlot = spec.vararg !== null ? npos : -1;
  const kwStart = npos + (varSlot >= 0 ? 1 : 0);
  const kwargSlot = spec.kwarg !== null ? kwStart + spec.kwonly.length : -1;
  const out = new Array(kwStart + spec.kwonly.length + (kwargSlot >= 0 ? 1 : 0));
  const given = pos.length;
  const ncopy = given < npos ? given : npos;
  for (let i = 0; i < ncopy; i++) out[i] = pos[i];
  if (varSlot >= 0) {
    if (builtin) {
      const rest: unknown[] = [];
      for (let i = npos; i < given; i++) rest.push(pos[i]);
      out[varSlot] = rest;
    } else {
      out[varSlot] = tupleFrom(pos, npos);
    }
  }
  let kwdict: PyDict | null = null;
  if (kwargSlot >= 0) out[kwargSlot] = kwdict = newDict();
  let kwonlyGiven = 0;
  if (names !== null && names.length > 0) {
    if (builtin && spec.args.length === 0 && spec.kwonly.length === 0 && spec.kwarg === null) {
      raise(exc.TypeError!, `${f.$name}() takes no keyword arguments`);
    }
    let posonlyAsKw: string[] | null = null;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      const value = values![k];
      const ai = spec.args.indexOf(name);
      if (ai >= 0) {
        const slot = nposonly + ai;
        if (slot < given || out[slot] !== undefined) raise(exc.TypeError!, `${calleeName(f)}() got multiple values for argument '${name}'`);
        out[slot] = value;
        continue;
      }
      const ki = spec.kwonly.indexOf(name);
      if (ki >= 0) {
        if (out[kwStart + ki] !== undefined) raise(exc.TypeError!, `${calleeName(f)}() got multiple values for argument '${name}'`);
        out[kwStart + ki] = value;
        kwonlyGiven++;
        continue;
      }
      if (kwdict !== null) {
        kwdict.$set(name, value);
        continue;
      }
      if (spec.posonly.includes(name)) {
        (posonlyAsKw ??= []).push(name);
        continue;
      }
      if (builtin) raise(exc.TypeError!, `'${name}' is an invalid keyword argument for ${f.$name}()`);
      raise(exc.TypeError!, `${calleeName(f)}() got an unexpected keyword argument '${name}'`);
    }
    if (posonlyAsKw !== null) {
      raise(exc.TypeError!, `${calleeName(f)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  if (given > npos && varSlot < 0) tooManyPositional(f, given, kwonlyGiven);
  if (ncopy < npos) fillPositionalDefaults(f, out, ncopy, npos);
  if (spec.kwonly.length > 0) fillKwonlyDefaults(f, out, kwStart);
  return out;
}

function fillPositionalDefaults(f: Bindable, out: unknown[], from: number, npos: number): void {
  const spec = f.$spec;
  const defs: ArrayLike<unknown> | null = f.$builtin ? spec.defaults : (f.$defaults ?? null);
  const ndef = defs === null ? 0 : defs.length;
  const firstDefault = npos - ndef;
  let missing: string[] | null = null;
  for (let i = from; i < npos; i++) {
    if (out[i] !== undefined) continue;
    if (i >= firstDefault) {
      // Builtins supply their own defaults for omitted arguments.
      if (!f.$builtin) out[i] = defs![i - firstDefault];
    } else {
      (missing ??= []).push(i < spec.posonly.length ? spec.posonly[i]! : spec.args[i - spec.posonly.length]!);
    }
  }
  if (missing !== null) missingArguments(f, missing, 'positional');
}

function fillKwonlyDefaults(f: Bindable, out: unknown[], kwStart: number): void {
  const spec = f.$spec;
  const kwdefs = f.$builtin ? spec.kwdefaults : (f.$kwdefaults ?? null);
  let missing: string[] | null = null;
  for (let k = 0; k < spec.kwonly.length; k++) {
    if (out[kwStart + k] !== undefined) continue;
    const name = spec.kwonly[k]!;
    if (kwdefs !== null && name in kwdefs) {
      if (!f.$builtin) out[kwStart + k] = kwdefs[name];
    } else {
      (missing ??= []).push(name);
    }
  }
  if (missing !== null) missingArguments(f, missing, 'keyword-only');
}
