// Attribute reads, writes and method calls with an inline fast path per site: a plain JS property
// access (one inline cache per site) guarded by the class markers of runtime/core/fast-paths.ts,
// falling back to the runtime's full protocol ($.getattr, $.setattr, $.callMethod).
import * as t from '@babel/types';
import type { LowerContext } from './context.js';
import { assign, prop, rtCall, str, undef } from './js.js';

/** Names the markers never vouch for: dunders (`__class__`, `__dict__` are data descriptors). */
function hasFastPath(name: string): boolean {
  return !name.startsWith('__') && t.isValidIdentifier(name, false);
}

/** A value that can be repeated without evaluating anything twice. */
function isRepeatable(v: t.Expression): boolean {
  return t.isIdentifier(v) || t.isNumericLiteral(v) || t.isStringLiteral(v) || t.isNullLiteral(v) || t.isBooleanLiteral(v);
}

/** `obj` in a temporary (assigned in `setup`) unless it can be repeated as it is. */
function settle(ctx: LowerContext, v: t.Expression, setup: t.Expression[]): t.Expression {
  if (isRepeatable(v)) return v;
  const tmp = ctx.temp();
  setup.push(assign(tmp, v));
  return tmp;
}

function withSetup(setup: t.Expression[], e: t.Expression): t.Expression {
  return setup.length ? t.sequenceExpression([...setup, e]) : e;
}

/** `(o = OBJ) !== null && o.<marker> === true`: None has no properties to read. */
function marked(o: t.Expression, marker: string): t.Expression {
  return t.logicalExpression('&&', t.binaryExpression('!==', t.cloneNode(o), t.nullLiteral()),
    t.binaryExpression('===', prop(t.cloneNode(o), marker), t.booleanLiteral(true)));
}

/** `obj.name`: the own property when the class allows it (`$fa`), else `$.getattr`. */
export function attributeLoad(ctx: LowerContext, obj: t.Expression, name: string): t.Expression {
  if (!hasFastPath(name)) return rtCall('getattr', obj, str(name));
  const setup: t.Expression[] = [];
  const o = settle(ctx, obj, setup);
  const v = ctx.temp();
  const test = t.logicalExpression('&&', marked(o, '$fa'),
    t.binaryExpression('!==', assign(v, prop(t.cloneNode(o), name)), undef()));
  return withSetup(setup, t.conditionalExpression(test, t.cloneNode(v), rtCall('getattr', t.cloneNode(o), str(name))));
}

/** `obj.name = value` (obj evaluated before value, as `$.setattr(obj, name, value)` does). */
export function attributeStore(ctx: LowerContext, obj: t.Expression, name: string, value: t.Expression): t.Expression {
  if (!hasFastPath(name)) return rtCall('setattr', obj, str(name), value);
  const setup: t.Expression[] = [];
  const o = settle(ctx, obj, setup);
  const val = settle(ctx, value, setup);
  const fast = assign(prop(t.cloneNode(o), name), t.cloneNode(val));
  return withSetup(setup, t.conditionalExpression(marked(o, '$fs'), fast,
    rtCall('setattr', t.cloneNode(o), str(name), t.cloneNode(val))));
}

/** `obj.name(args...)`: the class's function called directly when the markers name one (`$m_name`)
 *  and the instance has no own attribute hiding it, else `$.callMethod`. */
export function methodCall(ctx: LowerContext, obj: t.Expression, name: string, args: t.Expression[]): t.Expression {
  if (!hasFastPath(name)) return rtCall('callMethod', obj, str(name), ...args);
  const setup: t.Expression[] = [];
  const o = settle(ctx, obj, setup);
  const values = args.map((a) => settle(ctx, a, setup));
  const f = ctx.temp();
  const test = t.logicalExpression('&&',
    t.logicalExpression('&&', t.binaryExpression('!==', t.cloneNode(o), t.nullLiteral()),
      t.binaryExpression('!==', assign(f, prop(t.cloneNode(o), '$m_' + name)), undef())),
    t.binaryExpression('===', prop(t.cloneNode(o), name), undef()));
  const fast = t.callExpression(t.cloneNode(f), [t.cloneNode(o), ...values.map((v) => t.cloneNode(v))]);
  return withSetup(setup, t.conditionalExpression(test, fast,
    rtCall('callMethod', t.cloneNode(o), str(name), ...values.map((v) => t.cloneNode(v)))));
}
