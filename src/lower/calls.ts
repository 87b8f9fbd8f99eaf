// Calls: plain positional calls, method calls, keyword and unpacking calls, zero-argument super().
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, lowerSequence } from './expressions.js';
import { assign, id, rtCall, str, strArray, undef } from './js.js';
import { isScopeIntrospection, lowerScopeIntrospection } from './introspection.js';
import { methodCall } from './attribute-access.js';

export function lowerCall(ctx: LowerContext, e: py.Call): t.Expression {
  const hasStar = e.args.some((a) => a._type === 'Starred');
  const hasDoubleStar = e.keywords.some((k) => k.arg === null);
  const func = e.func;

  if (func._type === 'Name' && func.id === 'super' && e.args.length === 0 && e.keywords.length === 0 && isBuiltinSuper(ctx)) {
    return zeroArgSuper(ctx);
  }

  if (isScopeIntrospection(ctx, e)) return lowerScopeIntrospection(ctx, e);

  if (hasStar || hasDoubleStar) {
    const f = lowerExpr(ctx, func);
    const args = lowerSequence(ctx, e.args);
    return rtCall('callEx', f, args, lowerKwargs(ctx, e.keywords, f));
  }

  const positional = () => e.args.map((a) => lowerExpr(ctx, a));
  if (func._type === 'Attribute') {
    const obj = lowerExpr(ctx, func.value);
    if (e.keywords.length === 0) return methodCall(ctx, obj, ctx.mangle(func.attr), positional());
    const pos = positional();
    return rtCall('callMethodKw', obj, str(ctx.mangle(func.attr)), t.arrayExpression(pos), ...keywordArrays(ctx, e.keywords));
  }

  const f = lowerExpr(ctx, func);
  if (e.keywords.length === 0) return directCall(ctx, f, positional());
  return rtCall('callKw', f, t.arrayExpression(positional()), ...keywordArrays(ctx, e.keywords));
}

/** ABI "Calls": `typeof f === "function" ? f(a, b) : $.call(f, a, b)`. The callee and the
 *  arguments are evaluated once, in order, into temporaries unless they are plain values. */
export function directCall(ctx: LowerContext, f: t.Expression, args: t.Expression[]): t.Expression {
  const setup: t.Expression[] = [];
  const settle = (v: t.Expression): t.Expression => {
    if (isPlain(v)) return v;
    const tmp = ctx.temp();
    setup.push(assign(tmp, v));
    return tmp;
  };
  const callee = settle(f);
  const values = args.map(settle);
  const test = t.binaryExpression('===', t.unaryExpression('typeof', callee), t.stringLiteral('function'));
  const call = t.conditionalExpression(test,
    t.callExpression(t.cloneNode(callee), values),
    rtCall('call', t.cloneNode(callee), ...values.map((v) => t.cloneNode(v))));
  return setup.length ? t.sequenceExpression([...setup, call]) : call;
}

/** A value that can be repeated without evaluating anything twice. */
function isPlain(v: t.Expression): boolean {
  return t.isIdentifier(v) || t.isNumericLiteral(v) || t.isStringLiteral(v) || t.isNullLiteral(v) || t.isBooleanLiteral(v)
    || (t.isUnaryExpression(v) && v.operator === '-' && t.isNumericLiteral(v.argument));
}

function keywordArrays(ctx: LowerContext, keywords: readonly py.keyword[]): [t.ArrayExpression, t.ArrayExpression] {
  const names = keywords.map((k) => k.arg!);
  const values = keywords.map((k) => lowerExpr(ctx, k.value));
  return [strArray(names), t.arrayExpression(values)];
}

/** The keyword part of a call with `**`: a dict built in source order, or null when empty. */
function lowerKwargs(ctx: LowerContext, keywords: readonly py.keyword[], callee: t.Expression): t.Expression {
  if (keywords.length === 0) return t.nullLiteral();
  let flat: t.Expression[] = [];
  let dict: t.Expression = rtCall('makeDict', t.arrayExpression([]));
  const flushInto = () => {
    if (flat.length) dict = rtCall('mergeKwargs', dict, rtCall('makeDict', t.arrayExpression(flat)), t.cloneNode(callee));
    flat = [];
  };
  for (const k of keywords) {
    if (k.arg === null) {
      flushInto();
      dict = rtCall('mergeKwargs', dict, lowerExpr(ctx, k.value), t.cloneNode(callee));
    } else {
      flat.push(str(k.arg), lowerExpr(ctx, k.value));
    }
  }
  flushInto();
  return dict;
}

/** `super` names the builtin unless something in this function's scope chain binds it. */
function isBuiltinSuper(ctx: LowerContext): boolean {
  const sym = ctx.frame.scope.symbols.get('super');
  return !sym || sym.scope === 'global_implicit';
}

/** Zero-argument super(): `$.super(__class__, <first parameter>)`. */
function zeroArgSuper(ctx: LowerContext): t.Expression {
  const first = ctx.frame.firstParam;
  const hasCell = ctx.frame.scope.symbols.get('__class__')?.scope === 'free';
  const cls = hasCell ? id('__class__') : t.nullLiteral();
  // Without a first parameter the runtime raises CPython's `super(): no arguments`.
  return rtCall('super', cls, first ? t.identifier(first) : undef());
}
