// Python source -> CPython-identical AST: lex and parse with ANTLR (SLL first, LL on failure), then build.
import { BailErrorStrategy, CharStream, CommonTokenStream, ParseCancellationException, PredictionMode, RecognitionException, type ParserRuleContext, type Token } from 'antlr4ng';
import { PythonLexer } from './generated/PythonLexer.js';
import { PythonParser } from './generated/PythonParser.js';
import { SourceText } from './source-text.js';
import { describeParseFailure, parserReadsOn } from './parse-failure.js';
import { BuildContext, buildModule, buildFStringExpression } from '../ast/builder/index.js';
import { describeExpression } from '../ast/builder/targets.js';
import type { Module, expr } from '../ast/index.js';
import { CompileError } from '../diagnostics/diagnostic.js';
import { syntaxErrorAt, syntaxErrorAtLine } from './syntax-error.js';

/** Parses a whole file; throws CompileError carrying CPython's SyntaxError for bad input. */
export function parseModule(source: string, filename: string): Module {
  const text = new SourceText(normalizeSource(source));
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    // Reported for the whole line, without a column (CPython rejects the file before tokenizing).
    const line = normalizeSource(source.slice(0, nul)).split('\n').length;
    throw syntaxErrorAtLine('SyntaxError', 'source code cannot contain null bytes', filename, line, -1, line, -1);
  }
  const { tree, tokens } = runParser(text, filename, (p) => p.file_input());
  try {
    return buildModule(new BuildContext(text, filename, 0, 0, parseFieldExpression, tokens, LAYOUT_TOKENS), tree);
  } catch (e) {
    // CPython too gives up on expressions nested this deep (a RecursionError while compiling).
    if (e instanceof RangeError) throw syntaxErrorAt('SyntaxError', 'maximum recursion depth exceeded during compilation', filename, text, 0);
    throw e;
  }
}

/**
 * What CPython's tokenizer reads: without a byte-order mark, and with every line break as "\n"
 * (so string literals spanning lines hold "\n" whatever the file used).
 */
