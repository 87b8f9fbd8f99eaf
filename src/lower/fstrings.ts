// f-strings: literal parts and formatted fields joined with `+`.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr } from './expressions.js';
import { num, rtCall, str } from './js.js';

export function lowerFString(ctx: LowerContext, e: py.JoinedStr): t.Expression {
  const parts = e.values.map((v) => (v._type === 'Constant' && typeof v.value === 'string' ? str(v.value) : lowerExpr(ctx, v)));
  if (parts.length === 0) return str('');
  // A leading string literal makes every `+` a string concatenation.
  let acc: t.Expression = t.isStringLiteral(parts[0]) ? parts[0]! : t.binaryExpression('+', str(''), parts[0]!);
  for (const p of parts.slice(1)) acc = t.binaryExpression('+', acc, p);
  return acc;
}

export function lowerFormattedValue(ctx: LowerContext, e: py.FormattedValue): t.Expression {
  const spec = e.format_spec ? lowerExpr(ctx, e.format_spec) : str('');
  return rtCall('formatValue', lowerExpr(ctx, e.value), num(e.conversion), spec);
}
