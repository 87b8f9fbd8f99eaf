// `from __future__ import ...`: which features exist and where such imports may appear (CPython's future.c).
import type { Module, stmt } from '../ast/index.js';
import { MSG, raiseSyntaxError } from './messages.js';

const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * Checks the future imports at the top of the module and returns the line of the last valid one
 * (-1 if none): any later `from __future__` import is an error the compiler reports when it reaches it.
 */
export function checkFutureImports(module: Module, filename: string): number {
  let futureLine = -1;
  let done = false;
  let previousLine = 0;
  module.body.forEach((s, index) => {
    if (done && s.lineno > previousLine) return;
    previousLine = s.lineno;
    if (isFutureImport(s)) {
      // A late future import on the line of an earlier statement is caught here, and CPython reports
      // its column without the usual +1: the span starts one byte early so the printed offset matches.
      if (done) raiseSyntaxError(filename, MSG.futureNotFirst(), { ...s, col_offset: s.col_offset - 1 });
      for (const a of s.names) {
        if (a.name === 'braces') raiseSyntaxError(filename, MSG.futureBraces(), s);
        if (!FEATURES.has(a.name)) raiseSyntaxError(filename, MSG.futureUnknown(a.name), s);
      }
      futureLine = s.lineno;
    } else if (!(index === 0 && isDocstring(s))) {
      done = true;
    }
  });
  return futureLine;
}

/** `from __future__ import annotations` among the module's leading future imports. */
export function hasFutureAnnotations(module: Module): boolean {
  for (const [index, s] of module.body.entries()) {
    if (isFutureImport(s)) {
      if (s.names.some((a) => a.name === 'annotations')) return true;
    } else if (!(index === 0 && isDocstring(s))) {
      return false;
    }
  }
  return false;
}

export function isFutureImport(s: stmt): s is Extract<stmt, { _type: 'ImportFrom' }> {
  return s._type === 'ImportFrom' && s.module === '__future__';
}

function isDocstring(s: stmt): boolean {
  return s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}
