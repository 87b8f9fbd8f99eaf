// Turning an ANTLR parse failure into the SyntaxError CPython reports for the same input.
import { Token, type RecognitionException, type CommonTokenStream } from 'antlr4ng';
import { PythonLexer as L } from './generated/PythonLexer.js';
import type { SourceText } from './source-text.js';
import type { CompileError } from '../diagnostics/diagnostic.js';
import { syntaxErrorAt, syntaxErrorAtLine } from './syntax-error.js';

/** Keywords opening compound statements, and how CPython names them in "expected an indented block". */
const BLOCK_OPENERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition', match: "'match' statement",
  case: "'case' statement",
};

/** Compound-statement keywords whose header must end with ':' (CPython: "expected ':'"). */
const HEADER_KEYWORDS: ReadonlySet<number> = new Set([L.IF, L.ELIF, L.ELSE, L.WHILE, L.FOR, L.WITH, L.DEF, L.CLASS, L.TRY, L.EXCEPT, L.FINALLY]);

/** Tokens that can end an expression, and tokens that can only start a new one. */
const ENDS_EXPRESSION: ReadonlySet<number> = new Set([L.NAME, L.NUMBER, L.STRING, L.FSTRING, L.RPAR, L.RSQB, L.RBRACE, L.NONE, L.TRUE, L.FALSE, L.ELLIPSIS]);
const STARTS_EXPRESSION: ReadonlySet<number> = new Set([L.NAME, L.NUMBER, L.STRING, L.FSTRING, L.LBRACE, L.NONE, L.TRUE, L.FALSE, L.ELLIPSIS, L.LAMBDA, L.NOT, L.AWAIT, L.TILDE]);
const OPENERS: ReadonlySet<number> = new Set([L.LPAR, L.LSQB, L.LBRACE]);
const CLOSERS: ReadonlySet<number> = new Set([L.RPAR, L.RSQB, L.RBRACE]);
const LAYOUT: ReadonlySet<number> = new Set([L.NEWLINE, L.INDENT, L.DEDENT]);
/** Where an expression before a missing comma starts, walking back. */
const EXPRESSION_BOUNDARY: ReadonlySet<number> = new Set([L.COMMA, L.COLON, L.EQUAL, L.COLONEQUAL, L.IF, L.ELSE, L.FOR, L.LAMBDA, L.YIELD, L.SEMI]);

/** Names the kind of expression the source between two tokens holds (for "cannot assign to ..."), if it is one. */
export type ExpressionDescriber = (start: Token, stop: Token) => string | null;

