// The Python-visible behaviour of the builtin exception classes: construction, args, str/repr,
// chaining attributes, notes, and the extra attributes of StopIteration, SystemExit, OSError, ...
import { exc, type PyBaseExceptionObject } from '../core/exceptions.js';
import { raise } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { typeChanged, typeOf, type PyType } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { instanceNamespace } from '../core/attributes.js';
import { namespaceView } from '../core/object-dunders.js';
import { PyTraceback, tracebackOf } from './traceback-objects.js';
import { repr, str } from '../ops/repr.js';
import type { PyDict } from '../types/dict.js';

type PyExc = PyBaseExceptionObject & Record<string, unknown>;
type Kw = PyDict | null | undefined;

const BaseException = exc.BaseException!;

function toArgs(args: ArrayLike<unknown> | undefined): PyTuple {
  return args instanceof PyTuple ? args : tupleFrom(args ?? []);
}

function kwNames(kw: Kw): string[] {
  if (kw === null || kw === undefined || kw.$size === 0) return [];
  return [...kw.$map.keys()].map(String);
}

/** `kw[name]` for the keyword arguments a class accepts; any other keyword is CPython's error. */
function takeKeywords(t: PyType, kw: Kw, allowed: string[]): Record<string, unknown> | null {
  const names = kwNames(kw);
  if (names.length === 0) return null;
  const out: Record<string, unknown> = Object.create(null);
  for (const n of names) {
    if (!allowed.includes(n)) {
      if (allowed.length === 0) raise(exc.TypeError!, `${t.$name}() takes no keyword arguments`);
      raise(exc.TypeError!, `${t.$name}() got an unexpected keyword argument '${n}'`);
    }
    out[n] = kw!.$get(n);
  }
  return out;
}

/** Keyword arguments each class's constructor accepts. */
function allowedKeywords(t: PyType): string[] {
  if (t.$mro.includes(exc.ImportError!)) return ['name', 'path'];
  if (t.$mro.includes(exc.AttributeError!)) return ['name', 'obj'];
  if (t.$mro.includes(exc.NameError!)) return ['name'];
  return [];
}

function initArgs(e: PyExc, args: PyTuple, kw: Kw): void {
  const k = takeKeywords(e.$cls, kw, allowedKeywords(e.$cls));
  e.$args = args;
  if (e.$setAttrs !== null) e.$setAttrs(e, args, k);
}

defineMethods(BaseException, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: PyTuple, kw: Kw) => {
    const e = new cls.$ctor() as PyExc;
    e.$args = toArgs(args);
    if (e.$setAttrs !== null && kwNames(kw).length === 0) e.$setAttrs(e, e.$args, null);
    return e;
  },
  '__init__(self, *args, **kwargs)': (self: PyExc, args: PyTuple, kw: Kw) => {
    initArgs(self, toArgs(args), kw);
    return null;
  },
  '__str__(self)': (self: PyExc) => baseStr(self.$args),
  '__repr__(self)': (self: PyExc) => excRepr(self),
  'with_traceback(self, tb, /)': (self: PyExc, tb: unknown) => {
    if (tb !== null && !(tb instanceof PyTraceback)) raise(exc.TypeError!, '__traceback__ must be a traceback or None');
    self.$traceback = tb;
    return self;
  },
  'add_note(self, note, /)': (self: PyExc, note: unknown) => {
    if (typeof note !== 'string') raise(exc.TypeError!, `note must be a str, not '${typeOf(note).$name}'`);
    const d = instanceNamespace(self, self.$cls)!;
    let notes = d.__notes__;
    if (notes === undefined) d.__notes__ = notes = [];
    if (!Array.isArray(notes)) raise(exc.TypeError!, 'Cannot add note: __notes__ is not a list');
    notes.push(note);
    return null;
  },
});

/** Give builtin method `name` of `t` (declared with `*args, **kwargs`) a direct path for
 *  positional calls: `f(first, a, b)` runs `positional(first, [a, b])` without the argument binder
 *  (raising and constructing exceptions is hot); keyword calls still bind through `$impl`. */
function addPositionalPath(t: PyType, name: string, positional: (first: any, args: unknown[]) => unknown): void {
  const bound = t.$dict[name] as (...a: unknown[]) => unknown;
  const fast = function (this: unknown, first: unknown, ...rest: unknown[]) {
    if (arguments.length === 0) return bound.apply(this, []);
    return positional(first, rest);
  };
  for (const key of ['$spec', '$builtin', '$name', '$qualname', '$impl', '$cls']) {
    (fast as unknown as Record<string, unknown>)[key] = (bound as unknown as Record<string, unknown>)[key];
  }
  t.$dict[name] = fast;
  typeChanged(t);
}

addPositionalPath(BaseException, '__new__', (cls: PyType, args: unknown[]) => {
  const e = new cls.$ctor() as PyExc;
  if (args.length > 0) e.$args = args;
  if (e.$setAttrs !== null) e.$setAttrs(e, e.$args, null);
  return e;
});
addPositionalPath(BaseException, '__init__', (self: PyExc, args: unknown[]) => {
  self.$args = args;
  if (self.$setAttrs !== null) self.$setAttrs(self, args, null);
  return null;
});

