// The `sys` module: argv, path, modules, exit, the standard streams, version and interpreter facts.
import { exc, isPyException, newException, raise, raiseException } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { newBuiltinType, objectType, setInstanceAttrs, tupleType, typeOf, type PyType } from '../core/type.js';
import { defineGetSet } from '../core/descriptors.js';
import { defineMethods } from '../core/function.js';
import { newNamespace, type Namespace } from '../core/namespace.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { callMethod } from '../core/call.js';
import { repr } from '../ops/repr.js';
import { newModule, sysModules, builtinModuleNames } from '../system/modules.js';
import { currentException, excInfo } from '../system/handling.js';
import { bindSysStdout, stderrWrite } from '../system/stdio.js';
import { formatUncaught } from '../system/traceback.js';
import { stderrStream, stdinStream, stdoutStream } from '../system/std-streams.js';

/** `sys.version_info`: a tuple with named fields. */
class VersionInfo extends PyTuple {}
const versionInfoType: PyType = newBuiltinType('version_info', tupleType, 'sys', VersionInfo);
['major', 'minor', 'micro', 'releaselevel', 'serial'].forEach((name, i) => {
  defineGetSet(versionInfoType, name, (v: VersionInfo) => v[i]);
});
defineMethods(versionInfoType, {
  '__repr__(self)': (v: VersionInfo) => `sys.version_info(major=${v[0]}, minor=${v[1]}, micro=${v[2]}, releaselevel=${repr(v[3])}, serial=${v[4]})`,
});

/** A tuple with named fields, as sys.float_info and sys.int_info are. */
function structSeq(name: string, fields: string[], values: unknown[]): PyTuple {
  const t = newBuiltinType(name, tupleType, 'sys', class extends PyTuple {});
  fields.forEach((f, i) => defineGetSet(t, f, (v: PyTuple) => v[i]));
  defineMethods(t, {
    '__repr__(self)': (v: PyTuple) => `sys.${name}(${fields.map((f, i) => `${f}=${repr(v[i])}`).join(', ')})`,
  });
  const v = new t.$ctor() as PyTuple;
  values.forEach((x, i) => { v[i] = x; });
  return v;
}

/** A plain object with attributes (sys.flags, sys.implementation). */
class SysNamespace {
  declare $cls: PyType;
  $d: Namespace = newNamespace();
}
const sysNamespaceType: PyType = newBuiltinType('SimpleNamespace', objectType, 'types', SysNamespace);
setInstanceAttrs(sysNamespaceType, 2);
defineMethods(sysNamespaceType, {
  '__repr__(self)': (self: SysNamespace) => `namespace(${Object.keys(self.$d).map((k) => `${k}=${repr(self.$d[k])}`).join(', ')})`,
});

function attrs(values: Record<string, unknown>): SysNamespace {
  const o = new SysNamespace();
  for (const [k, v] of Object.entries(values)) o.$d[k] = v;
  return o;
}

const versionInfo = new VersionInfo(5);
[3, 12, 0, 'final', 0].forEach((v, i) => { versionInfo[i] = v; });

const proc = (globalThis as { process?: { argv?: string[]; platform?: string; execPath?: string; env?: Record<string, string | undefined> } }).process;

let recursionLimit = 1000;

/** The sys module object, created when the runtime loads (print() needs sys.stdout at once). */
export const sysModule = newModule('sys', null, false, 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
const d = sysModule.$d;
sysModules.$set('sys', sysModule);

Object.assign(d, {
  argv: [''],
  orig_argv: proc?.argv ? [...proc.argv] : [],
  path: [] as unknown[],
  modules: sysModules,
  meta_path: [], path_hooks: [], path_importer_cache: newNamespace(), warnoptions: [],
  stdin: stdinStream, stdout: stdoutStream, stderr: stderrStream,
  __stdin__: stdinStream, __stdout__: stdoutStream, __stderr__: stderrStream,
  version: '3.12.0 (pyts) [JavaScript]',
  version_info: versionInfo,
  hexversion: 0x030c00f0,
  api_version: 1013,
  implementation: attrs({ name: 'pyts', cache_tag: null, version: versionInfo, hexversion: 0x030c00f0 }),
  platform: proc?.platform === 'win32' ? 'win32' : proc?.platform ?? 'javascript',
  byteorder: 'little',
  maxsize: 9223372036854775807n,
  maxunicode: 0x10ffff,
  executable: proc?.execPath ?? '',
  prefix: '', exec_prefix: '', base_prefix: '', base_exec_prefix: '',
  float_repr_style: 'short',
  dont_write_bytecode: true,
  flags: attrs({ debug: 0, inspect: 0, interactive: 0, optimize: 0, dont_write_bytecode: 1, no_user_site: 0,
    no_site: 0, ignore_environment: 0, verbose: 0, bytes_warning: 0, quiet: 0, hash_randomization: 1,
    isolated: 0, dev_mode: false, utf8_mode: 1, safe_path: false, int_max_str_digits: 4300 }),
  copyright: 'Copyright (c) pyts authors.',
  float_info: structSeq('float_info',
    ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [Number.MAX_VALUE, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, Number.EPSILON, 2, 1]),
  int_info: structSeq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [30, 4, 4300, 640]),
});

