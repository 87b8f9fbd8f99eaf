// The `os` module's process and file basics, and `os.path` (posixpath) for the import system's
// users: the path helpers programs use with __file__ and sys.path.
import { exc, newException, raise, raiseException } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { typeOf } from '../core/type.js';
import { tupleOf } from '../core/values.js';
import { PyDict } from '../types/dict.js';
import { newModule, registerBuiltinModule, sysModules, type PyModule } from '../system/modules.js';

interface NodeFs {
  statSync(p: string, o: { throwIfNoEntry: false }): { isFile(): boolean; isDirectory(): boolean; size: number } | undefined;
  readdirSync(p: string): string[];
  realpathSync(p: string): string;
}
const proc = (globalThis as unknown as {
  process?: { cwd(): string; env: Record<string, string | undefined>; getBuiltinModule?: (id: string) => unknown; pid: number };
}).process;
const fs = (proc?.getBuiltinModule?.('fs') ?? null) as NodeFs | null;

function pathArg(p: unknown, fn: string): string {
  if (typeof p !== 'string') raise(exc.TypeError!, `${fn}: path should be string, bytes or os.PathLike, not ${typeOf(p).$name}`);
  return p;
}

/** posixpath.normpath: collapse separators, `.` and `..` without touching the file system. */
export function normpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? '//' : '/') : '';
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..' || (!initial && out.length === 0) || out[out.length - 1] === '..') out.push(part);
    else if (out.length > 0) out.pop();
  }
  const joined = initial + out.join('/');
  return joined === '' ? '.' : joined;
}

function join(first: string, rest: string[]): string {
  let path = first;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot <= sep + 1) return [p, ''];
  // Leading dots of the file name do not start an extension (".bashrc").
  let i = sep + 1;
  while (i < dot && p[i] === '.') i++;
  return i === dot ? [p, ''] : [p.slice(0, dot), p.slice(dot)];
}

function cwd(): string {
  return proc?.cwd() ?? '/';
}

function abspath(p: string): string {
  return normpath(p.startsWith('/') ? p : join(cwd(), [p]));
}

function stat(p: string) {
  return fs?.statSync(p, { throwIfNoEntry: false });
}

function fileNotFound(p: string): never {
  raiseException(newException(exc.FileNotFoundError!, [2, 'No such file or directory', p]));
}

/** The `os.path` module (CPython's posixpath). */
function makePathModule(): PyModule {
  const m = newModule('posixpath', null, false);
  const d = m.$d;
  const def = (sig: string, impl: (...a: any[]) => unknown) => {
    const f = builtinFunction(sig, impl);
    d[f.$name] = f;
  };
  Object.assign(d, { sep: '/', curdir: '.', pardir: '..', extsep: '.', altsep: null, pathsep: ':', defpath: '/bin:/usr/bin', devnull: '/dev/null' });
  def('normpath(path)', (p: unknown) => normpath(pathArg(p, 'normpath')));
  def('abspath(path)', (p: unknown) => abspath(pathArg(p, 'abspath')));
  def('realpath(path, *, strict=False)', (p: unknown) => {
    const a = abspath(pathArg(p, 'realpath'));
    try {
      return fs ? fs.realpathSync(a) : a;
    } catch {
      return a;
    }
  });
  def('join(a, *p)', (a: unknown, rest: unknown[]) => join(pathArg(a, 'join'), [...rest].map((x) => pathArg(x, 'join'))));
  def('split(p)', (p: unknown) => tupleOf(...split(pathArg(p, 'split'))));
  def('splitext(p)', (p: unknown) => tupleOf(...splitext(pathArg(p, 'splitext'))));
  def('basename(p)', (p: unknown) => split(pathArg(p, 'basename'))[1]);
  def('dirname(p)', (p: unknown) => split(pathArg(p, 'dirname'))[0]);
  def('isabs(s)', (p: unknown) => pathArg(p, 'isabs').startsWith('/'));
  def('exists(path)', (p: unknown) => typeof p === 'string' && stat(p) !== undefined);
  def('isfile(path)', (p: unknown) => typeof p === 'string' && stat(p)?.isFile() === true);
  def('isdir(s)', (p: unknown) => typeof p === 'string' && stat(p)?.isDirectory() === true);
  def('getsize(filename)', (p: unknown) => stat(pathArg(p, 'getsize'))?.size ?? fileNotFound(p as string));
  def('expanduser(path)', (p: unknown) => {
    const s = pathArg(p, 'expanduser');
    const home = proc?.env.HOME;
    return home !== undefined && (s === '~' || s.startsWith('~/')) ? home + s.slice(1) : s;
  });
  def('relpath(path, start=None)', (p: unknown, start: unknown) => {
    const from = abspath(start === undefined || start === null ? '.' : pathArg(start, 'relpath')).split('/').filter(Boolean);
    const to = abspath(pathArg(p, 'relpath')).split('/').filter(Boolean);
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i]) i++;
    const parts = [...Array(from.length - i).fill('..'), ...to.slice(i)];
    return parts.length === 0 ? '.' : parts.join('/');
  });
  return m;
}

registerBuiltinModule('os', (m) => {
  const d = m.$d;
  const path = makePathModule();
  sysModules.$set('posixpath', path);
  sysModules.$set('os.path', path);
  const environ = new PyDict();
  for (const [k, v] of Object.entries(proc?.env ?? {})) if (v !== undefined) environ.$set(k, v);
  Object.assign(d, { path, name: 'posix', sep: '/', curdir: '.', pardir: '..', extsep: '.', altsep: null, pathsep: ':', linesep: '\n', devnull: '/dev/null', environ });
  const def = (sig: string, impl: (...a: any[]) => unknown) => {
    const f = builtinFunction(sig, impl);
    d[f.$name] = f;
  };
  def('getcwd()', () => cwd());
  def('getpid()', () => proc?.pid ?? 0);
  def('getenv(key, default=None)', (k: unknown, dflt: unknown) => {
    const v = environ.$get(k);
    return v === undefined ? (dflt ?? null) : v;
  });
  def('listdir(path=None)', (p: unknown) => {
    const dir = p === undefined || p === null ? '.' : pathArg(p, 'listdir');
    if (fs === null || stat(dir) === undefined) fileNotFound(dir);
    return fs.readdirSync(dir);
  });
  def('fspath(path)', (p: unknown) => pathArg(p, 'fspath'));
});
