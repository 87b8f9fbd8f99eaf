// A scope while it is being collected and resolved (CPython's symtable entry), before it is frozen into a Scope.
import type { expr, Node, Position } from '../ast/index.js';
import type { NameScope, ScopeKind } from './index.js';

/** CPython's block types: lambdas and comprehensions are function blocks. */
export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list comprehension' | 'set comprehension' | 'dict comprehension' | 'generator expression';

/** The expressions that make comprehension scopes, with the names and wording CPython gives them. */
export type Comprehension = Extract<expr, { _type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

export const COMPREHENSION_SCOPES: Record<Comprehension['_type'], { name: string; kind: ComprehensionKind }> = {
  ListComp: { name: '<listcomp>', kind: 'list comprehension' },
  SetComp: { name: '<setcomp>', kind: 'set comprehension' },
  DictComp: { name: '<dictcomp>', kind: 'dict comprehension' },
  GeneratorExp: { name: '<genexpr>', kind: 'generator expression' },
};

export class ScopeEntry {
  readonly children: ScopeEntry[] = [];
  /** Flags (see flags.ts) per mangled name, in the order names were first seen. */
  readonly flags = new Map<string, number>();
  /** Where the first `global`/`nonlocal` (or implied walrus directive) for a name is. */
  readonly directives = new Map<string, Position>();
  /** Filled by the resolver. */
  readonly scopes = new Map<string, NameScope>();
  isGenerator = false;
  isCoroutine = false;
  /** Set when a method uses super() or __class__. */
  needsClassCell = false;
  /** Non-null for comprehension scopes: which one, for error messages. */
  comprehension: ComprehensionKind | null = null;
  /** While visiting a comprehension's iteration target. */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited (inherited by nested scopes). */
  compIterExpr = 0;
  /** Lexically inside a function (CPython's ste_nested). */
  readonly nested: boolean;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: Node,
    readonly parent: ScopeEntry | null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.blockType === 'function');
    if (parent !== null) {
      this.compIterExpr = parent.compIterExpr;
      parent.children.push(this);
    }
  }

  get blockType(): BlockType {
    return this.kind === 'module' ? 'module' : this.kind === 'class' ? 'class' : 'function';
  }

  flagsOf(name: string): number {
    return this.flags.get(name) ?? 0;
  }
}
