// Parse tree -> AST for PEP 695 type parameter lists (`def f[T: int, *Ts, **P]`).
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, identifier } from './expressions.js';

export function buildTypeParams(c: BuildContext, ctx: P.Type_paramsContext | null): A.type_param[] {
  if (!ctx) return [];
  return ctx.type_param().map((p): A.type_param => {
    if (p instanceof P.TypeVarContext) {
      const bound = p.expression();
      return c.placeCtx({ _type: 'TypeVar', name: identifier(p.name()), bound: bound ? buildExpression(c, bound) : null } as A.TypeVar, p);
    }
    if (p instanceof P.TypeVarTupleContext) {
      return c.placeCtx({ _type: 'TypeVarTuple', name: identifier(p.name()) } as A.TypeVarTuple, p);
    }
    return c.placeCtx({ _type: 'ParamSpec', name: identifier((p as P.ParamSpecContext).name()) } as A.ParamSpec, p);
  });
}
