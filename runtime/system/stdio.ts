// The process's standard streams: a buffered stdout (print's fast path), stderr, and stdin lines.

interface NodeFs {
  writeSync(fd: number, data: string): number;
  readSync(fd: number, buf: Uint8Array, offset: number, length: number, position: null): number;
}

const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; stdout?: { isTTY?: boolean } } }).process;
const fs = (nodeProcess?.getBuiltinModule?.('fs') ?? null) as NodeFs | null;
/** On a terminal, output is flushed at each newline, as CPython's line-buffered stdout is. */
const stdoutIsTTY = nodeProcess?.stdout?.isTTY === true;

/** Write raw bytes to stdout (1) or stderr (2). Bytes for stdout pass text still buffered, as
 *  bytes written to CPython's `sys.stdout.buffer` pass the text layer's pending output. */
export function writeBytes(fd: number, data: Uint8Array): void {
  if (fd === 2) stdoutFlush();
  writeAll(fd, data);
}

/** Write all of `text` to `fd`, waiting out EAGAIN on non-blocking pipes. */
function writeAll(fd: number, text: string | Uint8Array): void {
  if (fs === null) {
    const s = typeof text === 'string' ? text : new TextDecoder().decode(text);
    (fd === 2 ? console.error : console.log)(s.endsWith('\n') ? s.slice(0, -1) : s);
    return;
  }
  let data: string | Uint8Array = text;
  for (;;) {
    try {
      if (typeof data === 'string') {
        const bytes: Uint8Array = Buffer.from(data, 'utf8');
        const n = fs.writeSync(fd, bytes as unknown as string);
        if (n >= bytes.length) return;
        data = bytes.subarray(n);
      } else {
        const n = (fs.writeSync as unknown as (fd: number, b: Uint8Array) => number)(fd, data);
        if (n >= data.length) return;
        data = data.subarray(n);
      }
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw err;
    }
  }
}

const STDOUT_LIMIT = 1 << 16;
let stdoutBuffer = '';

/** The sys module's namespace, the stream object it starts with as `stdout`, and how to call a
 *  replacement's write(): print() honours `sys.stdout = other` with one comparison. */
let sysNamespace: Record<string, unknown> | null = null;
let processStdout: unknown = null;
let writeToObject: ((target: unknown, text: string) => void) | null = null;

/** Called by the sys module once its namespace exists. */
export function bindSysStdout(ns: Record<string, unknown>, stdout: unknown, write: (target: unknown, text: string) => void): void {
  sysNamespace = ns;
  processStdout = stdout;
  writeToObject = write;
}

/** print()'s path to sys.stdout: the buffer below, or a replacement object's write(). */
export function stdoutWrite(text: string): void {
  if (sysNamespace !== null) {
    const target = sysNamespace.stdout;
    if (target !== processStdout) { writeToObject!(target, text); return; }
  }
  stdoutBuffer += text;
  if (stdoutBuffer.length >= STDOUT_LIMIT || (stdoutIsTTY && text.includes('\n'))) stdoutFlush();
}

/** Append `text` to the process's stdout: buffered, flushed when large, at newlines on a
 *  terminal, before stderr output and at exit. */
export function stdoutWriteBuffered(text: string): void {
  stdoutBuffer += text;
  if (stdoutBuffer.length >= STDOUT_LIMIT || (stdoutIsTTY && text.includes('\n'))) stdoutFlush();
}

/** Write out everything buffered for stdout. */
export function stdoutFlush(): void {
  if (stdoutBuffer.length === 0) return;
  const text = stdoutBuffer;
  stdoutBuffer = '';
  writeAll(1, text);
}

/** Write `text` to stderr at once (stdout is flushed first so the two interleave in order on a
 *  shared terminal). */
export function stderrWrite(text: string): void {
  stdoutFlush();
  writeAll(2, text);
}

let stdinPending = '';
let stdinEof = false;

/** Read one line from stdin, with its '\n'; '' at end of input. */
export function stdinReadLine(): string {
  stdoutFlush();
  for (;;) {
    const nl = stdinPending.indexOf('\n');
    if (nl >= 0) {
      const line = stdinPending.slice(0, nl + 1);
      stdinPending = stdinPending.slice(nl + 1);
      return line;
    }
    if (stdinEof || fs === null) {
      const rest = stdinPending;
      stdinPending = '';
      return rest;
    }
    stdinPending += readChunk();
  }
}

/** Read the rest of stdin. */
export function stdinReadAll(): string {
  stdoutFlush();
  while (!stdinEof && fs !== null) stdinPending += readChunk();
  const rest = stdinPending;
  stdinPending = '';
  return rest;
}

const decoder = new TextDecoder();
const chunk = new Uint8Array(1 << 16);

function readChunk(): string {
  for (;;) {
    try {
      const n = fs!.readSync(0, chunk, 0, chunk.length, null);
      if (n === 0) { stdinEof = true; return decoder.decode(); }
      return decoder.decode(chunk.subarray(0, n), { stream: true });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') { stdinEof = true; return ''; }
      throw err;
    }
  }
}
