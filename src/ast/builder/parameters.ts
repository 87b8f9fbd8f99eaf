// Parse tree -> AST `arguments` for def and lambda parameter lists, checking their order as CPython does.
import type { ParserRuleContext } from 'antlr4ng';
import * as P from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import type { BuildContext } from './context.js';
import { buildExpression, buildStarExpression, identifier } from './expressions.js';

/** One parameter, whatever list it came from. */
interface RawParam {
  readonly kind: 'plain' | 'star' | 'doublestar' | 'slash';
  readonly ctx: ParserRuleContext;
  readonly arg: A.arg | null;
  readonly default_: A.expr | null;
}

function makeArg(c: BuildContext, nameCtx: P.NameContext, annotation: A.expr | null, stop: ParserRuleContext): A.arg {
  return c.place({ _type: 'arg', arg: identifier(nameCtx), annotation, type_comment: null } as A.arg, nameCtx.start!, stop.stop!);
}

export function buildParameters(c: BuildContext, ctx: P.ParametersContext | null): A.arguments {
  const raw: RawParam[] = [];
  for (const p of ctx?.parameter() ?? []) {
    if (p instanceof P.PlainParamContext) {
      const ann = p.COLON() ? p.expression(0) : null;
      const def = p.EQUAL() ? p.expression(p.COLON() ? 1 : 0) : null;
      const arg = makeArg(c, p.name(), ann ? buildExpression(c, ann) : null, ann ?? p.name());
      raw.push({ kind: 'plain', ctx: p, arg, default_: def ? buildExpression(c, def) : null });
    } else if (p instanceof P.StarParamContext) {
      const name = p.name();
      const annCtx = p.star_annotation();
      const ann = annCtx ? buildStarExpression(c, annCtx.star_expression()) : null;
      raw.push({ kind: 'star', ctx: p, arg: name ? makeArg(c, name, ann, annCtx ?? name) : null, default_: null });
    } else if (p instanceof P.DoubleStarParamContext) {
      const annCtx = p.expression();
      const ann = annCtx ? buildExpression(c, annCtx) : null;
      raw.push({ kind: 'doublestar', ctx: p, arg: makeArg(c, p.name(), ann, annCtx ?? p.name()), default_: null });
    } else {
      raw.push({ kind: 'slash', ctx: p, arg: null, default_: null });
    }
  }
  return assemble(c, raw);
}

export function buildLambdaArguments(c: BuildContext, ctx: P.Lambda_parametersContext | null): A.arguments {
  const raw: RawParam[] = [];
  for (const p of ctx?.lambda_parameter() ?? []) {
    if (p instanceof P.LambdaPlainParamContext) {
      const def = p.expression();
      raw.push({ kind: 'plain', ctx: p, arg: makeArg(c, p.name(), null, p.name()), default_: def ? buildExpression(c, def) : null });
    } else if (p instanceof P.LambdaStarParamContext) {
      const name = p.name();
      raw.push({ kind: 'star', ctx: p, arg: name ? makeArg(c, name, null, name) : null, default_: null });
    } else if (p instanceof P.LambdaDoubleStarParamContext) {
      raw.push({ kind: 'doublestar', ctx: p, arg: makeArg(c, p.name(), null, p.name()), default_: null });
    } else {
      raw.push({ kind: 'slash', ctx: p, arg: null, default_: null });
    }
  }
  return assemble(c, raw);
}

/** Sorts the flat list into CPython's `arguments` fields, raising CPython's errors for a bad order. */
function assemble(c: BuildContext, raw: RawParam[]): A.arguments {
  const result: A.arguments = {
    _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
  };
  let sawSlash = false;
  let sawStar = false;
  let bareStar: RawParam | null = null;
  for (const p of raw) {
    const at = c.placeCtx({}, p.ctx);
    if (result.kwarg) throw c.errorAt('arguments cannot follow var-keyword argument', at);
    switch (p.kind) {
      case 'slash':
        if (sawSlash) throw c.errorAt('/ may appear only once', at);
        if (sawStar) throw c.errorAt('/ must be ahead of *', at);
        if (result.args.length === 0) throw c.errorAt('at least one argument must precede /', at);
        result.posonlyargs = result.args;
        result.args = [];
        sawSlash = true;
        break;
      case 'plain':
        if (sawStar) {
          result.kwonlyargs.push(p.arg!);
          result.kw_defaults.push(p.default_);
          bareStar = null;
        } else {
          if (p.default_) result.defaults.push(p.default_);
          else if (result.defaults.length > 0) throw c.errorAt('non-default argument follows default argument', at);
          result.args.push(p.arg!);
        }
        break;
      case 'star':
        if (sawStar) throw c.errorAt('* argument may appear only once', at);
        sawStar = true;
        result.vararg = p.arg;
        if (!p.arg) bareStar = p;
        break;
      case 'doublestar':
        if (bareStar) throw c.errorAt('named arguments must follow bare *', c.placeCtx({}, bareStar.ctx));
        result.kwarg = p.arg;
        break;
    }
  }
  if (bareStar) throw c.errorAt('named arguments must follow bare *', c.placeCtx({}, bareStar.ctx));
  return result;
}
