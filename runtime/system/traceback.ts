// CPython-style traceback text for an exception: its frames mapped through the bundle's source
// map, its chain of causes and contexts, and its last line.
import { isPyException, type PyBaseExceptionObject } from '../core/exceptions.js';
import { str } from '../ops/repr.js';
import { mapPosition, type PyPosition } from './sourcemap.js';
import { groupParts } from './exception-groups.js';
import { absolutePath } from './paths.js';
import { caretLine } from './carets.js';
import { suggestionFor } from './suggestions.js';
import { instanceNamespace } from '../core/attributes.js';

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

export interface RawFrame { file: string; line: number; column: number; name: string | null }

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

/** The JS frames of the code running now (below the caller of `below`), innermost first. */
export function currentJsFrames(below: Function): RawFrame[] {
  const holder: { stack?: unknown } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  Error.captureStackTrace(holder, below);
  Error.stackTraceLimit = limit;
  return rawFrames(holder);
}

/** The Python frames of the code running now, outermost first (traceback.format_stack()). */
export function currentPythonFrames(below: Function): PyFrame[] {
  const frames: PyFrame[] = [];
  for (const f of currentJsFrames(below)) {
    const pos = mapPosition(f.file, f.line, f.column);
    if (pos !== null) frames.push({ ...pos, file: absolutePath(pos.file), name: pythonName(f.name) });
  }
  return frames.reverse();
}

/** The JS frames of `e`'s raise, innermost first, read once. */
function jsFrames(e: PyExc): RawFrame[] {
  const holder = e.$stack as ({ stack?: unknown; $frames?: RawFrame[] } | null);
  if (holder === null) return [];
  return holder.$frames ??= rawFrames(holder);
}

function sameFrame(a: RawFrame, b: RawFrame): boolean {
  return a.line === b.line && a.column === b.column && a.file === b.file && a.name === b.name;
}

/** The Python frames of exception `e`, outermost first (empty when none were recorded). A JS
 *  stack runs to the program's start, but a Python traceback stops at the frame that handled the
 *  exception: when `e` was handled and `after` is the exception raised during or because of that
 *  (or the group holding it), the outer frames `e` shares with `after` are left out. */
export function pythonFrames(e: PyExc, after: PyExc | RawFrame[] | null = null): PyFrame[] {
  const own = jsFrames(e);
  let end = own.length;
  if (after !== null) {
    const other = Array.isArray(after) ? after : jsFrames(after);
    let j = other.length;
    while (end > 0 && j > 0 && sameFrame(own[end - 1]!, other[j - 1]!)) {
      end--;
      j--;
    }
  }
  const frames: PyFrame[] = [];
  for (let i = 0; i < end; i++) {
    const f = own[i]!;
    const pos = mapPosition(f.file, f.line, f.column);
    if (pos !== null) frames.push({ ...pos, file: absolutePath(pos.file), name: pythonName(f.name) });
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
    if (text) {
      out += `    ${text}\n`;
      const carets = f.endCol === null ? null : caretLine(f.text!, f.col, f.endCol);
      if (carets !== null) out += carets + '\n';
    }
  }
  flushRepeats();
  return out;
}

