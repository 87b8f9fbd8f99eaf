// sys.stdout, sys.stderr and sys.stdin as Python file objects over the process's streams.
import { exc, raise } from '../core/exceptions.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { stderrWrite, stdinReadAll, stdinReadLine, stdoutFlush, stdoutWriteBuffered, writeBytes } from './stdio.js';
import { bytesData, makeBytes } from '../types/bytes-core.js';

/** A text stream on file descriptor 0, 1 or 2 (`_io.TextIOWrapper` in CPython). */
export class StdStream {
  declare $cls: PyType;
  constructor(readonly $fd: number, readonly $name: string, readonly $mode: string) {}
}
export const stdStreamType: PyType = newBuiltinType('TextIOWrapper', objectType, '_io', StdStream as unknown as new () => object);

function checkText(s: unknown): string {
  if (typeof s !== 'string') raise(exc.TypeError!, `write() argument must be str, not ${typeOf(s).$name}`);
  return s;
}

function notReadable(self: StdStream): never {
  return raise(exc.OSError!, `not readable: ${self.$name}`);
}

defineMethods(stdStreamType, {
  'write(self, s, /)': (self: StdStream, s: unknown) => {
    const text = checkText(s);
    if (self.$fd === 1) stdoutWriteBuffered(text);
    else if (self.$fd === 2) stderrWrite(text);
    else raise(exc.OSError!, 'not writable');
    return [...text].length;
  },
  'writelines(self, lines, /)': (self: StdStream, lines: Iterable<unknown>) => {
    for (const l of lines) {
      const text = checkText(l);
      if (self.$fd === 1) stdoutWriteBuffered(text);
      else stderrWrite(text);
    }
    return null;
  },
  'flush(self)': (self: StdStream) => {
    if (self.$fd === 1) stdoutFlush();
    return null;
  },
  'readline(self, size=-1, /)': (self: StdStream) => (self.$fd === 0 ? stdinReadLine() : notReadable(self)),
  'read(self, size=-1, /)': (self: StdStream) => (self.$fd === 0 ? stdinReadAll() : notReadable(self)),
  'readlines(self, hint=-1, /)': (self: StdStream) => {
    if (self.$fd !== 0) notReadable(self);
    const lines: string[] = [];
    for (let l = stdinReadLine(); l !== ''; l = stdinReadLine()) lines.push(l);
    return lines;
  },
  'isatty(self)': (self: StdStream) => {
    const proc = (globalThis as unknown as { process?: Record<string, { isTTY?: boolean } | undefined> }).process;
    const stream = proc?.[self.$fd === 0 ? 'stdin' : self.$fd === 1 ? 'stdout' : 'stderr'];
    return stream?.isTTY === true;
  },
  '__iter__(self)': (self: StdStream) => (self.$fd === 0 ? self : notReadable(self)),
  '__next__(self)': (self: StdStream) => {
    const line = self.$fd === 0 ? stdinReadLine() : notReadable(self);
    if (line === '') raise(exc.StopIteration!);
    return line;
  },
  'fileno(self)': (self: StdStream) => self.$fd,
  'readable(self)': (self: StdStream) => self.$fd === 0,
  'writable(self)': (self: StdStream) => self.$fd !== 0,
  'seekable(self)': () => false,
  'close(self)': () => null,
  '__enter__(self)': (self: StdStream) => self,
  '__exit__(self, *args)': () => null,
  '__repr__(self)': (self: StdStream) => `<_io.TextIOWrapper name='${self.$name}' mode='${self.$mode}' encoding='utf-8'>`,
});
defineGetSet(stdStreamType, 'name', (s: StdStream) => s.$name);
defineGetSet(stdStreamType, 'mode', (s: StdStream) => s.$mode);
defineGetSet(stdStreamType, 'encoding', () => 'utf-8');
defineGetSet(stdStreamType, 'errors', () => 'strict');
defineGetSet(stdStreamType, 'closed', () => false);
defineGetSet(stdStreamType, 'line_buffering', (s: StdStream) => s.$fd === 2);

/** The binary layer under a standard stream (`sys.stdout.buffer`). */
export class StdBuffer {
  declare $cls: PyType;
  constructor(readonly $fd: number) {}
}
export const stdBufferType: PyType = newBuiltinType('BufferedWriter', objectType, '_io', StdBuffer as unknown as new () => object);

const encoder = new TextEncoder();

defineMethods(stdBufferType, {
  'write(self, b, /)': (self: StdBuffer, b: unknown) => {
    const data = bytesData(b);
    if (data === null) raise(exc.TypeError!, `a bytes-like object is required, not '${typeOf(b).$name}'`);
    if (self.$fd === 0) raise(exc.OSError!, 'not writable');
    writeBytes(self.$fd, data);
    return data.length;
  },
  'flush(self)': (self: StdBuffer) => {
    if (self.$fd === 1) stdoutFlush();
    return null;
  },
  'read(self, size=-1, /)': (self: StdBuffer) => {
    if (self.$fd !== 0) raise(exc.OSError!, 'not readable');
    return makeBytes(encoder.encode(stdinReadAll()));
  },
  'readline(self, size=-1, /)': (self: StdBuffer) => {
    if (self.$fd !== 0) raise(exc.OSError!, 'not readable');
    return makeBytes(encoder.encode(stdinReadLine()));
  },
  'fileno(self)': (self: StdBuffer) => self.$fd,
});
const buffers = [new StdBuffer(0), new StdBuffer(1), new StdBuffer(2)];
defineGetSet(stdStreamType, 'buffer', (s: StdStream) => buffers[s.$fd]);

export const stdinStream = new StdStream(0, '<stdin>', 'r');
export const stdoutStream = new StdStream(1, '<stdout>', 'w');
export const stderrStream = new StdStream(2, '<stderr>', 'w');