export function describeParseFailure(e: RecognitionException, tokens: CommonTokenStream, text: SourceText, file: string,
  describe: ExpressionDescriber): CompileError {
  const bad = e.offendingToken ?? tokens.LT(1)!;
  const prev = previousToken(tokens, bad);
  const error = (message: string, at: number, end = at + 1): CompileError => syntaxErrorAt('SyntaxError', message, file, text, at, end);

  if (bad.type === L.INDENT) {
    return syntaxErrorAt('IndentationError', 'unexpected indent', file, text, Math.max(bad.start - 1, lineStartOf(text, bad.start)));
  }
  const blockError = missingBlock(tokens, bad, prev, text, file);
  if (blockError) return blockError;
  const specific = specificMistake(e, tokens, bad, prev, describe);
  if (specific) return error(specific.message, specific.start.start, specific.end.stop + 1);

  const first = firstTokenOfLine(tokens, bad);
  if (first && first.type === L.NAME && (first.text === 'print' || first.text === 'exec')) {
    const next = tokenAt(tokens, first.tokenIndex + 1);
    if (next.type !== L.LPAR && STARTS_EXPRESSION.has(next.type)) {
      const last = lastTokenOfStatement(tokens, first);
      return error(`Missing parentheses in call to '${first.text}'. Did you mean ${first.text}(...)?`, first.start, last.stop + 1);
    }
  }
  if (bad.type === L.NEWLINE && prev && prev.type === L.COMMA && first && first.type === L.FROM && !enclosingBracket(tokens, bad)) {
    return error('trailing comma not allowed without surrounding parentheses', bad.start, bad.start);
  }
  if (bad.type === L.EQUAL && prev && ENDS_EXPRESSION.has(prev.type)) {
    const open = enclosingBracket(tokens, bad);
    const callee = open && open.type === L.LPAR ? previousToken(tokens, open) : null;
    if (callee && ENDS_EXPRESSION.has(callee.type)) {
      return error('expression cannot contain assignment, perhaps you meant "=="?', expressionStart(tokens, prev).start, bad.stop + 1);
    }
  }
  if (bad.type === L.EQUAL && prev && first && (first.type === L.IF || first.type === L.ELIF || first.type === L.WHILE)
    && !enclosingBracket(tokens, bad)) {
    const targetStart = tokenAt(tokens, first.tokenIndex + 1);
    const valueEnd = lastTokenOfCondition(tokens, bad);
    if (targetStart === prev && prev.type === L.NAME) {
      return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev.start, valueEnd.stop + 1);
    }
    const kind = describe(targetStart, prev);
    if (kind && !['tuple', 'list', 'True', 'False', 'None', 'comparison', 'conditional expression', 'lambda'].includes(kind)) {
      return error(`cannot assign to ${kind} here. Maybe you meant '==' instead of '='?`, targetStart.start, prev.stop + 1);
    }
  }
  if (prev && prev.type === L.NAME && previousToken(tokens, prev)?.type === L.DEF && bad.type !== L.LPAR && bad.type !== L.LSQB) {
    return error("expected '('", bad.start, bad.stop + 1);
  }
  const expected = e.getExpectedTokens();
  if (expected && expected.contains(L.EXCEPT) && expected.contains(L.FINALLY)) {
    return error("expected 'except' or 'finally' block", bad.start, bad.stop + 1);
  }
  if (first && prev && headerComplete(tokens, first, prev, bad) && !hasTopLevel(tokens, first, bad, L.COLON)) {
    return error("expected ':'", bad.start);
  }
  const key = prev ? dictKeyWithoutColon(tokens, bad, prev) : null;
  if (key) return error("':' expected after dictionary key", prev!.stop + 1, prev!.stop + 1);
  if (prev && ENDS_EXPRESSION.has(prev.type) && STARTS_EXPRESSION.has(bad.type) && inExpressionBrackets(tokens, bad, first)
    && !(prev.type === L.NAME && (bad.type === L.STRING || bad.type === L.FSTRING))) {
    const start = expressionStart(tokens, prev);
    return error('invalid syntax. Perhaps you forgot a comma?', start.start, expressionEnd(tokens, bad).stop + 1);
  }
  if (bad.type === Token.EOF) return error('invalid syntax', prev ? prev.start : text.length);
  return error('invalid syntax', bad.start, bad.stop + 1);
}

/** Mistakes CPython names: the message and the tokens it spans. */
interface Mistake {
  readonly message: string;
  readonly start: Token;
  readonly end: Token;
}

function specificMistake(e: RecognitionException, tokens: CommonTokenStream, bad: Token, prev: Token | null,
  describe: ExpressionDescriber): Mistake | null {
  if (!prev) return null;
  const first = firstTokenOfLine(tokens, bad);
  if (bad.type === L.COLONEQUAL && prev.type === L.NAME && previousToken(tokens, prev)?.type === L.DOT) {
    return { message: 'cannot use assignment expressions with attribute', start: expressionStart(tokens, prev), end: prev };
  }
  if (bad.type === L.COLONEQUAL && prev.type === L.RSQB) {
    return { message: 'cannot use assignment expressions with subscript', start: expressionStart(tokens, prev), end: prev };
  }
  if (bad.type === L.COMMA && first && first.type === L.EXCEPT && !enclosingBracket(tokens, bad)) {
    const typeStart = tokenAt(tokens, first.tokenIndex + 1);
    return { message: 'multiple exception types must be parenthesized', start: typeStart, end: prev };
  }
  if (bad.type === L.LPAR && (prev.type === L.COMMA || prev.type === L.LPAR || prev.type === L.LAMBDA)) {
    const open = enclosingBracket(tokens, bad);
    const before = open ? previousToken(tokens, open) : null;
    if (open && before && before.type === L.NAME && previousToken(tokens, before)?.type === L.DEF) {
      return { message: 'Function parameters cannot be parenthesized', start: bad, end: bad };
    }
    if (prev.type === L.LAMBDA || lambdaParametersAround(tokens, bad)) {
      return { message: 'Lambda expression parameters cannot be parenthesized', start: bad, end: bad };
    }
  }
  const chained = nonTargetBeforeEqual(tokens, prev, describe);
  if (chained) return chained;
  const annotated = unannotatableTarget(tokens, bad, prev, describe);
  if (annotated) return annotated;
  const expected = e.getExpectedTokens();
  if (expected && expected.contains(L.ELSE) && !expected.contains(L.NEWLINE)) {
    const ifToken = lastTokenOfType(tokens, bad, L.IF);
    const before = ifToken ? previousToken(tokens, ifToken) : null;
    if (ifToken && before) return { message: "expected 'else' after 'if' expression", start: expressionStart(tokens, before), end: bad };
  }
  return null;
}

