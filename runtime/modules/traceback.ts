// The `traceback` module's common functions: format and print exceptions and the current stack.
import { exc, isPyException, raise, type PyBaseExceptionObject } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { callMethod } from '../core/call.js';
import { registerBuiltinModule } from '../system/modules.js';
import { currentException } from '../system/handling.js';
import { stderrWrite } from '../system/stdio.js';
import { sysModule } from './sys.js';
import { tracebackFrames } from '../system/traceback-objects.js';
import {
  currentJsFrames, currentPythonFrames, formatException, formatExceptionAlone, formatExceptionOnly, formatFrames,
} from '../system/traceback.js';

/** Text as CPython's traceback functions return it: one string per line, each with its '\n'. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

/** The exception a call names: new style `f(exc)`, or old style `f(type, value, tb)`. */
function exceptionArg(first: unknown, value: unknown): PyBaseExceptionObject | null {
  if (isPyException(first)) return first;
  if (value === undefined || value === null) return null;
  if (!isPyException(value)) raise(exc.TypeError!, 'Exception expected for value');
  return value;
}

/** The full text for `e` as seen from where it is being handled (frames stop at that frame). */
function formatHandled(e: PyBaseExceptionObject, chain: unknown, below: Function): string {
  const here = currentJsFrames(below);
  return chain === false ? formatExceptionAlone(e, here) : formatException(e, here);
}

function writeTo(file: unknown, text: string): void {
  const target = file === undefined || file === null ? sysModule.$d.stderr : file;
  if (target === undefined || target === null) stderrWrite(text);
  else callMethod(target, 'write', text);
}

registerBuiltinModule('traceback', (m) => {
  const d = m.$d;
  const formatOnly = builtinFunction('format_exception_only(exc, /, value=None)', (first: unknown, value: unknown) => {
    const e = exceptionArg(first, value);
    return e === null ? [`${String((first as { $name?: string })?.$name ?? 'NoneType')}: None\n`] : lines(formatExceptionOnly(e));
  });
  const formatExc = builtinFunction('format_exception(exc, /, value=None, tb=None, limit=None, chain=True)',
    function formatExceptionFn(first: unknown, value: unknown, _tb: unknown, _limit: unknown, chain: unknown) {
      const e = exceptionArg(first, value);
      return e === null ? ['NoneType: None\n'] : lines(formatHandled(e, chain, formatExceptionFn));
    });
  const printException = builtinFunction('print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True)',
    function printExceptionFn(first: unknown, value: unknown, _tb: unknown, _limit: unknown, file: unknown, chain: unknown) {
      const e = exceptionArg(first, value);
      writeTo(file, e === null ? 'NoneType: None\n' : formatHandled(e, chain, printExceptionFn));
      return null;
    });
  const formatExcNow = builtinFunction('format_exc(limit=None, chain=True)', function formatExcFn(_limit: unknown, chain: unknown) {
    const e = currentException();
    return e === null ? 'NoneType: None\n' : formatHandled(e, chain, formatExcFn);
  });
  const printExc = builtinFunction('print_exc(limit=None, file=None, chain=True)', function printExcFn(_limit: unknown, file: unknown, chain: unknown) {
    const e = currentException();
    writeTo(file, e === null ? 'NoneType: None\n' : formatHandled(e, chain, printExcFn));
    return null;
  });
  const formatStack = builtinFunction('format_stack(f=None, limit=None)', function formatStackFn() {
    return lines(formatFrames(currentPythonFrames(formatStackFn)));
  });
  const printStack = builtinFunction('print_stack(f=None, limit=None, file=None)', function printStackFn(_f: unknown, _limit: unknown, file: unknown) {
    writeTo(file, formatFrames(currentPythonFrames(printStackFn)));
    return null;
  });
  const formatTb = builtinFunction('format_tb(tb, limit=None)', (tb: unknown) => lines(formatFrames(tracebackFrames(tb))));
  const printTb = builtinFunction('print_tb(tb, limit=None, file=None)', (tb: unknown, _limit: unknown, file: unknown) => {
    writeTo(file, formatFrames(tracebackFrames(tb)));
    return null;
  });
  Object.assign(d, {
    format_tb: formatTb, print_tb: printTb,
    format_exception_only: formatOnly, format_exception: formatExc, print_exception: printException,
    format_exc: formatExcNow, print_exc: printExc, format_stack: formatStack, print_stack: printStack,
  });
});
