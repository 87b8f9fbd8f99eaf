// What every builder function shares: the source positions table, the file name and error helpers.
import type { ParserRuleContext, Token, TokenStream } from 'antlr4ng';
import type { Position } from '../index.js';
import type { SourceText } from '../../parse/source-text.js';
import { CompileError } from '../../diagnostics/diagnostic.js';
import { syntaxErrorAtLine } from '../../parse/syntax-error.js';

/** Parses a replacement-field expression of an f-string at a place in the enclosing source. */
export type SubExpressionParser = (text: string, line: number, col: number, file: string) => import('../index.js').expr;

export class BuildContext {
  constructor(
    readonly source: SourceText,
    readonly file: string,
    /** Added to every line: non-zero when this source is an f-string field inside a file. */
    readonly lineOffset: number,
    /** Added to columns on the first line, for the same reason. */
    readonly firstLineColOffset: number,
    readonly parseSubExpression: SubExpressionParser,
    readonly tokens: TokenStream,
    /** Token types that carry no text of their own (NEWLINE, INDENT, DEDENT). */
    private readonly layoutTypes: ReadonlySet<number>,
  ) {}

  /**
   * The last token of `ctx` that is not layout. CPython ends a compound statement there, so a
   * trailing `;` on its last line counts.
   */
  lastSignificantToken(ctx: ParserRuleContext): Token {
    let i = ctx.stop!.tokenIndex;
    let t = this.tokens.get(i);
    while (this.layoutTypes.has(t.type) && i > 0) t = this.tokens.get(--i);
    return t;
  }

  /** Position from `start` to the last significant token of `ctx`. */
  placeStatement<T extends object>(node: T, start: Token, ctx: ParserRuleContext): T & Position {
    return this.place(node, start, this.lastSignificantToken(ctx));
  }

  line(index: number): number {
    return this.source.lineOf[index] + this.lineOffset;
  }

  col(index: number): number {
    const c = this.source.colOf[index];
    return this.source.lineOf[index] === 1 ? c + this.firstLineColOffset : c;
  }

  /** Column just after the code point at `index`. */
  endCol(index: number): number {
    const c = this.source.endCol(index);
    return this.source.lineOf[index] === 1 ? c + this.firstLineColOffset : c;
  }

  /** Sets `node`'s position from the first character of `start` to the last of `stop`. */
  place<T extends object>(node: T, start: Token, stop: Token): T & Position {
    const n = node as T & Position;
    n.lineno = this.line(start.start);
    n.col_offset = this.col(start.start);
    n.end_lineno = this.line(stop.stop);
    n.end_col_offset = this.endCol(stop.stop);
    return n;
  }

  /** Sets `node`'s position to the span of a parse-tree node. */
  placeCtx<T extends object>(node: T, ctx: ParserRuleContext): T & Position {
    return this.place(node, ctx.start!, ctx.stop!);
  }

  /** Sets `node`'s position from `start`'s beginning to `end`'s end. */
  placeBetween<T extends object>(node: T, start: Position, end: Position): T & Position {
    const n = node as T & Position;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  /** Sets `node`'s position from a token's beginning to a node's end. */
  placeFrom<T extends object>(node: T, start: Token, end: Position): T & Position {
    const n = node as T & Position;
    n.lineno = this.line(start.start);
    n.col_offset = this.col(start.start);
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  /** A SyntaxError covering `span` (a node or a token). */
  errorAt(message: string, span: Position | Token): CompileError {
    if ('lineno' in span) {
      return syntaxErrorAtLine('SyntaxError', message, this.file, span.lineno, span.col_offset, span.end_lineno, span.end_col_offset);
    }
    return syntaxErrorAtLine('SyntaxError', message, this.file, this.line(span.start), this.col(span.start),
      this.line(span.stop), this.endCol(span.stop));
  }
}
