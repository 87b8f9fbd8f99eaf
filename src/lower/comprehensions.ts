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

type Comprehension = py.ListComp | py.SetComp | py.DictComp | py.GeneratorExp;

const JS_NAMES: Readonly<Record<Comprehension['_type'], string>> = {
  ListComp: '$listcomp', SetComp: '$setcomp', DictComp: '$dictcomp', GeneratorExp: '$genexpr',
};

export function lowerComprehension(ctx: LowerContext, e: Comprehension): t.Expression {
  const scope = ctx.scopeOf(e);
  const isAsync = scope.isCoroutine || e.generators.some((g) => g.is_async);
  const firstIter = lowerExpr(ctx, e.generators[0]!.iter);
  const first = e.generators[0]!.is_async ? rtCall('aiter', firstIter) : rtCall('iterable', firstIter);
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
      t.blockStatement([...functionPrologue(frame), ...stmts]), isGen, isAsync);
  });
  const call = t.callExpression(fn, [first]);
  if (isGen) return rtCall(isAsync ? 'asyncGenerator' : 'generator', call, str('<genexpr>'), str(scope.qualname));
  // An async list/set/dict comprehension runs as an async function awaited in place.
  return isAsync ? t.awaitExpression(call) : call;
}

function generatorLoop(ctx: LowerContext, g: py.comprehension, firstIt: t.Identifier | null, inner: t.Statement): t.Statement {
  let body = inner;
  for (let i = g.ifs.length - 1; i >= 0; i--) body = t.ifStatement(lowerTest(ctx, g.ifs[i]!), body);
  if (g.is_async) return asyncLoop(ctx, g, firstIt ?? rtCall('aiter', lowerExpr(ctx, g.iter)), body);
  const iterable = firstIt ?? rtCall('iterable', lowerExpr(ctx, g.iter));
  const direct = g.target._type === 'Name' ? nameTarget(ctx, g.target.id) : null;
  if (direct) return t.forOfStatement(direct, iterable, t.blockStatement([body]));
  const item = ctx.temp();
  return t.forOfStatement(item, iterable, t.blockStatement([t.expressionStatement(storeTarget(ctx, g.target, item)), body]));
}

/** `async for` inside a comprehension: `$.anext` resolves to undefined at the end. */
function asyncLoop(ctx: LowerContext, g: py.comprehension, iterator: t.Expression, body: t.Statement): t.Statement {
  const it = ctx.temp();
  const item = ctx.temp();
  return t.blockStatement([
    t.expressionStatement(assign(it, iterator)),
    t.whileStatement(t.booleanLiteral(true), t.blockStatement([
      t.expressionStatement(assign(item, t.awaitExpression(rtCall('anext', it)))),
      t.ifStatement(t.binaryExpression('===', item, t.unaryExpression('void', t.numericLiteral(0))), t.breakStatement()),
      t.expressionStatement(storeTarget(ctx, g.target, item)),
      body,
    ])),
  ]);
}
