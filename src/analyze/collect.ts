// First pass: walk the AST, create a scope entry per scope-making node and record each name's flags (CPython's symtable visitor).
import type {
  alias, arg, arguments as Arguments, comprehension, expr, Module, Node, pattern, Position, stmt, type_param,
} from '../ast/index.js';
import { walk } from '../ast/walk.js';
import { COMPREHENSION_SCOPES, ScopeEntry, type Comprehension } from './entry.js';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, mangle,
} from './flags.js';
import { hasFutureAnnotations } from './future.js';
import { MSG, NOT_IN_ANNOTATION, raiseSyntaxError } from './messages.js';

/** Collects the scope entries of a module; `entries` maps each scope-making node to its entry. */
export class Collector {
  readonly entries = new Map<Node, ScopeEntry>();
  readonly top: ScopeEntry;
  private current: ScopeEntry;
  /** The innermost enclosing class name, for private name mangling. */
  private privateName: string | null = null;
  /** `from __future__ import annotations`: annotations are never evaluated, so they bind and use nothing. */
  private readonly lazyAnnotations: boolean;

  constructor(private readonly module: Module, private readonly filename: string) {
    this.top = this.enter('module', 'top', module);
    this.current = this.top;
    this.lazyAnnotations = hasFutureAnnotations(module);
  }

  run(): ScopeEntry {
    for (const s of this.module.body) this.visitStmt(s);
    return this.top;
  }

  private enter(kind: ScopeEntry['kind'], name: string, node: Node): ScopeEntry {
    const entry = new ScopeEntry(kind, name, node, this.entries.size === 0 ? null : this.current);
    this.entries.set(node, entry);
    this.current = entry;
    return entry;
  }

  private exit(entry: ScopeEntry): void {
    this.current = entry.parent ?? entry;
  }

  /** symtable_add_def_helper: or `flag` into the entry's flags for the mangled name. */
  private addDefIn(entry: ScopeEntry, name: string, flag: number, where: Position): void {
    const key = mangle(this.privateName, name);
    const old = entry.flags.get(key);
    if (old !== undefined && flag & DEF_PARAM && old & DEF_PARAM) {
      raiseSyntaxError(this.filename, MSG.duplicateArgument(name), where);
    }
    let value = (old ?? 0) | flag;
    if (entry.compIterTarget) {
      if (value & (DEF_GLOBAL | DEF_NONLOCAL)) raiseSyntaxError(this.filename, MSG.innerLoopRebindsWalrus(name), where);
      value |= DEF_COMP_ITER;
    }
    entry.flags.set(key, value);
    // Every `global x` is also recorded on the module, so the module sees x as an explicit global.
    if (flag & DEF_GLOBAL && !(flag & DEF_PARAM)) this.top.flags.set(key, this.top.flagsOf(key) | flag);
  }

  private addDef(name: string, flag: number, where: Position): void {
    this.addDefIn(this.current, name, flag, where);
  }

  private recordDirective(name: string, where: Position): void {
    const key = mangle(this.privateName, name);
    if (!this.current.directives.has(key)) this.current.directives.set(key, where);
  }

