// The `io` module's in-memory text stream, StringIO (the usual target of redirected sys.stdout),
// and the names of the process's stream class.
import { exc, raise } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { registerBuiltinModule } from '../system/modules.js';
import { stdStreamType } from '../system/std-streams.js';

/** An in-memory text file: the text and a position in it (UTF-16 units). */
class StringIO {
  declare $cls: PyType;
  $text = '';
  $pos = 0;
  $closed = false;
}
const stringIOType: PyType = newBuiltinType('StringIO', objectType, '_io', StringIO);

function open(s: StringIO): StringIO {
  if (s.$closed) raise(exc.ValueError!, 'I/O operation on closed file');
  return s;
}

function sizeArg(size: unknown): number {
  if (size === undefined || size === null) return -1;
  if (typeof size !== 'number') raise(exc.TypeError!, `argument should be integer or None, not '${typeOf(size).$name}'`);
  return size;
}

function readLine(s: StringIO, limit: number): string {
  const nl = s.$text.indexOf('\n', s.$pos);
  let end = nl < 0 ? s.$text.length : nl + 1;
  if (limit >= 0) end = Math.min(end, s.$pos + limit);
  const line = s.$text.slice(s.$pos, end);
  s.$pos = end;
  return line;
}

defineMethods(stringIOType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType) => new cls.$ctor(),
  '__init__(self, initial_value=\'\', newline=None)': (self: StringIO, initial: unknown) => {
    if (initial !== undefined && initial !== null && typeof initial !== 'string') {
      raise(exc.TypeError!, `initial_value must be str or None, not ${typeOf(initial).$name}`);
    }
    self.$text = typeof initial === 'string' ? initial : '';
    self.$pos = 0;
    return null;
  },
  'write(self, s, /)': (self: StringIO, s: unknown) => {
    open(self);
    if (typeof s !== 'string') raise(exc.TypeError!, `string argument expected, got '${typeOf(s).$name}'`);
    const t = self.$text;
    // Writing past the end pads with NULs, as CPython does after a seek.
    const before = self.$pos > t.length ? t + '\0'.repeat(self.$pos - t.length) : t.slice(0, self.$pos);
    self.$text = before + s + t.slice(self.$pos + s.length);
    self.$pos += s.length;
    return [...s].length;
  },
  'writelines(self, lines, /)': (self: StringIO, lines: Iterable<unknown>) => {
    for (const l of lines) {
      if (typeof l !== 'string') raise(exc.TypeError!, `string argument expected, got '${typeOf(l).$name}'`);
      open(self);
      self.$text = self.$text.slice(0, self.$pos) + l + self.$text.slice(self.$pos + l.length);
      self.$pos += l.length;
    }
    return null;
  },
  'getvalue(self)': (self: StringIO) => open(self).$text,
  'read(self, size=-1, /)': (self: StringIO, size: unknown) => {
    open(self);
    const n = sizeArg(size);
    const end = n < 0 ? self.$text.length : Math.min(self.$text.length, self.$pos + n);
    const out = self.$text.slice(self.$pos, end);
    self.$pos = Math.max(self.$pos, end);
    return out;
  },
  'readline(self, size=-1, /)': (self: StringIO, size: unknown) => readLine(open(self), sizeArg(size)),
  'readlines(self, hint=-1, /)': (self: StringIO) => {
    open(self);
    const lines: string[] = [];
    for (let l = readLine(self, -1); l !== ''; l = readLine(self, -1)) lines.push(l);
    return lines;
  },
  'seek(self, pos, whence=0, /)': (self: StringIO, pos: unknown, whence: unknown) => {
    open(self);
    if (typeof pos !== 'number') raise(exc.TypeError!, `'${typeOf(pos).$name}' object cannot be interpreted as an integer`);
    const w = whence ?? 0;
    if (w === 0) {
      if (pos < 0) raise(exc.ValueError!, `Negative seek position ${pos}`);
      self.$pos = pos;
    } else if (pos !== 0) {
      raise(exc.OSError!, "Can't do nonzero cur-relative seeks");
    } else if (w === 2) {
      self.$pos = self.$text.length;
    } else if (w !== 1) {
      raise(exc.ValueError!, `Invalid whence (${String(w)}, should be 0, 1 or 2)`);
    }
    return self.$pos;
  },
  'tell(self)': (self: StringIO) => open(self).$pos,
  'truncate(self, pos=None, /)': (self: StringIO, pos: unknown) => {
    open(self);
    const at = pos === undefined || pos === null ? self.$pos : sizeArg(pos);
    self.$text = self.$text.slice(0, at);
    return at;
  },
  'flush(self)': (self: StringIO) => { open(self); return null; },
  'close(self)': (self: StringIO) => { self.$closed = true; return null; },
  'isatty(self)': (self: StringIO) => { open(self); return false; },
  'readable(self)': (self: StringIO) => { open(self); return true; },
  'writable(self)': (self: StringIO) => { open(self); return true; },
  'seekable(self)': (self: StringIO) => { open(self); return true; },
  '__enter__(self)': (self: StringIO) => open(self),
  '__exit__(self, *args)': (self: StringIO) => { self.$closed = true; return null; },
  '__iter__(self)': (self: StringIO) => open(self),
  '__next__(self)': (self: StringIO) => {
    const line = readLine(open(self), -1);
    if (line === '') raise(exc.StopIteration!);
    return line;
  },
});
defineGetSet(stringIOType, 'closed', (s: StringIO) => s.$closed);
defineGetSet(stringIOType, 'line_buffering', () => false);
defineGetSet(stringIOType, 'newlines', () => null);

registerBuiltinModule('io', (m) => {
  Object.assign(m.$d, {
    StringIO: stringIOType, TextIOWrapper: stdStreamType,
    DEFAULT_BUFFER_SIZE: 8192, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2,
  });
});
