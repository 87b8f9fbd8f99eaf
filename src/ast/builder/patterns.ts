// Parse tree -> AST for match-statement patterns (PEP 634).
import type { ParserRuleContext } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { identifier } from './expressions.js';
import { parseNumber } from './numbers.js';
import { buildStrings } from './strings.js';

/** The pattern after `case`: a bare comma-separated list is a sequence pattern. */
export function buildCasePatterns(c: BuildContext, ctx: P.PatternsContext): A.pattern {
  const items = ctx.maybe_star_pattern();
  if (items.length === 1 && ctx.COMMA().length === 0 && items[0] instanceof P.PlainPatternContext) {
    return buildPattern(c, items[0].pattern());
  }
  return c.placeCtx({ _type: 'MatchSequence', patterns: items.map((p) => buildMaybeStar(c, p)) } as A.MatchSequence, ctx);
}

function buildMaybeStar(c: BuildContext, ctx: P.Maybe_star_patternContext): A.pattern {
  if (ctx instanceof P.PlainPatternContext) return buildPattern(c, ctx.pattern());
  const name = identifier((ctx as P.StarPatternContext).name());
  return c.placeCtx({ _type: 'MatchStar', name: name === '_' ? null : name } as A.MatchStar, ctx);
}

function buildPattern(c: BuildContext, ctx: P.PatternContext): A.pattern {
  const inner = buildOr(c, ctx.or_pattern());
  const nameCtx = ctx.name();
  if (!nameCtx) return inner;
  const name = identifier(nameCtx);
  if (name === '_') throw c.errorAt("cannot use '_' as a target", c.placeCtx({}, nameCtx));
  return c.placeCtx({ _type: 'MatchAs', pattern: inner, name } as A.MatchAs, ctx);
}

function buildOr(c: BuildContext, ctx: P.Or_patternContext): A.pattern {
  const alts = ctx.closed_pattern();
  if (alts.length === 1) return buildClosed(c, alts[0]);
  return c.placeCtx({ _type: 'MatchOr', patterns: alts.map((a) => buildClosed(c, a)) } as A.MatchOr, ctx);
}

function buildClosed(c: BuildContext, ctx: P.Closed_patternContext): A.pattern {
  if (ctx instanceof P.LiteralPatternContext) return buildLiteralPattern(c, ctx.literal_pattern());
  if (ctx instanceof P.NamePatternContext) return buildNamePattern(c, ctx);
  if (ctx instanceof P.ParenPatternContext) {
    const items = ctx.maybe_star_pattern();
    if (items.length === 1 && ctx.COMMA().length === 0 && items[0] instanceof P.PlainPatternContext) {
      return buildPattern(c, items[0].pattern());
    }
    return c.placeCtx({ _type: 'MatchSequence', patterns: items.map((p) => buildMaybeStar(c, p)) } as A.MatchSequence, ctx);
  }
  if (ctx instanceof P.ListPatternContext) {
    const patterns = ctx.maybe_star_pattern().map((p) => buildMaybeStar(c, p));
    return c.placeCtx({ _type: 'MatchSequence', patterns } as A.MatchSequence, ctx);
  }
  return buildMapping(c, ctx as P.MappingPatternContext);
}

function buildLiteralPattern(c: BuildContext, ctx: P.Literal_patternContext): A.pattern {
  if (ctx instanceof P.NoneLiteralContext) return c.placeCtx({ _type: 'MatchSingleton', value: null } as A.MatchSingleton, ctx);
  if (ctx instanceof P.TrueLiteralContext) return c.placeCtx({ _type: 'MatchSingleton', value: true } as A.MatchSingleton, ctx);
  if (ctx instanceof P.FalseLiteralContext) return c.placeCtx({ _type: 'MatchSingleton', value: false } as A.MatchSingleton, ctx);
  return c.placeCtx({ _type: 'MatchValue', value: literalExpression(c, ctx) } as A.MatchValue, ctx);
}

