// Builtins taking `*args` then keyword-only parameters (print, min, max) with a direct path for
// plain positional calls: `print(a, b)` calls the implementation with [a, b] and no binding.
import { builtinFunction, type BuiltinFunction } from '../core/function.js';

/** A builtin from a signature like "print(*args, sep=' ', ...)" whose implementation takes the
 *  `*args` array first; keyword calls still go through the binder (via `$impl`). */
export function varargsBuiltin(signature: string, impl: (args: unknown[], ...rest: any[]) => unknown): BuiltinFunction {
  const bound = builtinFunction(signature, impl);
  const fast = function (...args: unknown[]) { return impl(args); } as unknown as BuiltinFunction;
  for (const key of ['$spec', '$builtin', '$name', '$qualname', '$impl', '$cls'] as const) {
    (fast as unknown as Record<string, unknown>)[key] = (bound as unknown as Record<string, unknown>)[key];
  }
  return fast;
}
