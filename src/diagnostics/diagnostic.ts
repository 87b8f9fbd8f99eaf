// A problem found in Python source: the Python exception kind, CPython's message and where it is.

/** A span in a source file: 1-based lines, 0-based UTF-8 byte columns, as CPython's ast reports them. */
export interface SourceSpan {
  readonly file: string;
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** The Python exception a diagnostic becomes. */
export type DiagnosticKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface Diagnostic {
  readonly kind: DiagnosticKind;
  /** CPython's wording, e.g. `expected ':'`. */
  readonly message: string;
  readonly span: SourceSpan;
}

/** Thrown by a phase that cannot go on; carries the diagnostic so the CLI can print it as CPython does. */
export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.kind}: ${diagnostic.message}`);
  }
}
