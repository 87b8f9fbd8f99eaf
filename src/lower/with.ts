// with / async with: enter, run the body, and let __exit__ see (and maybe swallow) an exception.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr } from './expressions.js';
import { storeTarget } from './assign.js';
import { assign, num, rtCall } from './js.js';
import { lowerBody } from './statements.js';

export function lowerWith(ctx: LowerContext, s: py.With | py.AsyncWith): t.Statement[] {
  return lowerItems(ctx, s.items, 0, s.body, s._type === 'AsyncWith');
}

/** Items nest: `with a, b:` is `with a: with b:`. */
function lowerItems(ctx: LowerContext, items: readonly py.withitem[], i: number, body: readonly py.stmt[], isAsync: boolean): t.Statement[] {
  if (i === items.length) return lowerBody(ctx, body);
  const item = items[i]!;
  const entered = ctx.temp();
  const exit = ctx.temp();
  const failed = ctx.temp();
  const caught = ctx.temp();
  const enterCall = rtCall(isAsync ? 'asyncWithEnter' : 'withEnter', lowerExpr(ctx, item.context_expr));
  let value: t.Expression = t.memberExpression(entered, num(1), true);
  if (isAsync) value = t.awaitExpression(value);
  const exitCall = (exc: t.Expression) => {
    const call = rtCall(isAsync ? 'asyncWithExit' : 'withExit', exit, exc);
    return isAsync ? t.awaitExpression(call) : call;
  };
  const inner: t.Statement[] = [];
  if (item.optional_vars) inner.push(t.expressionStatement(storeTarget(ctx, item.optional_vars, value)));
  else if (isAsync) inner.push(t.expressionStatement(value));
  inner.push(...lowerItems(ctx, items, i + 1, body, isAsync));
  return [
    t.expressionStatement(assign(entered, enterCall)),
    t.expressionStatement(assign(exit, t.memberExpression(entered, num(0), true))),
    t.expressionStatement(assign(failed, t.booleanLiteral(false))),
    t.tryStatement(
      t.blockStatement(inner),
      t.catchClause(caught, t.blockStatement([
        t.expressionStatement(assign(failed, t.booleanLiteral(true))),
        t.expressionStatement(assign(caught, rtCall('toPyException', caught))),
        t.ifStatement(t.unaryExpression('!', exitCall(caught)), t.throwStatement(caught)),
      ])),
      t.blockStatement([t.ifStatement(t.unaryExpression('!', failed), t.expressionStatement(exitCall(t.nullLiteral())))]),
    ),
  ];
}
