// Minimal code and cell objects behind `f.__code__` and `f.__closure__`: the fields programs
// read (co_name, co_argcount, co_varnames, co_freevars, ..., cell_contents).
import { raise, exc } from './exceptions.js';
import { newBuiltinType, objectType, type PyType } from './type.js';
import { tupleFrom, type PyTuple } from './values.js';
import type { PyFunction } from './function.js';

/** `f.__code__`: a view of function `f`'s spec. */
export class PyCode {
  constructor(readonly $fn: PyFunction) {}
}
export const codeType: PyType = newBuiltinType('code', objectType, 'builtins', PyCode as unknown as new () => object);

/** One closure variable of a function, read through the function's `closure` thunk. */
export class PyCell {
  constructor(readonly $fn: PyFunction, readonly $index: number) {}
  get $value(): unknown {
    const read = this.$fn.$closure;
    return read === null ? undefined : read()[this.$index];
  }
}
export const cellType: PyType = newBuiltinType('cell', objectType, 'builtins', PyCell as unknown as new () => object);

/** Parameter names in co_varnames order: positional, keyword-only, *args, **kwargs. */
export function parameterNames(f: PyFunction): string[] {
  const spec = f.$spec;
  const names = [...spec.posonly, ...spec.args, ...spec.kwonly];
  if (spec.vararg !== null) names.push(spec.vararg);
  if (spec.kwarg !== null) names.push(spec.kwarg);
  return names;
}

/** `f.__closure__`: a tuple of cells (made once per function), or None. */
export function closureOf(f: PyFunction): PyTuple | null {
  if (f.$freevars.length === 0) return null;
  if (f.$cells === null) f.$cells = tupleFrom(f.$freevars.map((_, i) => new PyCell(f, i)));
  return f.$cells;
}

export function cellContents(c: PyCell): unknown {
  const v = c.$value;
  return v === undefined ? raise(exc.ValueError!, 'Cell is empty') : v;
}
