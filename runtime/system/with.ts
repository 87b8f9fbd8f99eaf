// The `with` statement's protocol: __enter__ on entry, __exit__ with the exception (if any) as the
// exception being handled, and whether __exit__ swallowed it.
import { exc, noteCaught, raise, type PyBaseExceptionObject } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { bindAttribute } from '../core/attributes.js';
import { call } from '../core/call.js';
import { truthy } from '../ops/truthy.js';
import { excEnter, excLeave } from './handling.js';

/** `with mgr:` entry: returns [bound __exit__, the __enter__ result]. */
export function withEnter(mgr: unknown): [unknown, unknown] {
  const cls = typeOf(mgr);
  const enter = lookup(cls, '__enter__');
  if (enter === undefined) raise(exc.TypeError!, `'${cls.$name}' object does not support the context manager protocol`);
  const exit = lookup(cls, '__exit__');
  if (exit === undefined) raise(exc.TypeError!, `'${cls.$name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = bindAttribute(exit, mgr, cls);
  return [boundExit, call(bindAttribute(enter, mgr, cls))];
}

/** `with` exit: `e` null for a normal exit; otherwise __exit__ sees (type, value, tb) with `e` as
 *  the exception being handled. Returns true when __exit__ swallowed `e`. */
export function withExit(exit: unknown, e: PyBaseExceptionObject | null): boolean {
  if (e === null) {
    call(exit, null, null, null);
    return false;
  }
  const saved = excEnter(e);
  let swallowed: boolean;
  try {
    swallowed = truthy(call(exit, e.$cls, e, e.$traceback));
  } finally {
    excLeave(saved);
  }
  if (swallowed) noteCaught(e.$cls);
  return swallowed;
}
