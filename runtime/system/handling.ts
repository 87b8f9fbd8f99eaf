// Raising and handling from compiled code: makeRaise, toPyException, excMatches and the stack of
// exceptions being handled (sys.exc_info(), bare `raise`, implicit __context__).
import { call } from '../core/call.js';
import {
  captureTraceback, exc, isPyException, newException, noteCaught, raise, raiseHooks, type PyBaseExceptionObject,
} from '../core/exceptions.js';
import { PyType, typeOf } from '../core/type.js';
import { PyTuple, tupleOf } from '../core/values.js';
import { tracebackOf } from './traceback-objects.js';

type PyExc = PyBaseExceptionObject;

/** The exception being handled by the innermost running `except` clause, or null. */
let handled: PyExc | null = null;

/** The exception being handled, or null (sys.exception()). */
export function currentException(): PyExc | null {
  return handled;
}

/** Enter an `except` clause handling `e`; returns what `excLeave` restores. */
export function excEnter(e: PyExc): PyExc | null {
  const saved = handled;
  handled = e;
  return saved;
}

/** Leave an `except` clause (also when it raises): restore the previously handled exception. */
export function excLeave(saved: PyExc | null): void {
  handled = saved;
}

/** Set `e.$context` to the exception being handled, as a raise does, breaking any cycle this
 *  would create in the chain. */
function chainContext(e: PyExc): void {
  const ctx = handled;
  if (ctx === null || ctx === e) return;
  for (let o: PyExc | null = ctx; o !== null; o = o.$context as PyExc | null) {
    if (o.$context === e) { o.$context = null; break; }
  }
  e.$context = ctx;
}
raiseHooks.onRaise = chainContext;

const BaseException = exc.BaseException!;

function isExceptionClass(v: unknown): v is PyType {
  return v instanceof PyType && v.$mro.includes(BaseException);
}

/** Instantiate exception class `t` with no arguments, as `raise T` does. */
function instantiate(t: PyType): PyExc {
  const v = call(t);
  if (!isPyException(v)) {
    raise(exc.TypeError!, `calling ${t.$name} should have returned an instance of BaseException, not ${typeOf(v).$name}`);
  }
  return v;
}

function toRaisable(v: unknown, what: string): PyExc {
  if (isPyException(v)) return v;
  if (isExceptionClass(v)) return instantiate(v);
  return raise(exc.TypeError!, what);
}

/** `raise E` / `raise E from cause` (`cause` undefined when there is no `from`; null for
 *  `from None`); with no arguments, bare `raise`. Returns the exception to throw. */
export function makeRaise(E?: unknown, cause?: unknown): PyExc {
  if (E === undefined) return reraise();
  const e = toRaisable(E, 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    e.$cause = cause === null ? null : toRaisable(cause, 'exception causes must derive from BaseException');
    e.$suppressContext = true;
  }
  chainContext(e);
  captureTraceback(e, makeRaise);
  return e;
}

/** Bare `raise`: the exception being handled, with its traceback as it was. */
export function reraise(): PyExc {
  if (handled === null) raise(exc.RuntimeError!, 'No active exception to reraise');
  return handled;
}

/** The Python exception for anything JS threw: Python exceptions as they are; a JS stack
 *  overflow becomes RecursionError; other JS errors become the closest Python exception. */
export function toPyException(err: unknown): PyExc {
  return isPyException(err) ? err : fromJsError(err);
}

/** The converted exception is kept on the JS error so every handler sees the same object. */
function fromJsError(err: unknown): PyExc {
  if (err !== null && typeof err === 'object' && (err as { $py?: PyExc }).$py !== undefined) return (err as { $py: PyExc }).$py;
  let e: PyExc;
  if (err instanceof RangeError && /call stack/.test(err.message)) {
    e = newException(exc.RecursionError!, ['maximum recursion depth exceeded']);
  } else if (err instanceof RangeError && /Invalid (array|string) length|allocation failed/.test(err.message)) {
    e = newException(exc.MemoryError!, []);
  } else if (err instanceof TypeError) {
    e = newException(exc.TypeError!, [jsTypeErrorMessage(err.message)]);
  } else if (err instanceof Error) {
    e = newException(exc.SystemError!, [`${err.name}: ${err.message}`]);
  } else {
    e = newException(exc.SystemError!, [`JavaScript threw ${String(err)}`]);
  }
  if (err instanceof Error) {
    e.$stack = err;
    (err as { $py?: PyExc }).$py = e;
  }
  chainContext(e);
  return e;
}

/** Reword the JS TypeErrors that compiled code can meet into Python's terms. */
function jsTypeErrorMessage(message: string): string {
  const m = /^Cannot (?:read|set) properties of (null|undefined) \(reading '([^']*)'\)/.exec(message);
  if (m) return `'NoneType' object has no attribute '${m[2]}'`;
  return message;
}

function checkCatchable(E: unknown): void {
  if (E instanceof PyType && E.$mro.includes(BaseException)) return;
  raise(exc.TypeError!, 'catching classes that do not inherit from BaseException is not allowed');
}

/** Does `except E` catch `e`? `E` is a class or a tuple of classes. */
export function excMatches(e: PyExc, E: unknown): boolean {
  const cls = e.$cls;
  if (cls === E) {
    noteCaught(cls);
    return true;
  }
  if (E instanceof PyType) {
    const mro = cls.$mro;
    for (let i = 1; i < mro.length; i++) {
      if (mro[i] === E) {
        noteCaught(cls);
        return true;
      }
    }
    checkCatchable(E);
    return false;
  }
  if (E instanceof PyTuple) {
    for (let i = 0; i < E.length; i++) checkCatchable(E[i]);
    for (let i = 0; i < E.length; i++) {
      if (cls.$mro.includes(E[i] as PyType)) {
        noteCaught(cls);
        return true;
      }
    }
    return false;
  }
  checkCatchable(E);
  return false;
}

/** `sys.exc_info()`: (type, value, traceback) of the exception being handled. */
export function excInfo(): PyTuple {
  if (handled === null) return tupleOf(null, null, null);
  return tupleOf(handled.$cls, handled, tracebackOf(handled));
}