function exceptionOrNone(v: unknown, what: string): unknown {
  if (v === null || (v instanceof Object && typeOf(v).$mro.includes(BaseException))) return v;
  return raise(exc.TypeError!, `exception ${what} must be None or derive from BaseException`);
}

defineGetSet(BaseException, '__dict__', (e: PyExc) => namespaceView(instanceNamespace(e, e.$cls)!));
defineGetSet(BaseException, 'args', (e: PyExc) => argsTuple(e), (e: PyExc, v: unknown) => {
  e.$args = tupleFrom(Array.isArray(v) ? v : [...(v as Iterable<unknown>)]);
});
defineGetSet(BaseException, '__cause__', (e: PyExc) => e.$cause, (e: PyExc, v: unknown) => {
  e.$cause = exceptionOrNone(v, 'cause');
  e.$suppressContext = true;
});
defineGetSet(BaseException, '__context__', (e: PyExc) => e.$context, (e: PyExc, v: unknown) => {
  e.$context = exceptionOrNone(v, 'context');
});
defineGetSet(BaseException, '__suppress_context__', (e: PyExc) => e.$suppressContext, (e: PyExc, v: unknown) => {
  e.$suppressContext = v === true;
});
defineGetSet(BaseException, '__traceback__', (e: PyExc) => tracebackOf(e), (e: PyExc, v: unknown) => {
  if (v !== null && !(v instanceof PyTraceback)) raise(exc.TypeError!, '__traceback__ must be a traceback or None');
  e.$traceback = v;
});

/** `e.args` as the tuple Python sees (made once from the JS array a TypeScript raise stored). */
export function argsTuple(e: PyExc): PyTuple {
  const a = e.$args;
  return a instanceof PyTuple ? a : (e.$args = tupleFrom(a));
}

/** str() of an exception with these args: '', str(arg), or the repr of the tuple. */
export function baseStr(args: ArrayLike<unknown>): string {
  if (args.length === 0) return '';
  if (args.length === 1) return str(args[0]);
  return repr(args instanceof PyTuple ? args : tupleFrom(args));
}

/** repr() of an exception: `ValueError('x')`, `KeyError(1, 2)`. */
export function excRepr(e: PyExc): string {
  const args = e.$args;
  const inner = args.length === 1 ? repr(args[0]) : args.map((a) => repr(a)).join(', ');
  return `${e.$cls.$name}(${inner})`;
}

/** Give class `t` attributes stored in `$`-fields, set from its args by `setAttrs`. */
function defineAttrs(t: PyType, names: string[], setAttrs: (e: PyExc, args: ArrayLike<unknown>, kw: Record<string, unknown> | null) => void): void {
  for (const name of names) {
    const key = '$x_' + name;
    defineGetSet(t, name, (e: PyExc) => e[key] ?? null, (e: PyExc, v: unknown) => { e[key] = v; });
  }
  (t.$ctor.prototype as PyExc).$setAttrs = setAttrs as PyExc['$setAttrs'];
}

defineAttrs(exc.StopIteration!, ['value'], (e, args) => { e.$x_value = args.length > 0 ? args[0] : null; });
defineAttrs(exc.StopAsyncIteration!, ['value'], (e, args) => { e.$x_value = args.length > 0 ? args[0] : null; });
defineAttrs(exc.SystemExit!, ['code'], (e, args) => {
  e.$x_code = args.length === 0 ? null : args.length === 1 ? args[0] : tupleFrom(args);
});
defineAttrs(exc.ImportError!, ['msg', 'name', 'path'], (e, args, kw) => {
  e.$x_msg = args.length === 1 ? args[0] : null;
  e.$x_name = kw?.name ?? null;
  e.$x_path = kw?.path ?? null;
});
defineAttrs(exc.AttributeError!, ['name', 'obj'], (e, _args, kw) => {
  e.$x_name = kw?.name ?? null;
  e.$x_obj = kw?.obj ?? null;
});
defineAttrs(exc.NameError!, ['name'], (e, _args, kw) => { e.$x_name = kw?.name ?? null; });
defineAttrs(exc.OSError!, ['errno', 'strerror', 'filename', 'filename2'], (e, args) => {
  const n = args.length;
  e.$x_errno = n >= 2 && n <= 5 ? args[0] : null;
  e.$x_strerror = n >= 2 && n <= 5 ? args[1] : null;
  e.$x_filename = n >= 3 && n <= 5 ? args[2] : null;
  e.$x_filename2 = n === 5 ? args[4] : null;
  // With a filename, args keeps only (errno, strerror), as CPython does.
  if (n >= 3 && n <= 5) e.$args = tupleFrom([args[0], args[1]]);
});
defineAttrs(exc.SyntaxError!, ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'], (e, args) => {
  e.$x_msg = args.length > 0 ? args[0] : null;
  const info = args.length > 1 ? args[1] : null;
  if (Array.isArray(info)) {
    [e.$x_filename, e.$x_lineno, e.$x_offset, e.$x_text] = [info[0], info[1], info[2], info[3]];
    e.$x_end_lineno = info.length > 4 ? info[4] : null;
    e.$x_end_offset = info.length > 5 ? info[5] : null;
  }
});
defineAttrs(exc.UnicodeError!, ['encoding', 'object', 'start', 'end', 'reason'], (e, args) => {
  if (args.length === 5) [e.$x_encoding, e.$x_object, e.$x_start, e.$x_end, e.$x_reason] = Array.from(args);
  else if (args.length === 4) [e.$x_object, e.$x_start, e.$x_end, e.$x_reason] = Array.from(args);
});

