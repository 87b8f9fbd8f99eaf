// Parse tree -> AST for compound statements: if/while/for/try/with/def/class/match.
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, buildNamedExpression, buildStarExpressions, buildStarNamedExpression, identifier } from './expressions.js';
import { buildTargets, buildTarget, checkTarget, setContext } from './targets.js';
import { buildBlock } from './statements.js';
import { buildParameters } from './parameters.js';
import { buildCallArguments } from './calls.js';
import { buildTypeParams } from './type-params.js';
import { buildCasePatterns } from './patterns.js';

export function buildCompound(c: BuildContext, ctx: P.Compound_stmtContext): A.stmt {
  const s = ctx.getChild(0)!;
  if (s instanceof P.If_stmtContext) return buildIf(c, s);
  if (s instanceof P.For_stmtContext) return buildFor(c, s);
  if (s instanceof P.While_stmtContext) {
    const test = buildNamedExpression(c, s.named_expression());
    const body = buildBlock(c, s.block());
    const orelse = elseBody(c, s.else_block());
    return c.placeStatement({ _type: 'While', test, body, orelse } as A.While, s.start!, s);
  }
  if (s instanceof P.FuncdefContext) return buildFunction(c, s, []);
  if (s instanceof P.ClassdefContext) return buildClass(c, s, []);
  if (s instanceof P.DecoratedContext) {
    const decorators = s.decorator().map((d) => buildNamedExpression(c, d.named_expression()));
    const f = s.funcdef();
    return f ? buildFunction(c, f, decorators) : buildClass(c, s.classdef()!, decorators);
  }
  if (s instanceof P.Try_stmtContext) return buildTry(c, s);
  if (s instanceof P.With_stmtContext) return buildWith(c, s);
  return buildMatch(c, s as P.Match_stmtContext);
}

function elseBody(c: BuildContext, ctx: P.Else_blockContext | null): A.stmt[] {
  return ctx ? buildBlock(c, ctx.block()) : [];
}

function buildIf(c: BuildContext, ctx: P.If_stmtContext): A.stmt {
  // Build the elif chain from the end: each elif is an If nested in the previous orelse.
  let orelse = elseBody(c, ctx.else_block());
  const elifs = ctx.elif_clause();
  for (let i = elifs.length - 1; i >= 0; i--) {
    const e = elifs[i];
    const body = buildBlock(c, e.block());
    const test = buildNamedExpression(c, e.named_expression());
    const node = c.placeStatement({ _type: 'If', test, body, orelse } as A.If, e.start!, ctx);
    orelse = [node];
  }
  const test = buildNamedExpression(c, ctx.named_expression());
  const body = buildBlock(c, ctx.block());
  return c.placeStatement({ _type: 'If', test, body, orelse } as A.If, ctx.start!, ctx);
}

function buildFor(c: BuildContext, ctx: P.For_stmtContext): A.stmt {
  const target = buildTargets(c, ctx.targets(), 'Store');
  const iter = buildStarExpressions(c, ctx.star_expressions());
  const body = buildBlock(c, ctx.block());
  const orelse = elseBody(c, ctx.else_block());
  const kind = ctx.ASYNC() ? 'AsyncFor' : 'For';
  return c.placeStatement({ _type: kind, target, iter, body, orelse, type_comment: null } as A.For | A.AsyncFor,
    ctx.start!, ctx);
}

function buildFunction(c: BuildContext, ctx: P.FuncdefContext, decorator_list: A.expr[]): A.stmt {
  const name = identifier(ctx.name());
  const type_params = buildTypeParams(c, ctx.type_params());
  const args = buildParameters(c, ctx.parameters());
  const r = ctx.expression();
  const returns = r ? buildExpression(c, r) : null;
  const body = buildBlock(c, ctx.block());
  const kind = ctx.ASYNC() ? 'AsyncFunctionDef' : 'FunctionDef';
  return c.placeStatement({
    _type: kind, name, args, body, decorator_list, returns, type_comment: null, type_params,
  } as A.FunctionDef | A.AsyncFunctionDef, ctx.start!, ctx);
}

function buildClass(c: BuildContext, ctx: P.ClassdefContext, decorator_list: A.expr[]): A.stmt {
  const name = identifier(ctx.name());
  const type_params = buildTypeParams(c, ctx.type_params());
  const { args: bases, keywords } = buildCallArguments(c, ctx.arguments(), ctx.RPAR()?.symbol ?? ctx.start!, true);
  const body = buildBlock(c, ctx.block());
  return c.placeStatement({
    _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params,
  } as A.ClassDef, ctx.start!, ctx);
}

function buildTry(c: BuildContext, ctx: P.Try_stmtContext): A.stmt {
  const body = buildBlock(c, ctx.block());
  const t = ctx;
  const clauses = t.except_clause();
  const star = clauses.length > 0 && clauses[0].STAR() !== null;
  const handlers = clauses.map((h): A.ExceptHandler => {
    if ((h.STAR() !== null) !== star) {
      throw c.errorAt("cannot have both 'except' and 'except*' on the same 'try'", h.start!);
    }
    const typeCtx = h.expression();
    if (star && !typeCtx) throw c.errorAt('expected one or more exception types', h.COLON().symbol);
    const nameCtx = h.name();
    const hbody = buildBlock(c, h.block());
    return c.placeStatement({
      _type: 'ExceptHandler', type: typeCtx ? buildExpression(c, typeCtx) : null, name: nameCtx ? identifier(nameCtx) : null, body: hbody,
    } as A.ExceptHandler, h.start!, h);
  });
  const orelse = elseBody(c, t.else_block());
  const fin = t.finally_block();
  const finalbody = fin ? buildBlock(c, fin.block()) : [];
  return c.placeStatement({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody } as A.Try | A.TryStar, ctx.start!, ctx);
}

function buildWith(c: BuildContext, ctx: P.With_stmtContext): A.stmt {
  const items = (ctx instanceof P.WithParenthesizedContext ? ctx.with_item() : (ctx as P.WithPlainContext).with_item()).map((w): A.withitem => {
    const context_expr = buildExpression(c, w.expression());
    const t = w.target();
    let optional_vars: A.expr | null = null;
    if (t) {
      optional_vars = buildTarget(c, t);
      checkTarget(c, optional_vars, 'Store');
      setContext(optional_vars, 'Store');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  });
  const block = ctx instanceof P.WithParenthesizedContext ? ctx.block() : (ctx as P.WithPlainContext).block();
  const body = buildBlock(c, block);
  const isAsync = ctx instanceof P.WithParenthesizedContext ? ctx.ASYNC() : (ctx as P.WithPlainContext).ASYNC();
  return c.placeStatement({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null } as A.With | A.AsyncWith,
    ctx.start!, ctx);
}

function buildMatch(c: BuildContext, ctx: P.Match_stmtContext): A.stmt {
  const subj = ctx.subject();
  const parts = subj.star_named_expression();
  const subject = parts.length === 1 && subj.COMMA().length === 0
    ? buildStarNamedExpression(c, parts[0])
    : c.placeCtx({ _type: 'Tuple', elts: parts.map((p) => buildStarNamedExpression(c, p)), ctx: 'Load' } as A.Tuple, subj);
  const cases = ctx.case_block().map((k): A.match_case => {
    const pattern = buildCasePatterns(c, k.patterns());
    const g = k.named_expression();
    return { _type: 'match_case', pattern, guard: g ? buildNamedExpression(c, g) : null, body: buildBlock(c, k.block()) };
  });
  return c.placeStatement({ _type: 'Match', subject, cases } as A.Match, ctx.start!, ctx);
}
