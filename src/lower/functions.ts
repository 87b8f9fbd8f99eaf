// Functions and lambdas: parameters of every kind, defaults evaluated once at definition,
// decorators, generator/coroutine bodies, `return`.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { Scope } from '../analyze/index.js';
import type { FunctionFrame, LowerContext } from './context.js';
import { directCall } from './calls.js';
import { lowerConstant, lowerExpr } from './expressions.js';
import { assign, id, jsName, letDecl, num, objectOf, prop, rtCall, str, strArray } from './js.js';
import { declaredLocals, storeName } from './names.js';
import { endsWithJump, lowerBody } from './statements.js';
import { docstringOf } from './docstring.js';
import { namesBoundBy } from './definite.js';

// CPython's co_flags bits that the runtime reads from a spec.
const CO_VARARGS = 0x04;
const CO_VARKEYWORDS = 0x08;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

type FunctionNode = py.FunctionDef | py.AsyncFunctionDef | py.Lambda;

export function lowerFunctionDef(ctx: LowerContext, s: py.FunctionDef | py.AsyncFunctionDef): t.Statement[] {
  const out: t.Statement[] = [];
  // Decorators are evaluated before the defaults and the function itself, top to bottom.
  const decorators = s.decorator_list.map((d) => {
    const tmp = ctx.temp();
    out.push(ctx.at(d, t.expressionStatement(assign(tmp, lowerExpr(ctx, d)))));
    return tmp;
  });
  let value: t.Expression = makeFunction(ctx, s, s.body, s.name, s._type === 'AsyncFunctionDef');
  for (let i = decorators.length - 1; i >= 0; i--) value = directCall(ctx, decorators[i]!, [value]);
  out.push(ctx.at(s, t.expressionStatement(storeName(ctx, s.name, value))));
  return out;
}

export function lowerLambda(ctx: LowerContext, e: py.Lambda): t.Expression {
  const body: py.stmt[] = [{ _type: 'Return', value: e.body, lineno: e.body.lineno, col_offset: e.body.col_offset,
    end_lineno: e.body.end_lineno, end_col_offset: e.body.end_col_offset }];
  return makeFunction(ctx, e, body, '<lambda>', false);
}

export function lowerReturn(ctx: LowerContext, s: py.Return): t.Statement {
  return t.returnStatement(s.value ? lowerExpr(ctx, s.value) : t.nullLiteral());
}

/** The JS name of a compiled function (its co_name for tracebacks), renamed with a trailing `$`
 *  when the body could see a Python name spelled the same (the function's own name binding in
 *  JS would shadow it). */
export function functionJsName(scope: Scope, pyName: string): string {
  const base = pyName === '<lambda>' ? '$lambda' : jsName(pyName);
  return seesName(scope, base) ? base + '$' : base;
}

function seesName(scope: Scope, js: string): boolean {
  for (const sym of scope.symbols.values()) if (jsName(sym.name) === js) return true;
  return scope.children.some((c) => seesName(c, js));
}

function paramNames(ctx: LowerContext, a: py.arguments): string[] {
  const names = [...a.posonlyargs, ...a.args].map((p) => p.arg);
  if (a.vararg) names.push(a.vararg.arg);
  names.push(...a.kwonlyargs.map((p) => p.arg));
  if (a.kwarg) names.push(a.kwarg.arg);
  return names.map((n) => ctx.mangle(n));
}

function makeFunction(ctx: LowerContext, node: FunctionNode, body: py.stmt[], pyName: string, isAsync: boolean): t.Expression {
  const scope = ctx.scopeOf(node);
  const spec = functionSpec(ctx, node, scope, pyName, body);
  const fnName = functionJsName(scope, pyName);
  const a = node.args;
  const params = paramNames(ctx, a).map((n) => id(n));
  const plainPositional = !a.vararg && !a.kwarg && a.kwonlyargs.length === 0;

  const fn = ctx.inFrame(scope, (frame) => {
    const first = a.posonlyargs[0]?.arg ?? a.args[0]?.arg;
    frame.firstParam = first === undefined ? null : jsName(ctx.mangle(first));
    collectUnbinding(ctx, body, frame);
    const stmts: t.Statement[] = [];
    for (const s of docstringOf(body) === null || node._type === 'Lambda' ? body : body.slice(1)) {
      stmts.push(...lowerBody(ctx, [s]));
      for (const name of namesBoundBy(s)) frame.bound.add(ctx.mangle(name));
    }
    if (!endsWithJump(stmts)) stmts.push(t.returnStatement(t.nullLiteral()));
    const inner = [...functionPrologue(frame), ...stmts];
    const prologue: t.Statement[] = [];
    if (plainPositional) {
      // ABI "Calls": a direct JS call with the wrong count goes to the binder for defaults/errors.
      const fix = rtCall('fixArgs', t.identifier(fnName), t.identifier('arguments'));
      prologue.push(t.ifStatement(
        t.binaryExpression('!==', prop(t.identifier('arguments'), 'length'), num(params.length)),
        t.expressionStatement(params.length ? assign(t.arrayPattern(params.map((p) => t.cloneNode(p))), fix) : fix)));
    }
    const wrap = wrapperFor(scope, isAsync);
    if (!wrap) return t.functionExpression(t.identifier(fnName), params, t.blockStatement([...prologue, ...inner]), false, isAsync);
    const gen = t.functionExpression(t.identifier(fnName), [], t.blockStatement(inner), wrap.generator, wrap.async);
    const made = wrap.helper === 'coroutine' ? gen : t.callExpression(gen, []);
    const ret = t.returnStatement(rtCall(wrap.helper, made, str(pyName), str(scope.qualname)));
    return t.functionExpression(t.identifier(fnName), params, t.blockStatement([...prologue, ret]));
  });
  return ctx.at(node, rtCall('def', fn, spec));
}

