// Program start and end: run the entry module as __main__, print an uncaught exception's
// traceback, honour SystemExit, and never lose buffered output.
import { exc, isPyException, type PyBaseExceptionObject } from '../core/exceptions.js';
import { str } from '../ops/repr.js';
import { defaultExcepthook, initSysForMain, sysModule } from '../modules/sys.js';
import { call } from '../core/call.js';
import { tracebackOf } from './traceback-objects.js';
import { builtinsModule } from '../modules/builtins.js';
import { runExitFunctions } from '../modules/atexit.js';
import { findDefinition, newModule, sysModules, type ModuleDefinition, type PyModule } from './modules.js';
import { toPyException } from './handling.js';
import { formatException, formatUncaught } from './traceback.js';
import { stderrWrite, stdoutFlush } from './stdio.js';
import { absolutePath, dirName } from './paths.js';

interface NodeProcess {
  argv: string[];
  cwd(): string;
  exit(code: number): never;
  exitCode?: number;
  on(event: string, listener: () => void): void;
}
const proc = (globalThis as { process?: NodeProcess }).process;


function exitProcess(code: number): never | void {
  runExitFunctions();
  stdoutFlush();
  if (proc === undefined) return;
  proc.exitCode = code;
  proc.exit(code);
}

/** Frames a JS error keeps: enough for the deepest stack V8 allows. */
const JS_ERROR_FRAMES = 20000;

/** The exit status for `SystemExit(code)`, printing a non-integer code as CPython does. */
function systemExitStatus(e: PyBaseExceptionObject): number {
  const code = (e as unknown as { $x_code?: unknown }).$x_code ?? null;
  if (code === null) return 0;
  if (typeof code === 'number' && Number.isInteger(code)) return code;
  if (typeof code === 'boolean') return code ? 1 : 0;
  if (typeof code === 'bigint') return Number(BigInt.asIntN(32, code));
  stderrWrite(str(code) + '\n');
  return 1;
}

/** End the program for an exception that reached the top. */
function uncaught(err: unknown): void {
  const e = isPyException(err) ? err : toPyException(err);
  if (e.$cls.$mro.includes(exc.SystemExit!)) {
    exitProcess(systemExitStatus(e));
    return;
  }
  reportUncaught(e);
  exitProcess(e.$cls.$mro.includes(exc.KeyboardInterrupt!) ? 130 : 1);
}

/** Print an uncaught exception through sys.excepthook (the traceback, unless a program replaced
 *  the hook); a failing hook is reported as CPython reports it. */
function reportUncaught(e: PyBaseExceptionObject): void {
  const hook = sysModule.$d.excepthook;
  if (hook === defaultExcepthook || hook === undefined) {
    stderrWrite(formatUncaught(e));
    return;
  }
  try {
    call(hook, e.$cls, e, tracebackOf(e));
  } catch (err) {
    const failure = toPyException(err);
    stderrWrite(`Error in sys.excepthook:\n${formatException(failure)}\nOriginal exception was:\n${formatException(e)}`);
  }
}

/** Run the bundle's entry module (by name or file) as `__main__`. */
export function runMain(entry: string): void {
  const def = findDefinition(entry);
  const file = def?.file ?? entry;
  const absFile = absolutePath(file);
  initSysForMain(file, proc ? proc.argv.slice(2) : [], dirName(absFile));
  proc?.on('exit', stdoutFlush);
  // A JS stack overflow becomes RecursionError, whose traceback starts at the program's first
  // frame as CPython's does: JS errors keep their whole stack (Python exceptions never make one).
  Error.stackTraceLimit = JS_ERROR_FRAMES;
  // CPython makes the script's path absolute for __file__ (sys.argv[0] stays as given).
  const m = newModule('__main__', absFile, false);
  m.$d.__package__ = null;
  m.$d.__spec__ = null;
  m.$d.__builtins__ = builtinsModule;
  sysModules.$set('__main__', m);
  if (def === undefined) {
    uncaught(toPyException(new Error(`pyts: no module ${entry} in this bundle`)));
    return;
  }
  // The program runs as a microtask: code that Node runs directly under its module loader pays
  // for an error message object on every `throw` (about five times the cost of a raise and catch),
  // code run from the microtask queue does not.
  queueMicrotask(() => runBody(def, m));
}

function runBody(def: ModuleDefinition, m: PyModule): void {
  let result: unknown;
  m.$initializing = true;
  try {
    result = def.body(m, m.$d);
  } catch (err) {
    m.$initializing = false;
    uncaught(err);
    return;
  }
  m.$initializing = false;
  if (result instanceof Promise) {
    result.then(finish, uncaught);
    return;
  }
  finish();
}

/** The program ran to its end: atexit functions, then the buffered output. */
function finish(): void {
  runExitFunctions();
  stdoutFlush();
}
