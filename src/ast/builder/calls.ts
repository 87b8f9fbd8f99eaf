// Parse tree -> AST for call arguments: positional, *args, keywords, **kwargs and a sole generator.
import type { Token } from 'antlr4ng';
import type * as P from '../../parse/generated/PythonParser.js';
import { StarArgumentContext, DoubleStarArgumentContext, PositionalArgumentContext } from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, buildNamedExpression } from './expressions.js';
import { buildGeneratorExp } from './collections.js';

/** `f(x for x in y)`: the generator takes the call's parentheses as its span. */
export function buildGenexpArgument(c: BuildContext, ctx: P.ArgumentsContext, call: P.CallTrailerContext): A.GeneratorExp | null {
  const items = ctx.argument();
  if (items.length !== 1 || ctx.COMMA().length !== 0) return null;
  const only = items[0];
  if (!(only instanceof PositionalArgumentContext)) return null;
  const forCtx = only.comp_for();
  if (!forCtx) return null;
  return buildGeneratorExp(c, only.named_expression(), forCtx, call.start!, call.stop!);
}

/**
 * Arguments of a call (or of a class's bases, where a generator is never allowed); `close` is
 * the closing parenthesis, where CPython reports misplaced positional arguments.
 */
export function buildCallArguments(c: BuildContext, ctx: P.ArgumentsContext | null, close: Token, inClass = false): { args: A.expr[]; keywords: A.keyword[] } {
  const args: A.expr[] = [];
  const keywords: A.keyword[] = [];
  if (!ctx) return { args, keywords };
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (const item of ctx.argument()) {
    if (item instanceof PositionalArgumentContext && item.EQUAL()) {
      keywords.push(buildKeyword(c, item));
      sawKeyword = true;
    } else if (item instanceof DoubleStarArgumentContext) {
      const value = buildExpression(c, item.expression());
      keywords.push(c.placeCtx({ _type: 'keyword', arg: null, value } as A.keyword, item));
      sawDoubleStar = true;
    } else if (item instanceof StarArgumentContext) {
      if (sawDoubleStar) throw c.errorAt('iterable argument unpacking follows keyword argument unpacking', item.start!);
      const value = buildExpression(c, item.expression());
      args.push(c.placeCtx({ _type: 'Starred', value, ctx: 'Load' } as A.Starred, item));
    } else {
      const p = item as PositionalArgumentContext;
      const forCtx = p.comp_for();
      if (forCtx && inClass) throw c.errorAt('invalid syntax', forCtx.start!);
      if (forCtx) throw c.errorAt('Generator expression must be parenthesized', c.placeCtx({}, p));
      const value = buildNamedExpression(c, p.named_expression());
      if (value._type === 'Starred') throw c.errorAt('invalid syntax', value);
      if (sawDoubleStar) throw c.errorAt('positional argument follows keyword argument unpacking', close);
      if (sawKeyword) throw c.errorAt('positional argument follows keyword argument', close);
      args.push(value);
    }
  }
  return { args, keywords };
}

/** `name=value`: read as an expression followed by `=`, so the name is checked here. */
function buildKeyword(c: BuildContext, ctx: PositionalArgumentContext): A.keyword {
  const target = buildNamedExpression(c, ctx.named_expression());
  const value = buildExpression(c, ctx.expression()!);
  if (target._type !== 'Name') {
    if (target._type === 'NamedExpr') throw c.errorAt('invalid syntax', ctx.EQUAL()!.symbol);
    if (target._type === 'Constant' && (target.value === true || target.value === false || target.value === null)) {
      throw c.errorAt(`cannot assign to ${String(target.value === null ? 'None' : target.value ? 'True' : 'False')}`, target);
    }
    throw c.errorAt('expression cannot contain assignment, perhaps you meant "=="?', c.placeBetween({}, target, target));
  }
  return c.placeCtx({ _type: 'keyword', arg: target.id, value } as A.keyword, ctx);
}
