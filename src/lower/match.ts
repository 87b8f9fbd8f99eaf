// match statements: each case's pattern becomes one JS boolean test that binds captures as it goes.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerConstant, lowerExpr, lowerTest } from './expressions.js';
import { assign, num, rtCall, strArray, notUndef } from './js.js';
import { storeName } from './names.js';
import { lowerBlock } from './statements.js';

export function lowerMatch(ctx: LowerContext, s: py.Match): t.Statement[] {
  const subject = ctx.temp();
  const setup = t.expressionStatement(assign(subject, lowerExpr(ctx, s.subject)));
  let chain: t.Statement | null = null;
  for (let i = s.cases.length - 1; i >= 0; i--) {
    const c = s.cases[i]!;
    let test = patternTest(ctx, c.pattern, subject);
    if (c.guard) test = t.logicalExpression('&&', test, lowerTest(ctx, c.guard));
    chain = ctx.at(c.pattern, t.ifStatement(test, lowerBlock(ctx, c.body), chain));
  }
  return chain ? [setup, chain] : [setup];
}

function and(parts: t.Expression[]): t.Expression {
  if (parts.length === 0) return t.booleanLiteral(true);
  return parts.reduce((acc, p) => t.logicalExpression('&&', acc, p));
}

/** `(name = value, true)`: bind a capture inside a test. */
function bind(ctx: LowerContext, name: string, value: t.Expression): t.Expression {
  return t.sequenceExpression([storeName(ctx, name, value), t.booleanLiteral(true)]);
}

function item(arr: t.Expression, index: t.Expression): t.Expression {
  return t.memberExpression(t.cloneNode(arr), index, true);
}

function patternTest(ctx: LowerContext, p: py.pattern, subject: t.Expression): t.Expression {
  return ctx.at(p, patternTestInner(ctx, p, subject));
}

function patternTestInner(ctx: LowerContext, p: py.pattern, subject: t.Expression): t.Expression {
  switch (p._type) {
    case 'MatchValue': return rtCall('truthy', rtCall('eq', t.cloneNode(subject), lowerExpr(ctx, p.value)));
    case 'MatchSingleton': return t.binaryExpression('===', t.cloneNode(subject), lowerConstant(ctx, p.value));
    case 'MatchAs': {
      const parts: t.Expression[] = [];
      if (p.pattern) parts.push(patternTest(ctx, p.pattern, subject));
      if (p.name) parts.push(bind(ctx, p.name, t.cloneNode(subject)));
      return and(parts);
    }
    case 'MatchOr': return p.patterns.map((q) => patternTest(ctx, q, subject)).reduce((a, b) => t.logicalExpression('||', a, b));
    case 'MatchSequence': return sequenceTest(ctx, p, subject);
    case 'MatchMapping': return mappingTest(ctx, p, subject);
    case 'MatchClass': return classTest(ctx, p, subject);
    case 'MatchStar': return p.name ? bind(ctx, p.name, t.cloneNode(subject)) : t.booleanLiteral(true);
  }
}

function sequenceTest(ctx: LowerContext, p: py.MatchSequence, subject: t.Expression): t.Expression {
  const arr = ctx.temp();
  const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
  const len = t.memberExpression(arr, t.identifier('length'));
  const n = p.patterns.length;
  const parts: t.Expression[] = [
    t.binaryExpression('!==', assign(arr, rtCall('matchSequence', t.cloneNode(subject))), t.nullLiteral()),
    star < 0 ? t.binaryExpression('===', t.cloneNode(len), num(n)) : t.binaryExpression('>=', t.cloneNode(len), num(n - 1)),
  ];
  p.patterns.forEach((q, i) => {
    if (i === star) {
      const after = n - star - 1;
      const rest = t.callExpression(t.memberExpression(arr, t.identifier('slice')),
        [num(star), t.binaryExpression('-', t.cloneNode(len), num(after))]);
      parts.push(patternTest(ctx, q, rest));
    } else {
      const index = star >= 0 && i > star ? t.binaryExpression('-', t.cloneNode(len), num(n - i)) : num(i);
      parts.push(patternTest(ctx, q, item(arr, index)));
    }
  });
  return and(parts);
}

function mappingTest(ctx: LowerContext, p: py.MatchMapping, subject: t.Expression): t.Expression {
  const parts: t.Expression[] = [rtCall('matchMapping', t.cloneNode(subject))];
  const keys = p.keys.map((k) => lowerExpr(ctx, k));
  const keyTemps = keys.map(() => ctx.temp());
  p.patterns.forEach((q, i) => {
    const v = ctx.temp();
    parts.push(notUndef(assign(v, rtCall('matchKey', t.cloneNode(subject), assign(keyTemps[i]!, keys[i]!)))));
    parts.push(patternTest(ctx, q, v));
  });
  if (p.rest) parts.push(bind(ctx, p.rest, rtCall('matchRest', t.cloneNode(subject), t.arrayExpression(keyTemps.map((k) => t.cloneNode(k))))));
  return and(parts);
}

function classTest(ctx: LowerContext, p: py.MatchClass, subject: t.Expression): t.Expression {
  const arr = ctx.temp();
  const parts: t.Expression[] = [t.binaryExpression('!==',
    assign(arr, rtCall('matchClass', t.cloneNode(subject), lowerExpr(ctx, p.cls), num(p.patterns.length), strArray(p.kwd_attrs))),
    t.nullLiteral())];
  [...p.patterns, ...p.kwd_patterns].forEach((q, i) => {
    parts.push(notUndef(item(arr, num(i))));
    parts.push(patternTest(ctx, q, item(arr, num(i))));
  });
  return and(parts);
}