defineMethods(exc.KeyError!, {
  '__str__(self)': (self: PyExc) => (self.$args.length === 1 ? repr(self.$args[0]) : baseStr(self.$args)),
});

defineMethods(exc.ImportError!, {
  '__str__(self)': (self: PyExc) => (self.$x_msg !== null && self.$x_msg !== undefined ? str(self.$x_msg) : baseStr(self.$args)),
});

/** OSError(errno, ...) makes the subclass for that errno (Linux numbers), as CPython does. */
const errnoClasses: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError',
  10: 'ChildProcessError', 11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError',
  20: 'NotADirectoryError', 21: 'IsADirectoryError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  104: 'ConnectionResetError', 108: 'BrokenPipeError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
  114: 'BlockingIOError', 115: 'BlockingIOError',
};

defineMethods(exc.OSError!, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: PyTuple) => {
    const a = toArgs(args);
    let t = cls;
    if (cls === exc.OSError && a.length >= 2 && typeof a[0] === 'number') {
      const name = errnoClasses[a[0]];
      if (name !== undefined) t = exc[name]!;
    }
    const e = new t.$ctor() as PyExc;
    e.$args = a;
    e.$setAttrs!(e, a, null);
    return e;
  },
  '__init__(self, *args, **kwargs)': (self: PyExc, args: PyTuple, kw: Kw) => {
    // __new__ set the attributes (and may have trimmed args); a Python subclass's own __init__
    // calling this one sets them from the arguments it passes.
    takeKeywords(self.$cls, kw, []);
    if (!self.$cls.$builtin) {
      self.$args = toArgs(args);
      self.$setAttrs!(self, self.$args, null);
    }
    return null;
  },
  '__str__(self)': (self: PyExc) => {
    const { $x_errno: errno, $x_strerror: strerror, $x_filename: f1, $x_filename2: f2 } = self;
    if (f1 !== null && f1 !== undefined) {
      const head = `[Errno ${str(errno)}] ${str(strerror)}: ${repr(f1)}`;
      return f2 !== null && f2 !== undefined ? `${head} -> ${repr(f2)}` : head;
    }
    if (errno !== null && errno !== undefined && strerror !== null && strerror !== undefined) return `[Errno ${str(errno)}] ${str(strerror)}`;
    return baseStr(self.$args);
  },
});

defineMethods(exc.SyntaxError!, {
  '__str__(self)': (self: PyExc) => {
    const msg = self.$x_msg === null || self.$x_msg === undefined ? baseStr(self.$args) : str(self.$x_msg);
    const file = typeof self.$x_filename === 'string' ? self.$x_filename.replace(/^.*\//, '') : null;
    const line = typeof self.$x_lineno === 'number' ? self.$x_lineno : null;
    if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
    if (file !== null) return `${msg} (${file})`;
    if (line !== null) return `${msg} (line ${line})`;
    return msg;
  },
});

/** The text of a code point in a Unicode error message: the char itself escaped as repr does. */
function codePointEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function unicodeRange(self: PyExc, unit: string, piece: (i: number) => string): string {
  const start = self.$x_start as number;
  const end = self.$x_end as number;
  if (end === start + 1) return `${unit} ${piece(start)} in position ${start}`;
  return `${unit}s in position ${start}-${end - 1}`;
}

defineMethods(exc.UnicodeDecodeError!, {
  '__str__(self)': (self: PyExc) => {
    if (self.$x_object === undefined) return baseStr(self.$args);
    const bytes = self.$x_object as ArrayLike<number>;
    const where = unicodeRange(self, "can't decode byte", (i) => `0x${(bytes[i] ?? 0).toString(16).padStart(2, '0')}`);
    return `'${str(self.$x_encoding)}' codec ${where}: ${str(self.$x_reason)}`;
  },
});

defineMethods(exc.UnicodeEncodeError!, {
  '__str__(self)': (self: PyExc) => {
    if (self.$x_object === undefined) return baseStr(self.$args);
    const chars = [...(self.$x_object as string)];
    const where = unicodeRange(self, "can't encode character", (i) => `'${codePointEscape(chars[i]!.codePointAt(0)!)}'`);
    return `'${str(self.$x_encoding)}' codec ${where}: ${str(self.$x_reason)}`;
  },
});
