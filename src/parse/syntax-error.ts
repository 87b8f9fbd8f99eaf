// Building CompileErrors the way CPython reports syntax errors (kind, message, line, byte column).
import { CompileError, type DiagnosticKind } from '../diagnostics/diagnostic.js';
import type { SourceText } from './source-text.js';

/** A syntax error spanning code points [start, end) of the source. */
export function syntaxErrorAt(
  kind: DiagnosticKind, message: string, file: string, source: SourceText, start: number, end = start + 1,
): CompileError {
  const s = Math.min(Math.max(start, 0), source.length);
  const e = Math.min(Math.max(end, s), source.length);
  return new CompileError({
    kind,
    message,
    span: {
      file,
      lineno: source.lineOf[s],
      col_offset: source.colOf[s],
      end_lineno: source.lineOf[e],
      end_col_offset: source.colOf[e],
    },
  });
}

/** A syntax error at an explicit line and byte column. */
export function syntaxErrorAtLine(
  kind: DiagnosticKind, message: string, file: string, lineno: number, col: number, endLineno = lineno, endCol = col + 1,
): CompileError {
  return new CompileError({
    kind, message, span: { file, lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol },
  });
}
