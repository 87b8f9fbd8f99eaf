// globals(), locals(), vars() and dir() without arguments: they read the calling scope, which
// only the compiler knows, so a call to the builtin gets that scope's mapping.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { assign, id, notUndef, prop, rt, rtCall, str } from './js.js';
import { loadName } from './names.js';

const SCOPED = new Set(['globals', 'locals', 'vars', 'dir']);

/** A zero-argument call of one of these names that may be the builtin. */
export function isScopeIntrospection(ctx: LowerContext, e: py.Call): e is py.Call & { func: py.Name } {
  if (e.func._type !== 'Name' || !SCOPED.has(e.func.id) || e.args.length || e.keywords.length) return false;
  const sym = ctx.frame.scope.symbols.get(e.func.id);
  return !sym || sym.scope === 'global_implicit' || (ctx.frame.isModule && sym.scope !== 'free');
}

/** `(f = <name>) === $.builtins.<name> ? <scope mapping> : <ordinary call>`. */
export function lowerScopeIntrospection(ctx: LowerContext, e: py.Call & { func: py.Name }): t.Expression {
  const name = e.func.id;
  const f = ctx.temp();
  const mapping = name === 'globals' ? rtCall('namespaceDict', t.identifier('$g')) : localsMapping(ctx);
  const scoped = name === 'dir' ? rtCall('call', prop(rt('builtins'), 'sorted'), mapping) : mapping;
  const ordinary = t.conditionalExpression(t.binaryExpression('===', t.unaryExpression('typeof', f), str('function')),
    t.callExpression(f, []), rtCall('call', f));
  return t.conditionalExpression(t.binaryExpression('===', assign(f, loadName(ctx, name)), prop(rt('builtins'), name)),
    scoped, ordinary);
}

function localsMapping(ctx: LowerContext): t.Expression {
  const frame = ctx.frame;
  if (frame.isModule) return rtCall('namespaceDict', t.identifier('$g'));
  const ns = t.identifier('$ns');
  if (frame.isClassBody) {
    // A plain namespace object has no `$cls`; a prepared mapping is returned as it is.
    return t.conditionalExpression(t.binaryExpression('===', prop(ns, '$cls'), t.unaryExpression('void', t.numericLiteral(0))),
      rtCall('namespaceDict', ns), t.cloneNode(ns));
  }
  // A function: a snapshot dict of the bound locals and free variables, as CPython's locals().
  const dict = ctx.temp();
  const steps: t.Expression[] = [assign(dict, rtCall('makeDict', t.arrayExpression([])))];
  for (const sym of frame.scope.symbols.values()) {
    if (sym.scope !== 'local' && sym.scope !== 'cell' && sym.scope !== 'free') continue;
    steps.push(t.logicalExpression('&&', notUndef(id(sym.name)), rtCall('setitem', dict, str(sym.name), id(sym.name))));
  }
  steps.push(dict);
  return t.sequenceExpression(steps);
}
