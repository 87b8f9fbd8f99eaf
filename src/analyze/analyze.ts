// Entry point of the scope analyzer: check future imports, collect, resolve, check compiler rules, then freeze the result.
import type { Module, Node } from '../ast/index.js';
import { checkCompilerRules } from './checks.js';
import { Collector } from './collect.js';
import type { ScopeEntry } from './entry.js';
import {
  DEF_ANNOT, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, mangle,
} from './flags.js';
import { checkFutureImports, hasFutureAnnotations } from './future.js';
import type { Scope, SymbolInfo, SymbolTable } from './index.js';
import { resolveScopes } from './resolve.js';

/** Throws CompileError (src/diagnostics/diagnostic.ts) for CPython's compile-time SyntaxErrors. */
export function analyze(module: Module, filename: string): SymbolTable {
  const futureLine = checkFutureImports(module, filename);
  const collector = new Collector(module, filename);
  const topEntry = collector.run();
  resolveScopes(topEntry, filename);
  checkCompilerRules(topEntry, collector.entries, filename, futureLine, hasFutureAnnotations(module));

  const scopes = new Map<Node, Scope>();
  const top = freeze(topEntry, null, scopes);
  return {
    top,
    scopeOf(node: Node): Scope {
      const scope = scopes.get(node);
      if (!scope) throw new Error(`internal: ${node._type} does not introduce a scope`);
      return scope;
    },
  };
}

interface MutableScope extends Scope {
  readonly children: Scope[];
}

function freeze(entry: ScopeEntry, parent: Scope | null, scopes: Map<Node, Scope>): Scope {
  const symbols = new Map<string, SymbolInfo>();
  for (const [name, flags] of entry.flags) {
    const scope = entry.scopes.get(name);
    if (!scope) throw new Error(`internal: '${name}' in ${entry.name} was not resolved`);
    symbols.set(name, {
      name,
      scope,
      isParameter: (flags & DEF_PARAM) !== 0,
      isAssigned: (flags & DEF_LOCAL) !== 0,
      isReferenced: (flags & USE) !== 0,
      isImported: (flags & DEF_IMPORT) !== 0,
      isAnnotated: (flags & DEF_ANNOT) !== 0,
      isGlobalDecl: (flags & DEF_GLOBAL) !== 0,
      isNonlocalDecl: (flags & DEF_NONLOCAL) !== 0,
    });
  }
  const scope: MutableScope = {
    kind: entry.kind,
    name: entry.name,
    node: entry.node,
    parent,
    children: [],
    symbols,
    isGenerator: entry.isGenerator,
    isCoroutine: entry.isCoroutine,
    needsClassCell: entry.needsClassCell,
    qualname: qualnameOf(entry, parent),
  };
  // A scope that only holds type parameters shares its node with the definition it wraps: the definition wins.
  if (entry.kind !== 'type_params') scopes.set(entry.node, scope);
  for (const child of entry.children) scope.children.push(freeze(child, scope, scopes));
  return scope;
}

/**
 * CPython's compiler_set_qualname: nested in a function, `outer.<locals>.name`; in a class, `C.name`;
 * a def or class declared `global` in its enclosing scope gets its bare name.
 */
function qualnameOf(entry: ScopeEntry, parent: Scope | null): string {
  if (parent === null) return '';
  let enclosing: Scope | null = parent;
  while (enclosing !== null && enclosing.kind === 'type_params') enclosing = enclosing.parent;
  if (enclosing === null || enclosing.kind === 'module') return entry.name;
  if (entry.kind === 'function' || entry.kind === 'class') {
    const binding = enclosing.symbols.get(mangle(privateNameOf(enclosing), entry.name));
    if (binding?.scope === 'global_explicit') return entry.name;
  }
  const isFunctionLike = enclosing.kind === 'function' || enclosing.kind === 'lambda';
  return `${enclosing.qualname}${isFunctionLike ? '.<locals>' : ''}.${entry.name}`;
}

/** The class name that mangles names defined in `scope` (the innermost class enclosing or being it). */
function privateNameOf(scope: Scope): string | null {
  for (let s: Scope | null = scope; s !== null; s = s.parent) if (s.kind === 'class') return s.name;
  return null;
}
