// print() and input(): the builtins that talk to sys.stdout / sys.stdin.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { typeOf } from '../core/type.js';
import { callMethod } from '../core/call.js';
import { str } from '../ops/repr.js';
import { truthy } from '../ops/truthy.js';
import { stdoutFlush, stdinReadLine, stdoutWrite } from '../system/stdio.js';
import { varargsBuiltin } from './varargs-builtin.js';

function textArg(v: unknown, name: string, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'string') return v;
  return raise(exc.TypeError!, `${name} must be None or a string, not ${typeOf(v).$name}`);
}

/** `print(*objects, sep=' ', end='\n', file=None, flush=False)`. */
export function print(args: unknown[], sep?: unknown, end?: unknown, file?: unknown, flush?: unknown): null {
  const s = textArg(sep, 'sep', ' ');
  const e = textArg(end, 'end', '\n');
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    text += (i === 0 ? '' : s) + (typeof v === 'string' ? v : str(v));
  }
  text += e;
  if (file === undefined || file === null) {
    // The buffered fast path of the process's stdout.
    stdoutWrite(text);
    if (flush !== undefined && truthy(flush)) stdoutFlush();
  } else {
    callMethod(file, 'write', text);
    if (flush !== undefined && truthy(flush)) callMethod(file, 'flush');
  }
  return null;
}

/** `input(prompt='')`: reads one line from sys.stdin without its newline. */
export function input(prompt?: unknown): string {
  if (prompt !== undefined && prompt !== null) {
    stdoutWrite(str(prompt));
    stdoutFlush();
  }
  const line = stdinReadLine();
  if (line === '') return raise(exc.EOFError!, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

registerBuiltin('print', varargsBuiltin("print(*args, sep=' ', end=None, file=None, flush=False)", print));
registerBuiltin('input', builtinFunction('input(prompt=None, /)', input));
