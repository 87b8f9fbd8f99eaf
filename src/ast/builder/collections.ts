// Parse tree -> AST for bracketed atoms: tuples, lists, dicts, sets and comprehensions.
import type { Token } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildDisjunction, buildExpression, buildNamedExpression, buildStarNamedExpression, buildBitwiseOr } from './expressions.js';
import { buildTargets } from './targets.js';

/** Atoms in (), [] and {} other than a parenthesised single expression. */
export function buildCollectionAtom(c: BuildContext, ctx: P.AtomContext): A.expr {
  if (ctx instanceof P.EmptyTupleAtomContext) return c.placeCtx({ _type: 'Tuple', elts: [] as A.expr[], ctx: 'Load' } as A.Tuple, ctx);
  if (ctx instanceof P.TupleAtomContext) {
    const elts = ctx.star_named_expression().map((e) => buildStarNamedExpression(c, e));
    return c.placeCtx({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, ctx);
  }
  if (ctx instanceof P.ListAtomContext) {
    const elts = ctx.star_named_expression().map((e) => buildStarNamedExpression(c, e));
    return c.placeCtx({ _type: 'List', elts, ctx: 'Load' } as A.List, ctx);
  }
  if (ctx instanceof P.GenexpAtomContext) {
    return buildGeneratorExp(c, ctx.named_expression(), ctx.comp_for(), ctx.start!, ctx.stop!);
  }
  if (ctx instanceof P.ListcompAtomContext) {
    const elt = buildNamedExpression(c, ctx.named_expression());
    return c.placeCtx({ _type: 'ListComp', elt, generators: buildComprehension(c, ctx.comp_for()) } as A.ListComp, ctx);
  }
  if (ctx instanceof P.SetcompAtomContext) {
    const elt = buildNamedExpression(c, ctx.named_expression());
    return c.placeCtx({ _type: 'SetComp', elt, generators: buildComprehension(c, ctx.comp_for()) } as A.SetComp, ctx);
  }
  if (ctx instanceof P.EmptyDictAtomContext) return c.placeCtx({ _type: 'Dict', keys: [] as A.expr[], values: [] as A.expr[] } as A.Dict, ctx);
  if (ctx instanceof P.DictAtomContext) {
    const keys: (A.expr | null)[] = [];
    const values: A.expr[] = [];
    for (const item of ctx.dict_item()) {
      if (item instanceof P.KeyValueContext) {
        const [k, v] = item.expression();
        keys.push(buildExpression(c, k));
        values.push(buildExpression(c, v));
      } else {
        keys.push(null);
        values.push(buildBitwiseOr(c, (item as P.DictUnpackContext).bitwise_or()));
      }
    }
    return c.placeCtx({ _type: 'Dict', keys, values } as A.Dict, ctx);
  }
  if (ctx instanceof P.SetAtomContext) {
    const elts = ctx.star_named_expression().map((e) => buildStarNamedExpression(c, e));
    return c.placeCtx({ _type: 'Set', elts } as A.Set, ctx);
  }
  const d = ctx as P.DictcompAtomContext;
  const [k, v] = d.expression();
  const key = buildExpression(c, k);
  const value = buildExpression(c, v);
  return c.placeCtx({ _type: 'DictComp', key, value, generators: buildComprehension(c, d.comp_for()) } as A.DictComp, ctx);
}

/** `(elt for ...)`, positioned from `open` to `close` (the call's parentheses for a sole argument). */
export function buildGeneratorExp(c: BuildContext, eltCtx: P.Named_expressionContext, forCtx: P.Comp_forContext,
  open: Token, close: Token): A.GeneratorExp {
  const elt = buildNamedExpression(c, eltCtx);
  return c.place({ _type: 'GeneratorExp', elt, generators: buildComprehension(c, forCtx) } as A.GeneratorExp, open, close);
}

export function buildComprehension(c: BuildContext, ctx: P.Comp_forContext): A.comprehension[] {
  const generators: A.comprehension[] = [];
  for (const child of ctx.children) {
    if (child instanceof P.For_clauseContext) {
      const target = buildTargets(c, child.targets(), 'Store');
      const iter = buildDisjunction(c, child.disjunction());
      generators.push({ _type: 'comprehension', target, iter, ifs: [], is_async: child.ASYNC() ? 1 : 0 });
    } else if (child instanceof P.If_clauseContext) {
      generators[generators.length - 1].ifs.push(buildDisjunction(c, child.disjunction()));
    }
  }
  return generators;
}