/** The last token of the simple statement starting with `first` (before ';' or the line's end). */
function lastTokenOfStatement(tokens: CommonTokenStream, first: Token): Token {
  let last = first;
  for (let i = first.tokenIndex + 1; i < tokens.size; i++) {
    const t = tokens.get(i);
    if (t.type === L.SEMI || t.type === Token.EOF || LAYOUT.has(t.type)) return last;
    last = t;
  }
  return last;
}

/** The last token of a condition's value after `=`: up to ':' or the line's end at the top level. */
function lastTokenOfCondition(tokens: CommonTokenStream, equal: Token): Token {
  let last = equal;
  let depth = 0;
  for (let i = equal.tokenIndex + 1; i < tokens.size; i++) {
    const t = tokens.get(i);
    if (t.type === Token.EOF || LAYOUT.has(t.type) || (depth === 0 && (t.type === L.COLON || t.type === L.EQUAL))) return last;
    if (OPENERS.has(t.type)) depth++;
    else if (CLOSERS.has(t.type)) depth--;
    last = t;
  }
  return last;
}

/** Target kinds an assignment accepts. */
const ASSIGNABLE = new Set(['name', 'attribute', 'subscript', 'tuple', 'list', 'starred']);

/**
 * `x = <expr> = <bad>`: CPython blames the middle expression when it cannot be a target
 * ("cannot assign to literal").
 */
function nonTargetBeforeEqual(tokens: CommonTokenStream, equal: Token, describe: ExpressionDescriber): Mistake | null {
  if (equal.type !== L.EQUAL) return null;
  const last = previousToken(tokens, equal);
  if (!last || !ENDS_EXPRESSION.has(last.type)) return null;
  let depth = 0;
  let start = last;
  for (let i = last.tokenIndex; i >= 0; i--) {
    const t = tokens.get(i);
    if (CLOSERS.has(t.type)) depth++;
    else if (OPENERS.has(t.type)) {
      if (depth === 0) return null;
      depth--;
    } else if (depth === 0 && t.type === L.EQUAL) {
      const kind = describe(start, last);
      return kind && !ASSIGNABLE.has(kind) ? { message: `cannot assign to ${kind}`, start, end: last } : null;
    } else if (depth === 0 && (LAYOUT.has(t.type) || t.type === L.SEMI)) return null;
    start = t;
  }
  return null;
}

/**
 * `f():` and other statements ending in ':' whose target cannot take an annotation: CPython never
 * reads the ':' as an annotation and stops at it.
 */
function unannotatableTarget(tokens: CommonTokenStream, bad: Token, colon: Token, describe: ExpressionDescriber): Mistake | null {
  if (colon.type !== L.COLON || enclosingBracket(tokens, colon)) return null;
  const first = firstTokenOfLine(tokens, colon);
  const last = previousToken(tokens, colon);
  if (!first || !last || first === colon || !ENDS_EXPRESSION.has(last.type) || HEADER_KEYWORDS.has(first.type)) return null;
  if (first.type === L.MATCH || first.type === L.CASE || first.type === L.LAMBDA || bad.type === L.INDENT) return null;
  const kind = describe(first, last);
  return kind && !ASSIGNABLE.has(kind) ? { message: 'invalid syntax', start: colon, end: colon } : null;
}

/** Whether a compound statement's header ends at `prev`, so that ':' must come at `bad`. */
function headerComplete(tokens: CommonTokenStream, first: Token, prev: Token, bad: Token): boolean {
  if (!HEADER_KEYWORDS.has(first.type) || bad.type === L.COLON) return false;
  if (prev === first) return (first.type === L.ELSE || first.type === L.TRY || first.type === L.FINALLY || first.type === L.EXCEPT)
    && bad.type === L.NEWLINE;
  if (first.type === L.DEF || first.type === L.CLASS) {
    // `def f(...)` / `class C(...)` / `class C`: complete when the brackets after the name are
    // (or, for a def, its return annotation is).
    const name = tokenAt(tokens, first.tokenIndex + 1);
    if (first.type === L.DEF && bad.type === L.NEWLINE && ENDS_EXPRESSION.has(prev.type) && hasTopLevel(tokens, first, bad, L.RARROW)) return true;
    if (prev === name && first.type === L.CLASS) return true;
    return prev.type === L.RPAR && !enclosingBracket(tokens, bad) && previousToken(tokens, matchingOpener(tokens, prev))?.tokenIndex === name.tokenIndex;
  }
  // A for header is only complete once it has its `in`.
  if (first.type === L.FOR && !hasTopLevel(tokens, first, bad, L.IN)) return false;
  return bad.type === L.NEWLINE && ENDS_EXPRESSION.has(prev.type);
}

