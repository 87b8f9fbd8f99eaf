// Assignment: targets (names, attributes, items, nested and starred unpacking), augmented and
// annotated assignment, `del`.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerExpr, lowerSliceObject } from './expressions.js';
import { assign, notUndef, num, prop, rtCall, str } from './js.js';
import { deleteName, loadName, storeName } from './names.js';
import { inplaceHelper } from './operators.js';
import { attributeStore } from './attribute-access.js';

/** An expression storing `value` (already evaluated, or evaluated here exactly once) into `target`. */
export function storeTarget(ctx: LowerContext, target: py.expr, value: t.Expression): t.Expression {
  switch (target._type) {
    case 'Name': return storeName(ctx, target.id, value);
    case 'Attribute': return ctx.at(target, attributeStore(ctx, lowerExpr(ctx, target.value), ctx.mangle(target.attr), value));
    case 'Subscript': return ctx.at(target, rtCall('setitem', lowerExpr(ctx, target.value), subscriptKey(ctx, target), value));
    case 'Tuple':
    case 'List': return ctx.at(target, unpackInto(ctx, target.elts, value));
    case 'Starred': return storeTarget(ctx, target.value, value);
    default: throw new Error(`cannot assign to ${target._type}`);
  }
}

function subscriptKey(ctx: LowerContext, s: py.Subscript): t.Expression {
  return s.slice._type === 'Slice' ? lowerSliceObject(ctx, s.slice) : lowerExpr(ctx, s.slice);
}

function unpackInto(ctx: LowerContext, elts: readonly py.expr[], value: t.Expression): t.Expression {
  const tmp = ctx.temp();
  const star = elts.findIndex((e) => e._type === 'Starred');
  const unpacked = star < 0
    ? rtCall('unpack', value, num(elts.length))
    : rtCall('unpackStar', value, num(star), num(elts.length - star - 1));
  const steps: t.Expression[] = [assign(tmp, unpacked)];
  elts.forEach((el, i) => {
    steps.push(storeTarget(ctx, el, t.memberExpression(tmp, num(i), true)));
  });
  return t.sequenceExpression(steps);
}

/** Can `value` be stored without first being saved (it is the only thing evaluated)? */
function isSimpleTarget(target: py.expr): boolean {
  return target._type === 'Name';
}

export function lowerAssign(ctx: LowerContext, s: py.Assign): t.Statement[] {
  const [first] = s.targets;
  if (s.targets.length === 1 && isSimpleTarget(first!)) {
    return [t.expressionStatement(storeTarget(ctx, first!, lowerExpr(ctx, s.value)))];
  }
  const swap = parallelAssign(ctx, s);
  if (swap) return swap;
  // Python evaluates the value first, then each target left to right.
  const tmp = ctx.temp();
  const out: t.Statement[] = [t.expressionStatement(assign(tmp, lowerExpr(ctx, s.value)))];
  for (const target of s.targets) out.push(t.expressionStatement(storeTarget(ctx, target, tmp)));
  return out;
}

/** `a, b = b, a`: the items are evaluated into temporaries, then stored, with no tuple made. */
function parallelAssign(ctx: LowerContext, s: py.Assign): t.Statement[] | null {
  const target = s.targets[0]!;
  const value = s.value;
  if (s.targets.length !== 1 || (target._type !== 'Tuple' && target._type !== 'List')) return null;
  if (value._type !== 'Tuple' && value._type !== 'List') return null;
  if (target.elts.length !== value.elts.length) return null;
  if ([...target.elts, ...value.elts].some((e) => e._type === 'Starred')) return null;
  const temps = value.elts.map(() => ctx.temp());
  const out: t.Statement[] = value.elts.map((v, i) => t.expressionStatement(assign(temps[i]!, lowerExpr(ctx, v))));
  target.elts.forEach((el, i) => out.push(t.expressionStatement(storeTarget(ctx, el, temps[i]!))));
  return out;
}

export function lowerAugAssign(ctx: LowerContext, s: py.AugAssign): t.Statement[] {
  const helper = inplaceHelper(s.op);
  const target = s.target;
  switch (target._type) {
    case 'Name': {
      const value = rtCall(helper, loadName(ctx, target.id), lowerExpr(ctx, s.value));
      return [t.expressionStatement(storeName(ctx, target.id, value))];
    }
    case 'Attribute': {
      const obj = ctx.temp();
      const current = rtCall('getattr', obj, str(ctx.mangle(target.attr)));
      return [t.expressionStatement(rtCall('setattr', assign(obj, lowerExpr(ctx, target.value)), str(ctx.mangle(target.attr)),
        rtCall(helper, current, lowerExpr(ctx, s.value))))];
    }
    case 'Subscript': {
      const obj = ctx.temp();
      const key = ctx.temp();
      const current = rtCall('getitem', obj, key);
      return [t.expressionStatement(rtCall('setitem', assign(obj, lowerExpr(ctx, target.value)),
        assign(key, subscriptKey(ctx, target)), rtCall(helper, current, lowerExpr(ctx, s.value))))];
    }
    default: throw new Error(`cannot augment-assign ${target._type}`);
  }
}

export function lowerAnnAssign(ctx: LowerContext, s: py.AnnAssign): t.Statement[] {
  const out: t.Statement[] = [];
  if (s.value) {
    const single: py.Assign = { _type: 'Assign', targets: [s.target], value: s.value, type_comment: null,
      lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
    out.push(...lowerAssign(ctx, single));
  }
  // Annotations are evaluated (and recorded for simple names) only at module and class level.
  const frame = ctx.frame;
  if (frame.isModule || frame.isClassBody) {
    const ann = lowerExpr(ctx, s.annotation);
    if (s.simple && s.target._type === 'Name') {
      out.push(t.expressionStatement(rtCall('setitem', annotationsDict(frame.isModule), str(s.target.id), ann)));
    } else {
      out.push(t.expressionStatement(ann));
    }
  }
  return out;
}

/** The module's or class body's `__annotations__` dict, made on first use (CPython makes it when
 *  the body starts; nothing can observe the difference before the first annotation). */
function annotationsDict(isModule: boolean): t.Expression {
  const tmp = t.identifier('$t');
  const made = () => rtCall('makeDict', t.arrayExpression([]));
  if (isModule) {
    const slot = prop(t.identifier('$g'), '__annotations__');
    return t.conditionalExpression(notUndef(assign(tmp, slot)), t.cloneNode(tmp),
      assign(t.cloneNode(slot), made()));
  }
  const ns = t.identifier('$ns');
  return t.conditionalExpression(notUndef(assign(tmp, rtCall('nsGet', ns, str('__annotations__')))), t.cloneNode(tmp),
    t.sequenceExpression([rtCall('nsSet', t.cloneNode(ns), str('__annotations__'), assign(t.cloneNode(tmp), made())), t.cloneNode(tmp)]));
}

export function lowerDelete(ctx: LowerContext, s: py.Delete): t.Statement[] {
  const out: t.Statement[] = [];
  const del = (target: py.expr) => {
    switch (target._type) {
      case 'Name': out.push(...deleteName(ctx, target.id)); break;
      case 'Attribute': out.push(t.expressionStatement(rtCall('delattr', lowerExpr(ctx, target.value), str(ctx.mangle(target.attr))))); break;
      case 'Subscript': out.push(t.expressionStatement(rtCall('delitem', lowerExpr(ctx, target.value), subscriptKey(ctx, target)))); break;
      case 'Tuple':
      case 'List': target.elts.forEach(del); break;
      default: throw new Error(`cannot delete ${target._type}`);
    }
  };
  s.targets.forEach(del);
  return out;
}
