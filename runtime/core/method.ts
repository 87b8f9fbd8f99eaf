// Bound methods: a function paired with the instance it was looked up on (`obj.f`).
import { builtinFunctionType, methodDescriptorType, newBuiltinType, objectType, type PyType } from './type.js';

/** `obj.f` for a function `f` found on `type(obj)`: calling it calls `f(obj, ...)`. */
export class PyMethod {
  constructor(readonly $func: unknown, readonly $self: unknown) {}
}

export const methodType: PyType = newBuiltinType('method', objectType, 'builtins', PyMethod as unknown as new () => object);

/** A builtin method bound to its object (`[].append`): Python calls its type
 *  builtin_function_or_method. */
export class PyBuiltinMethod extends PyMethod {}
(PyBuiltinMethod.prototype as unknown as { $cls: PyType }).$cls = builtinFunctionType;

/** `f` bound to `self`: a PyBuiltinMethod for builtin methods, else a PyMethod. */
export function bindMethod(f: unknown, self: unknown): PyMethod {
  return (f as { $cls?: PyType }).$cls === methodDescriptorType ? new PyBuiltinMethod(f, self) : new PyMethod(f, self);
}