/** Whether a token of `type` stands outside brackets between `from` and `to`. */
function hasTopLevel(tokens: CommonTokenStream, from: Token, to: Token, type: number): boolean {
  let depth = 0;
  for (let i = from.tokenIndex; i < to.tokenIndex; i++) {
    const t = tokens.get(i).type;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
    else if (t === type && depth === 0) return true;
  }
  return false;
}

/** The opening bracket matching the closing bracket `close`. */
function matchingOpener(tokens: CommonTokenStream, close: Token): Token {
  let depth = 0;
  for (let i = close.tokenIndex; i >= 0; i--) {
    const t = tokens.get(i);
    if (CLOSERS.has(t.type)) depth++;
    else if (OPENERS.has(t.type) && --depth === 0) return t;
  }
  return close;
}

/** Whether `t` sits in a lambda's parameters (a `lambda` before it with no ':' between). */
function lambdaParametersAround(tokens: CommonTokenStream, t: Token): boolean {
  for (let i = t.tokenIndex - 1; i >= 0; i--) {
    const p = tokens.get(i).type;
    if (p === L.LAMBDA) return true;
    if (p === L.COLON || LAYOUT.has(p)) return false;
  }
  return false;
}

/** The nearest token of `type` before `t` on its logical line. */
function lastTokenOfType(tokens: CommonTokenStream, t: Token, type: number): Token | null {
  for (let i = t.tokenIndex - 1; i >= 0; i--) {
    const p = tokens.get(i);
    if (p.type === type) return p;
    if (LAYOUT.has(p.type)) return null;
  }
  return null;
}

/** "expected an indented block after ..." when a header's NEWLINE is not followed by INDENT. */
function missingBlock(tokens: CommonTokenStream, bad: Token, prev: Token | null, text: SourceText, file: string): CompileError | null {
  if (!prev || prev.type !== L.NEWLINE) return null;
  const colon = previousToken(tokens, prev);
  if (!colon || colon.type !== L.COLON) return null;
  const opener = statementOpener(tokens, colon);
  if (!opener) return null;
  const what = BLOCK_OPENERS[opener.text!] ?? `'${opener.text}' statement`;
  const message = `expected an indented block after ${what} on line ${text.lineOf[opener.start]}`;
  if (bad.type === Token.EOF) {
    // At the end of the file CPython shows the header line without a caret.
    const line = text.lineOf[prev.start];
    return syntaxErrorAtLine('IndentationError', message, file, line, -1, line, -1);
  }
  return syntaxErrorAt('IndentationError', message, file, text, bad.start);
}

/**
 * Whether CPython's parser, failing at `bad`, would go on reading tokens (and so reach the end of
 * an unclosed bracket): it does when `bad` opens a bracket or starts an expression inside
 * expression brackets.
 */
export function parserReadsOn(tokens: CommonTokenStream, bad: Token): boolean {
  const first = firstTokenOfLine(tokens, bad);
  if (OPENERS.has(bad.type)) {
    const before = previousToken(tokens, bad);
    // After `def`, `class` or `.` only a name can follow, and imports hold no expressions:
    // CPython stops at the bracket.
    if (before && (before.type === L.DEF || before.type === L.CLASS || before.type === L.DOT)) return false;
    if (first && (first.type === L.FROM || first.type === L.IMPORT)) return false;
    const next = tokenAt(tokens, bad.tokenIndex + 1);
    const opensContents = STARTS_EXPRESSION.has(next.type) || OPENERS.has(next.type) || CLOSERS.has(next.type)
      || next.type === L.STAR || next.type === L.DOUBLESTAR || next.type === L.MINUS;
    return opensContents && !(before && before.type === L.NAME && previousToken(tokens, before)?.type === L.DEF)
      && (!enclosingBracket(tokens, bad) || inExpressionBrackets(tokens, bad, first));
  }
  return STARTS_EXPRESSION.has(bad.type) && inExpressionBrackets(tokens, bad, first);
}

/** The token at `index`, or the last one read when the lexer stopped before it. */
function tokenAt(tokens: CommonTokenStream, index: number): Token {
  return tokens.get(Math.min(index, tokens.size - 1));
}

function previousToken(tokens: CommonTokenStream, t: Token): Token | null {
  for (let i = t.tokenIndex - 1; i >= 0; i--) {
    const p = tokens.get(i);
    if (p.type !== L.DEDENT) return p;
  }
  return null;
}

