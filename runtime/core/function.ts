// Function objects: compiled Python functions (`def`), builtin functions and methods written in
// TypeScript (declared with a signature string), and `fixArgs` for positional calls.
import { raise, exc } from './exceptions.js';
import { parseSignature, type ParamSpec } from './signature.js';
import { builtinFunctionType, methodDescriptorType, typeChanged, type PyType } from './type.js';
import { attrKey, type Namespace } from './namespace.js';
import { PyTuple, tupleFrom } from './values.js';
import { bindArgs, tooManyPositional, missingArguments } from './bind.js';

/** The properties every callable made here carries. */
export interface PyCallableProps {
  $spec: ParamSpec;
  $name: string;
  $qualname: string;
  /** The implementation taking bound JS arguments, when it differs from the function itself. */
  $impl: (...args: any[]) => unknown;
}

/** A builtin callable: a JS function with its parameter spec. Omitted optional arguments
 *  arrive as `undefined` and the implementation supplies the default; `*args` arrives as a JS
 *  array, `**kwargs` as a dict. */
export type BuiltinFunction = ((...args: any[]) => unknown) & PyCallableProps & { $builtin: true };

/** A compiled Python function (`$.def`). */
export type PyFunction = ((...args: any[]) => unknown) & PyCallableProps & {
  $builtin: false;
  $module: unknown;
  $doc: unknown;
  /** `__defaults__`: a tuple, or null. */
  $defaults: PyTuple | null;
  /** `__kwdefaults__` by name, or null. */
  $kwdefaults: Record<string, unknown> | null;
  $annotations: unknown;
  $flags: number;
  /** `__dict__`, made on first use. */
  $d: Namespace | undefined;
  /** co_varnames (parameters first), co_freevars, and a thunk reading the free variables. */
  $varnames: string[] | null;
  $freevars: string[];
  $closure: (() => unknown[]) | null;
  $cells: PyTuple | null;
  $filename: string;
  $firstlineno: number;
};

/** What the compiler passes to `$.def` (docs/runtime-abi.md). */
export interface DefSpec {
  name: string;
  qualname?: string;
  module?: unknown;
  doc?: unknown;
  posonly?: string[];
  args?: string[];
  vararg?: string | null;
  kwonly?: string[];
  kwarg?: string | null;
  /** Defaults of the last positional parameters: a JS array (or tuple), or null. */
  defaults?: ArrayLike<unknown> | null;
  /** Keyword-only defaults: a JS object by name, or null. */
  kwdefaults?: Record<string, unknown> | null;
  annotations?: unknown;
  flags?: number;
  /** All local names, parameters first (co_varnames); parameters only when absent. */
  varnames?: string[];
  /** Names of the free variables (co_freevars), with `closure` returning their current values
   *  (`() => [x, y]`, undefined for an unbound one) for `__closure__`. */
  freevars?: string[];
  closure?: () => unknown[];
  filename?: string;
  firstlineno?: number;
}

function hasExtras(spec: ParamSpec): boolean {
  return spec.vararg !== null || spec.kwonly.length > 0 || spec.kwarg !== null;
}

/** Turn compiled JS function `fn` into a Python function object. A function with only
 *  positional parameters is returned itself (it checks its own arity with fixArgs); one with
 *  `*args`, keyword-only parameters or `**kwargs` gets a wrapper that binds a positional call. */
export function def(fn: (...args: any[]) => unknown, d: DefSpec): PyFunction {
  const spec: ParamSpec = {
    name: d.name, posonly: d.posonly ?? [], args: d.args ?? [], vararg: d.vararg ?? null,
    kwonly: d.kwonly ?? [], kwarg: d.kwarg ?? null, defaults: [], kwdefaults: {},
  };
  let f: PyFunction;
  if (hasExtras(spec)) {
    const wrapper = function (this: unknown, ...args: unknown[]) {
      return fn.apply(this, bindArgs(f, args, null, null));
    };
    f = wrapper as unknown as PyFunction;
  } else {
    f = fn as PyFunction;
  }
  f.$spec = spec;
  f.$impl = fn;
  f.$builtin = false;
  f.$name = d.name;
  f.$qualname = d.qualname ?? d.name;
  f.$module = d.module ?? null;
  f.$doc = d.doc ?? null;
  f.$defaults = d.defaults && d.defaults.length > 0 ? tupleFrom(d.defaults) : null;
  f.$kwdefaults = d.kwdefaults ?? null;
  f.$annotations = d.annotations ?? null;
  f.$flags = d.flags ?? 0;
  f.$d = undefined;
  f.$varnames = d.varnames ?? null;
  f.$freevars = d.freevars ?? [];
  f.$closure = d.closure ?? null;
  f.$cells = null;
  f.$filename = d.filename ?? '<string>';
  f.$firstlineno = d.firstlineno ?? 1;
  return f;
}

/** Fill the positional arguments of a call to `f` (a function with positional parameters
 *  only) that did not pass exactly one argument per parameter: defaults, or CPython's TypeError. */
