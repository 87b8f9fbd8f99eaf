// Parse tree -> AST for simple statements (assignments, imports, flow control, ...) and blocks.
import type { TerminalNode } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, buildStarExpressions, buildYield, identifier } from './expressions.js';
import { checkTarget, describeExpression, setContext, buildTargets } from './targets.js';
import { buildCompound } from './compound.js';
import { buildTypeParams } from './type-params.js';

const AUG_OPS: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** Appends the statements of `ctx` (a simple_stmts line yields several) to `out`. */
export function buildStmt(c: BuildContext, ctx: P.StmtContext, out: A.stmt[]): void {
  const compound = ctx.compound_stmt();
  if (compound) out.push(buildCompound(c, compound));
  else buildSimpleStmts(c, ctx.simple_stmts()!, out);
}

export function buildSimpleStmts(c: BuildContext, ctx: P.Simple_stmtsContext, out: A.stmt[]): void {
  let previousWasSemicolon = false;
  for (const child of ctx.children) {
    if (child instanceof P.Simple_stmtContext) {
      out.push(buildSimple(c, child));
      previousWasSemicolon = false;
    } else if ((child as TerminalNode).symbol.type === P.PythonParser.SEMI) {
      if (previousWasSemicolon) throw c.errorAt('invalid syntax', (child as TerminalNode).symbol);
      previousWasSemicolon = true;
    }
  }
}

export function buildBlock(c: BuildContext, ctx: P.BlockContext): A.stmt[] {
  const out: A.stmt[] = [];
  const simple = ctx.simple_stmts();
  if (simple) buildSimpleStmts(c, simple, out);
  else for (const s of ctx.stmt()) buildStmt(c, s, out);
  return out;
}

function buildSimple(c: BuildContext, ctx: P.Simple_stmtContext): A.stmt {
  const s = ctx.getChild(0)!;
  if (s instanceof P.Expr_stmtContext) return buildExprStmt(c, s);
  if (s instanceof P.Flow_stmtContext) return buildFlow(c, s);
  if (s instanceof P.Import_stmtContext) return buildImport(c, s);
  if (s instanceof P.Pass_stmtContext) return c.placeCtx({ _type: 'Pass' } as A.Pass, s);
  if (s instanceof P.Del_stmtContext) {
    const t = s.targets();
    const items = t.target();
    const targets = items.length === 1 && t.COMMA().length === 0
      ? [buildTargets(c, t, 'Del')]
      : (buildTargets(c, t, 'Del') as A.Tuple).elts;
    return c.placeCtx({ _type: 'Delete', targets } as A.Delete, s);
  }
  if (s instanceof P.Global_stmtContext) {
    return c.placeCtx({ _type: 'Global', names: s.name().map((n) => identifier(n)) } as A.Global, s);
  }
  if (s instanceof P.Nonlocal_stmtContext) {
    return c.placeCtx({ _type: 'Nonlocal', names: s.name().map((n) => identifier(n)) } as A.Nonlocal, s);
  }
  if (s instanceof P.Assert_stmtContext) {
    const [test, msg] = s.expression();
    return c.placeCtx({ _type: 'Assert', test: buildExpression(c, test), msg: msg ? buildExpression(c, msg) : null } as A.Assert, s);
  }
  return buildTypeAlias(c, s as P.Type_alias_stmtContext);
}

function buildTypeAlias(c: BuildContext, ctx: P.Type_alias_stmtContext): A.stmt {
  const nameCtx = ctx.name();
  const name = c.placeCtx({ _type: 'Name', id: identifier(nameCtx), ctx: 'Store' } as A.Name, nameCtx);
  const type_params = buildTypeParams(c, ctx.type_params());
  const value = buildExpression(c, ctx.expression());
  return c.placeCtx({ _type: 'TypeAlias', name, type_params, value } as A.TypeAlias, ctx);
}

function assignedValue(c: BuildContext, ctx: P.Assigned_valueContext): A.expr {
  const y = ctx.yield_expr();
  return y ? buildYield(c, y) : buildStarExpressions(c, ctx.star_expressions()!);
}

function buildExprStmt(c: BuildContext, ctx: P.Expr_stmtContext): A.stmt {
  const annotationCtx = ctx.annotation();
  if (annotationCtx) return buildAnnAssign(c, ctx, annotationCtx);
  const augCtx = ctx.augassign();
  if (augCtx) {
    const target = buildStarExpressions(c, ctx.star_expressions());
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      throw c.errorAt(`'${augTargetName(target)}' is an illegal expression for augmented assignment`, target);
    }
    setContext(target, 'Store');
    const op = AUG_OPS[augCtx.start!.text!];
    const value = assignedValue(c, ctx.assigned_value(0)!);
    return c.placeCtx({ _type: 'AugAssign', target, op, value } as A.AugAssign, ctx);
  }
  const first = buildStarExpressions(c, ctx.star_expressions());
  const values = ctx.assigned_value();
  if (values.length === 0) return c.placeCtx({ _type: 'Expr', value: notStarred(c, first) } as A.Expr, ctx);
  const targets = [first];
  for (let i = 0; i < values.length - 1; i++) targets.push(assignedValue(c, values[i]));
  targets.forEach((t, i) => {
    if (i > 0 && (t._type === 'Yield' || t._type === 'YieldFrom')) throw c.errorAt('assignment to yield expression not possible', t);
    checkTarget(c, t, 'Store', i === 0 && targets.length === 1);
    setContext(t, 'Store');
  });
  const value = notStarred(c, assignedValue(c, values[values.length - 1]));
  return c.placeCtx({ _type: 'Assign', targets, value, type_comment: null } as A.Assign, ctx);
}