/** The expression a literal pattern compares with (also a mapping-pattern key). */
function literalExpression(c: BuildContext, ctx: P.Literal_patternContext): A.expr {
  if (ctx instanceof P.StringLiteralContext) {
    const s = buildStrings(c, ctx.strings());
    if (s._type === 'JoinedStr') throw c.errorAt('patterns may only match literals and attribute lookups', s);
    return s;
  }
  if (ctx instanceof P.NumberLiteralContext) {
    const signed = ctx.signed_number();
    const left = signedNumber(c, signed);
    const imagTok = ctx.NUMBER();
    if (!imagTok) return left;
    const op = ctx.PLUS() ? 'Add' : 'Sub';
    const right = c.place({ _type: 'Constant', value: parseNumber(imagTok.symbol.text!), kind: null } as A.Constant, imagTok.symbol, imagTok.symbol);
    return c.placeCtx({ _type: 'BinOp', left, op, right } as A.BinOp, ctx);
  }
  const value = ctx instanceof P.NoneLiteralContext ? null : ctx instanceof P.TrueLiteralContext;
  return c.placeCtx({ _type: 'Constant', value, kind: null } as A.Constant, ctx);
}

function signedNumber(c: BuildContext, ctx: P.Signed_numberContext): A.expr {
  const tok = ctx.NUMBER().symbol;
  const num = c.place({ _type: 'Constant', value: parseNumber(tok.text!), kind: null } as A.Constant, tok, tok);
  if (!ctx.MINUS()) return num;
  return c.placeCtx({ _type: 'UnaryOp', op: 'USub', operand: num } as A.UnaryOp, ctx);
}

/** `a.b.c` as a chain of Attribute loads. */
function dottedValue(c: BuildContext, ctx: P.Name_or_attrContext): A.expr {
  const names = ctx.name();
  let node: A.expr = c.placeCtx({ _type: 'Name', id: identifier(names[0]), ctx: 'Load' } as A.Name, names[0]);
  for (let i = 1; i < names.length; i++) {
    node = c.place({ _type: 'Attribute', value: node, attr: identifier(names[i]), ctx: 'Load' } as A.Attribute, ctx.start!, names[i].stop!);
  }
  return node;
}

function buildNamePattern(c: BuildContext, ctx: P.NamePatternContext): A.pattern {
  const target = ctx.name_or_attr();
  const names = target.name();
  if (!ctx.LPAR()) {
    if (names.length > 1) return c.placeCtx({ _type: 'MatchValue', value: dottedValue(c, target) } as A.MatchValue, ctx);
    const name = identifier(names[0]);
    return c.placeCtx({ _type: 'MatchAs', pattern: null, name: name === '_' ? null : name } as A.MatchAs, ctx);
  }
  const patterns: A.pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: A.pattern[] = [];
  for (const arg of ctx.pattern_arguments()?.pattern_argument() ?? []) {
    const key = arg.name();
    const value = buildPattern(c, arg.pattern());
    if (key) {
      kwd_attrs.push(identifier(key));
      kwd_patterns.push(value);
    } else {
      if (kwd_attrs.length > 0) throw c.errorAt('positional patterns follow keyword patterns', value);
      patterns.push(value);
    }
  }
  return c.placeCtx({ _type: 'MatchClass', cls: dottedValue(c, target), patterns, kwd_attrs, kwd_patterns } as A.MatchClass, ctx);
}

function buildMapping(c: BuildContext, ctx: P.MappingPatternContext): A.pattern {
  const keys: A.expr[] = [];
  const patterns: A.pattern[] = [];
  let rest: string | null = null;
  for (const item of ctx.mapping_item()) {
    if (item instanceof P.MappingRestContext) {
      rest = identifier(item.name());
      continue;
    }
    const pair = item as P.MappingPairContext;
    const lit = pair.literal_pattern();
    if (lit) keys.push(literalExpression(c, lit));
    else {
      const target = pair.name_or_attr()!;
      if (target.name().length === 1) throw c.errorAt('invalid syntax', c.placeCtx({}, target as ParserRuleContext));
      keys.push(dottedValue(c, target));
    }
    patterns.push(buildPattern(c, pair.pattern()));
  }
  return c.placeCtx({ _type: 'MatchMapping', keys, patterns, rest } as A.MatchMapping, ctx);
}
