// The imports a module can perform, read from its AST: import statements anywhere, and __import__/import_module calls with constant names.
import type { Call, expr, Module } from '../ast/index.js';
import { walk } from '../ast/walk.js';

/** One import as the importing module asks for it, before resolution against packages and sys.path. */
export interface ImportRequest {
  /** Dotted name after the leading dots ('' for `from . import x`). */
  readonly module: string;
  /** Number of leading dots: 0 for an absolute import. */
  readonly level: number;
  /** `from module import <names>` (possibly submodules); null for `import module`. */
  readonly fromNames: readonly string[] | null;
  /** The name is only a constant prefix of a name computed at run time: any module of the package may be wanted. */
  readonly wholePackage: boolean;
}

/** What a module's code says about imports: the requests, and directories it adds to sys.path. */
export interface ModuleImports {
  readonly requests: ImportRequest[];
  /**
   * Constant strings inside `sys.path.insert/append/extend(...)` arguments (`os.path.join(here, "lib")`
   * gives "lib"): directories the program may search at run time, relative ones to be tried against
   * the module's own directory.
   */
  readonly pathHints: string[];
}

/** Every import request in the module, in source order, and its sys.path additions. */
export function collectImports(module: Module): ModuleImports {
  const requests: ImportRequest[] = [];
  const pathHints: string[] = [];
  walk(module, (node) => {
    if (node._type === 'Import') {
      for (const a of node.names) requests.push({ module: a.name, level: 0, fromNames: null, wholePackage: false });
    } else if (node._type === 'ImportFrom') {
      requests.push({
        module: node.module ?? '',
        level: node.level ?? 0,
        fromNames: node.names.map((a) => a.name),
        wholePackage: false,
      });
    } else if (node._type === 'Call') {
      const request = dynamicImport(node);
      if (request) requests.push(request);
      if (isSysPathChange(node)) for (const a of node.args) collectStrings(a, pathHints);
    }
  });
  return { requests, pathHints };
}

/** `sys.path.insert(...)`, `sys.path.append(...)`, `sys.path.extend(...)`. */
function isSysPathChange(call: Call): boolean {
  const callee = call.func;
  if (callee._type !== 'Attribute' || !['insert', 'append', 'extend'].includes(callee.attr)) return false;
  const list = callee.value;
  return list._type === 'Attribute' && list.attr === 'path' && list.value._type === 'Name' && list.value.id === 'sys';
}

function collectStrings(e: expr, out: string[]): void {
  walk(e, (node) => {
    if (node._type === 'Constant' && typeof node.value === 'string' && node.value !== '') out.push(node.value);
  });
}

/** `__import__(name, globals, locals, fromlist, level)` or `import_module(name, package)` (bare or as an attribute). */
function dynamicImport(call: Call): ImportRequest | null {
  const callee = call.func;
  const calleeName = callee._type === 'Name' ? callee.id : callee._type === 'Attribute' ? callee.attr : null;
  if (calleeName !== '__import__' && calleeName !== 'import_module') return null;
  const nameArg = call.args[0] ?? keywordArg(call, 'name');
  if (!nameArg) return null;
  const constant = constantString(nameArg);
  if (calleeName === '__import__') {
    const levelArg = call.args[4] ?? keywordArg(call, 'level');
    const level = levelArg?._type === 'Constant' && typeof levelArg.value === 'bigint' ? Number(levelArg.value) : 0;
    const fromlist = call.args[3] ?? keywordArg(call, 'fromlist');
    const fromNames = fromlist ? constantStrings(fromlist) : null;
    if (constant !== null) return { module: constant, level, fromNames, wholePackage: false };
    return prefixRequest(nameArg, level);
  }
  const { name, level } = splitLeadingDots(constant ?? constantPrefix(nameArg) ?? '');
  if (level > 0) {
    // import_module('.x', 'pkg'): relative to the package given as a constant.
    const packageArg = call.args[1] ?? keywordArg(call, 'package');
    const packageName = packageArg ? constantString(packageArg) : null;
    if (packageName === null) return null;
    const absolute = resolveRelativeName(name, level, packageName);
    if (absolute === null) return null;
    return constant !== null
      ? { module: absolute, level: 0, fromNames: null, wholePackage: false }
      : packageOfPrefix(absolute, 0);
  }
  if (constant !== null) return { module: constant, level: 0, fromNames: null, wholePackage: false };
  return prefixRequest(nameArg, 0);
}

/** `"plugins." + kind`: the package before the last dot is known, the module inside it is not. */
function prefixRequest(nameArg: expr, level: number): ImportRequest | null {
  const prefix = constantPrefix(nameArg);
  return prefix === null ? null : packageOfPrefix(prefix, level);
}

function packageOfPrefix(prefix: string, level: number): ImportRequest | null {
  const dot = prefix.lastIndexOf('.');
  if (dot <= 0) return null;
  return { module: prefix.slice(0, dot), level, fromNames: null, wholePackage: true };
}

/** `importlib.import_module`'s resolution of a relative name against a package ('' when it goes above the top). */
export function resolveRelativeName(name: string, level: number, packageName: string): string | null {
  const parts = packageName.split('.');
  if (packageName === '' || level - 1 >= parts.length) return null;
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

function splitLeadingDots(name: string): { name: string; level: number } {
  let level = 0;
  while (name[level] === '.') level++;
  return { name: name.slice(level), level };
}

function keywordArg(call: Call, name: string): expr | undefined {
  return call.keywords.find((k) => k.arg === name)?.value;
}

function constantString(e: expr): string | null {
  return e._type === 'Constant' && typeof e.value === 'string' ? e.value : null;
}

/** A list/tuple of constant strings (an `__import__` fromlist); null when any item is computed. */
function constantStrings(e: expr): string[] | null {
  if (e._type !== 'List' && e._type !== 'Tuple') return null;
  const names: string[] = [];
  for (const item of e.elts) {
    const value = constantString(item);
    if (value === null) return null;
    names.push(value);
  }
  return names;
}

/** The constant text a computed string starts with: `"a.b." + x`, `f"a.b.{x}"`, `"a.b.%s" % x`, `"a.b.{}".format(x)`. */
function constantPrefix(e: expr): string | null {
  switch (e._type) {
    case 'Constant':
      return typeof e.value === 'string' ? e.value : null;
    case 'BinOp':
      if (e.op === 'Add') return constantPrefix(e.left);
      if (e.op === 'Mod') return prefixBefore(constantString(e.left), '%');
      return null;
    case 'JoinedStr': {
      const first = e.values[0];
      return first ? constantString(first) : null;
    }
    case 'Call':
      if (e.func._type === 'Attribute' && e.func.attr === 'format') return prefixBefore(constantString(e.func.value), '{');
      return null;
    default:
      return null;
  }
}

function prefixBefore(text: string | null, marker: string): string | null {
  if (text === null) return null;
  const at = text.indexOf(marker);
  return at === -1 ? text : text.slice(0, at);
}
