// Bound methods: a function paired with the instance it was looked up on (`obj.f`).
import { newBuiltinType, objectType, type PyType } from './type.js';

/** `obj.f` for a function `f` found on `type(obj)`: calling it calls `f(obj, ...)`. */
export class PyMethod {
  constructor(readonly $func: unknown, readonly $self: unknown) {}
}

export const methodType: PyType = newBuiltinType('method', objectType, 'builtins', PyMethod as unknown as new () => object);
