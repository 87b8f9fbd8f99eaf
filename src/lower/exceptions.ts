// Exceptions: try/except/else/finally, raise [from], assert.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, lowerTest } from './expressions.js';
import { assign, prop, rt, rtCall, undef } from './js.js';
import { storeName, unbindName } from './names.js';
import { lowerBlock, lowerBody } from './statements.js';

export function lowerRaise(ctx: LowerContext, s: py.Raise): t.Statement {
  if (!s.exc) return t.throwStatement(rtCall('reraise'));
  const cause = s.cause ? lowerExpr(ctx, s.cause) : undef();
  return t.throwStatement(rtCall('makeRaise', lowerExpr(ctx, s.exc), cause));
}

export function lowerAssert(ctx: LowerContext, s: py.Assert): t.Statement[] {
  // CPython raises the builtin AssertionError even when the name is rebound.
  const cls = prop(rt('exc'), 'AssertionError');
  const exc = s.msg ? rtCall('call', cls, lowerExpr(ctx, s.msg)) : cls;
  return [t.ifStatement(t.unaryExpression('!', lowerTest(ctx, s.test)),
    t.throwStatement(rtCall('makeRaise', exc, undef())))];
}

export function lowerTry(ctx: LowerContext, s: py.Try | py.TryStar): t.Statement[] {
  const lowerHandlers = s._type === 'Try' ? lowerExceptHandlers : lowerExceptStarHandlers;
  let inner: t.Statement[];
  if (s.handlers.length === 0) {
    inner = lowerBody(ctx, s.body);
  } else if (s.orelse.length === 0) {
    inner = [t.tryStatement(lowerBlock(ctx, s.body), lowerHandlers(ctx, s.handlers))];
  } else {
    // `else` runs only when the body finished normally, outside the handlers' protection.
    const ok = ctx.temp();
    const body = [t.expressionStatement(assign(ok, t.booleanLiteral(false))), ...lowerBody(ctx, s.body),
      t.expressionStatement(assign(t.cloneNode(ok), t.booleanLiteral(true)))];
    inner = [
      t.expressionStatement(assign(t.cloneNode(ok), t.booleanLiteral(false))),
      t.tryStatement(t.blockStatement(body.slice(1)), lowerHandlers(ctx, s.handlers)),
      t.ifStatement(t.cloneNode(ok), lowerBlock(ctx, s.orelse)),
    ];
  }
  if (s.finalbody.length === 0) return inner;
  return [t.tryStatement(t.blockStatement(inner), null, lowerBlock(ctx, s.finalbody))];
}

/** One JS catch for all the handlers: convert the JS error, make it the handled exception for the
 *  handlers' duration, and test the clauses in order; no match rethrows. */
function lowerExceptHandlers(ctx: LowerContext, handlers: readonly py.ExceptHandler[]): t.CatchClause {
  const caught = ctx.temp();
  const exc = ctx.temp();
  const saved = ctx.temp();
  let chain: t.Statement = t.throwStatement(exc);
  for (let i = handlers.length - 1; i >= 0; i--) {
    const h = handlers[i]!;
    const body: t.Statement[] = [];
    if (h.name) body.push(t.expressionStatement(storeName(ctx, h.name, exc)));
    const handlerBody = lowerBody(ctx, h.body);
    if (h.name) {
      // `except E as e` unbinds e when the handler ends, however it ends.
      body.push(t.tryStatement(t.blockStatement(handlerBody), null, t.blockStatement(unbindName(ctx, h.name))));
    } else {
      body.push(...handlerBody);
    }
    const block = ctx.at(h, t.blockStatement(body));
    chain = h.type ? ctx.at(h, t.ifStatement(rtCall('excMatches', exc, lowerExpr(ctx, h.type)), block, chain)) : block;
  }
  return t.catchClause(caught, t.blockStatement([
    t.expressionStatement(assign(exc, rtCall('toPyException', caught))),
    t.expressionStatement(assign(saved, rtCall('excEnter', exc))),
    t.tryStatement(t.blockStatement([chain]), null,
      t.blockStatement([t.expressionStatement(rtCall('excLeave', saved))])),
  ]));
}

/** `except*`: each clause takes the part of the group it matches (the runtime splits it); what the
 *  clauses raise and what no clause matched are re-raised together at the end. */
function lowerExceptStarHandlers(ctx: LowerContext, handlers: readonly py.ExceptHandler[]): t.CatchClause {
  const caught = ctx.temp();
  const state = ctx.temp();
  const left = ctx.temp();
  const stmts: t.Statement[] = [
    t.expressionStatement(assign(state, rtCall('excStarBegin', rtCall('toPyException', caught)))),
  ];
  for (const h of handlers) {
    const part = ctx.temp();
    const saved = ctx.temp();
    const raised = ctx.temp();
    const body: t.Statement[] = [];
    if (h.name) body.push(t.expressionStatement(storeName(ctx, h.name, part)));
    body.push(...lowerBody(ctx, h.body));
    const cleanup: t.Statement[] = [t.expressionStatement(rtCall('excLeave', saved))];
    if (h.name) cleanup.push(...unbindName(ctx, h.name));
    stmts.push(ctx.at(h, t.ifStatement(
      t.binaryExpression('!==', assign(part, rtCall('excStarMatch', state, lowerExpr(ctx, h.type!))), t.nullLiteral()),
      t.blockStatement([
        t.expressionStatement(assign(saved, rtCall('excEnter', part))),
        t.tryStatement(t.blockStatement(body),
          t.catchClause(raised, t.blockStatement([t.expressionStatement(rtCall('excStarRaised', state, raised))])),
          t.blockStatement(cleanup)),
      ]))));
  }
  stmts.push(t.ifStatement(t.binaryExpression('!==', assign(left, rtCall('excStarEnd', state)), t.nullLiteral()),
    t.throwStatement(left)));
  return t.catchClause(caught, t.blockStatement(stmts));
}