function wrapperFor(scope: Scope, isAsync: boolean): { helper: string; generator: boolean; async: boolean } | null {
  if (isAsync && scope.isGenerator) return { helper: 'asyncGenerator', generator: true, async: true };
  if (isAsync) return { helper: 'coroutine', generator: false, async: true };
  if (scope.isGenerator) return { helper: 'generator', generator: true, async: false };
  return null;
}

/** `let` declarations for a function's locals, `$t` and its temporaries. */
export function functionPrologue(frame: FunctionFrame): t.Statement[] {
  const names = [...declaredLocals(frame), '$t', ...frame.temps];
  return [letDecl(names)];
}

function functionSpec(ctx: LowerContext, node: FunctionNode, scope: Scope, pyName: string, body: py.stmt[]): t.ObjectExpression {
  const a = node.args;
  const m = (p: py.arg) => ctx.mangle(p.arg);
  const kwdefaults: [string, t.Expression][] = [];
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    if (d) kwdefaults.push([m(p), lowerExpr(ctx, d)]);
  });
  const defaults = a.defaults.map((d) => lowerExpr(ctx, d));
  let flags = 0;
  if (a.vararg) flags |= CO_VARARGS;
  if (a.kwarg) flags |= CO_VARKEYWORDS;
  const isAsync = node._type === 'AsyncFunctionDef';
  if (isAsync) flags |= scope.isGenerator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
  else if (scope.isGenerator) flags |= CO_GENERATOR;
  const doc = node._type === 'Lambda' ? null : docstringOf(body);
  return objectOf([
    ['name', str(pyName)],
    ['qualname', str(scope.qualname)],
    ['module', prop(t.identifier('$g'), '__name__')],
    ['doc', doc === null ? t.nullLiteral() : lowerConstant(ctx, doc)],
    ['posonly', strArray(a.posonlyargs.map(m))],
    ['args', strArray(a.args.map(m))],
    ['vararg', a.vararg ? str(m(a.vararg)) : t.nullLiteral()],
    ['kwonly', strArray(a.kwonlyargs.map(m))],
    ['kwarg', a.kwarg ? str(m(a.kwarg)) : t.nullLiteral()],
    ['defaults', t.arrayExpression(defaults)],
    ['kwdefaults', kwdefaults.length ? objectOf(kwdefaults) : t.nullLiteral()],
    ['annotations', annotationsOf(ctx, node)],
    ['flags', num(flags)],
    ...closureEntries(scope),
  ]);
}

/** `freevars` (sorted, as CPython's co_freevars) and `closure`, a thunk reading their current
 *  values (undefined for an empty cell), so the runtime can show `__closure__` cells. */
function closureEntries(scope: Scope): [string, t.Expression][] {
  const free = [...scope.symbols.values()].filter((s) => s.scope === 'free').map((s) => s.name).sort();
  if (free.length === 0) return [];
  return [
    ['freevars', strArray(free)],
    ['closure', t.arrowFunctionExpression([], t.arrayExpression(free.map((n) => id(n))))],
  ];
}

/** The function's annotations as a dict (evaluated at definition, as CPython 3.11 does), or null. */
function annotationsOf(ctx: LowerContext, node: FunctionNode): t.Expression {
  if (node._type === 'Lambda') return t.nullLiteral();
  const a = node.args;
  const flat: t.Expression[] = [];
  const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  for (const p of all) if (p.annotation) flat.push(str(p.arg), lowerExpr(ctx, p.annotation));
  if (node.returns) flat.push(str('return'), lowerExpr(ctx, node.returns));
  return flat.length ? rtCall('makeDict', t.arrayExpression(flat)) : t.nullLiteral();
}

/** Names the body can unbind (`del x`, `except E as x`), so parameter reads of them are checked. */
function collectUnbinding(ctx: LowerContext, body: readonly py.stmt[], frame: FunctionFrame): void {
  const visitTarget = (e: py.expr) => {
    if (e._type === 'Name') frame.deleted.add(ctx.mangle(e.id));
    else if (e._type === 'Tuple' || e._type === 'List') e.elts.forEach(visitTarget);
  };
  const visit = (stmts: readonly py.stmt[]) => {
    for (const s of stmts) {
      switch (s._type) {
        case 'Delete': s.targets.forEach(visitTarget); break;
        case 'If': case 'While': case 'For': case 'AsyncFor': visit(s.body); visit(s.orelse); break;
        case 'With': case 'AsyncWith': visit(s.body); break;
        case 'Try': case 'TryStar':
          visit(s.body); visit(s.orelse); visit(s.finalbody);
          for (const h of s.handlers) { if (h.name) frame.deleted.add(ctx.mangle(h.name)); visit(h.body); }
          break;
        case 'Match': for (const c of s.cases) visit(c.body); break;
        default: break;
      }
    }
  };
  visit(body);
}
