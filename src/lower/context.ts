// The lowering context: the symbol table, the module being lowered and the function being built.
import * as t from '@babel/types';
import type { Position } from '../ast/index.js';
import type { Scope, SymbolTable } from '../analyze/index.js';
import type { Node } from '../ast/index.js';

/** One Python loop being lowered: `break` leaves the labelled block when the loop has an `else`. */
export interface LoopFrame {
  readonly breakLabel: string | null;
}

/** One JS function being built (module body, def, lambda, class body or comprehension). */
export class FunctionFrame {
  /** Temporaries to declare with `let` at the top of the function. */
  readonly temps: string[] = [];
  readonly loops: LoopFrame[] = [];
  /** JS name of the first parameter (what zero-argument super() passes). */
  firstParam: string | null = null;
  /** Names the body may unbind (`del x`, `except E as x`): their reads are always checked. */
  readonly deleted = new Set<string>();
  /** Locals certainly bound from here on (assigned by a completed top-level statement). */
  readonly bound = new Set<string>();

  /** The class whose private names (`__x`) are mangled here: the innermost enclosing class. */
  readonly privateClass: string | null;

  constructor(readonly scope: Scope, readonly parent: FunctionFrame | null) {
    this.privateClass = scope.kind === 'class' ? scope.name : parent?.privateClass ?? null;
  }

  get isModule(): boolean { return this.scope.kind === 'module'; }
  get isClassBody(): boolean { return this.scope.kind === 'class'; }
}

/** Per-module lowering state passed to every lowering function (no module-level mutable state). */
export class LowerContext {
  frame: FunctionFrame;
  private tempCounter = 0;
  private labelCounter = 0;
  /** Module-level constants hoisted out of function bodies (boxed floats, ...). */
  readonly hoisted: t.VariableDeclarator[] = [];

  constructor(readonly table: SymbolTable, readonly filename: string, readonly moduleName: string) {
    this.frame = new FunctionFrame(table.top, null);
  }

  /** CPython's private name mangling: `__x` inside class `C` is `_C__x`. */
  mangle(name: string): string {
    const cls = this.frame.privateClass;
    if (!cls || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
    const stripped = cls.replace(/^_+/, '');
    return stripped ? `_${stripped}${name}` : name;
  }

  scopeOf(node: Node): Scope {
    return this.table.scopeOf(node);
  }

  /** A fresh temporary declared in the current function. */
  temp(): t.Identifier {
    const name = `$${++this.tempCounter}`;
    this.frame.temps.push(name);
    return t.identifier(name);
  }

  label(): string {
    return `$L${++this.labelCounter}`;
  }

  /** Run `build` with a new function frame for `scope` as the current one. */
  inFrame<T>(scope: Scope, build: (frame: FunctionFrame) => T): T {
    const saved = this.frame;
    this.frame = new FunctionFrame(scope, saved);
    try {
      return build(this.frame);
    } finally {
      this.frame = saved;
    }
  }

  /** Give `js` (and every node under it that has no location yet) the Python node's location. */
  at<T extends t.Node>(py: Position, js: T): T {
    if (py.lineno == null) return js;
    const loc: t.SourceLocation = {
      start: { line: py.lineno, column: py.col_offset, index: 0 },
      end: { line: py.end_lineno ?? py.lineno, column: py.end_col_offset ?? py.col_offset, index: 0 },
      filename: this.filename,
      identifierName: undefined,
    };
    fillLoc(js, loc);
    return js;
  }
}

function fillLoc(node: t.Node, loc: t.SourceLocation): void {
  if (node.loc) return;
  node.loc = loc;
  const keys = t.VISITOR_KEYS[node.type];
  if (!keys) return;
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === 'object') fillLoc(c as t.Node, loc);
    } else if (child && typeof child === 'object') {
      fillLoc(child as t.Node, loc);
    }
  }
}
