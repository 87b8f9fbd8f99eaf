// The builtin exception classes and raising them from TypeScript.
import { builtinTypes, newBuiltinType, objectType, type PyType } from './type.js';

/** Builtin exception classes by name (`exc.TypeError`). */
export const exc: Record<string, PyType> = Object.create(null);

function defineException(name: string, base: PyType): PyType {
  const t = newBuiltinType(name, base);
  exc[name] = t;
  return t;
}

const BaseException = defineException('BaseException', objectType);
// Exception instances are JS errors, so JS code that catches them sees an Error.
BaseException.$ctor = class extends Error {};
(BaseException.$ctor.prototype as { $cls: PyType }).$cls = BaseException;

const Exception = defineException('Exception', BaseException);
for (const name of ['TypeError', 'ValueError', 'AttributeError', 'NameError', 'KeyError', 'IndexError',
  'ZeroDivisionError', 'OverflowError', 'RuntimeError', 'StopIteration', 'NotImplementedError',
  'RecursionError', 'LookupError', 'ArithmeticError', 'ImportError', 'AssertionError', 'UnboundLocalError']) {
  if (!exc[name]) defineException(name, Exception);
}

/** Make an instance of exception class `t` with `args`. */
export function newException(t: PyType, args: unknown[]): any {
  const e = new t.$ctor();
  e.args = args;
  return e;
}

/** Raise builtin exception `name` (or class `t`) with a message: `raise(exc.TypeError, "...")`. */
export function raise(t: PyType, ...args: unknown[]): never {
  throw newException(t, args);
}

void builtinTypes;
