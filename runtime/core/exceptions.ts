// The builtin exception classes (CPython's hierarchy), making exception instances and raising them.
import { builtinTypes, newBuiltinType, objectType, PyType, typeType } from './type.js';
import { PyTuple, tupleFrom } from './values.js';
import { registerBuiltin } from './builtins-registry.js';

/** Builtin exception classes by name (`exc.TypeError`). */
export const exc: Record<string, PyType> = Object.create(null);

const EMPTY_ARGS: PyTuple = new PyTuple();

/** The JS constructor behind every exception instance. It is an Error as far as JS can tell
 *  (`instanceof Error`), but it never runs Error's constructor: that constructor captures a JS
 *  stack, which costs several times more than the rest of a raise. The stack a traceback needs
 *  is captured by `captureTraceback` instead, only when it may be printed. */
export class PyBaseExceptionObject {
  // The fields' defaults live on the prototype: a new exception starts with no own properties, so
  // making one stays cheap although every exception class gives its instances another hidden class.
  declare $cls: PyType;
  /** The arguments: a PyTuple, or a JS array until Python reads `args` (raising from TypeScript
   *  then costs no copy). */
  declare $args: PyTuple | unknown[];
  declare $cause: unknown;
  declare $context: unknown;
  declare $suppressContext: boolean;
  /** `__traceback__` once set or made (undefined: not yet; see system/traceback-objects.ts). */
  declare $traceback: unknown;
  /** An object holding the JS stack captured at the raise, or null. */
  declare $stack: { stack?: unknown } | null;
  /** Sets the per-class attributes from `args` (StopIteration.value, SystemExit.code, ...);
   *  on the prototypes of the builtin classes that have such attributes. */
  declare $setAttrs: ((e: any, args: PyTuple | unknown[], kw: Record<string, unknown> | null) => void) | null;
}
Object.assign(PyBaseExceptionObject.prototype, {
  $args: EMPTY_ARGS, $cause: null, $context: null, $suppressContext: false, $traceback: undefined, $stack: null,
});
Object.setPrototypeOf(PyBaseExceptionObject.prototype, Error.prototype);
Object.setPrototypeOf(PyBaseExceptionObject, Error);
// Python attributes of exceptions are own properties of the instance (PyType.$attrs mode 1,
// set by the object model), so the names Error.prototype and Object.prototype define must not
// read as attributes: each is shadowed with `undefined`, which the runtime reads as "absent".
for (const proto of [Object.prototype, Error.prototype]) {
  for (const name of Object.getOwnPropertyNames(proto)) {
    Object.defineProperty(PyBaseExceptionObject.prototype, name, { value: undefined, writable: true, configurable: true });
  }
}
// What JS shows for an exception that reaches JS code (Python code reads `$`-free names only).
Object.defineProperty(PyBaseExceptionObject.prototype, Symbol.toPrimitive, {
  value(this: PyBaseExceptionObject) { return `${this.$cls.$name}: ${this.$args.map(String).join(', ')}`; },
});

/** Is `v` a Python exception instance? */
export function isPyException(v: unknown): v is PyBaseExceptionObject {
  return v instanceof PyBaseExceptionObject;
}

function defineException(name: string, base: PyType, ctor?: new () => any): PyType {
  const t = newBuiltinType(name, base, 'builtins', ctor);
  exc[name] = t;
  registerBuiltin(name, t);
  return t;
}

const BaseException = defineException('BaseException', objectType, PyBaseExceptionObject);
PyBaseExceptionObject.prototype.$cls = BaseException;
PyBaseExceptionObject.prototype.$setAttrs = null;

/** Define `names` as subclasses of `base`: [name, children] pairs nest the hierarchy. */
type Tree = (string | [string, Tree])[];
function defineTree(base: PyType, tree: Tree): void {
  for (const node of tree) {
    if (typeof node === 'string') defineException(node, base);
    else defineTree(defineException(node[0], base), node[1]);
  }
}

