// Classes: the body as a function filling the class namespace, `$.buildClass`, the `__class__` cell.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { directCall } from './calls.js';
import { docstringOf } from './docstring.js';
import { lowerConstant, lowerExpr, lowerSequence } from './expressions.js';
import { functionJsName, functionPrologue } from './functions.js';
import { assign, id, objectOf, prop, rtCall, str } from './js.js';
import { storeName } from './names.js';
import { lowerBody } from './statements.js';
import { unsupported } from './unsupported.js';

export function lowerClassDef(ctx: LowerContext, s: py.ClassDef): t.Statement[] {
  const out: t.Statement[] = [];
  const decorators = s.decorator_list.map((d) => {
    const tmp = ctx.temp();
    out.push(ctx.at(d, t.expressionStatement(assign(tmp, lowerExpr(ctx, d)))));
    return tmp;
  });
  const scope = ctx.scopeOf(s);
  const bases = lowerSequence(ctx, s.bases);
  const keywords = s.keywords.map((k): [string, t.Expression] => {
    if (k.arg === null) return unsupported(k, '** in a class definition is not supported');
    return [k.arg, lowerExpr(ctx, k.value)];
  });

  const body = ctx.inFrame(scope, (frame) => {
    const ns = t.identifier('$ns');
    const set = (name: string, v: t.Expression) => t.expressionStatement(rtCall('nsSet', ns, str(name), v));
    const head = [
      set('__module__', prop(t.identifier('$g'), '__name__')),
      set('__qualname__', str(scope.qualname)),
    ];
    const doc = docstringOf(s.body);
    if (doc !== null) head.push(set('__doc__', lowerConstant(ctx, doc)));
    const stmts = lowerBody(ctx, doc === null ? s.body : s.body.slice(1));
    if (scope.needsClassCell) {
      // ABI addendum: buildClass calls the returned function with the new class to fill the cell.
      const c = t.identifier('$c');
      stmts.push(t.returnStatement(t.functionExpression(null, [c],
        t.blockStatement([t.expressionStatement(assign(id('__class__'), c))]))));
    }
    return t.functionExpression(t.identifier(functionJsName(scope, s.name)), [ns],
      t.blockStatement([...functionPrologue(frame), ...ctx.at(s, t.blockStatement(head)).body, ...stmts]));
  });

  let value: t.Expression = rtCall('buildClass', body, str(s.name), bases,
    keywords.length ? objectOf(keywords) : t.nullLiteral(), str(scope.qualname));
  for (let i = decorators.length - 1; i >= 0; i--) value = directCall(ctx, decorators[i]!, [value]);
  out.push(ctx.at(s, t.expressionStatement(storeName(ctx, s.name, value))));
  return out;
}