  private visitStmts(body: readonly stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(list: readonly (expr | null)[]): void {
    for (const e of list) if (e !== null) this.visitExpr(e);
  }

  private visitStmt(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        // A generic function's annotations may use its type parameters, so they go inside their scope.
        const generic = s.type_params.length > 0;
        if (!generic) this.visitSignatureAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.withTypeParams(s, s.type_params, () => {
          if (generic) this.visitSignatureAnnotations(s.args, s.returns);
          const entry = this.enter('function', s.name, s);
          if (s._type === 'AsyncFunctionDef') entry.isCoroutine = true;
          this.visitParameters(s.args);
          this.visitStmts(s.body);
          this.exit(entry);
        });
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.withTypeParams(s, s.type_params, () => {
          this.visitExprs(s.bases);
          for (const k of s.keywords) this.visitExpr(k.value);
          this.visitExprs(s.decorator_list);
          const entry = this.enter('class', s.name, s);
          const outerPrivate = this.privateName;
          this.privateName = s.name;
          this.visitStmts(s.body);
          this.privateName = outerPrivate;
          this.exit(entry);
        });
        return;
      }
      case 'Return':
        if (s.value) this.visitExpr(s.value);
        return;
      case 'Delete':
        this.visitExprs(s.targets);
        return;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        return;
      case 'TypeAlias': {
        this.visitExpr(s.name);
        this.withTypeParams(s, s.type_params, () => {
          const entry = this.enter('type_alias', s.name._type === 'Name' ? s.name.id : '<type alias>', s);
          this.visitExpr(s.value);
          this.exit(entry);
        });
        return;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        return;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        return;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        return;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        return;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        return;
      case 'Global':
      case 'Nonlocal':
        this.visitDeclaration(s);
        return;
      case 'Expr':
        this.visitExpr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private visitAnnAssign(s: Extract<stmt, { _type: 'AnnAssign' }>): void {
    const target = s.target;
    if (target._type === 'Name') {
      const current = this.current.flagsOf(mangle(this.privateName, target.id));
      if (current & (DEF_GLOBAL | DEF_NONLOCAL) && this.current !== this.top && s.simple) {
        const message = current & DEF_GLOBAL ? MSG.globalAnnot(target.id) : MSG.nonlocalAnnot(target.id);
        raiseSyntaxError(this.filename, message, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitDeclaration(s: Extract<stmt, { _type: 'Global' | 'Nonlocal' }>): void {
    const isGlobal = s._type === 'Global';
    for (const name of s.names) {
      const current = this.current.flagsOf(mangle(this.privateName, name));
      if (current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let message: string;
        if (current & DEF_PARAM) message = isGlobal ? MSG.globalParam(name) : MSG.nonlocalParam(name);
        else if (current & USE) message = isGlobal ? MSG.globalAfterUse(name) : MSG.nonlocalAfterUse(name);
        else if (current & DEF_ANNOT) message = isGlobal ? MSG.globalAnnot(name) : MSG.nonlocalAnnot(name);
        else message = isGlobal ? MSG.globalAfterAssign(name) : MSG.nonlocalAfterAssign(name);
        raiseSyntaxError(this.filename, message, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: alias): void {
    const bound = a.asname ?? a.name;
    if (bound === '*') {
      if (this.current.blockType !== 'module') raiseSyntaxError(this.filename, MSG.importStar(), a);
      return;
    }
    const dot = bound.indexOf('.');
    this.addDef(dot === -1 ? bound : bound.slice(0, dot), DEF_IMPORT, a);
  }

  /** Defaults are visited by the caller; parameters become DEF_PARAM in the new scope, in CPython's order. */
  private visitParameters(args: Arguments): void {
    const params: arg[] = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) params.push(args.vararg);
    if (args.kwarg) params.push(args.kwarg);
    for (const p of params) this.addDef(p.arg, DEF_PARAM, p);
  }

  /** Parameter and return annotations are evaluated in the scope enclosing the def. */
  private visitSignatureAnnotations(args: Arguments, returns: expr | null): void {
    for (const p of [...args.posonlyargs, ...args.args]) if (p.annotation) this.visitAnnotation(p.annotation);
    if (args.vararg?.annotation) this.visitAnnotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitAnnotation(args.kwarg.annotation);
    for (const p of args.kwonlyargs) if (p.annotation) this.visitAnnotation(p.annotation);
    if (returns) this.visitAnnotation(returns);
  }

  /** Under `from __future__ import annotations` an annotation is never run, but CPython still rejects some forms. */
  private visitAnnotation(annotation: expr): void {
    if (!this.lazyAnnotations) {
      this.visitExpr(annotation);
      return;
    }
    walk(annotation, (node) => {
      if (node._type === 'Lambda' || node._type in COMPREHENSION_SCOPES) return false;
      const what = NOT_IN_ANNOTATION[node._type];
      if (what !== undefined) raiseSyntaxError(this.filename, MSG.notInAnnotation(what), node as expr);
      return true;
    });
  }

  /** 3.12 generics: the type parameters live in their own scope around the definition. */
  private withTypeParams(owner: Node, params: readonly type_param[], body: () => void): void {
    if (params.length === 0) {
      body();
      return;
    }
    const entry = this.enter('type_params', `<generic parameters of ${nameOf(owner)}>`, owner);
    for (const p of params) {
      this.addDef(p.name, DEF_LOCAL, p);
      if (p._type === 'TypeVar' && p.bound) this.visitExpr(p.bound);
    }
    body();
    this.exit(entry);
  }

  private visitPattern(p: pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        return;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
    }
  }

  private visitExpr(e: expr): void {
    switch (e._type) {
      case 'NamedExpr':
        if (this.current.compIterExpr > 0) raiseSyntaxError(this.filename, MSG.walrusInCompIter(), e);
        if (this.current.comprehension !== null && e.target._type === 'Name') this.extendWalrusScope(e.target);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        return;
      case 'BoolOp':
        this.visitExprs(e.values);
        return;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        return;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        const entry = this.enter('lambda', '<lambda>', e);
        this.visitParameters(e.args);
        this.visitExpr(e.body);
        this.exit(entry);
        return;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        return;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        return;
      case 'Set':
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.generators, e.elt, null);
        return;
      case 'DictComp':
        this.visitComprehension(e, e.generators, e.key, e.value);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.visitExpr(e.value);
        this.current.isGenerator = true;
        if (this.current.comprehension !== null) {
          raiseSyntaxError(this.filename, MSG.yieldInComprehension(this.current.comprehension), e);
        }
        return;
      case 'Await':
        this.visitExpr(e.value);
        this.current.isCoroutine = true;
        return;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        return;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        return;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case 'JoinedStr':
        this.visitExprs(e.values);
        return;
      case 'Constant':
        return;
      case 'Attribute':
      case 'Starred':
        this.visitExpr(e.value);
        return;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        return;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        return;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Zero-argument super() needs the __class__ cell, so it counts as a use of __class__.
        if (e.ctx === 'Load' && e.id === 'super' && this.current.blockType === 'function') {
          this.addDef('__class__', USE, e);
        }
        return;
    }
  }

  /** The first iterable is evaluated outside; the rest runs in a new function scope with `.0` as its argument. */
  private visitComprehension(e: Comprehension, generators: readonly comprehension[], elt: expr, value: expr | null): void {
    const outermost = generators[0];
    if (!outermost) return;
    this.current.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.current.compIterExpr--;
    const { name, kind } = COMPREHENSION_SCOPES[e._type];
    const entry = this.enter('comprehension', name, e);
    entry.comprehension = kind;
    if (outermost.is_async) entry.isCoroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    this.visitIterTarget(outermost.target);
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      this.visitIterTarget(g.target);
      this.current.compIterExpr++;
      this.visitExpr(g.iter);
      this.current.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) entry.isCoroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    const isGenerator = e._type === 'GeneratorExp';
    entry.isGenerator = isGenerator;
    this.exit(entry);
    // An async list/set/dict comprehension is awaited where it stands, making that scope a coroutine too.
    if (entry.isCoroutine && !isGenerator) this.current.isCoroutine = true;
  }

  private visitIterTarget(target: expr): void {
    this.current.compIterTarget = true;
    this.visitExpr(target);
    this.current.compIterTarget = false;
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module scope. */
  private extendWalrusScope(target: Extract<expr, { _type: 'Name' }>): void {
    const name = target.id;
    for (let scope: ScopeEntry | null = this.current; scope !== null; scope = scope.parent) {
      if (scope.comprehension !== null) {
        // CPython looks the target up unmangled here (and only here), so a private name never conflicts.
        if (scope.flagsOf(name) & DEF_COMP_ITER) {
          raiseSyntaxError(this.filename, MSG.walrusRebindsIterVar(name), target);
        }
        continue;
      }
      if (scope.blockType === 'function') {
        const isGlobal = (scope.flagsOf(name) & DEF_GLOBAL) !== 0;
        this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(scope, name, DEF_LOCAL, target);
        return;
      }
      if (scope.blockType === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(scope, name, DEF_GLOBAL, target);
        return;
      }
      raiseSyntaxError(this.filename, MSG.walrusInClass(), target);
    }
  }
}

function nameOf(node: Node): string {
  return 'name' in node && typeof node.name === 'string' ? node.name : '<type alias>';
}
