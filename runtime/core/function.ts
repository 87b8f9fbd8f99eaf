// Builtin functions and methods written in TypeScript: declared with a signature string so the
// same binder serves them and compiled Python functions.
import { raise, exc } from './exceptions.js';
import { parseSignature, type ParamSpec } from './signature.js';
import type { PyType } from './type.js';
import { attrKey } from './namespace.js';

/** A builtin callable: a JS function with its parameter spec. Omitted optional arguments
 *  arrive as `undefined` and the implementation supplies the default. */
export type BuiltinFunction = ((...args: any[]) => unknown) & {
  $spec: ParamSpec; $builtin: true; $name: string; $qualname: string; $impl: (...args: any[]) => unknown;
};

function positionalBounds(spec: ParamSpec): [number, number] {
  const max = spec.vararg ? Infinity : spec.posonly.length + spec.args.length;
  const min = spec.posonly.length + spec.args.length - spec.defaults.length;
  return [min, max];
}

function arityMessage(spec: ParamSpec, given: number): string {
  const [min, max] = positionalBounds(spec);
  if (min === max) {
    return max === 1 ? `${spec.name}() takes exactly one argument (${given} given)`
      : `${spec.name}() takes exactly ${max} arguments (${given} given)`;
  }
  return given < min ? `${spec.name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${given} given)`
    : `${spec.name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${given} given)`;
}

/** Make a builtin function from a signature and an implementation taking the parameters in
 *  order (`*args` as a JS array, keyword-only and `**kwargs` after it). A direct positional JS
 *  call is checked for arity here; keyword calls are bound by the binder from `$spec`. */
export function builtinFunction(signature: string, impl: (...args: any[]) => unknown, qualname?: string): BuiltinFunction {
  const spec = parseSignature(signature);
  const [min, max] = positionalBounds(spec);
  const hasStarOrKw = spec.vararg !== null || spec.kwonly.length > 0 || spec.kwarg !== null;
  let fn: (...args: any[]) => unknown;
  if (hasStarOrKw) {
    fn = impl;
  } else {
    fn = function (this: unknown) {
      const n = arguments.length;
      if (n < min || n > max) raise(exc.TypeError!, arityMessage(spec, n));
      return impl.apply(this, arguments as unknown as unknown[]);
    };
  }
  const f = fn as BuiltinFunction;
  f.$spec = spec;
  f.$builtin = true;
  f.$name = spec.name;
  f.$qualname = qualname ?? spec.name;
  f.$impl = impl;
  return f;
}

/** Put methods on a builtin class: `defineMethods(strType, { 'upper(self)': (s) => ... })`.
 *  The first parameter receives the instance. */
export function defineMethods(t: PyType, methods: Record<string, (...args: any[]) => unknown>): void {
  for (const [sig, impl] of Object.entries(methods)) {
    const f = builtinFunction(sig, impl);
    f.$qualname = `${t.$name}.${f.$name}`;
    t.$dict[attrKey(f.$name)] = f;
  }
  t.$version++;
}