/** `ValueError: msg`, `__main__.MyError`, with the exception's notes after it. */
export function formatExceptionOnly(e: PyExc, suggest = false): string {
  const cls = e.$cls;
  const mod = cls.$module;
  const name = mod === 'builtins' || mod === '__main__' ? cls.$qualname : `${mod}.${cls.$qualname}`;
  let text: string;
  try {
    text = str(e);
  } catch {
    text = '<exception str() failed>';
  }
  // The interpreter's own printing (not the traceback module, in 3.11) suggests a close name.
  const hint = suggest ? suggestionFor(e) : '';
  let out = text === '' && hint === '' ? `${name}\n` : `${name}: ${text}${hint}\n`;
  const notes = instanceNamespace(e, e.$cls)?.__notes__;
  if (Array.isArray(notes)) {
    for (const n of notes) out += `${typeof n === 'string' ? n : str(n)}\n`;
  }
  return out;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';
/** CPython's limits on printed exception groups. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Where printing stands inside nested exception groups (traceback.py's print context). */
class PrintContext {
  out = '';
  depth = 0;
  needClose = false;
  seen = new Set<PyExc>();

  constructor(readonly suggest: boolean) {}

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  /** Add `text` with every line prefixed by the group margin. */
  emit(text: string, margin = '|'): void {
    const prefix = this.depth > 0 ? `${this.indent()}${margin} ` : '';
    if (prefix === '') { this.out += text; return; }
    for (const line of text.split(/(?<=\n)/)) if (line !== '') this.out += prefix + line;
  }
}

/** The chain of `e` (causes and contexts), outermost first, each with the message printed
 *  before it (the one relating it to the exception printed just before). */
function chainOf(e: PyExc, seen: Set<PyExc>): [string | null, PyExc][] {
  const chain: [string | null, PyExc][] = [];
  let cur: PyExc | null = e;
  while (cur !== null) {
    seen.add(cur);
    const cause: unknown = cur.$cause;
    const context: unknown = cur.$context;
    let msg: string | null = null;
    let next: PyExc | null = null;
    if (isPyException(cause) && !seen.has(cause)) {
      msg = CAUSE;
      next = cause;
    } else if (!cur.$suppressContext && isPyException(context) && !seen.has(context)) {
      msg = CONTEXT;
      next = context;
    }
    chain.push([msg, cur]);
    cur = next;
  }
  return chain.reverse();
}

function formatInto(ctx: PrintContext, e: PyExc, container: PyExc | RawFrame[] | null): void {
  const chain = chainOf(e, ctx.seen);
  for (let i = 0; i < chain.length; i++) {
    const [msg, x] = chain[i]!;
    if (msg !== null) ctx.emit(msg);
    const frames = pythonFrames(x, i + 1 < chain.length ? chain[i + 1]![1] : container);
    const group = groupParts(x);
    if (group === null) {
      if (frames.length > 0) ctx.emit('Traceback (most recent call last):\n' + formatFrames(frames));
      ctx.emit(formatExceptionOnly(x, ctx.suggest));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      formatGroup(ctx, x, frames, group.exceptions);
    }
  }
}

function formatGroup(ctx: PrintContext, g: PyExc, frames: PyFrame[], parts: PyExc[]): void {
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (frames.length > 0) {
    ctx.emit('Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    ctx.emit(formatFrames(frames));
  }
  ctx.emit(formatExceptionOnly(g, ctx.suggest));
  const n = parts.length <= MAX_GROUP_WIDTH ? parts.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : String(i + 1);
    ctx.out += `${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      formatInto(ctx, parts[i]!, g);
    } else {
      const remaining = parts.length - MAX_GROUP_WIDTH;
      ctx.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out += `${ctx.indent()}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

/** The traceback text of `e` (as traceback.format_exception gives it): chained exceptions first,
 *  exception groups drawn as nested boxes; frames stop at `handledAt` when given. */
export function formatException(e: PyExc, handledAt: RawFrame[] | null = null): string {
  const ctx = new PrintContext(false);
  formatInto(ctx, e, handledAt);
  return ctx.out;
}

/** What the interpreter prints for an exception that ended the program (sys.excepthook's text:
 *  the full traceback with name suggestions). */
export function formatUncaught(e: PyExc): string {
  const ctx = new PrintContext(true);
  formatInto(ctx, e, null);
  return ctx.out;
}

/** `e` without its chain (traceback.format_exception(chain=False)). */
export function formatExceptionAlone(e: PyExc, handledAt: RawFrame[] | null = null): string {
  const ctx = new PrintContext(false);
  ctx.seen.add(e);
  const saved = [e.$cause, e.$context];
  e.$cause = null;
  e.$context = null;
  try {
    formatInto(ctx, e, handledAt);
  } finally {
    [e.$cause, e.$context] = saved;
  }
  return ctx.out;
}
