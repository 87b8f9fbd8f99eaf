// yield, yield from and await inside compiled generator and coroutine functions.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr } from './expressions.js';
import { assign, notUndef, rtCall } from './js.js';

export function lowerYield(ctx: LowerContext, e: py.Yield): t.Expression {
  return t.yieldExpression(e.value ? lowerExpr(ctx, e.value) : t.nullLiteral());
}

/** ABI: `yield* $.yieldFrom(it)` delegates and evaluates to the sub-generator's return value. */
export function lowerYieldFrom(ctx: LowerContext, e: py.YieldFrom): t.Expression {
  // A JS iterator that ends without a value gives undefined, which is None here.
  const result = t.identifier('$t');
  return t.conditionalExpression(
    notUndef(assign(result, t.yieldExpression(rtCall('yieldFrom', lowerExpr(ctx, e.value)), true))),
    t.identifier('$t'), t.nullLiteral());
}

export function lowerAwait(ctx: LowerContext, e: py.Await): t.Expression {
  return t.awaitExpression(rtCall('await', lowerExpr(ctx, e.value)));
}
