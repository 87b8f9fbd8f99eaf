// Expressions: the dispatcher, constants, names, attributes, subscripts, displays, conditionals.
import * as t from '@babel/types';
import { BytesConstant, ELLIPSIS, ImaginaryConstant, type ConstantValue, type expr } from '../ast/index.js';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerCall } from './calls.js';
import { lowerComprehension } from './comprehensions.js';
import { lowerFString, lowerFormattedValue } from './fstrings.js';
import { lowerLambda } from './functions.js';
import { loadName } from './names.js';
import { lowerBinOp, lowerBoolOp, lowerCompare, lowerUnaryOp } from './operators.js';
import { assign, num, rt, rtCall, str } from './js.js';
import { storeTarget } from './assign.js';
import { lowerAwait, lowerYield, lowerYieldFrom } from './generators.js';
import { unsupported } from './unsupported.js';
import { attributeLoad } from './attribute-access.js';

export function lowerExpr(ctx: LowerContext, e: expr): t.Expression {
  return ctx.at(e, lowerExprInner(ctx, e));
}

function lowerExprInner(ctx: LowerContext, e: expr): t.Expression {
  switch (e._type) {
    case 'Constant': return lowerConstant(ctx, e.value);
    case 'Name': return loadName(ctx, e.id);
    case 'Attribute': return attributeLoad(ctx, lowerExpr(ctx, e.value), ctx.mangle(e.attr));
    case 'Subscript': return lowerSubscriptLoad(ctx, e);
    case 'List': return lowerSequence(ctx, e.elts);
    case 'Tuple': return lowerTuple(ctx, e.elts);
    case 'Set': return lowerSetDisplay(ctx, e);
    case 'Dict': return lowerDict(ctx, e);
    case 'IfExp': return t.conditionalExpression(lowerTest(ctx, e.test), lowerExpr(ctx, e.body), lowerExpr(ctx, e.orelse));
    case 'NamedExpr': {
      const v = lowerExpr(ctx, e.value);
      return storeTarget(ctx, e.target, v);
    }
    case 'BinOp': return lowerBinOp(ctx, e);
    case 'UnaryOp': return lowerUnaryOp(ctx, e);
    case 'BoolOp': return lowerBoolOp(ctx, e);
    case 'Compare': return lowerCompare(ctx, e);
    case 'Call': return lowerCall(ctx, e);
    case 'Lambda': return lowerLambda(ctx, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': return lowerComprehension(ctx, e);
    case 'JoinedStr': return lowerFString(ctx, e);
    case 'FormattedValue': return lowerFormattedValue(ctx, e);
    case 'Yield': return lowerYield(ctx, e);
    case 'YieldFrom': return lowerYieldFrom(ctx, e);
    case 'Await': return lowerAwait(ctx, e);
    case 'Slice': return lowerSliceObject(ctx, e);
    case 'Starred': return unsupported(e, "can't use starred expression here");
  }
}

/** A condition as a JS boolean. `not`, `and`, `or` and comparisons stay JS-level where the value
 *  itself is not needed. */
export function lowerTest(ctx: LowerContext, e: expr): t.Expression {
  if (e._type === 'UnaryOp' && e.op === 'Not') return ctx.at(e, t.unaryExpression('!', lowerTest(ctx, e.operand)));
  if (e._type === 'BoolOp') {
    const op = e.op === 'And' ? '&&' : '||';
    let acc = lowerTest(ctx, e.values[0]!);
    for (const v of e.values.slice(1)) acc = t.logicalExpression(op, acc, lowerTest(ctx, v));
    return ctx.at(e, acc);
  }
  if (e._type === 'Constant' && typeof e.value === 'boolean') return t.booleanLiteral(e.value);
  const v = lowerExpr(ctx, e);
  return ctx.at(e, truthy(v));
}

/** Runtime helpers whose result is always a JS boolean. */
const BOOLEAN_HELPERS = new Set(['contains', 'is', 'truthy', 'excMatches']);

/** `$.truthy(v)`, skipped when `v` is already a JS boolean expression. */
export function truthy(v: t.Expression): t.Expression {
  if (t.isBooleanLiteral(v) || (t.isUnaryExpression(v) && v.operator === '!')) return v;
  if (t.isCallExpression(v) && t.isMemberExpression(v.callee) && t.isIdentifier(v.callee.object, { name: '$' })
    && t.isIdentifier(v.callee.property) && BOOLEAN_HELPERS.has(v.callee.property.name)) return v;
  return rtCall('truthy', v);
}

export function lowerConstant(ctx: LowerContext, value: ConstantValue): t.Expression {
  if (value === null) return t.nullLiteral();
  switch (typeof value) {
    case 'boolean': return t.booleanLiteral(value);
    case 'string': return str(value);
    case 'bigint': {
      const n = Number(value);
      if (Number.isSafeInteger(n)) return num(n);
      return value < 0n ? t.unaryExpression('-', t.bigIntLiteral((-value).toString())) : t.bigIntLiteral(value.toString());
    }
    case 'number':
      // Integral floats are boxed (ABI "Values"); the box is immutable, so it is made once per module.
      if (Number.isSafeInteger(value) || Object.is(value, -0)) return hoist(ctx, rtCall('makeFloat', num(value)));
      return num(value);
  }
  if (value === ELLIPSIS) return rt('Ellipsis');
  if (value instanceof ImaginaryConstant) {
    return hoist(ctx, t.newExpression(rt('PyComplex'), [num(0), num(value.imag)]));
  }
  if (value instanceof BytesConstant) {
    let s = '';
    for (const b of value.bytes) s += String.fromCharCode(b);
    return hoist(ctx, rtCall('bytesLiteral', str(s)));
  }
  throw new Error('unknown constant');
}

/** Make `init` once per module and refer to it by a `$K<n>` constant. */
function hoist(ctx: LowerContext, init: t.Expression): t.Identifier {
  const name = `$K${ctx.hoisted.length}`;
  ctx.hoisted.push(t.variableDeclarator(t.identifier(name), init));
  return t.identifier(name);
}

function sliceParts(ctx: LowerContext, s: py.Slice): t.Expression[] {
  const part = (p: expr | null) => (p ? lowerExpr(ctx, p) : t.nullLiteral());
  return [part(s.lower), part(s.upper), part(s.step)];
}

export function lowerSliceObject(ctx: LowerContext, s: py.Slice): t.Expression {
  return rtCall('slice', ...sliceParts(ctx, s));
}

function lowerSubscriptLoad(ctx: LowerContext, e: py.Subscript): t.Expression {
  const obj = lowerExpr(ctx, e.value);
  if (e.slice._type === 'Slice') return rtCall('getslice', obj, ...sliceParts(ctx, e.slice));
  return rtCall('getitem', obj, lowerExpr(ctx, e.slice));
}

/** `[a, *b, c]` as a JS array expression (starred items spread through `$.iterable`). */
export function lowerSequence(ctx: LowerContext, elts: readonly expr[]): t.ArrayExpression {
  return t.arrayExpression(elts.map((el) => el._type === 'Starred'
    ? ctx.at(el, t.spreadElement(rtCall('iterable', lowerExpr(ctx, el.value))))
    : lowerExpr(ctx, el)));
}

function lowerTuple(ctx: LowerContext, elts: readonly expr[]): t.Expression {
  if (elts.some((el) => el._type === 'Starred')) return rtCall('tupleFrom', lowerSequence(ctx, elts));
  return rtCall('tupleOf', ...elts.map((el) => lowerExpr(ctx, el)));
}

function lowerDict(ctx: LowerContext, e: py.Dict): t.Expression {
  // Runs of plain `k: v` items become one makeDict call; each `**m` merges in order.
  let flat: t.Expression[] = [];
  let dict: t.Expression | null = null;
  const flush = () => {
    if (dict === null) dict = rtCall('makeDict', t.arrayExpression(flat));
    else if (flat.length) dict = rtCall('dictMerge', dict, rtCall('makeDict', t.arrayExpression(flat)));
    flat = [];
  };
  e.keys.forEach((k, i) => {
    const v = e.values[i]!;
    if (k === null) {
      flush();
      dict = rtCall('dictMerge', dict!, lowerExpr(ctx, v));
    } else {
      flat.push(lowerExpr(ctx, k), lowerExpr(ctx, v));
    }
  });
  if (dict === null || flat.length) flush();
  return dict!;
}

/** `(tmp = value, use(tmp))`-style helper: evaluate once into a fresh temporary. */
export function once(ctx: LowerContext, value: t.Expression): [t.Expression, t.Identifier] {
  if (t.isIdentifier(value)) return [value, value];
  const tmp = ctx.temp();
  return [assign(tmp, value), tmp];
}

/** A constant after CPython's AST optimiser: literals and signed number literals. */
function isFoldedConstant(e: expr): boolean {
  if (e._type === 'Constant') return true;
  return e._type === 'UnaryOp' && (e.op === 'USub' || e.op === 'UAdd') && e.operand._type === 'Constant'
    && (typeof e.operand.value === 'bigint' || typeof e.operand.value === 'number');
}

/** `{a, b, c}`: CPython folds a display of more than two constants into a frozenset constant,
 *  whose table layout decides the printed order; the runtime reproduces it when told. */
function lowerSetDisplay(ctx: LowerContext, e: py.Set): t.Expression {
  const items = lowerSequence(ctx, e.elts);
  const folded = e.elts.length > 2 && e.elts.every(isFoldedConstant);
  return folded ? rtCall('makeSet', items, t.booleanLiteral(true)) : rtCall('makeSet', items);
}
