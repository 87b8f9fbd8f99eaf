// Statements: the dispatcher and the simple statements (expression, pass, global, nonlocal, del).
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { lowerAnnAssign, lowerAssign, lowerAugAssign, lowerDelete } from './assign.js';
import { lowerClassDef } from './classes.js';
import { lowerBreak, lowerContinue, lowerFor, lowerIf, lowerWhile } from './control.js';
import { lowerAssert, lowerRaise, lowerTry } from './exceptions.js';
import { lowerExpr } from './expressions.js';
import { lowerFunctionDef, lowerReturn } from './functions.js';
import { lowerImport, lowerImportFrom } from './imports.js';
import { lowerMatch } from './match.js';
import { lowerTypeAlias } from './type-alias.js';
import { lowerWith } from './with.js';

export function lowerBody(ctx: LowerContext, body: readonly py.stmt[]): t.Statement[] {
  const out: t.Statement[] = [];
  for (const s of body) {
    for (const js of lowerStmt(ctx, s)) out.push(ctx.at(s, js));
  }
  return out;
}

export function lowerBlock(ctx: LowerContext, body: readonly py.stmt[]): t.BlockStatement {
  return t.blockStatement(lowerBody(ctx, body));
}

function lowerStmt(ctx: LowerContext, s: py.stmt): t.Statement[] {
  switch (s._type) {
    case 'Expr': return [t.expressionStatement(lowerExpr(ctx, s.value))];
    case 'Pass': return [];
    case 'Global':
    case 'Nonlocal': return [];
    case 'Assign': return lowerAssign(ctx, s);
    case 'AugAssign': return lowerAugAssign(ctx, s);
    case 'AnnAssign': return lowerAnnAssign(ctx, s);
    case 'Delete': return lowerDelete(ctx, s);
    case 'Return': return [lowerReturn(ctx, s)];
    case 'FunctionDef':
    case 'AsyncFunctionDef': return lowerFunctionDef(ctx, s);
    case 'ClassDef': return lowerClassDef(ctx, s);
    case 'If': return [lowerIf(ctx, s)];
    case 'While': return lowerWhile(ctx, s);
    case 'For':
    case 'AsyncFor': return lowerFor(ctx, s);
    case 'Break': return [lowerBreak(ctx)];
    case 'Continue': return [lowerContinue()];
    case 'Raise': return [lowerRaise(ctx, s)];
    case 'Try':
    case 'TryStar': return lowerTry(ctx, s);
    case 'Assert': return lowerAssert(ctx, s);
    case 'With':
    case 'AsyncWith': return lowerWith(ctx, s);
    case 'Import': return lowerImport(ctx, s);
    case 'ImportFrom': return lowerImportFrom(ctx, s);
    case 'Match': return lowerMatch(ctx, s);
    case 'TypeAlias': return lowerTypeAlias(ctx, s);
  }
}

/** Does control never fall off the end of these statements (so no `return null` is needed)? */
export function endsWithJump(stmts: readonly t.Statement[]): boolean {
  const last = stmts[stmts.length - 1];
  return !!last && (t.isReturnStatement(last) || t.isThrowStatement(last));
}
