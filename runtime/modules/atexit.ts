// The `atexit` module: functions registered to run when the program ends (normally, through
// sys.exit, or after an uncaught exception), last registered first.
import { builtinFunction } from '../core/function.js';
import { callEx } from '../core/call.js';
import { PyTuple } from '../core/values.js';
import type { PyDict } from '../types/dict.js';
import { repr } from '../ops/repr.js';
import { registerBuiltinModule } from '../system/modules.js';
import { toPyException } from '../system/handling.js';
import { formatException } from '../system/traceback.js';
import { stderrWrite } from '../system/stdio.js';

interface ExitCall { fn: unknown; args: unknown[]; kwargs: PyDict | null }
const registered: ExitCall[] = [];

/** Run and forget the registered functions; an exception in one is reported and the rest run. */
export function runExitFunctions(): void {
  while (registered.length > 0) {
    const { fn, args, kwargs } = registered.pop()!;
    try {
      callEx(fn, args, kwargs);
    } catch (err) {
      const e = toPyException(err);
      stderrWrite(`Exception ignored in atexit callback: ${repr(fn)}\n${formatException(e)}`);
    }
  }
}

registerBuiltinModule('atexit', (m) => {
  const d = m.$d;
  d.register = builtinFunction('register(func, /, *args, **kwargs)', (fn: unknown, args: PyTuple, kwargs: PyDict | null) => {
    registered.push({ fn, args: [...args], kwargs: kwargs !== null && kwargs.$size > 0 ? kwargs : null });
    return fn;
  });
  d.unregister = builtinFunction('unregister(func, /)', (fn: unknown) => {
    for (let i = registered.length - 1; i >= 0; i--) if (registered[i]!.fn === fn) registered.splice(i, 1);
    return null;
  });
  d._run_exitfuncs = builtinFunction('_run_exitfuncs()', () => { runExitFunctions(); return null; });
  d._clear = builtinFunction('_clear()', () => { registered.length = 0; return null; });
  d._ncallbacks = builtinFunction('_ncallbacks()', () => registered.length);
});