function buildAnnAssign(c: BuildContext, ctx: P.Expr_stmtContext, annotationCtx: P.AnnotationContext): A.stmt {
  const targetCtx = ctx.star_expressions();
  const target = buildStarExpressions(c, targetCtx);
  if (target._type === 'Tuple') throw c.errorAt('only single target (not tuple) can be annotated', target);
  if (target._type === 'List') throw c.errorAt('only single target (not list) can be annotated', target);
  if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
    throw c.errorAt('illegal target for annotation', target);
  }
  setContext(target, 'Store');
  const annotation = buildExpression(c, annotationCtx.expression());
  const valueCtx = ctx.assigned_value(0);
  const value = valueCtx ? assignedValue(c, valueCtx) : null;
  const simple = target._type === 'Name' && targetCtx.start!.type !== P.PythonParser.LPAR ? 1 : 0;
  return c.placeCtx({ _type: 'AnnAssign', target, annotation, value, simple } as A.AnnAssign, ctx);
}

/** A lone `*x` is only valid inside a tuple, list, set or call. */
function notStarred(c: BuildContext, e: A.expr): A.expr {
  if (e._type === 'Starred') throw c.errorAt("can't use starred expression here", e);
  return e;
}

/** CPython names tuples and lists by their type here, other expressions as in assignments. */
function augTargetName(e: A.expr): string {
  if (e._type === 'Tuple') return 'tuple';
  if (e._type === 'List') return 'list';
  if (e._type === 'Starred') return 'starred';
  return describeExpression(e);
}

function buildFlow(c: BuildContext, ctx: P.Flow_stmtContext): A.stmt {
  if (ctx instanceof P.BreakStmtContext) return c.placeCtx({ _type: 'Break' } as A.Break, ctx);
  if (ctx instanceof P.ContinueStmtContext) return c.placeCtx({ _type: 'Continue' } as A.Continue, ctx);
  if (ctx instanceof P.ReturnStmtContext) {
    const v = ctx.star_expressions();
    return c.placeCtx({ _type: 'Return', value: v ? notStarred(c, buildStarExpressions(c, v)) : null } as A.Return, ctx);
  }
  if (ctx instanceof P.RaiseStmtContext) {
    const [exc, cause] = ctx.expression();
    return c.placeCtx({
      _type: 'Raise', exc: exc ? buildExpression(c, exc) : null, cause: cause ? buildExpression(c, cause) : null,
    } as A.Raise, ctx);
  }
  const y = buildYield(c, (ctx as P.YieldStmtContext).yield_expr());
  return c.placeCtx({ _type: 'Expr', value: y } as A.Expr, ctx);
}

function buildImport(c: BuildContext, ctx: P.Import_stmtContext): A.stmt {
  if (ctx instanceof P.ImportNameContext) {
    const names = ctx.dotted_as_name().map((d) => {
      const as = d.name();
      return c.placeCtx({ _type: 'alias', name: dottedName(d.dotted_name()), asname: as ? identifier(as) : null } as A.alias, d);
    });
    return c.placeCtx({ _type: 'Import', names } as A.Import, ctx);
  }
  let level = 0;
  const dots = ctx instanceof P.ImportFromModuleContext ? ctx.import_dots() : (ctx as P.ImportFromRelativeContext).import_dots();
  for (const d of dots) level += d.start!.type === P.PythonParser.ELLIPSIS ? 3 : 1;
  const module = ctx instanceof P.ImportFromModuleContext ? dottedName(ctx.dotted_name()) : null;
  const targets = ctx instanceof P.ImportFromModuleContext ? ctx.import_targets() : (ctx as P.ImportFromRelativeContext).import_targets();
  let names: A.alias[];
  const star = targets.STAR();
  if (star) {
    names = [c.place({ _type: 'alias', name: '*', asname: null } as A.alias, star.symbol, star.symbol)];
  } else {
    names = targets.import_as_name().map((n) => {
      const [name, as] = n.name();
      return c.placeCtx({ _type: 'alias', name: identifier(name), asname: as ? identifier(as) : null } as A.alias, n);
    });
  }
  return c.placeCtx({ _type: 'ImportFrom', module, names, level } as A.ImportFrom, ctx);
}

function dottedName(ctx: P.Dotted_nameContext): string {
  const names = ctx.name();
  if (names.length === 1) return identifier(names[0]);
  return names.map((n) => identifier(n)).join('.');
}

