// Control flow: if, while and for (with else), break, continue.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, lowerTest } from './expressions.js';
import { assign, isUndef, rtCall } from './js.js';
import { nameTarget } from './names.js';
import { storeTarget } from './assign.js';
import { lowerBlock, lowerBody } from './statements.js';
import { lowerRangeLoop } from './range-loop.js';

export function lowerIf(ctx: LowerContext, s: py.If): t.Statement {
  const test = lowerTest(ctx, s.test);
  const body = lowerBlock(ctx, s.body);
  if (s.orelse.length === 0) return t.ifStatement(test, body);
  const only = s.orelse[0]!;
  if (s.orelse.length === 1 && only._type === 'If') return t.ifStatement(test, body, ctx.at(only, lowerIf(ctx, only)));
  return t.ifStatement(test, body, lowerBlock(ctx, s.orelse));
}

/** Lower a loop body with a loop frame; a loop with `else` is wrapped in a labelled block that
 *  `break` leaves, so the else part runs only when the loop ends by itself. */
function withLoop(ctx: LowerContext, orelse: readonly py.stmt[], build: () => t.Statement): t.Statement[] {
  const label = orelse.length ? ctx.label() : null;
  ctx.frame.loops.push({ breakLabel: label });
  let loop: t.Statement;
  try {
    loop = build();
  } finally {
    ctx.frame.loops.pop();
  }
  if (!label) return [loop];
  return [t.labeledStatement(t.identifier(label), t.blockStatement([loop, ...lowerBody(ctx, orelse)]))];
}

export function lowerWhile(ctx: LowerContext, s: py.While): t.Statement[] {
  return withLoop(ctx, s.orelse, () => t.whileStatement(lowerTest(ctx, s.test), lowerBlock(ctx, s.body)));
}

export function lowerFor(ctx: LowerContext, s: py.For | py.AsyncFor): t.Statement[] {
  if (s._type === 'AsyncFor') return lowerAsyncFor(ctx, s);
  const counted = lowerRangeLoop(ctx, s);
  if (counted) return [...counted.setup, ...withLoop(ctx, s.orelse, counted.loop)];
  const iterable = rtCall('iterable', lowerExpr(ctx, s.iter));
  return withLoop(ctx, s.orelse, () => {
    const direct = s.target._type === 'Name' ? nameTarget(ctx, s.target.id) : null;
    if (direct) return t.forOfStatement(direct, iterable, lowerBlock(ctx, s.body));
    const item = ctx.temp();
    const body = [t.expressionStatement(storeTarget(ctx, s.target, item)), ...lowerBody(ctx, s.body)];
    return t.forOfStatement(item, iterable, t.blockStatement(body));
  });
}

/** `async for`: `$.anext` resolves to undefined when the async iterator is exhausted. */
function lowerAsyncFor(ctx: LowerContext, s: py.AsyncFor): t.Statement[] {
  const it = ctx.temp();
  const item = ctx.temp();
  const setup = t.expressionStatement(assign(it, rtCall('aiter', lowerExpr(ctx, s.iter))));
  const loop = withLoop(ctx, s.orelse, () => t.whileStatement(t.booleanLiteral(true), t.blockStatement([
    t.expressionStatement(assign(item, t.awaitExpression(rtCall('anext', it)))),
    t.ifStatement(isUndef(item), t.breakStatement()),
    t.expressionStatement(storeTarget(ctx, s.target, item)),
    ...lowerBody(ctx, s.body),
  ])));
  return [setup, ...loop];
}

export function lowerBreak(ctx: LowerContext): t.Statement {
  const loop = ctx.frame.loops[ctx.frame.loops.length - 1];
  return t.breakStatement(loop?.breakLabel ? t.identifier(loop.breakLabel) : null);
}

export function lowerContinue(): t.Statement {
  return t.continueStatement();
}
