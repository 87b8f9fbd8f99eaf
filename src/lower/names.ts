// Python names: where each one lives (JS local, module global, class namespace) and how it is read,
// written and deleted there.
import * as t from '@babel/types';
import type { SymbolInfo } from '../analyze/index.js';
import type { FunctionFrame, LowerContext } from './context.js';
import { assign, exprStmt, id, isUndef, jsName, notUndef, prop, rt, rtCall, str, undef } from './js.js';

/** Where a name is stored, as seen from the current frame. */
type Storage = 'global' | 'local' | 'free' | 'classLocal' | 'classFree';

function symbolOf(frame: FunctionFrame, name: string): SymbolInfo | undefined {
  return frame.scope.symbols.get(name);
}

function storageOf(frame: FunctionFrame, name: string): Storage {
  const sym = symbolOf(frame, name);
  if (frame.isModule || !sym) return 'global';
  switch (sym.scope) {
    case 'global_explicit': return 'global';
    case 'global_implicit': return frame.isClassBody ? 'classLocal' : 'global';
    case 'free': return frame.isClassBody ? 'classFree' : 'free';
    case 'cell':
      // In a class body only `__class__` is a cell; it lives in the body function's JS scope.
      return frame.isClassBody && name !== '__class__' ? 'classLocal' : 'local';
    case 'local': return frame.isClassBody ? 'classLocal' : 'local';
  }
}

/** `$g.name`, the module global's slot. */
export function globalSlot(name: string): t.MemberExpression {
  return prop(t.identifier('$g'), name);
}

/** A global read: `($t = $g.x) !== void 0 ? $t : ($t = $.builtins.x) !== void 0 ? $t :
 *  $.loadGlobal($g, "x")`: builtins read with a property access of their own (one inline cache
 *  per site) before the runtime's keyed lookup, which then only raises NameError. */
function loadGlobal(name: string): t.Expression {
  const tmp = t.identifier('$t');
  const fromBuiltins = t.conditionalExpression(notUndef(assign(t.cloneNode(tmp), prop(rt('builtins'), name))), t.cloneNode(tmp),
    rtCall('loadGlobal', t.identifier('$g'), str(name)));
  return t.conditionalExpression(notUndef(assign(tmp, globalSlot(name))), t.cloneNode(tmp), fromBuiltins);
}

/** Is the JS local certainly bound when read? Parameters and names a completed top-level
 *  statement assigned are, unless the body can unbind them. */
function alwaysBound(frame: FunctionFrame, name: string): boolean {
  if (frame.deleted.has(name)) return false;
  if (frame.bound.has(name)) return true;
  const sym = symbolOf(frame, name);
  return !!sym && sym.isParameter;
}

export function loadName(ctx: LowerContext, pyName: string): t.Expression {
  const name = ctx.mangle(pyName);
  const frame = ctx.frame;
  switch (storageOf(frame, name)) {
    case 'global': return loadGlobal(name);
    case 'local': {
      const v = id(name);
      if (alwaysBound(frame, name)) return v;
      return t.conditionalExpression(isUndef(v), rtCall('unboundLocal', str(name)), id(name));
    }
    case 'free': {
      const v = id(name);
      return t.conditionalExpression(isUndef(v), rtCall('unboundFree', str(name)), id(name));
    }
    case 'classLocal': return rtCall('loadClassName', t.identifier('$ns'), t.identifier('$g'), str(name));
    case 'classFree': {
      // CPython's LOAD_CLASSDEREF: the class namespace first, then the enclosing function's cell.
      const tmp = t.identifier('$t');
      return t.conditionalExpression(notUndef(assign(tmp, rtCall('nsGet', t.identifier('$ns'), str(name)))), tmp,
        t.conditionalExpression(isUndef(id(name)), rtCall('unboundFree', str(name)), id(name)));
    }
  }
}

/** An expression storing `value` into the name (its value is the stored value). */
export function storeName(ctx: LowerContext, pyName: string, value: t.Expression): t.Expression {
  const name = ctx.mangle(pyName);
  switch (storageOf(ctx.frame, name)) {
    case 'global': return assign(globalSlot(name), value);
    case 'local':
    case 'free':
    case 'classFree': return assign(id(name), value);
    case 'classLocal': return rtCall('nsSet', t.identifier('$ns'), str(name), value);
  }
}

/** Is a store into this name a plain JS assignment target (usable as a `for (x of ...)` head)? */
export function nameTarget(ctx: LowerContext, pyName: string): t.LVal | null {
  const name = ctx.mangle(pyName);
  switch (storageOf(ctx.frame, name)) {
    case 'global': return globalSlot(name);
    case 'local':
    case 'free':
    case 'classFree': return id(name);
    case 'classLocal': return null;
  }
}

export function deleteName(ctx: LowerContext, pyName: string): t.Statement[] {
  const name = ctx.mangle(pyName);
  switch (storageOf(ctx.frame, name)) {
    case 'global': return [exprStmt(rtCall('delGlobal', t.identifier('$g'), str(name)))];
    case 'classLocal': return [exprStmt(rtCall('nsDel', t.identifier('$ns'), str(name)))];
    case 'local':
    case 'free':
    case 'classFree': {
      const helper = storageOf(ctx.frame, name) === 'local' ? 'unboundLocal' : 'unboundFree';
      return [
        t.ifStatement(isUndef(id(name)), exprStmt(rtCall(helper, str(name)))),
        exprStmt(assign(id(name), undef())),
      ];
    }
  }
}

/** The JS locals a function frame declares: its local and cell names that are not parameters. */
export function declaredLocals(frame: FunctionFrame): string[] {
  if (frame.isModule) return [];
  const out: string[] = [];
  for (const sym of frame.scope.symbols.values()) {
    if (sym.isParameter) continue;
    if (frame.isClassBody) {
      if (sym.name === '__class__' && sym.scope === 'cell') out.push(jsName(sym.name));
      continue;
    }
    if (sym.scope === 'local' || sym.scope === 'cell') out.push(jsName(sym.name));
  }
  if (frame.isClassBody && frame.scope.needsClassCell && !out.includes('__class__')) out.push('__class__');
  return out;
}

/** Unbind a name quietly (the end of `except E as name`): no error when it is already unbound. */
export function unbindName(ctx: LowerContext, pyName: string): t.Statement[] {
  const name = ctx.mangle(pyName);
  switch (storageOf(ctx.frame, name)) {
    case 'global': return [exprStmt(t.unaryExpression('delete', globalSlot(name)))];
    case 'classLocal': return [t.ifStatement(notUndef(rtCall('nsGet', t.identifier('$ns'), str(name))),
      exprStmt(rtCall('nsDel', t.identifier('$ns'), str(name))))];
    case 'local':
    case 'free':
    case 'classFree': return [exprStmt(assign(id(name), undef()))];
  }
}
