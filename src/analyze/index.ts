// The analyzer's public interface: CPython-style symbol tables for a module, kept beside the AST.
import type { Node } from '../ast/index.js';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension' | 'type_params' | 'type_alias';

/** As CPython's symtable: where a name lives in its scope. */
export type NameScope = 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit';

export interface SymbolInfo {
  readonly name: string;
  readonly scope: NameScope;
  readonly isParameter: boolean;
  /** Bound in this scope (assignment, for target, import, def, class, with-as, except-as, walrus, del, match capture). */
  readonly isAssigned: boolean;
  /** Read in this scope. */
  readonly isReferenced: boolean;
  readonly isImported: boolean;
  readonly isAnnotated: boolean;
  /** `global x` here. */
  readonly isGlobalDecl: boolean;
  /** `nonlocal x` here. */
  readonly isNonlocalDecl: boolean;
}

export interface Scope {
  readonly kind: ScopeKind;
  /** Function/class name, '<lambda>', '<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>', 'top' for module. */
  readonly name: string;
  /** The Module / FunctionDef / AsyncFunctionDef / Lambda / ClassDef / ListComp / SetComp / DictComp / GeneratorExp node. */
  readonly node: Node;
  readonly parent: Scope | null;
  readonly children: readonly Scope[];
  /**
   * Keyed, as CPython's symtable, by the mangled name (`__x` in class C is `_C__x`; see mangleName).
   * A comprehension also has its implicit parameter `.0` (the first iterable, evaluated outside).
   */
  readonly symbols: ReadonlyMap<string, SymbolInfo>;
  /** Contains yield / yield from (for a genexpr: always true). */
  readonly isGenerator: boolean;
  /** async def, or a comprehension containing await. */
  readonly isCoroutine: boolean;
  /** Class scope: some method uses super() or __class__ (CPython's __class__ cell). */
  readonly needsClassCell: boolean;
  /** CPython's __qualname__ for functions/classes defined by this scope ('f.<locals>.g', 'C.m'); '' for the module. */
  readonly qualname: string;
}

export interface SymbolTable {
  readonly top: Scope;
  /** The scope a scope-making node introduces (Module, FunctionDef, AsyncFunctionDef, Lambda, ClassDef, comprehensions). */
  scopeOf(node: Node): Scope;
}

/** Throws CompileError (src/diagnostics/diagnostic.ts) for CPython's compile-time SyntaxErrors. */
export { analyze } from './analyze.js';
/** The canonical text dump the differential tests compare with CPython's symtable. */
export { dumpSymbolTable } from './dump.js';
/** CPython's private name mangling: mangleName('C', '__x') is '_C__x'. */
export { mangle as mangleName } from './flags.js';
