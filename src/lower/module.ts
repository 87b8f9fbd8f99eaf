// A module: its body as the `$module` function registered with `$.defineModule` (ABI "Module code").
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { SymbolTable } from '../analyze/index.js';
import { LowerContext } from './context.js';
import { docstringOf } from './docstring.js';
import { lowerConstant } from './expressions.js';
import { assign, letDecl, rtCall, str } from './js.js';
import { globalSlot } from './names.js';
import { lowerBody } from './statements.js';

export interface ModuleInfo {
  /** Dotted module name (`pkg.mod`; the entry module's registered name). */
  readonly name: string;
  /** The path tracebacks print for this module. */
  readonly file: string;
  readonly isPackage: boolean;
}

/** `$.defineModule(name, file, isPackage, function $module($m, $g) { ... })`. */
export function lowerModule(module: py.Module, table: SymbolTable, info: ModuleInfo): t.Statement {
  const ctx = new LowerContext(table, info.file, info.name);
  const doc = docstringOf(module.body);
  const head: t.Statement[] = [];
  if (doc !== null) head.push(t.expressionStatement(assign(globalSlot('__doc__'), lowerConstant(ctx, doc))));
  const body = lowerBody(ctx, doc === null ? module.body : module.body.slice(1));
  const prologue: t.Statement[] = [letDecl(['$t', ...ctx.frame.temps])];
  if (ctx.hoisted.length) prologue.push(t.variableDeclaration('const', ctx.hoisted));
  const fn = t.functionExpression(t.identifier('$module'), [t.identifier('$m'), t.identifier('$g')],
    t.blockStatement([...prologue, ...head, ...body]));
  return t.expressionStatement(rtCall('defineModule', str(info.name), str(info.file), t.booleanLiteral(info.isPackage), fn));
}

/** A module whose source cannot compile: importing it raises the SyntaxError (as CPython does at
 *  import time), so the rest of the program still runs up to that import. */
export function lowerFailedModule(info: ModuleInfo, kind: string, message: string): t.Statement {
  const exc = rtCall('call', t.memberExpression(t.memberExpression(t.identifier('$'), t.identifier('exc')), t.identifier(kind)), str(message));
  const fn = t.functionExpression(t.identifier('$module'), [t.identifier('$m'), t.identifier('$g')],
    t.blockStatement([t.throwStatement(rtCall('makeRaise', exc, t.unaryExpression('void', t.numericLiteral(0))))]));
  return t.expressionStatement(rtCall('defineModule', str(info.name), str(info.file), t.booleanLiteral(info.isPackage), fn));
}

/** A namespace package (a directory without `__init__.py`): an empty body. */
export function lowerNamespacePackage(info: ModuleInfo): t.Statement {
  const fn = t.functionExpression(t.identifier('$module'), [t.identifier('$m'), t.identifier('$g')], t.blockStatement([]));
  return t.expressionStatement(rtCall('defineModule', str(info.name), str(info.file), t.booleanLiteral(true), fn));
}