defineTree(BaseException, ['GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'BaseExceptionGroup']);
const Exception = defineException('Exception', BaseException);
defineTree(Exception, [
  ['ArithmeticError', ['FloatingPointError', 'OverflowError', 'ZeroDivisionError']],
  'AssertionError', 'AttributeError', 'BufferError', 'EOFError',
  ['ImportError', ['ModuleNotFoundError']],
  ['LookupError', ['IndexError', 'KeyError']],
  'MemoryError',
  ['NameError', ['UnboundLocalError']],
  ['OSError', ['BlockingIOError', 'ChildProcessError',
    ['ConnectionError', ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']],
    'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError',
    'PermissionError', 'ProcessLookupError', 'TimeoutError']],
  'ReferenceError',
  ['RuntimeError', ['NotImplementedError', 'RecursionError']],
  'StopAsyncIteration', 'StopIteration',
  ['SyntaxError', [['IndentationError', ['TabError']]]],
  'SystemError', 'TypeError',
  ['ValueError', [['UnicodeError', ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']]]],
  ['Warning', ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
    'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']],
]);

// ExceptionGroup derives from both BaseExceptionGroup and Exception.
const ExceptionGroup = new PyType('ExceptionGroup', [exc.BaseExceptionGroup!, Exception], typeType);
ExceptionGroup.$builtin = true;
builtinTypes.ExceptionGroup = ExceptionGroup;
exc.ExceptionGroup = ExceptionGroup;
registerBuiltin('ExceptionGroup', ExceptionGroup);

// Aliases kept by CPython for old code.
for (const alias of ['IOError', 'EnvironmentError']) {
  exc[alias] = exc.OSError!;
  registerBuiltin(alias, exc.OSError);
}

/** Catch counts by class: a class whose raises are mostly caught stops paying for a JS stack
 *  capture (see captureTraceback). */
const caughtCounts = new Map<PyType, number>();
/** After this many catches of a class, its raises no longer capture a JS stack. */
const CATCHES_BEFORE_UNTRACED = 200;
/** Frames kept per captured stack. */
const TRACE_FRAMES = 1000;

/** Note that an exception of class `t` was caught by Python code. */
export function noteCaught(t: PyType): void {
  caughtCounts.set(t, (caughtCounts.get(t) ?? 0) + 1);
}

/** Record the JS stack of a raise on `e`, for its traceback. A JS stack capture costs several
 *  microseconds, so classes that programs raise and catch in loops (KeyError, StopIteration, a
 *  user's error class) stop capturing once they have been caught often: an exception of such a
 *  class that finally goes uncaught prints a traceback without its frames. */
export function captureTraceback(e: PyBaseExceptionObject, below?: Function): void {
  const n = caughtCounts.get(e.$cls);
  if (n !== undefined && n >= CATCHES_BEFORE_UNTRACED) return;
  const holder: { stack?: unknown } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = TRACE_FRAMES;
  Error.captureStackTrace(holder, below ?? captureTraceback);
  Error.stackTraceLimit = limit;
  e.$stack = holder;
}

/** Make an instance of exception class `t` with `args` (no `__init__` runs: for TypeScript code
 *  and builtin classes). */
export function newException(t: PyType, args: ArrayLike<unknown>): any {
  const e = new t.$ctor() as PyBaseExceptionObject;
  e.$args = args.length === 0 ? EMPTY_ARGS : Array.isArray(args) ? args : Array.from(args);
  if (e.$setAttrs !== null) e.$setAttrs(e, e.$args, null);
  return e;
}

/** Hook run on every exception raised from TypeScript (sets `__context__` from the exception
 *  being handled); installed by runtime/system/handling.ts. */
export const raiseHooks: { onRaise: (e: PyBaseExceptionObject) => void } = { onRaise: () => {} };

/** Raise exception instance `e` made in TypeScript (chained and traced as a raise is). */
export function raiseException(e: PyBaseExceptionObject): never {
  raiseHooks.onRaise(e);
  captureTraceback(e, raiseException);
  throw e;
}

/** Raise builtin exception class `t` with `args`: `raise(exc.TypeError, "...")`. */
export function raise(t: PyType, ...args: unknown[]): never {
  const e = newException(t, args);
  raiseHooks.onRaise(e);
  captureTraceback(e, raise);
  throw e;
}
