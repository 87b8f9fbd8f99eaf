// Comprehensions and generator expressions: each is its own JS function, called with the first
// iterable (evaluated in the enclosing scope, as CPython does).
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, lowerTest } from './expressions.js';
import { functionPrologue } from './functions.js';
import { storeTarget } from './assign.js';
import { assign, rtCall, str } from './js.js';
import { nameTarget } from './names.js';
import { unsupported } from './unsupported.js';

type Comprehension = py.ListComp | py.SetComp | py.DictComp | py.GeneratorExp;

const JS_NAMES: Readonly<Record<Comprehension['_type'], string>> = {
  ListComp: '$listcomp', SetComp: '$setcomp', DictComp: '$dictcomp', GeneratorExp: '$genexpr',
};

export function lowerComprehension(ctx: LowerContext, e: Comprehension): t.Expression {
  const scope = ctx.scopeOf(e);
  if (scope.isCoroutine || e.generators.some((g) => g.is_async)) return unsupported(e, 'async comprehensions are not supported');
  const first = rtCall('iterable', lowerExpr(ctx, e.generators[0]!.iter));
  const isGen = e._type === 'GeneratorExp';
  const fn = ctx.inFrame(scope, (frame) => {
    const it = t.identifier('$it');
    const result = ctx.temp();
    // The innermost action: yield the element, or add it to the result being built.
    let action: t.Statement;
    switch (e._type) {
      case 'GeneratorExp': action = t.expressionStatement(t.yieldExpression(lowerExpr(ctx, e.elt))); break;
      case 'DictComp': {
        const key = lowerExpr(ctx, e.key);
        action = t.expressionStatement(rtCall('setitem', result, key, lowerExpr(ctx, e.value)));
        break;
      }
      default: action = t.expressionStatement(t.callExpression(t.memberExpression(result, t.identifier('push')), [lowerExpr(ctx, e.elt)]));
    }
    let body: t.Statement = action;
    for (let i = e.generators.length - 1; i >= 0; i--) body = generatorLoop(ctx, e.generators[i]!, i === 0 ? it : null, body);
    const stmts: t.Statement[] = [];
    if (e._type === 'DictComp') stmts.push(t.expressionStatement(assign(result, rtCall('makeDict', t.arrayExpression([])))));
    else if (!isGen) stmts.push(t.expressionStatement(assign(result, t.arrayExpression([]))));
    stmts.push(body);
    const ret = e._type === 'SetComp' ? rtCall('makeSet', result) : isGen ? t.nullLiteral() : result;
    stmts.push(t.returnStatement(ret));
    return t.functionExpression(t.identifier(JS_NAMES[e._type]), [it],
      t.blockStatement([...functionPrologue(frame), ...stmts]), isGen);
  });
  const call = t.callExpression(fn, [first]);
  return isGen ? rtCall('generator', call, str('<genexpr>'), str(scope.qualname)) : call;
}

function generatorLoop(ctx: LowerContext, g: py.comprehension, firstIt: t.Identifier | null, inner: t.Statement): t.Statement {
  const iterable = firstIt ?? rtCall('iterable', lowerExpr(ctx, g.iter));
  let body = inner;
  for (let i = g.ifs.length - 1; i >= 0; i--) body = t.ifStatement(lowerTest(ctx, g.ifs[i]!), body);
  const direct = g.target._type === 'Name' ? nameTarget(ctx, g.target.id) : null;
  if (direct) return t.forOfStatement(direct, iterable, t.blockStatement([body]));
  const item = ctx.temp();
  return t.forOfStatement(item, iterable, t.blockStatement([t.expressionStatement(storeTarget(ctx, g.target, item)), body]));
}
