// The `with` statement's protocol: __enter__ on entry, __exit__ with the exception (if any) as the
// exception being handled, and whether __exit__ swallowed it.
import { exc, noteCaught, raise, type PyBaseExceptionObject } from '../core/exceptions.js';
import { lookup, typeOf, type PyType } from '../core/type.js';
import { bindAttribute } from '../core/attributes.js';
import { call, isMethodLike } from '../core/call.js';
import { truthy } from '../ops/truthy.js';
import { excEnter, excLeave } from './handling.js';
import { tracebackOf } from './traceback-objects.js';

/** What `withEnter` hands back for `withExit`: the manager and the `__exit__` found on entry.
 *  A plain function is kept unbound and called with the manager, so no bound method is made. */
class ExitHandle {
  constructor(readonly mgr: unknown, readonly exit: unknown, readonly cls: PyType) {}

  call(t: unknown, v: unknown, tb: unknown): unknown {
    const f = this.exit;
    if (isMethodLike(f)) return f(this.mgr, t, v, tb);
    return call(bindAttribute(f, this.mgr, this.cls), t, v, tb);
  }
}

/** `with mgr:` entry: returns [exit handle, the __enter__ result] (docs/runtime-abi.md). */
export function withEnter(mgr: unknown): [ExitHandle, unknown] {
  const cls = typeOf(mgr);
  const enter = lookup(cls, '__enter__');
  if (enter === undefined) raise(exc.TypeError!, `'${cls.$name}' object does not support the context manager protocol`);
  const exit = lookup(cls, '__exit__');
  if (exit === undefined) raise(exc.TypeError!, `'${cls.$name}' object does not support the context manager protocol (missed __exit__ method)`);
  const handle = new ExitHandle(mgr, exit, cls);
  const value = isMethodLike(enter) ? enter(mgr) : call(bindAttribute(enter, mgr, cls));
  return [handle, value];
}

/** `with` exit: `e` null for a normal exit; otherwise __exit__ sees (type, value, tb) with `e` as
 *  the exception being handled. Returns true when __exit__ swallowed `e`. */
export function withExit(handle: ExitHandle, e: PyBaseExceptionObject | null): boolean {
  if (e === null) {
    handle.call(null, null, null);
    return false;
  }
  const saved = excEnter(e);
  let swallowed: boolean;
  try {
    swallowed = truthy(handle.call(e.$cls, e, tracebackOf(e)));
  } finally {
    excLeave(saved);
  }
  if (swallowed) noteCaught(e.$cls);
  return swallowed;
}
