// Parse tree -> AST for bracketed atoms: groups, tuples, lists, dicts, sets and comprehensions.
import type { Token } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildDisjunction, buildExpression, buildNamedExpression, buildStarNamedExpression, buildBitwiseOr } from './expressions.js';
import { buildTargets } from './targets.js';

/** Atoms in (), [] and {}: what they hold is told apart here, not by the grammar. */
export function buildCollectionAtom(c: BuildContext, ctx: P.AtomContext): A.expr {
  const open = ctx.start!.type;
  if (open === P.PythonParser.LPAR) return buildParen(c, ctx);
  if (open === P.PythonParser.LSQB) {
    const items = ctx.star_named_expression();
    const comp = ctx.comp_for();
    if (comp) {
      const elt = comprehensionElement(c, items[0]);
      return c.placeCtx({ _type: 'ListComp', elt, generators: buildComprehension(c, comp) } as A.ListComp, ctx);
    }
    return c.placeCtx({ _type: 'List', elts: items.map((e) => buildStarNamedExpression(c, e)), ctx: 'Load' } as A.List, ctx);
  }
  return buildBrace(c, ctx);
}

function buildParen(c: BuildContext, ctx: P.AtomContext): A.expr {
  const items = ctx.star_named_expression();
  const comp = ctx.comp_for();
  if (comp) return buildGeneratorExp(c, items[0], comp, ctx.start!, ctx.stop!);
  if (items.length === 1 && ctx.COMMA().length === 0) {
    const inner = buildStarNamedExpression(c, items[0]);
    if (inner._type === 'Starred') throw c.errorAt('cannot use starred expression here', inner);
    return inner;
  }
  const elts = items.map((e) => buildStarNamedExpression(c, e));
  return c.placeCtx({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, ctx);
}

function buildBrace(c: BuildContext, ctx: P.AtomContext): A.expr {
  const items = ctx.brace_item();
  const comp = ctx.comp_for();
  if (items.length === 0) return c.placeCtx({ _type: 'Dict', keys: [] as A.expr[], values: [] as A.expr[] } as A.Dict, ctx);
  const first = items[0];
  if (comp) {
    if (first instanceof P.DictUnpackContext) throw c.errorAt('dict unpacking cannot be used in dict comprehension', c.placeCtx({}, first));
    const el = first as P.BraceElementContext;
    const value = el.expression();
    if (!value) {
      const elt = comprehensionElement(c, el.star_named_expression());
      return c.placeCtx({ _type: 'SetComp', elt, generators: buildComprehension(c, comp) } as A.SetComp, ctx);
    }
    const key = buildStarNamedExpression(c, el.star_named_expression());
    return c.placeCtx({
      _type: 'DictComp', key, value: buildExpression(c, value), generators: buildComprehension(c, comp),
    } as A.DictComp, ctx);
  }
  const isDict = first instanceof P.DictUnpackContext || (first as P.BraceElementContext).COLON() !== null;
  if (!isDict) {
    const elts = items.map((item) => {
      if (!(item instanceof P.BraceElementContext) || item.COLON()) throw c.errorAt('invalid syntax', item.start!);
      return buildStarNamedExpression(c, item.star_named_expression());
    });
    return c.placeCtx({ _type: 'Set', elts } as A.Set, ctx);
  }
  const keys: (A.expr | null)[] = [];
  const values: A.expr[] = [];
  for (const item of items) {
    if (item instanceof P.DictUnpackContext) {
      keys.push(null);
      values.push(buildBitwiseOr(c, item.bitwise_or()));
      continue;
    }
    const el = item as P.BraceElementContext;
    const value = el.expression();
    if (!value) throw c.errorAt("':' expected after dictionary key", c.placeCtx({}, el));
    keys.push(buildStarNamedExpression(c, el.star_named_expression()));
    values.push(buildExpression(c, value));
  }
  return c.placeCtx({ _type: 'Dict', keys, values } as A.Dict, ctx);
}

/** The element of a comprehension: unpacking is not allowed there. */
function comprehensionElement(c: BuildContext, ctx: P.Star_named_expressionContext): A.expr {
  const elt = buildStarNamedExpression(c, ctx);
  if (elt._type === 'Starred') throw c.errorAt('iterable unpacking cannot be used in comprehension', elt);
  return elt;
}

/** `(elt for ...)`, positioned from `open` to `close` (the call's parentheses for a sole argument). */
export function buildGeneratorExp(c: BuildContext, eltCtx: P.Star_named_expressionContext | P.Named_expressionContext,
  forCtx: P.Comp_forContext, open: Token, close: Token): A.GeneratorExp {
  const elt = eltCtx instanceof P.Named_expressionContext ? buildNamedExpression(c, eltCtx) : comprehensionElement(c, eltCtx);
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
