// Turning expressions into assignment and deletion targets (Store/Del), with CPython's errors.
import type * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import { ELLIPSIS } from '../constant.js';
import type { BuildContext } from './context.js';
import { buildBitwiseOr } from './expressions.js';

/** How CPython names an expression kind in "cannot assign to ..." messages. */
export function describeExpression(e: A.expr): string {
  switch (e._type) {
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.value === ELLIPSIS) return 'ellipsis';
      return 'literal';
    default: return 'expression';
  }
}

/** The first expression inside `e` that cannot be a target, if any. */
function firstInvalidTarget(e: A.expr, kind: 'Store' | 'Del'): A.expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return kind === 'Del' ? e : firstInvalidTarget(e.value, kind);
    case 'Tuple': case 'List':
      for (const x of e.elts) {
        const bad = firstInvalidTarget(x, kind);
        if (bad) return bad;
      }
      return null;
    default: return e;
  }
}

/** Raises CPython's error if `e` cannot be assigned to (or deleted). */
export function checkTarget(c: BuildContext, e: A.expr, kind: 'Store' | 'Del', suggestEquality = false): void {
  if (kind === 'Store' && e._type === 'Starred') {
    throw c.errorAt('starred assignment target must be in a list or tuple', e);
  }
  const bad = firstInvalidTarget(e, kind);
  if (!bad) return;
  if (bad._type === 'Starred') throw c.errorAt('cannot delete starred', bad);
  const verb = kind === 'Del' ? 'delete' : 'assign to';
  const here = suggestEquality && bad === e && isBitwiseLevel(e) ? " here. Maybe you meant '==' instead of '='?" : '';
  throw c.errorAt(`cannot ${verb} ${describeExpression(bad)}${here}`, bad);
}

/** CPython suggests `==` only when the bad target is an operand-level expression. */
function isBitwiseLevel(e: A.expr): boolean {
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': return false;
    case 'UnaryOp': return e.op !== 'Not';
    case 'Constant': return e.value !== null && e.value !== true && e.value !== false;
    default: return true;
  }
}

/** Sets the context of a valid target (and of everything inside a tuple/list/starred target). */
export function setContext(e: A.expr, ctx: A.expr_context): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
    default:
      return;
  }
}

/** `a, *b` in for/del/comprehension position. */
export function buildTargets(c: BuildContext, ctx: P.TargetsContext, kind: 'Store' | 'Del'): A.expr {
  const items = ctx.target();
  const built = items.map((t) => buildTarget(c, t));
  const node = built.length === 1 && ctx.COMMA().length === 0
    ? built[0]
    : c.placeCtx({ _type: 'Tuple', elts: built, ctx: kind } as A.Tuple, ctx);
  if (node._type === 'Starred' && kind === 'Store') {
    throw c.errorAt('starred assignment target must be in a list or tuple', node);
  }
  checkTarget(c, node, kind);
  setContext(node, kind);
  return node;
}

/** One target: a possibly starred operand. */
export function buildTarget(c: BuildContext, ctx: P.TargetContext): A.expr {
  const value = buildBitwiseOr(c, ctx.bitwise_or());
  if (!ctx.STAR()) return value;
  return c.placeCtx({ _type: 'Starred', value, ctx: 'Load' } as A.Starred, ctx);
}
