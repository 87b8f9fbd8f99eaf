// Parse tree -> AST for call arguments: positional, *args, keywords, **kwargs and a sole generator.
import type * as P from '../../parse/generated/PythonParser.js';
import { KeywordArgumentContext, StarArgumentContext, DoubleStarArgumentContext, PositionalArgumentContext } from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, buildNamedExpression, identifier } from './expressions.js';
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

export function buildCallArguments(c: BuildContext, ctx: P.ArgumentsContext | null): { args: A.expr[]; keywords: A.keyword[] } {
  const args: A.expr[] = [];
  const keywords: A.keyword[] = [];
  if (!ctx) return { args, keywords };
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (const item of ctx.argument()) {
    if (item instanceof KeywordArgumentContext) {
      const value = buildExpression(c, item.expression());
      keywords.push(c.placeCtx({ _type: 'keyword', arg: identifier(item.name()), value } as A.keyword, item));
      sawKeyword = true;
    } else if (item instanceof DoubleStarArgumentContext) {
      const value = buildExpression(c, item.expression());
      keywords.push(c.placeCtx({ _type: 'keyword', arg: null, value } as A.keyword, item));
      sawDoubleStar = true;
    } else if (item instanceof StarArgumentContext) {
      if (sawDoubleStar) throw c.errorAt('iterable argument unpacking follows keyword argument unpacking', c.placeCtx({}, item));
      const value = buildExpression(c, item.expression());
      args.push(c.placeCtx({ _type: 'Starred', value, ctx: 'Load' } as A.Starred, item));
    } else {
      const p = item as PositionalArgumentContext;
      const forCtx = p.comp_for();
      if (forCtx) throw c.errorAt('Generator expression must be parenthesized', c.placeCtx({}, p));
      const value = buildNamedExpression(c, p.named_expression());
      if (sawDoubleStar) throw c.errorAt('positional argument follows keyword argument unpacking', value);
      if (sawKeyword) throw c.errorAt('positional argument follows keyword argument', value);
      args.push(value);
    }
  }
  return { args, keywords };
}
