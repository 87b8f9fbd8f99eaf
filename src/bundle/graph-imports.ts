// The imports a module can perform, read from its AST: import statements anywhere, __import__/import_module calls with known (or known-prefix) names, sys.path additions.
import type { Call, expr, Module } from '../ast/index.js';
import { walk } from '../ast/walk.js';

/**
 * What a relative name is relative to: the importer's `__package__` (import statements, `__import__`,
 * `import_module(name, __package__)`), the importer's `__name__`, or a package named by a constant.
 */
export type ImportAnchor = { readonly kind: 'package' } | { readonly kind: 'name' } | { readonly kind: 'constant'; readonly name: string };

const IMPORTER_PACKAGE: ImportAnchor = { kind: 'package' };

/** One import as the importing module asks for it, before resolution against packages and sys.path. */
export interface ImportRequest {
  /** Dotted name after the leading dots ('' for `from . import x`). */
  readonly module: string;
  /** Number of leading dots: 0 for an absolute import. */
  readonly level: number;
  readonly anchor: ImportAnchor;
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
      for (const a of node.names) requests.push(plainRequest(a.name, 0, IMPORTER_PACKAGE, null));
    } else if (node._type === 'ImportFrom') {
      requests.push(plainRequest(node.module ?? '', node.level ?? 0, IMPORTER_PACKAGE, node.names.map((a) => a.name)));
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

function plainRequest(module: string, level: number, anchor: ImportAnchor, fromNames: readonly string[] | null): ImportRequest {
  return { module, level, anchor, fromNames, wholePackage: false };
}

/** `__import__(name, globals, locals, fromlist, level)` or `import_module(name, package)` (bare or as an attribute). */
function dynamicImport(call: Call): ImportRequest | null {
  const callee = call.func;
  const calleeName = callee._type === 'Name' ? callee.id : callee._type === 'Attribute' ? callee.attr : null;
  if (calleeName !== '__import__' && calleeName !== 'import_module') return null;
  const nameArg = call.args[0] ?? keywordArg(call, 'name');
  if (!nameArg) return null;
  const name = nameText(nameArg);
  if (name === null) return null;
  let level = 0;
  /** Leading dots of the text itself (an `__import__` level comes from its argument instead). */
  let dots = 0;
  let anchor: ImportAnchor | null = name.anchor;
  let fromNames: readonly string[] | null = null;
  if (anchor !== null) {
    // Built from the importer's own name (text ".rest"): relative to it whichever function is called.
    level = dots = 1;
  } else if (calleeName === '__import__') {
    const levelArg = call.args[4] ?? keywordArg(call, 'level');
    level = levelArg?._type === 'Constant' && typeof levelArg.value === 'bigint' ? Number(levelArg.value) : 0;
  } else {
    while (name.text[dots] === '.') dots++;
    level = dots;
    if (level > 0) {
      const packageArg = call.args[1] ?? keywordArg(call, 'package');
      anchor = packageArg ? anchorOf(packageArg) : null;
      if (anchor === null) return null;
    }
  }
  if (calleeName === '__import__') {
    const fromlist = call.args[3] ?? keywordArg(call, 'fromlist');
    fromNames = fromlist ? constantStrings(fromlist) : null;
  }
  anchor ??= IMPORTER_PACKAGE;
  const text = name.text.slice(dots);
  if (name.complete) return { module: text, level, anchor, fromNames, wholePackage: false };
  // Only a prefix is known: the package before its last dot is where the computed name lives.
  const dot = text.lastIndexOf('.');
  if (dot === -1 && level === 0) return null;
  return { module: dot === -1 ? '' : text.slice(0, dot), level, anchor, fromNames: null, wholePackage: true };
}

/** `import_module`'s package argument: a constant, or the importer's own `__package__` / `__name__`. */
function anchorOf(e: expr): ImportAnchor | null {
  const text = constantString(e);
  if (text !== null) return { kind: 'constant', name: text };
  if (e._type === 'Name' && e.id === '__package__') return IMPORTER_PACKAGE;
  if (e._type === 'Name' && e.id === '__name__') return { kind: 'name' };
  return null;
}

/**
 * What is known of a module name given as an expression: its constant text (all of it, or a prefix of a
 * name computed at run time). A name starting with the importer's `__package__` or `__name__`
 * (`f"{__package__}.x"`, `__name__ + ".x"`) becomes the relative text ".x" with that anchor.
 */
interface NameText {
  readonly text: string;
  readonly complete: boolean;
  readonly anchor: ImportAnchor | null;
}

function nameText(e: expr): NameText | null {
  const constant = constantString(e);
  if (constant !== null) return { text: constant, complete: true, anchor: null };
  const parts = leadingParts(e);
  if (parts.length === 0) return null;
  const first = parts[0]!;
  const anchor = typeof first === 'string' ? null : anchorOf(first);
  if (typeof first !== 'string' && anchor === null) return null;
  let text = anchor === null ? '' : '.';
  let index = anchor === null ? 0 : 1;
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    if (typeof part !== 'string') break;
    text += anchor !== null && index === 1 && part.startsWith('.') ? part.slice(1) : part;
  }
  if (anchor !== null && text === '.') return null;
  return { text, complete: index === parts.length, anchor };
}

/** The leading pieces of a computed string: constant texts, then the first computed piece. */
function leadingParts(e: expr): (string | expr)[] {
  switch (e._type) {
    case 'Constant':
      return typeof e.value === 'string' ? [e.value] : [];
    case 'Name':
      return [e];
    case 'BinOp':
      if (e.op === 'Add') return [...leadingParts(e.left), ...leadingParts(e.right)];
      if (e.op === 'Mod') return textBefore(constantString(e.left), '%', e);
      return [];
    case 'JoinedStr':
      return e.values.map((v) => (v._type === 'FormattedValue' && v.conversion === -1 && !v.format_spec ? v.value : v))
        .map((v) => constantString(v) ?? v);
    case 'Call':
      if (e.func._type === 'Attribute' && e.func.attr === 'format') return textBefore(constantString(e.func.value), '{', e);
      return [];
    default:
      return [];
  }
}

/** The constant text of a `%` or `.format` template up to its first placeholder, then the computed rest. */
function textBefore(text: string | null, marker: string, whole: expr): (string | expr)[] {
  if (text === null) return [];
  const at = text.indexOf(marker);
  return at === -1 ? [text] : [text.slice(0, at), whole];
}

/** importlib's resolution of a relative name against a package; null when it goes above the top level. */
export function resolveRelativeName(name: string, level: number, packageName: string): string | null {
  const parts = packageName.split('.');
  if (packageName === '' || level - 1 >= parts.length) return null;
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
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

