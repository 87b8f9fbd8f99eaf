// Parse tree -> AST for expressions: operators, conditionals, lambdas, primaries and atoms.
import { TerminalNode, type ParseTree, type ParserRuleContext } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import { ELLIPSIS } from '../constant.js';
import type { BuildContext } from './context.js';
import { parseNumber } from './numbers.js';
import { buildStrings } from './strings.js';
import { buildLambdaArguments } from './parameters.js';
import { buildCallArguments, buildGenexpArgument } from './calls.js';
import { buildCollectionAtom } from './collections.js';
import { describeExpression } from './targets.js';

type Op = A.operator;

const BINARY_OPS: Record<string, Op> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult', '**': 'Pow',
};
const UNARY_OPS: Record<string, A.unaryop> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };
const COMPARE_OPS: Record<string, A.cmpop> = {
  '<': 'Lt', '>': 'Gt', '==': 'Eq', '>=': 'GtE', '<=': 'LtE', '!=': 'NotEq', 'in': 'In', 'notin': 'NotIn',
  'is': 'Is', 'isnot': 'IsNot',
};

/** `a, *b, c` (a Tuple when there is a comma) at statement level. */
export function buildStarExpressions(c: BuildContext, ctx: P.Star_expressionsContext): A.expr {
  const items = ctx.star_expression();
  if (items.length === 1 && ctx.COMMA().length === 0) return buildStarExpression(c, items[0]);
  const elts = items.map((e) => buildStarExpression(c, e));
  return c.placeCtx({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, ctx);
}

export function buildStarExpression(c: BuildContext, ctx: P.Star_expressionContext): A.expr {
  const e = ctx.expression();
  if (e) return buildExpression(c, e);
  return c.placeCtx({ _type: 'Starred', value: buildBitwiseOr(c, ctx.bitwise_or()!), ctx: 'Load' } as A.Starred, ctx);
}

export function buildStarNamedExpression(c: BuildContext, ctx: P.Star_named_expressionContext): A.expr {
  const e = ctx.named_expression();
  if (e) return buildNamedExpression(c, e);
  return c.placeCtx({ _type: 'Starred', value: buildBitwiseOr(c, ctx.bitwise_or()!), ctx: 'Load' } as A.Starred, ctx);
}

export function buildNamedExpression(c: BuildContext, ctx: P.Named_expressionContext): A.expr {
  const parts = ctx.expression();
  const first = buildExpression(c, parts[0]);
  if (parts.length === 1) return first;
  if (first._type !== 'Name') throw c.errorAt(`cannot use assignment expressions with ${describeExpression(first)}`, first);
  first.ctx = 'Store';
  const value = buildExpression(c, parts[1]);
  return c.placeCtx({ _type: 'NamedExpr', target: first, value } as A.NamedExpr, ctx);
}

export function buildExpression(c: BuildContext, ctx: P.ExpressionContext): A.expr {
  const lambda = ctx.lambdef();
  if (lambda) {
    const args = buildLambdaArguments(c, lambda.lambda_parameters());
    const body = buildExpression(c, lambda.expression());
    return c.placeCtx({ _type: 'Lambda', args, body } as A.Lambda, lambda);
  }
  const parts = ctx.disjunction();
  const body = buildDisjunction(c, parts[0]);
  if (parts.length === 1) return body;
  const test = buildDisjunction(c, parts[1]);
  const orelse = buildExpression(c, ctx.expression()!);
  return c.placeCtx({ _type: 'IfExp', test, body, orelse } as A.IfExp, ctx);
}

/** `or`, `and`, `not` and comparisons: one left-recursive rule, told apart by its children. */
export function buildDisjunction(c: BuildContext, ctx: P.DisjunctionContext): A.expr {
  const first = ctx.getChild(0);
  if (first instanceof P.Bitwise_orContext) return buildComparison(c, ctx);
  if (first instanceof TerminalNode) {
    return c.placeCtx({ _type: 'UnaryOp', op: 'Not', operand: buildDisjunction(c, ctx.getChild(1) as P.DisjunctionContext) } as A.UnaryOp, ctx);
  }
  // `a or b or c` parses as ((a or b) or c); CPython makes one BoolOp of the unparenthesised chain.
  const opType = (ctx.getChild(1) as TerminalNode).symbol.type;
  const values: A.expr[] = [];
  collectBoolOperands(c, ctx, opType, values);
  return c.placeCtx({ _type: 'BoolOp', op: opType === P.PythonParser.OR ? 'Or' : 'And', values } as A.BoolOp, ctx);
}

function isBoolOp(ctx: P.DisjunctionContext, opType: number): boolean {
  const op = ctx.getChild(1);
  return ctx.getChildCount() === 3 && op instanceof TerminalNode && op.symbol.type === opType;
}

function collectBoolOperands(c: BuildContext, ctx: P.DisjunctionContext, opType: number, out: A.expr[]): void {
  const left = ctx.getChild(0) as P.DisjunctionContext;
  if (isBoolOp(left, opType)) collectBoolOperands(c, left, opType, out);
  else out.push(buildDisjunction(c, left));
  out.push(buildDisjunction(c, ctx.getChild(2) as P.DisjunctionContext));
}

function buildComparison(c: BuildContext, ctx: P.DisjunctionContext): A.expr {
  const operands = ctx.bitwise_or();
  const left = buildBitwiseOr(c, operands[0]);
  if (operands.length === 1) return left;
  const ops = ctx.comp_op().map((o) => COMPARE_OPS[o.getText()]);
  const comparators = operands.slice(1).map((o) => buildBitwiseOr(c, o));
  return c.placeCtx({ _type: 'Compare', left, ops, comparators } as A.Compare, ctx);
}

/** Arithmetic and bitwise operators: one left-recursive rule, told apart by its child count. */
export function buildBitwiseOr(c: BuildContext, ctx: P.Bitwise_orContext): A.expr {
  const n = ctx.getChildCount();
  if (n === 1) return buildAwaitPrimary(c, ctx.getChild(0) as P.Await_primaryContext);
  if (n === 3) {
    const left = buildBitwiseOr(c, ctx.getChild(0) as P.Bitwise_orContext);
    const op = BINARY_OPS[(ctx.getChild(1) as TerminalNode).symbol.text!];
    const right = buildBitwiseOr(c, ctx.getChild(2) as P.Bitwise_orContext);
    return c.placeCtx({ _type: 'BinOp', left, op, right } as A.BinOp, ctx);
  }
  const op = UNARY_OPS[ctx.start!.text!];
  return c.placeCtx({ _type: 'UnaryOp', op, operand: buildBitwiseOr(c, ctx.getChild(1) as P.Bitwise_orContext) } as A.UnaryOp, ctx);
}

function buildAwaitPrimary(c: BuildContext, ctx: P.Await_primaryContext): A.expr {
  const atomCtx = ctx.atom();
  let node = buildAtom(c, atomCtx);
  const start = atomCtx.start!;
  for (const t of ctx.trailer()) node = applyTrailer(c, node, t, start);
  if (ctx.AWAIT()) return c.placeCtx({ _type: 'Await', value: node } as A.Await, ctx);
  return node;
}

function applyTrailer(c: BuildContext, value: A.expr, t: P.TrailerContext, start: import('antlr4ng').Token): A.expr {
  if (t instanceof P.AttributeTrailerContext) {
    return c.place({ _type: 'Attribute', value, attr: identifier(t.name()), ctx: 'Load' } as A.Attribute, start, t.stop!);
  }
  if (t instanceof P.CallTrailerContext) {
    const argsCtx = t.arguments();
    const genexp = argsCtx ? buildGenexpArgument(c, argsCtx, t) : null;
    const { args, keywords } = genexp ? { args: [genexp], keywords: [] } : buildCallArguments(c, argsCtx, t.stop!);
    return c.place({ _type: 'Call', func: value, args, keywords } as A.Call, start, t.stop!);
  }
  const slice = buildSlices(c, (t as P.SubscriptTrailerContext).slices());
  return c.place({ _type: 'Subscript', value, slice, ctx: 'Load' } as A.Subscript, start, t.stop!);
}

function buildSlices(c: BuildContext, ctx: P.SlicesContext): A.expr {
  const items = ctx.slice();
  const built = items.map((s) => buildSlice(c, s));
  if (built.length === 1 && ctx.COMMA().length === 0 && built[0]._type !== 'Starred') return built[0];
  return c.placeCtx({ _type: 'Tuple', elts: built, ctx: 'Load' } as A.Tuple, ctx);
}

function buildSlice(c: BuildContext, ctx: P.SliceContext): A.expr {
  if (ctx instanceof P.StarSliceContext) {
    return c.placeCtx({ _type: 'Starred', value: buildBitwiseOr(c, ctx.bitwise_or()), ctx: 'Load' } as A.Starred, ctx);
  }
  if (ctx instanceof P.ExprSliceContext && ctx.COLON().length === 0) return buildNamedExpression(c, ctx.named_expression());
  // Which optional expressions are present follows from where the colons are.
  let lower: A.expr | null = null, upper: A.expr | null = null, step: A.expr | null = null;
  let colons = 0;
  for (const child of ctx.children) {
    if (child instanceof TerminalNode) colons++;
    else {
      const e = child instanceof P.Named_expressionContext ? buildNamedExpression(c, child) : buildExpression(c, child as P.ExpressionContext);
      if (colons === 0) lower = e;
      else if (colons === 1) upper = e;
      else step = e;
    }
  }
  return c.placeCtx({ _type: 'Slice', lower, upper, step } as A.Slice, ctx);
}

export function buildAtom(c: BuildContext, ctx: P.AtomContext): A.expr {
  switch (ctx.start!.type) {
    case P.PythonParser.NAME: return c.placeCtx({ _type: 'Name', id: identifier(ctx), ctx: 'Load' } as A.Name, ctx);
    case P.PythonParser.NUMBER: return constant(c, parseNumber(ctx.start!.text!), ctx);
    case P.PythonParser.STRING:
    case P.PythonParser.FSTRING: return buildStrings(c, ctx.strings()!);
    case P.PythonParser.NONE: return constant(c, null, ctx);
    case P.PythonParser.TRUE: return constant(c, true, ctx);
    case P.PythonParser.FALSE: return constant(c, false, ctx);
    case P.PythonParser.ELLIPSIS: return constant(c, ELLIPSIS, ctx);
    default: {
      const y = ctx.yield_expr();
      return y ? buildYield(c, y) : buildCollectionAtom(c, ctx);
    }
  }
}

function constant(c: BuildContext, value: A.ConstantValue, ctx: ParserRuleContext): A.Constant {
  return c.placeCtx({ _type: 'Constant', value, kind: null } as A.Constant, ctx);
}

export function buildYield(c: BuildContext, ctx: P.Yield_exprContext): A.expr {
  if (ctx.FROM()) {
    return c.placeCtx({ _type: 'YieldFrom', value: buildExpression(c, ctx.expression()!) } as A.YieldFrom, ctx);
  }
  const v = ctx.star_expressions();
  return c.placeCtx({ _type: 'Yield', value: v ? buildStarExpressions(c, v) : null } as A.Yield, ctx);
}

/** An identifier as CPython stores it: NFKC-normalised when it is not ASCII. */
export function identifier(ctx: P.NameContext | ParseTree): string {
  const text = (ctx as ParserRuleContext).start!.text!;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return text.normalize('NFKC');
  return text;
}