function normalizeSource(source: string): string {
  const s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** Parses the expression of an f-string field found at (line, col) of the enclosing file. */
function parseFieldExpression(exprText: string, line: number, col: number, file: string): expr {
  // The field is parsed wrapped in parentheses (see fstring_expr), which shifts columns by one.
  const text = new SourceText(`(${exprText})`);
  let parsed;
  try {
    parsed = runParser(text, file, (p) => p.fstring_expr());
  } catch (e) {
    // The parser reports positions in the field's own text; the builder already reports them in the file's.
    if (!(e instanceof CompileError)) throw e;
    throw relocateFieldError(e, line, col);
  }
  const context = new BuildContext(text, file, line - 1, col - 1, parseFieldExpression, parsed.tokens, LAYOUT_TOKENS);
  return buildFStringExpression(context, parsed.tree);
}

/** An error found inside a field, moved to where the field is and worded as CPython 3.11 words it. */
function relocateFieldError(e: CompileError, line: number, col: number): CompileError {
  const { kind, message, span } = e.diagnostic;
  const shift = (l: number, c: number): [number, number] => [l + line - 1, l === 1 ? Math.max(c + col - 1, 0) : c];
  const [lineno, col_offset] = shift(span.lineno, span.col_offset);
  const [end_lineno, end_col_offset] = shift(span.end_lineno, span.end_col_offset);
  return new CompileError({
    kind,
    message: message.startsWith('f-string: ') ? message : `f-string: ${message}`,
    span: { file: span.file, lineno, col_offset, end_lineno, end_col_offset },
  });
}

const LAYOUT_TOKENS: ReadonlySet<number> = new Set([PythonLexer.NEWLINE, PythonLexer.INDENT, PythonLexer.DEDENT]);

function runParser<T extends ParserRuleContext>(text: SourceText, filename: string, rule: (p: PythonParser) => T): { tree: T; tokens: CommonTokenStream } {
  const lexer = new PythonLexer(CharStream.fromString(text.text));
  lexer.fileName = filename;
  lexer.source = text;
  lexer.removeErrorListeners();
  const tokens = new CommonTokenStream(lexer);
  const parser = new PythonParser(tokens);
  parser.removeErrorListeners();
  parser.errorHandler = new BailErrorStrategy();
  parser.interpreter.predictionMode = PredictionMode.SLL;
  try {
    return { tree: rule(parser), tokens };
  } catch (e) {
    if (!(e instanceof ParseCancellationException)) throw asCompileError(e, text, filename);
    if (lexer.deferredError && failedAtLexerError(e)) throw lexer.deferredError;
  }
  // SLL prediction can fail on input that full LL accepts: retry before reporting an error.
  tokens.seek(0);
  parser.reset();
  parser.interpreter.predictionMode = PredictionMode.LL;
  try {
    return { tree: rule(parser), tokens };
  } catch (e) {
    if (!(e instanceof ParseCancellationException)) throw asCompileError(e, text, filename);
    if (lexer.deferredError && failedAtLexerError(e)) throw lexer.deferredError;
    const cause = (e as Error).cause;
    // CPython looks at the rest of the file too: read every token before explaining the failure.
    const furthest = tokens.size > 0 ? tokens.get(tokens.size - 1) : null;
    tokens.fill();
    const lexError = lexer.deferredError;
    const describe = (start: Token, stop: Token): string | null => describeSourceExpression(text, filename, start.start, stop.stop + 1);
    const parseError = cause instanceof RecognitionException
      ? describeParseFailure(cause, tokens, text, filename, describe)
      : syntaxErrorAt('SyntaxError', 'invalid syntax', filename, text, text.length);
    if (!lexError) throw parseError;
    const offending = cause instanceof RecognitionException ? cause.offendingToken : null;
    const furthestLine = furthest ? furthest.line : parseError.diagnostic.span.lineno;
    throw preferTokenizerError(parseError, lexError, lexer, tokens, offending, furthestLine);
  }
}

/** Whether the parser stopped at the token standing for a tokenizer error. */
function failedAtLexerError(e: Error): boolean {
  const cause = e.cause;
  return cause instanceof RecognitionException && cause.offendingToken?.type === PythonLexer.LEXER_ERROR;
}

/**
 * As CPython does, a tokenizer error later in the file wins over a parse error, except for the
 * errors CPython's tokenizer leaves to the parser (indentation, line continuation); an unclosed
 * bracket wins only when it was opened on a line before the furthest token the parser read.
 */
function preferTokenizerError(parseError: CompileError, lexError: CompileError, lexer: PythonLexer, tokens: CommonTokenStream,
  offending: Token | null, furthestLine: number): CompileError {
  const d = lexError.diagnostic;
  // CPython raises "unexpected indent" without looking further.
  if (parseError.diagnostic.message === 'unexpected indent') return parseError;
  if (d.kind !== 'SyntaxError' || d.message.startsWith('unexpected character after line continuation')) return parseError;
  if (lexer.unclosedBracketLine === 0 || furthestLine > lexer.unclosedBracketLine) return lexError;
  // CPython's parser reads on into an unclosed bracket whose contents start an expression.
  if (offending && offending.start >= lexer.unclosedBracketIndex && parseError.diagnostic.kind === 'SyntaxError'
    && parserReadsOn(tokens, offending)) return lexError;
  return parseError;
}

/** The kind of expression code points [start, end) hold, in CPython's words, or null if they hold none. */
function describeSourceExpression(text: SourceText, filename: string, start: number, end: number): string | null {
  try {
    const source = text.slice(start, end);
    const e = parseFieldExpression(source, 1, 0, filename);
    return describeExpression(e);
  } catch {
    return null;
  }
}

/** Anything but a CompileError escaping the parser is a bug; still report it as a SyntaxError. */
function asCompileError(e: unknown, text: SourceText, filename: string): CompileError {
  if (e instanceof CompileError) return e;
  if (e instanceof RangeError) return syntaxErrorAt('SyntaxError', 'maximum recursion depth exceeded during compilation', filename, text, 0);
  throw e;
}
