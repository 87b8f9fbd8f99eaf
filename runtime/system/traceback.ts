// CPython-style traceback text for an exception: its frames mapped through the bundle's source
// map, its chain of causes and contexts, and its last line.
import { isPyException, type PyBaseExceptionObject } from '../core/exceptions.js';
import { str } from '../ops/repr.js';
import { mapPosition, type PyPosition } from './sourcemap.js';

type PyExc = PyBaseExceptionObject;

/** One Python frame of a traceback. */
export interface PyFrame extends PyPosition { name: string }

/** The Python name of a compiled function from its JS name (docs/runtime-abi.md, Tracebacks). */
function pythonName(jsName: string | null): string {
  if (!jsName) return '<module>';
  const dot = jsName.lastIndexOf('.');
  const n = dot >= 0 ? jsName.slice(dot + 1) : jsName;
  switch (n) {
    case '$module': return '<module>';
    case '$lambda': return '<lambda>';
    case '$listcomp': return '<listcomp>';
    case '$setcomp': return '<setcomp>';
    case '$dictcomp': return '<dictcomp>';
    case '$genexpr': return '<genexpr>';
    default: return n.endsWith('$') ? n.slice(0, -1) : n;
  }
}

interface RawFrame { file: string; line: number; column: number; name: string | null }

/** Read the captured stack of `holder` as frames, innermost first. */
function rawFrames(holder: { stack?: unknown }): RawFrame[] {
  const prev = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, sites) => sites;
  let stack: unknown;
  try {
    stack = holder.stack;
  } finally {
    Error.prepareStackTrace = prev;
  }
  if (Array.isArray(stack)) {
    return (stack as NodeJS.CallSite[]).map((s) => ({
      file: s.getFileName() ?? '', line: s.getLineNumber() ?? 0, column: s.getColumnNumber() ?? 0, name: s.getFunctionName(),
    }));
  }
  if (typeof stack !== 'string') return [];
  // A stack already formatted as text: "    at name (file:line:col)" or "    at file:line:col".
  const out: RawFrame[] = [];
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:(.*?) \()?(.*):(\d+):(\d+)\)?$/.exec(line);
    if (m) out.push({ name: m[1] ?? null, file: m[2]!, line: Number(m[3]), column: Number(m[4]) });
  }
  return out;
}

/** The Python frames of exception `e`, outermost first (empty when none were recorded). */
export function pythonFrames(e: PyExc): PyFrame[] {
  if (e.$stack === null) return [];
  const frames: PyFrame[] = [];
  for (const f of rawFrames(e.$stack)) {
    const pos = mapPosition(f.file, f.line, f.column);
    if (pos !== null) frames.push({ ...pos, name: pythonName(f.name) });
  }
  return frames.reverse();
}

/** A repeated frame is printed three times, then summarised, as CPython does. */
const REPEAT_SHOWN = 3;

/** The `  File ..., line N, in name` lines of `frames`. */
export function formatFrames(frames: PyFrame[]): string {
  let out = '';
  let last = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > REPEAT_SHOWN) {
      const more = repeats - REPEAT_SHOWN;
      out += `  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]\n`;
    }
  };
  for (const f of frames) {
    const key = `${f.file}\0${f.line}\0${f.name}`;
    if (key === last) {
      repeats++;
      if (repeats > REPEAT_SHOWN) continue;
    } else {
      flushRepeats();
      last = key;
      repeats = 1;
    }
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const text = f.text?.trim();
    if (text) out += `    ${text}\n`;
  }
  flushRepeats();
  return out;
}

/** `ValueError: msg`, `__main__.MyError`, with the exception's notes after it. */
export function formatExceptionOnly(e: PyExc): string {
  const cls = e.$cls;
  const mod = cls.$module;
  const name = mod === 'builtins' ? cls.$qualname : `${mod}.${cls.$qualname}`;
  let text: string;
  try {
    text = str(e);
  } catch {
    text = '<exception str() failed>';
  }
  let out = text === '' ? `${name}\n` : `${name}: ${text}\n`;
  const notes = e.$d?.__notes__;
  if (Array.isArray(notes)) {
    for (const n of notes) out += `${typeof n === 'string' ? n : str(n)}\n`;
  }
  return out;
}

/** One exception's traceback block, without its chain. */
function formatOne(e: PyExc): string {
  const frames = pythonFrames(e);
  const head = frames.length > 0 ? 'Traceback (most recent call last):\n' + formatFrames(frames) : '';
  return head + formatExceptionOnly(e);
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** The full text CPython prints for an uncaught exception `e`: chained exceptions first. */
export function formatException(e: PyExc, seen = new Set<PyExc>()): string {
  seen.add(e);
  let out = '';
  const cause = e.$cause;
  const context = e.$context;
  if (isPyException(cause) && !seen.has(cause)) {
    out = formatException(cause, seen) + CAUSE;
  } else if (!e.$suppressContext && isPyException(context) && !seen.has(context)) {
    out = formatException(context, seen) + CONTEXT;
  }
  return out + formatOne(e);
}
