// The SyntaxErrors CPython's compiler (not its symtable) raises, in its compilation order: misplaced return/yield/await/break/continue, async outside async, starred and __debug__ targets, repeated keywords.
import type { arguments as Arguments, comprehension, expr, keyword, Node, Position, stmt } from '../ast/index.js';
import type { ScopeEntry } from './entry.js';
import { isFutureImport } from './future.js';
import { MSG, raiseSyntaxError } from './messages.js';
import { PatternChecker } from './pattern-checks.js';

/** Walks the module in compilation order and throws the first compiler SyntaxError. */
export function checkCompilerRules(
  top: ScopeEntry, entries: ReadonlyMap<Node, ScopeEntry>, filename: string, futureLine: number, lazyAnnotations: boolean,
): void {
  const module = top.node;
  if (module._type !== 'Module') return;
  const checker = new Checker(entries, filename, futureLine, lazyAnnotations);
  checker.unit(top, () => checker.stmts(module.body));
}

/** A block of the code unit that break/continue/return must leave (CPython's frame blocks that matter here). */
type Block = 'loop' | 'except*';

/** Where the compiler is: the code unit (scope) and the blocks enclosing the statement inside it. */
interface Unit {
  readonly entry: ScopeEntry;
  readonly blocks: Block[];
}

class Checker {
  private current: Unit | null = null;

  constructor(
    private readonly entries: ReadonlyMap<Node, ScopeEntry>,
    private readonly filename: string,
    /** Line of the last valid future import: later ones are errors. */
    private readonly futureLine: number,
    /** `from __future__ import annotations`: annotations become strings and are never compiled. */
    private readonly lazyAnnotations: boolean,
  ) {}

  unit(entry: ScopeEntry, body: () => void): void {
    const outer = this.current;
    this.current = { entry, blocks: [] };
    body();
    this.current = outer;
  }

  private get scope(): ScopeEntry {
    if (this.current === null) throw new Error('internal: statement outside a code unit');
    return this.current.entry;
  }

  private isFunction(): boolean {
    return this.scope.blockType === 'function';
  }

  private isAsyncFunction(): boolean {
    const node = this.scope.node;
    return node._type === 'AsyncFunctionDef';
  }

  private error(message: string, where: Position): never {
    return raiseSyntaxError(this.filename, message, where);
  }

  private entryOf(node: Node): ScopeEntry {
    const entry = this.entries.get(node);
    if (!entry) throw new Error(`internal: no scope for ${node._type}`);
    return entry;
  }

  stmts(body: readonly stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.checkDebugParameters(s.args, s);
        this.exprs(s.decorator_list);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.signatureAnnotations(s.args, s.returns);
        this.unit(this.entryOf(s), () => this.stmts(s.body));
        this.storeName(s.name, s);
        return;
      case 'ClassDef':
        // The body is compiled before the call that builds the class from its bases and keywords.
        this.exprs(s.decorator_list);
        this.unit(this.entryOf(s), () => this.stmts(s.body));
        this.callArguments(s.bases, s.keywords, s);
        this.storeName(s.name, s);
        return;
      case 'Return':
        if (!this.isFunction()) this.error(MSG.returnOutsideFunction(), s);
        if (s.value && this.scope.isCoroutine && this.scope.isGenerator) this.error(MSG.returnValueInAsyncGen(), s);
        if (s.value) this.expr(s.value);
        // CPython's location for this is a constant value on the statement's line, else the statement.
        this.leaveBlocks(s.value?._type === 'Constant' && s.value.lineno === s.lineno ? s.value : s, false);
        return;
      case 'Delete':
        this.exprs(s.targets);
        return;
      case 'Assign':
        this.expr(s.value);
        this.exprs(s.targets);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        this.annotatedAssignment(s);
        return;
      case 'TypeAlias':
        return;
      case 'For':
      case 'AsyncFor':
        if (s._type === 'AsyncFor' && !this.isAsyncFunction()) this.error(MSG.asyncForOutsideAsync(), s);
        this.expr(s.iter);
        this.expr(s.target);
        this.inBlock('loop', s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.inBlock('loop', s.body);
        this.stmts(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        if (s._type === 'AsyncWith' && !this.isAsyncFunction()) this.error(MSG.asyncWithOutsideAsync(), s);
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match': {
        this.expr(s.subject);
        const patterns = new PatternChecker(this.filename);
        s.cases.forEach((c, i) => {
          patterns.checkCase(c, i === s.cases.length - 1);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        });
        return;
      }
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        // CPython compiles the else block right after the body, before the handlers.
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.storeName(h.name, h);
          if (s._type === 'TryStar') this.inBlock('except*', h.body);
          else this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Break':
        if (!this.leaveBlocks(s, true)) this.error(MSG.breakOutsideLoop(), s);
        return;
      case 'Continue':
        if (!this.leaveBlocks(s, true)) this.error(MSG.continueOutsideLoop(), s);
        return;
      case 'ImportFrom':
        if (isFutureImport(s) && s.lineno > this.futureLine) this.error(MSG.futureNotFirst(), s);
        for (const a of s.names) if (a.name !== '*') this.storeName(a.asname ?? a.name, s);
        return;
      case 'Import':
        for (const a of s.names) this.storeName(a.asname ?? a.name.split('.')[0]!, s);
        return;
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
    }
  }

