// Parse tree -> CPython-identical Python AST (src/ast): the entry points of the builder.
import type * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildStmt } from './statements.js';
import { buildStarExpressions, buildYield } from './expressions.js';

export { BuildContext, type SubExpressionParser } from './context.js';

export function buildModule(c: BuildContext, ctx: P.File_inputContext): A.Module {
  const body: A.stmt[] = [];
  for (const s of ctx.stmt()) buildStmt(c, s, body);
  return { _type: 'Module', body, type_ignores: [] };
}

/** The expression of an f-string replacement field. */
export function buildFStringExpression(c: BuildContext, ctx: P.Fstring_exprContext): A.expr {
  const y = ctx.yield_expr();
  return y ? buildYield(c, y) : buildStarExpressions(c, ctx.star_expressions()!);
}
