// Traceback, frame and code objects for `exc.__traceback__` and sys.exc_info(), built on demand
// from the JS stack a raise captured.
import { newBuiltinType, objectType, type PyType } from '../core/type.js';
import { defineGetSet } from '../core/descriptors.js';
import { defineMethods } from '../core/function.js';
import type { PyBaseExceptionObject } from '../core/exceptions.js';
import { currentJsFrames, pythonFrames, type PyFrame } from './traceback.js';

class PyCode {
  declare $cls: PyType;
  constructor(readonly $name: string, readonly $file: string, readonly $line: number) {}
}
const codeType = newBuiltinType('code', objectType, 'builtins', PyCode as unknown as new () => object);
defineGetSet(codeType, 'co_name', (c: PyCode) => c.$name);
defineGetSet(codeType, 'co_qualname', (c: PyCode) => c.$name);
defineGetSet(codeType, 'co_filename', (c: PyCode) => c.$file);
defineGetSet(codeType, 'co_firstlineno', (c: PyCode) => c.$line);
defineMethods(codeType, {
  '__repr__(self)': (c: PyCode) => `<code object ${c.$name}, file "${c.$file}", line ${c.$line}>`,
});

class PyFrameObject {
  declare $cls: PyType;
  constructor(readonly $code: PyCode, readonly $line: number, readonly $back: PyFrameObject | null) {}
}
const frameType = newBuiltinType('frame', objectType, 'builtins', PyFrameObject as unknown as new () => object);
defineGetSet(frameType, 'f_code', (f: PyFrameObject) => f.$code);
defineGetSet(frameType, 'f_lineno', (f: PyFrameObject) => f.$line);
defineGetSet(frameType, 'f_back', (f: PyFrameObject) => f.$back);
defineMethods(frameType, {
  '__repr__(self)': (f: PyFrameObject) => `<frame, file '${f.$code.$file}', line ${f.$line}, code ${f.$code.$name}>`,
});

/** One level of a traceback: a frame and the line it was at, outermost first along tb_next. */
export class PyTraceback {
  declare $cls: PyType;
  constructor(readonly $frame: PyFrameObject, readonly $line: number, public $next: PyTraceback | null, readonly $source: PyFrame) {}
}
const tracebackType = newBuiltinType('traceback', objectType, 'builtins', PyTraceback as unknown as new () => object);
defineGetSet(tracebackType, 'tb_frame', (t: PyTraceback) => t.$frame);
defineGetSet(tracebackType, 'tb_lineno', (t: PyTraceback) => t.$line);
defineGetSet(tracebackType, 'tb_lasti', () => -1);
defineGetSet(tracebackType, 'tb_next', (t: PyTraceback) => t.$next, (t: PyTraceback, v: unknown) => {
  t.$next = v instanceof PyTraceback ? v : null;
});

/** A traceback chain for `frames` (outermost first), or null when there are none. */
function chain(frames: PyFrame[]): PyTraceback | null {
  let head: PyTraceback | null = null;
  let prev: PyTraceback | null = null;
  let back: PyFrameObject | null = null;
  for (const f of frames) {
    const frame = new PyFrameObject(new PyCode(f.name, f.file, f.line), f.line, back);
    back = frame;
    const tb = new PyTraceback(frame, f.line, null, f);
    if (prev === null) head = tb;
    else prev.$next = tb;
    prev = tb;
  }
  return head;
}

/** `e.__traceback__`: set explicitly (with_traceback, assignment), else made once from the raise's
 *  JS stack, from the frame handling it now down to the raise. */
export function tracebackOf(e: PyBaseExceptionObject): unknown {
  if (e.$traceback !== undefined) return e.$traceback;
  const tb = e.$stack === null ? null : chain(pythonFrames(e, currentJsFrames(tracebackOf)));
  e.$traceback = tb;
  return tb;
}

/** The frames of a traceback chain, outermost first. */
export function tracebackFrames(tb: unknown): PyFrame[] {
  const out: PyFrame[] = [];
  for (let t = tb; t instanceof PyTraceback; t = t.$next) out.push(t.$source);
  return out;
}