export function fixArgs(f: PyFunction, args: ArrayLike<unknown>): unknown[] {
  const spec = f.$spec;
  const n = spec.posonly.length + spec.args.length;
  const given = args.length;
  if (given > n) tooManyPositional(f, given, 0);
  const defs = f.$defaults;
  const ndef = defs === null ? 0 : defs.length;
  const out = new Array(n);
  for (let i = 0; i < given; i++) out[i] = args[i];
  const firstDefault = n - ndef;
  if (given < firstDefault) {
    const missing: string[] = [];
    const names = spec.posonly.concat(spec.args);
    for (let i = given; i < firstDefault; i++) missing.push(names[i]!);
    missingArguments(f, missing, 'positional');
  }
  for (let i = given; i < n; i++) out[i] = defs![i - firstDefault];
  return out;
}

function positionalBounds(spec: ParamSpec): [number, number] {
  const max = spec.vararg ? Infinity : spec.posonly.length + spec.args.length;
  const min = spec.posonly.length + spec.args.length - spec.defaults.length;
  return [min, max];
}

/** CPython's arity errors for builtins: METH_O functions say "takes exactly one argument",
 *  Argument Clinic ones "expected N arguments, got M". */
export function builtinArityMessage(spec: ParamSpec, given: number): string {
  const [min, max] = positionalBounds(spec);
  if (min === 1 && max === 1 && !hasExtras(spec)) return `${spec.name}() takes exactly one argument (${given} given)`;
  const n = given < min ? min : max;
  const bound = min === max ? '' : given < min ? 'at least ' : 'at most ';
  return `${spec.name} expected ${bound}${n} argument${n === 1 ? '' : 's'}, got ${given}`;
}

/** A JS function checking the number of positional arguments, then calling `impl`. Small
 *  arities get their own functions so no arguments object is made on the way. */
function fixedArityWrapper(spec: ParamSpec, min: number, max: number, impl: (...args: any[]) => unknown): (...args: any[]) => unknown {
  const fail = (n: number): never => raise(exc.TypeError!, builtinArityMessage(spec, n));
  switch (max) {
    case 0: return function () { if (arguments.length !== 0) fail(arguments.length); return impl(); };
    case 1: return function (a: unknown) { const n = arguments.length; if (n < min || n > 1) fail(n); return impl(a); };
    case 2: return function (a: unknown, b: unknown) { const n = arguments.length; if (n < min || n > 2) fail(n); return impl(a, b); };
    case 3: return function (a: unknown, b: unknown, c: unknown) {
      const n = arguments.length;
      if (n < min || n > 3) fail(n);
      return impl(a, b, c);
    };
    default: return function (this: unknown) {
      const n = arguments.length;
      if (n < min || n > max) fail(n);
      return impl.apply(this, arguments as unknown as unknown[]);
    };
  }
}

/** Make a builtin function from a signature and an implementation taking the parameters in
 *  order (`*args` as a JS array, keyword-only and `**kwargs` after it). A direct positional JS
 *  call is checked for arity here; keyword calls are bound by the binder from `$spec`. */
export function builtinFunction(signature: string, impl: (...args: any[]) => unknown, qualname?: string): BuiltinFunction {
  const spec = parseSignature(signature);
  const [min, max] = positionalBounds(spec);
  let f: BuiltinFunction;
  if (hasExtras(spec)) {
    const wrapper = function (this: unknown, ...args: unknown[]) {
      return impl.apply(this, bindArgs(f, args, null, null));
    };
    f = wrapper as unknown as BuiltinFunction;
  } else {
    f = fixedArityWrapper(spec, min, max, impl) as BuiltinFunction;
  }
  f.$spec = spec;
  f.$builtin = true;
  f.$name = spec.name;
  f.$qualname = qualname ?? spec.name;
  f.$impl = impl;
  (f as unknown as { $cls: PyType }).$cls = builtinFunctionType;
  return f;
}

/** A builtin method of class `t`: like builtinFunction, but it binds to instances as Python
 *  functions do (`'abc'.upper` is a bound method). */
export function builtinMethod(t: PyType, signature: string, impl: (...args: any[]) => unknown): BuiltinFunction {
  const f = builtinFunction(signature, impl);
  f.$qualname = `${t.$name}.${f.$name}`;
  (f as unknown as { $cls: PyType }).$cls = methodDescriptorType;
  return f;
}

/** Put methods on a builtin class: `defineMethods(strType, { 'upper(self)': (s) => ... })`.
 *  The first parameter receives the instance. A `__new__` receives the class first. */
export function defineMethods(t: PyType, methods: Record<string, (...args: any[]) => unknown>): void {
  for (const [sig, impl] of Object.entries(methods)) {
    // __new__ is called with the class explicitly (a static method in CPython), so it must not bind.
    const f = sig.trimStart().startsWith('__new__(') ? builtinFunction(sig, impl, `${t.$name}.__new__`) : builtinMethod(t, sig, impl);
    t.$dict[attrKey(f.$name)] = f;
  }
  typeChanged(t);
}