/** The first token of the logical line holding `t`. */
function firstTokenOfLine(tokens: CommonTokenStream, t: Token): Token | null {
  let first: Token | null = null;
  for (let i = t.type === L.NEWLINE || t.type === Token.EOF ? t.tokenIndex - 1 : t.tokenIndex; i >= 0; i--) {
    const p = tokens.get(i);
    if (LAYOUT.has(p.type)) break;
    first = p;
  }
  return first;
}

/** The keyword that starts the logical line ending with `colon` (after `async`). */
function statementOpener(tokens: CommonTokenStream, colon: Token): Token | null {
  const first = firstTokenOfLine(tokens, colon);
  if (!first) return null;
  if (first.type === L.ASYNC) return tokenAt(tokens, first.tokenIndex + 1);
  if (first.type === L.AT) return null;
  return first;
}


/** The unclosed bracket `t` is inside, if any. */
function enclosingBracket(tokens: CommonTokenStream, t: Token): Token | null {
  let depth = 0;
  for (let i = t.tokenIndex - 1; i >= 0; i--) {
    const p = tokens.get(i);
    if (LAYOUT.has(p.type)) return null;
    if (CLOSERS.has(p.type)) depth++;
    else if (OPENERS.has(p.type)) {
      if (depth === 0) return p;
      depth--;
    }
  }
  return null;
}

/**
 * Inside brackets that hold expressions: CPython's "forgot a comma" hint does not apply to a
 * def's parameters or an import list.
 */
function inExpressionBrackets(tokens: CommonTokenStream, t: Token, first: Token | null): boolean {
  const open = enclosingBracket(tokens, t);
  if (!open) return false;
  if (first && (first.type === L.FROM || first.type === L.IMPORT)) return false;
  const before = previousToken(tokens, open);
  const beforeName = before && before.type === L.NAME ? previousToken(tokens, before) : null;
  if (!(beforeName && beforeName.type === L.DEF)) return true;
  // In a def's parameters only default values are expressions.
  return defaultValueBefore(tokens, t, open);
}

/** Whether `t`, inside the parameter list opened by `open`, follows a parameter's `=`. */
function defaultValueBefore(tokens: CommonTokenStream, t: Token, open: Token): boolean {
  let depth = 0;
  for (let i = t.tokenIndex - 1; i > open.tokenIndex; i--) {
    const p = tokens.get(i).type;
    if (CLOSERS.has(p)) depth++;
    else if (OPENERS.has(p)) depth--;
    else if (depth === 0 && p === L.COMMA) return false;
    else if (depth === 0 && p === L.EQUAL) return true;
  }
  return false;
}

/** Inside a dict display (a ':' already at its top level), an expression that is not a key's. */
function dictKeyWithoutColon(tokens: CommonTokenStream, bad: Token, prev: Token): Token | null {
  const open = enclosingBracket(tokens, bad);
  if (!open || open.type !== L.LBRACE || !ENDS_EXPRESSION.has(prev.type)) return null;
  if (bad.type === L.COLON || bad.type === L.COMMA || bad.type === L.RBRACE) return null;
  if (!hasTopLevel(tokens, tokens.get(open.tokenIndex + 1), prev, L.COLON)) return null;
  const start = expressionStart(tokens, prev);
  const before = previousToken(tokens, start);
  return before && (before.type === L.COMMA || before.type === L.LBRACE) ? start : null;
}

/** Walks forward from the first token of an expression to its last (CPython spans both expressions). */
function expressionEnd(tokens: CommonTokenStream, first: Token): Token {
  let depth = 0;
  let end = first;
  for (let i = first.tokenIndex; i < tokens.size; i++) {
    const p = tokens.get(i);
    if (OPENERS.has(p.type)) depth++;
    else if (CLOSERS.has(p.type)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (EXPRESSION_BOUNDARY.has(p.type) || LAYOUT.has(p.type) || p.type === Token.EOF)) break;
    else if (depth === 0 && i > first.tokenIndex && ENDS_EXPRESSION.has(end.type) && STARTS_EXPRESSION.has(p.type)) break;
    end = p;
  }
  return end;
}

/** Walks back from the last token of an expression to its first. */
function expressionStart(tokens: CommonTokenStream, last: Token): Token {
  let depth = 0;
  let start = last;
  for (let i = last.tokenIndex; i >= 0; i--) {
    const p = tokens.get(i);
    if (CLOSERS.has(p.type)) depth++;
    else if (OPENERS.has(p.type)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (EXPRESSION_BOUNDARY.has(p.type) || LAYOUT.has(p.type))) break;
    start = p;
  }
  return start;
}

function lineStartOf(text: SourceText, index: number): number {
  return text.lineStarts[text.lineOf[index] - 1] ?? index;
}