  /** Parameter and return annotations are evaluated where the def runs, in CPython's order (args before posonly). */
  private signatureAnnotations(args: Arguments, returns: expr | null): void {
    if (this.lazyAnnotations) return;
    const annotated = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg];
    // `*args: *Ts` (PEP 646) is the one place an annotation may be starred.
    for (const p of annotated) if (p?.annotation) this.expr(p.annotation, p === args.vararg);
    if (returns) this.expr(returns);
  }

  /** `target: annotation [= value]`: the annotation is only evaluated in module and class bodies. */
  private annotatedAssignment(s: Extract<stmt, { _type: 'AnnAssign' }>): void {
    const target = s.target;
    if (s.value) {
      this.expr(s.value);
      this.expr(target);
    } else if (target._type === 'Name') {
      this.storeName(target.id, s);
    } else if (target._type === 'Attribute') {
      this.storeName(target.attr, s);
      this.expr(target.value);
    } else if (target._type === 'Subscript') {
      this.expr(target.value);
      this.expr(target.slice);
    }
    if (!this.lazyAnnotations && this.scope.blockType !== 'function') this.expr(s.annotation);
  }

  private inBlock(block: Block, body: readonly stmt[]): void {
    const blocks = this.current!.blocks;
    blocks.push(block);
    this.stmts(body);
    blocks.pop();
  }

  /**
   * Unwinds the blocks a jump leaves, innermost first, as CPython does: an except* handler cannot be
   * left that way. Returns whether a loop stopped the unwinding (break/continue stop at their loop).
   */
  private leaveBlocks(jump: Position, stopAtLoop: boolean): boolean {
    const blocks = this.current!.blocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (blocks[i] === 'except*') this.error(MSG.jumpOutOfExceptStar(), jump);
      if (blocks[i] === 'loop' && stopAtLoop) return true;
    }
    return false;
  }

  private exprs(list: readonly (expr | null)[]): void {
    for (const e of list) if (e !== null) this.expr(e);
  }

  /** Call (or class) arguments: starred positionals are allowed; keywords are checked as CPython's validate_keywords does. */
  private callArguments(args: readonly expr[], keywords: readonly keyword[], call: Position): void {
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      if (k.arg === '__debug__') this.error(MSG.assignDebug(), call);
      const repeated = keywords.slice(i + 1).find((other) => other.arg === k.arg);
      if (repeated) this.error(MSG.keywordRepeated(k.arg), repeated);
    });
    for (const a of args) this.expr(a, true);
    for (const k of keywords) this.expr(k.value);
  }

  /** `def`/`lambda` parameters may not be named __debug__ (reported at the definition). */
  private checkDebugParameters(args: Arguments, where: Position): void {
    const params = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
    if (params.some((p) => p?.arg === '__debug__')) this.error(MSG.assignDebug(), where);
  }

  /** A name bound by a statement (def, class, import, except-as, annotated target): never __debug__. */
  private storeName(name: string, where: Position): void {
    if (name === '__debug__') this.error(MSG.assignDebug(), where);
  }

  /** An assignment target list: one starred item at most, and not too many around it. */
  private checkUnpackTarget(e: Extract<expr, { _type: 'List' | 'Tuple' }>): void {
    let star = -1;
    e.elts.forEach((item, i) => {
      if (item._type !== 'Starred') return;
      if (star !== -1) this.error(MSG.multipleStarredTargets(), e);
      star = i;
    });
    if (star !== -1 && (star >= 1 << 8 || e.elts.length - star - 1 >= 0x7fffffff >> 8)) {
      this.error(MSG.tooManyStarredTargets(), e);
    }
  }

  /** `starAllowed`: e is an item of a list/tuple/set display or target, or a call's positional argument. */
  private expr(e: expr, starAllowed = false): void {
    switch (e._type) {
      case 'Starred':
        if (!starAllowed) this.error(e.ctx === 'Store' ? MSG.starredTargetOutsideList() : MSG.starredHere(), e);
        this.expr(e.value);
        return;
      case 'List':
      case 'Tuple':
        if (e.ctx === 'Store') this.checkUnpackTarget(e);
        for (const item of e.elts) this.expr(item, true);
        return;
      case 'Set':
        for (const item of e.elts) this.expr(item, true);
        return;
      case 'Name':
        if (e.id === '__debug__' && e.ctx !== 'Load') this.error(e.ctx === 'Del' ? MSG.deleteDebug() : MSG.assignDebug(), e);
        return;
      case 'Attribute':
        if (e.attr === '__debug__' && e.ctx !== 'Load') this.error(e.ctx === 'Del' ? MSG.deleteDebug() : MSG.assignDebug(), e);
        this.expr(e.value);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (!this.isFunction()) this.error(MSG.yieldOutsideFunction(), e);
        if (e._type === 'YieldFrom' && this.isAsyncFunction()) this.error(MSG.yieldFromInAsync(), e);
        if (e.value) this.expr(e.value);
        return;
      case 'Await':
        if (!this.isFunction()) this.error(MSG.awaitOutsideFunction(), e);
        if (!this.isAsyncFunction() && this.scope.comprehension === null) this.error(MSG.awaitOutsideAsync(), e);
        this.expr(e.value);
        return;
      case 'Lambda':
        this.checkDebugParameters(e.args, e);
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.unit(this.entryOf(e), () => this.expr(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt]);
        return;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value]);
        return;
      case 'Call':
        this.expr(e.func);
        this.callArguments(e.args, e.keywords, e);
        return;
      case 'Constant':
        return;
      default:
        this.children(e);
    }
  }

  /** CPython compiles a comprehension's body before its first iterable (which belongs to the enclosing scope). */
  private comprehension(e: Extract<expr, { _type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>, generators: readonly comprehension[], results: expr[]): void {
    const entry = this.entryOf(e);
    const outerIsAsyncOrComprehension = this.isAsyncFunction() || this.scope.comprehension !== null;
    if (entry.isCoroutine && e._type !== 'GeneratorExp' && !outerIsAsyncOrComprehension) {
      this.error(MSG.asyncComprehensionOutsideAsync(), e);
    }
    this.unit(entry, () => {
      generators.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.expr(g.target);
        this.exprs(g.ifs);
      });
      this.exprs(results);
    });
    const first = generators[0];
    if (first) this.expr(first.iter);
  }

  /** Every other expression: visit its sub-expressions in field order. */
  private children(e: expr): void {
    for (const value of Object.values(e)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isExpr(item)) this.expr(item);
      } else if (isExpr(value)) {
        this.expr(value);
      }
    }
  }
}

function isExpr(value: unknown): value is expr {
  return typeof value === 'object' && value !== null && EXPR_TYPES.has((value as { _type?: string })._type ?? '');
}

const EXPR_TYPES = new Set<string>([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
  'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant',
  'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice',
]);
