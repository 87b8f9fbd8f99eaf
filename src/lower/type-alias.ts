// `type X = ...` (3.12): lowered as a lazily evaluated alias object from the runtime.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr } from './expressions.js';
import { rtCall, str } from './js.js';
import { storeName } from './names.js';
import { unsupported } from './unsupported.js';

export function lowerTypeAlias(ctx: LowerContext, s: py.TypeAlias): t.Statement[] {
  if (s.name._type !== 'Name') return unsupported(s, 'type alias name must be a name');
  if (s.type_params.length) return unsupported(s, 'generic type aliases are not supported');
  const value = t.arrowFunctionExpression([], lowerExpr(ctx, s.value));
  return [t.expressionStatement(storeName(ctx, s.name.id, rtCall('typeAlias', str(s.name.id), value)))];
}