function define(sig: string, impl: (...args: any[]) => unknown): void {
  const f = builtinFunction(sig, impl);
  d[f.$name] = f;
}

define('exit(status=None, /)', (status: unknown) => {
  // As the C API raises with a value: None gives no args, a tuple gives its items.
  const args = status === undefined || status === null ? [] : status instanceof PyTuple ? [...status] : [status];
  raiseException(newException(exc.SystemExit!, args));
});
define('getrecursionlimit()', () => recursionLimit);
define('setrecursionlimit(limit, /)', (limit: unknown) => {
  if (typeof limit !== 'number' || !Number.isInteger(limit)) raise(exc.TypeError!, `'${typeOf(limit).$name}' object cannot be interpreted as an integer`);
  if (limit < 1) raise(exc.ValueError!, 'recursion limit must be greater or equal than 1');
  recursionLimit = limit;
  return null;
});
define('exc_info()', () => excInfo());
define('exception()', () => currentException());
define('intern(string, /)', (s: unknown) => {
  if (typeof s !== 'string') raise(exc.TypeError!, `intern() argument must be str, not ${typeOf(s).$name}`);
  return s;
});
define('getsizeof(object, default=None)', (o: unknown) => approximateSize(o));
define('getdefaultencoding()', () => 'utf-8');
define('getfilesystemencoding()', () => 'utf-8');
define('getrefcount(object, /)', () => 2);
define('getswitchinterval()', () => 0.005);
define('is_finalizing()', () => false);
d.builtin_module_names = tupleFrom(builtinModuleNames());

/** `sys.excepthook` as the interpreter starts with it: print the exception's traceback. */
export const defaultExcepthook = builtinFunction('excepthook(exctype, value, traceback, /)', (_t: unknown, value: unknown) => {
  if (!isPyException(value)) raise(exc.TypeError!, 'excepthook expects an exception instance');
  stderrWrite(formatUncaught(value));
  return null;
});
d.excepthook = defaultExcepthook;
d.__excepthook__ = defaultExcepthook;

/** A plausible `sys.getsizeof` (CPython's 64-bit sizes for the common builtin types). */
function approximateSize(o: unknown): number {
  switch (typeof o) {
    case 'boolean': return o ? 28 : 24;
    case 'number': return Number.isSafeInteger(o) ? (o === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(o)) / 30)) : 24;
    case 'bigint': return 24 + 4 * Math.ceil(o.toString(2).length / 30);
    case 'string': return 49 + o.length;
    default: break;
  }
  if (o === null) return 16;
  if (o instanceof PyTuple) return 40 + 8 * o.length;
  if (Array.isArray(o)) return 56 + 8 * o.length;
  return 48;
}

// print() writes through a replaced sys.stdout's own write().
bindSysStdout(d, stdoutStream, (target, text) => { callMethod(target, 'write', text); });

/** Set sys.argv and sys.path[0] for the program `entry` (as CPython does for `python3 entry args`). */
export function initSysForMain(entry: string, args: string[], scriptDir: string): void {
  d.argv = [entry, ...args];
  const path = d.path as unknown[];
  path.length = 0;
  path.push(scriptDir);
  const extra = proc?.env?.PYTHONPATH;
  if (extra) for (const p of extra.split(':')) if (p) path.push(p);
}
