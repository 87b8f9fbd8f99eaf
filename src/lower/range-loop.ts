// `for x in range(...)` as a counted JS loop while `range` is the builtin and the bounds are ints;
// otherwise the same loop iterates the real range object. The body is emitted once.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr } from './expressions.js';
import { assign, num, prop, rt, rtCall } from './js.js';
import { storeTarget } from './assign.js';
import { lowerBody } from './statements.js';
import { loadName } from './names.js';

/** The range call this loop iterates, when it qualifies: `range(...)` with 1-3 plain arguments,
 *  `range` not bound locally, and a step that is a nonzero int literal. */
function rangeCall(ctx: LowerContext, s: py.For): { call: py.Call; step: number } | null {
  const it = s.iter;
  if (it._type !== 'Call' || it.func._type !== 'Name' || it.func.id !== 'range') return null;
  if (it.keywords.length || it.args.length < 1 || it.args.length > 3 || it.args.some((a) => a._type === 'Starred')) return null;
  const sym = ctx.frame.scope.symbols.get('range');
  if (sym && sym.scope !== 'global_implicit' && sym.scope !== 'global_explicit') return null;
  if (it.args.length < 3) return { call: it, step: 1 };
  const stepNode = it.args[2]!;
  let step: number | null = null;
  if (stepNode._type === 'Constant' && typeof stepNode.value === 'bigint') step = Number(stepNode.value);
  if (stepNode._type === 'UnaryOp' && stepNode.op === 'USub' && stepNode.operand._type === 'Constant' && typeof stepNode.operand.value === 'bigint') {
    step = -Number(stepNode.operand.value);
  }
  return step && Number.isSafeInteger(step) ? { call: it, step } : null;
}

/** Setup statements and the loop, or null when the loop does not iterate a range call. */
export function lowerRangeLoop(ctx: LowerContext, s: py.For): { setup: t.Statement[]; loop: () => t.Statement } | null {
  const found = rangeCall(ctx, s);
  if (!found) return null;
  const { call, step } = found;
  const fn = ctx.temp();
  const args = call.args.map(() => ctx.temp());
  const [lo, hi] = args.length === 1 ? [ctx.temp(), args[0]!] : [args[0]!, args[1]!];
  const it = ctx.temp();
  const next = ctx.temp();
  const isInt = (v: t.Identifier) => t.callExpression(t.memberExpression(t.identifier('Number'), t.identifier('isSafeInteger')), [v]);
  const setup: t.Statement[] = [
    t.expressionStatement(assign(fn, loadName(ctx, 'range'))),
    ...call.args.map((a, i) => t.expressionStatement(assign(args[i]!, lowerExpr(ctx, a)))),
  ];
  if (args.length === 1) setup.push(t.expressionStatement(assign(lo, num(0))));
  const fast = t.logicalExpression('&&', t.binaryExpression('===', fn, prop(rt('builtins'), 'range')),
    t.logicalExpression('&&', isInt(lo), isInt(hi)));
  setup.push(t.ifStatement(fast,
    t.expressionStatement(assign(it, t.nullLiteral())),
    t.expressionStatement(assign(it, rtCall('iter', rtCall('call', fn, ...args))))));
  const loop = () => {
    const counted = t.blockStatement([
      t.ifStatement(t.unaryExpression('!', t.binaryExpression(step > 0 ? '<' : '>', lo, hi)), t.breakStatement()),
      t.expressionStatement(storeTarget(ctx, s.target, lo)),
      t.expressionStatement(t.assignmentExpression('+=', lo, num(step))),
    ]);
    const generic = t.blockStatement([
      t.expressionStatement(assign(next, t.callExpression(t.memberExpression(it, t.identifier('next')), []))),
      t.ifStatement(t.memberExpression(next, t.identifier('done')), t.breakStatement()),
      t.expressionStatement(storeTarget(ctx, s.target, t.memberExpression(next, t.identifier('value')))),
    ]);
    return t.forStatement(null, null, null, t.blockStatement([
      t.ifStatement(t.binaryExpression('===', it, t.nullLiteral()), counted, generic),
      ...lowerBody(ctx, s.body),
    ]));
  };
  return { setup, loop };
}
