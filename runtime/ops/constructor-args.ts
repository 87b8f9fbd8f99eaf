// Binding the arguments of the builtin number and text constructors (int(), str(), float(), ...)
// with CPython's messages, which differ from the generic binder's for these classes.
import { exc, raise } from '../core/exceptions.js';

/** The keyword arguments a builtin receives for `**kwargs` (a dict). */
interface KwargsDict {
  $size: number;
  $entryIter(): Iterable<[unknown, unknown]>;
}

/** How a constructor words its arity error: `int() takes at most 2 arguments (3 given)` or
 *  `float expected at most 1 argument, got 2`. */
export type ArityStyle = 'takes' | 'expected';

/** Positional values for parameters `names` from `args` and `kwargs` (missing ones undefined). */
export function constructorArgs(cls: string, names: string[], style: ArityStyle, args: unknown[], kwargs: KwargsDict | null | undefined): unknown[] {
  const given = args.length + (kwargs ? kwargs.$size : 0);
  if (given > names.length) {
    const n = names.length;
    if (style === 'takes') raise(exc.TypeError!, `${cls}() takes at most ${n} argument${n === 1 ? '' : 's'} (${given} given)`);
    raise(exc.TypeError!, `${cls} expected at most ${n} argument${n === 1 ? '' : 's'}, got ${given}`);
  }
  // Filled by push: growing `length` by assignment is a slow path in V8 (dictionary elements).
  const out: unknown[] = [];
  for (let i = 0; i < names.length; i++) out.push(i < args.length ? args[i] : undefined);
  if (kwargs && kwargs.$size > 0) {
    if (style === 'expected') raise(exc.TypeError!, `${cls}() takes no keyword arguments`);
    for (const [k, v] of kwargs.$entryIter()) {
      const i = names.indexOf(k as string);
      if (i < 0) raise(exc.TypeError!, `'${String(k)}' is an invalid keyword argument for ${cls}()`);
      if (i < args.length) raise(exc.TypeError!, `argument for ${cls}() given by name ('${String(k)}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}
