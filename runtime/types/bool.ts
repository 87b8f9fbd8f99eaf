// The bool class: bool(x) through truth testing, its repr, and & | ^ keeping bools.
import { registerBuiltin } from '../core/builtins-registry.js';
import { defineMethods } from '../core/function.js';
import { boolType } from '../core/type.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { numAnd, numOr, numXor } from '../ops/numeric.js';
import { truthy } from '../ops/truthy.js';
import { constructorArgs } from '../ops/constructor-args.js';
import type { PyDict } from './dict.js';

type Binary = (a: unknown, b: unknown) => unknown;

/** bool's & | ^ give a bool for two bools, else defer to int's. */
const bitwise = (f: Binary) => (a: unknown, b: unknown) =>
  (typeof b === 'boolean' || typeof b === 'number' || typeof b === 'bigint' ? f(a, b) : NotImplemented);

defineMethods(boolType, {
  '__new__(cls, *args, **kwargs)': (_cls: unknown, args: unknown[], kwargs: PyDict) => {
    const [x] = constructorArgs('bool', ['x'], 'expected', args, kwargs);
    return x === undefined ? false : truthy(x);
  },
  '__repr__(self, /)': (a: boolean) => (a ? 'True' : 'False'),
  '__str__(self, /)': (a: boolean) => (a ? 'True' : 'False'),
  '__and__(self, value, /)': bitwise(numAnd),
  '__rand__(self, value, /)': bitwise((a, b) => numAnd(b, a)),
  '__or__(self, value, /)': bitwise(numOr),
  '__ror__(self, value, /)': bitwise((a, b) => numOr(b, a)),
  '__xor__(self, value, /)': bitwise(numXor),
  '__rxor__(self, value, /)': bitwise((a, b) => numXor(b, a)),
});
registerBuiltin('bool', boolType);
registerBuiltin('True', true);
registerBuiltin('False', false);
