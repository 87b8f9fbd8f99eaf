// Operators: binary and unary arithmetic, `and`/`or`, comparison chains.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, truthy } from './expressions.js';
import { assign, rtCall } from './js.js';

/** Runtime helper names for Python's binary operators (ABI "Attributes, items, operators"). */
export const BINARY_HELPERS: Readonly<Record<py.operator, string>> = {
  Add: 'add', Sub: 'sub', Mult: 'mult', MatMult: 'matMult', Div: 'div', FloorDiv: 'floorDiv', Mod: 'mod',
  Pow: 'pow', LShift: 'lShift', RShift: 'rShift', BitOr: 'bitOr', BitXor: 'bitXor', BitAnd: 'bitAnd',
};

/** The in-place form: `iadd`, `isub`, ... */
export function inplaceHelper(op: py.operator): string {
  return 'i' + BINARY_HELPERS[op];
}

export function lowerBinOp(ctx: LowerContext, e: py.BinOp): t.Expression {
  return rtCall(BINARY_HELPERS[e.op], lowerExpr(ctx, e.left), lowerExpr(ctx, e.right));
}

export function lowerUnaryOp(ctx: LowerContext, e: py.UnaryOp): t.Expression {
  const operand = e.operand;
  // `-5`, `-2.5`: fold into one constant, as CPython's compiler does.
  if (e.op === 'USub' && operand._type === 'Constant' && (typeof operand.value === 'bigint' || typeof operand.value === 'number')) {
    const negated = typeof operand.value === 'bigint' ? -operand.value : -operand.value;
    return lowerExpr(ctx, { ...operand, value: negated });
  }
  switch (e.op) {
    case 'Not': return t.unaryExpression('!', truthy(lowerExpr(ctx, operand)));
    case 'USub': return rtCall('neg', lowerExpr(ctx, operand));
    case 'UAdd': return rtCall('pos', lowerExpr(ctx, operand));
    case 'Invert': return rtCall('invert', lowerExpr(ctx, operand));
  }
}

/** `a and b` keeps the deciding operand's value: `$.truthy($1 = a) ? b : $1`. */
export function lowerBoolOp(ctx: LowerContext, e: py.BoolOp): t.Expression {
  const values = e.values;
  let acc = lowerExpr(ctx, values[values.length - 1]!);
  for (let i = values.length - 2; i >= 0; i--) {
    const tmp = ctx.temp();
    const test = truthy(assign(tmp, lowerExpr(ctx, values[i]!)));
    acc = e.op === 'And' ? t.conditionalExpression(test, acc, tmp) : t.conditionalExpression(test, tmp, acc);
  }
  return acc;
}

function compareOne(op: py.cmpop, left: t.Expression, right: t.Expression): t.Expression {
  switch (op) {
    case 'Eq': return rtCall('eq', left, right);
    case 'NotEq': return rtCall('ne', left, right);
    case 'Lt': return rtCall('lt', left, right);
    case 'LtE': return rtCall('le', left, right);
    case 'Gt': return rtCall('gt', left, right);
    case 'GtE': return rtCall('ge', left, right);
    case 'Is': return rtCall('is', left, right);
    case 'IsNot': return t.unaryExpression('!', rtCall('is', left, right));
    case 'In': return rtCall('contains', right, left);
    case 'NotIn': return t.unaryExpression('!', rtCall('contains', right, left));
  }
}

/** `a < b < c`: each middle operand is evaluated once and the chain stops at the first false link,
 *  whose value is the result (as Python, which returns the link's object). */
export function lowerCompare(ctx: LowerContext, e: py.Compare): t.Expression {
  const n = e.ops.length;
  let left = lowerExpr(ctx, e.left);
  if (n === 1) return compareOne(e.ops[0]!, left, lowerExpr(ctx, e.comparators[0]!));
  const links: t.Expression[] = [];
  for (let i = 0; i < n; i++) {
    const isLast = i === n - 1;
    let right = lowerExpr(ctx, e.comparators[i]!);
    let next: t.Expression = right;
    if (!isLast) {
      const tmp = ctx.temp();
      right = assign(tmp, right);
      next = tmp;
    }
    links.push(compareOne(e.ops[i]!, left, right));
    left = next;
  }
  let acc = links[n - 1]!;
  for (let i = n - 2; i >= 0; i--) {
    const tmp = ctx.temp();
    acc = t.conditionalExpression(truthy(assign(tmp, links[i]!)), acc, tmp);
  }
  return acc;
}
