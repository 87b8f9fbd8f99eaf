// The lexer's layer above the ANTLR rules: NEWLINE/INDENT/DEDENT as CPython's tokenizer makes
// them, bracket nesting, f-string bodies, and tokenizer errors with CPython's messages.
import { CommonToken, Lexer, Token, type CharStream } from 'antlr4ng';
import { PythonLexer } from './generated/PythonLexer.js';
import { SourceText } from './source-text.js';
import { scanFString, FStringScanError, legacyStringEnd } from './fstring-scan.js';
import { syntaxErrorAt } from './syntax-error.js';
import { CompileError } from '../diagnostics/diagnostic.js';

const TAB_SIZE = 8;
/** CPython's tokenizer limits (MAXLEVEL and MAXINDENT). */
const MAX_BRACKET_DEPTH = 200;
const MAX_INDENT_DEPTH = 100;
/** Keywords CPython lets follow a number directly (`1if x else y`). */
const KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

interface OpenBracket {
  readonly char: number;
  readonly index: number;
}

export abstract class PythonLexerBase extends Lexer {
  /** Set by parseModule before lexing: the file name and the position table. */
  fileName = '<unknown>';
  source!: SourceText;

  private pending: Token[] = [];
  private pendingHead = 0;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private brackets: OpenBracket[] = [];
  /** No token has been emitted on the current logical line yet. */
  private atLineStart = true;
  /** Indentation depths (lengths of `indents`) of the bodies of the match statements we are in. */
  private matchBodyLevels: number[] = [];
  /** A match header was read before its body's first line: that line's INDENT starts a match body. */
  private expectMatchBody = false;

  private started = false;

  constructor(input: CharStream) {
    super(input);
  }

  /** The tokenizer error found, once found; the token stream ends with a LEXER_ERROR token there. */
  deferredError: CompileError | null = null;

  override nextToken(): Token {
    if (this.pendingHead < this.pending.length) return this.takePending();
    if (this.deferredError) {
      const end = this.source.length;
      return this.makeToken(Token.EOF, end, end - 1);
    }
    try {
      return this.readToken();
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.deferredError = e;
      const at = Math.min(this.inputStream.index, this.source.length);
      this.pending.push(this.makeToken(PythonLexer.LEXER_ERROR, at, at - 1));
      return this.takePending();
    }
  }

  private readToken(): Token {
    if (!this.started) {
      this.started = true;
      this.handleLineStart(0, false, null);
      if (this.pendingHead < this.pending.length) return this.takePending();
    }
    for (;;) {
      const t = super.nextToken();
      switch (t.type) {
        case PythonLexer.WS:
        case PythonLexer.COMMENT:
          continue;
        case PythonLexer.LINE_JOIN:
          if (this.inputStream.LA(1) === Token.EOF && this.brackets.length === 0) {
            throw this.error('unexpected EOF while parsing', t.start + 1);
          }
          continue;
        case PythonLexer.NEWLINE:
          if (this.brackets.length > 0) continue;
          this.handleLineStart(this.inputStream.index, !this.atLineStart, t);
          if (this.pendingHead < this.pending.length) return this.takePending();
          continue;
        case Token.EOF:
          this.finish(t);
          return this.takePending();
        case PythonLexer.FSTRING_START:
          this.atLineStart = false;
          return this.finishFString(t);
        case PythonLexer.LPAR:
        case PythonLexer.LSQB:
        case PythonLexer.LBRACE:
          if (this.brackets.length >= MAX_BRACKET_DEPTH) throw this.error('too many nested parentheses', t.start);
          this.brackets.push({ char: this.source.codePoints[t.start], index: t.start });
          break;
        case PythonLexer.RPAR:
        case PythonLexer.RSQB:
        case PythonLexer.RBRACE:
          this.closeBracket(t);
          break;
        case PythonLexer.BAD_NUMBER:
          this.atLineStart = false;
          return this.splitBadNumber(t);
        case PythonLexer.UNTERMINATED_STRING:
          throw this.error(`unterminated string literal (detected at line ${this.source.lineOf[t.start]})`, t.start);
        case PythonLexer.UNTERMINATED_LONG_STRING:
          throw this.error(`unterminated triple-quoted string literal (detected at line ${this.lastLine()})`, t.start);
        case PythonLexer.ERROR_CHAR:
          throw this.invalidCharacter(t);
        case PythonLexer.NAME:
          if (this.nameIs(t, 'type')) {
            this.atLineStart = false;
            return this.classifyType(t);
          }
          if (this.atLineStart) {
            if (this.nameIs(t, 'match')) {
              this.atLineStart = false;
              return this.classifyMatch(t);
            }
            if (this.nameIs(t, 'case') && this.matchBodyLevels[this.matchBodyLevels.length - 1] === this.indents.length) {
              // Directly inside a match statement's body only case blocks can start a line.
              (t as CommonToken).type = PythonLexer.CASE;
            }
          }
          break;
        default:
          break;
      }
      this.atLineStart = false;
      return t;
    }
  }

  /** Whether the NAME token reads `word` (compared in place: most names are none of the soft keywords). */
  private nameIs(t: Token, word: string): boolean {
    if (t.stop - t.start + 1 !== word.length) return false;
    const cps = this.source.codePoints;
    for (let i = 0; i < word.length; i++) if (cps[t.start + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  /** The line CPython's tokenizer is on when it reaches the end of the file. */
  private lastLine(): number {
    const n = this.source.length;
    return this.source.lineOf[n > 0 ? n - 1 : 0];
  }

  /**
   * `match` starting a logical line that ends with ':' heads a match statement (no simple
   * statement ends with ':'): retype it so the parser decides with one token.
   */
  private classifyMatch(keyword: Token): Token {
    const line: Token[] = [];
    for (;;) {
      const t = this.nextToken();
      line.push(t);
      if (t.type === PythonLexer.NEWLINE || t.type === Token.EOF) break;
    }
    const rest = this.pending.slice(this.pendingHead);
    if (line.length >= 3 && line[line.length - 2].type === PythonLexer.COLON && line[0].type !== PythonLexer.COLON) {
      (keyword as CommonToken).type = PythonLexer.MATCH;
      // Reading the header may have queued the body's INDENT (and pushed its level) already.
      if (rest.length > 0 && rest[0].type === PythonLexer.INDENT) this.matchBodyLevels.push(this.indents.length);
      else this.expectMatchBody = true;
    }
    this.pending = line.concat(rest);
    this.pendingHead = 0;
    return keyword;
  }

  /** `type` followed by a name starts a type alias (two names in a row are otherwise never valid). */
  private classifyType(keyword: Token): Token {
    const next = this.nextToken();
    if (next.type === PythonLexer.NAME) (keyword as CommonToken).type = PythonLexer.TYPE;
    const rest = this.pending.slice(this.pendingHead);
    rest.unshift(next);
    this.pending = rest;
    this.pendingHead = 0;
    return keyword;
  }

  private takePending(): Token {
    const t = this.pending[this.pendingHead++];
    if (this.pendingHead === this.pending.length) {
      this.pending.length = 0;
      this.pendingHead = 0;
    }
    return t;
  }

  private makeToken(type: number, start: number, stop: number): Token {
    const t = CommonToken.fromSource([this, this.inputStream], type, Token.DEFAULT_CHANNEL, start, stop);
    t.line = this.source.lineOf[start] ?? this.source.lineOf[this.source.length];
    t.column = this.source.colOf[start] ?? 0;
    return t;
  }

  /**
   * At the start of a physical line (index `lineStart`): queue the NEWLINE ending the previous
   * logical line, then INDENT/DEDENTs unless the line is blank or only a comment.
   */
  private handleLineStart(lineStart: number, emitNewline: boolean, newline: Token | null): void {
    const cps = this.source.codePoints;
    let i = lineStart;
    let col = 0;
    let altCol = 0;
    for (; i < cps.length; i++) {
      const c = cps[i];
      if (c === 32) {
        col++;
        altCol++;
      } else if (c === 9) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (c === 12) {
        col = altCol = 0;
      } else break;
    }
    const next = cps[i];
    // A line continuation leaves the indentation alone (and a stray backslash is reported as such).
    const blank = i >= cps.length || next === 35 || next === 10 || next === 13 || next === 92;
    if (emitNewline && newline) {
      this.pending.push(newline);
      this.atLineStart = true;
    }
    if (blank) return;
    this.atLineStart = true;
    const startsMatchBody = this.expectMatchBody;
    this.expectMatchBody = false;

    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (altCol !== altTop) throw this.tabError(i);
    } else if (col > top) {
      if (altCol <= altTop) throw this.tabError(i);
      if (this.indents.length >= MAX_INDENT_DEPTH) {
        const lineStart = this.source.lineStarts[this.source.lineOf[i] - 1];
        throw syntaxErrorAt('IndentationError', 'too many levels of indentation', this.fileName, this.source, lineStart);
      }
      this.indents.push(col);
      this.altIndents.push(altCol);

      this.pending.push(this.makeToken(PythonLexer.INDENT, i, i - 1));
      if (startsMatchBody) this.matchBodyLevels.push(this.indents.length);
    } else {
      if (!this.indents.includes(col)) {
        // CPython points one past the indentation.
        throw syntaxErrorAt('IndentationError', 'unindent does not match any outer indentation level',
          this.fileName, this.source, Math.min(i + 1, this.source.length));
      }
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.pending.push(this.makeToken(PythonLexer.DEDENT, i, i - 1));
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) throw this.tabError(i);
      while (this.matchBodyLevels.length > 0 && this.matchBodyLevels[this.matchBodyLevels.length - 1] > this.indents.length) {
        this.matchBodyLevels.pop();
      }
    }
  }

  private tabError(at: number): CompileError {
    const lineStart = this.source.lineStarts[this.source.lineOf[at] - 1];
    return syntaxErrorAt('TabError', 'inconsistent use of tabs and spaces in indentation', this.fileName, this.source, lineStart, lineStart);
  }

  private finish(eof: Token): void {
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1];
      this.unclosedBracketLine = this.source.lineOf[open.index];
      this.unclosedBracketIndex = open.index;
      throw this.error(`'${String.fromCodePoint(open.char)}' was never closed`, open.index);
    }
    const end = this.source.length;
    if (!this.atLineStart) this.pending.push(this.makeToken(PythonLexer.NEWLINE, end, end - 1));
    this.atLineStart = true;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      this.pending.push(this.makeToken(PythonLexer.DEDENT, end, end - 1));
    }
    this.pending.push(eof);
  }

  private closeBracket(t: Token): void {
    const close = this.source.codePoints[t.start];
    const open = this.brackets.pop();
    if (!open) throw this.error(`unmatched '${String.fromCodePoint(close)}'`, t.start);
    const expected = open.char === 40 ? 41 : open.char === 91 ? 93 : 125;
    if (close !== expected) {
      const o = String.fromCodePoint(open.char), c = String.fromCodePoint(close);
      const openLine = this.source.lineOf[open.index];
      const where = openLine === this.source.lineOf[t.start] ? '' : ` on line ${openLine}`;
      throw this.error(`closing parenthesis '${c}' does not match opening parenthesis '${o}'${where}`, t.start);
    }
  }

  /** The FSTRING_START token covers prefix and quote; scan the body and return one FSTRING token. */
  private finishFString(startToken: Token): Token {
    const cps = this.source.codePoints;
    const quoteAt = startToken.stop;
    const quote = cps[quoteAt];
    const triple = quoteAt - startToken.start >= 3 && cps[quoteAt - 1] === quote && cps[quoteAt - 2] === quote;
    let prefixEnd = startToken.start;
    while (cps[prefixEnd] !== quote) prefixEnd++;
    const raw = this.source.slice(startToken.start, prefixEnd).toLowerCase().includes('r');
    let end: number;
    try {
      end = scanFString(cps, startToken.stop + 1, quote, triple, raw).end;
    } catch (e) {
      if (!(e instanceof FStringScanError)) throw e;
      if (e.kind === 'unterminated') {
        const message = triple
          ? `unterminated triple-quoted string literal (detected at line ${this.lastLine()})`
          : `unterminated string literal (detected at line ${this.source.lineOf[startToken.start]})`;
        throw this.error(message, startToken.start);
      }
      const end = legacyStringEnd(cps, startToken.stop + 1, quote, triple);
      if (end < 0) throw this.error(`unterminated string literal (detected at line ${this.source.lineOf[startToken.start]})`, startToken.start);
      throw this.error(e.message, end);
    }
    this.inputStream.seek(end);
    return this.makeToken(PythonLexer.FSTRING, startToken.start, end - 1);
  }

  /** A number glued to a name: fine before some keywords, else CPython's literal errors. */
  private splitBadNumber(t: Token): Token {
    const text = this.source.slice(t.start, t.stop + 1);
    const m = /^(0[xX][0-9a-fA-F_]*|0[oObB][0-9_]*|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?[jJ]?)/.exec(text);
    const numberLength = m ? m[0].length : 0;
    const rest = text.slice(numberLength);
    if (numberLength > 0 && KEYWORDS_AFTER_NUMBER.some((k) => rest.startsWith(k))) {
      this.inputStream.seek(t.start + numberLength);
      return this.makeToken(PythonLexer.NUMBER, t.start, t.start + numberLength - 1);
    }
    if (/^0[0-9_]*$/.test(text)) {
      throw this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', t.start);
    }
    const lower = text.toLowerCase();
    let kind = 'decimal';
    if (lower.startsWith('0x')) kind = 'hexadecimal';
    else if (lower.startsWith('0o')) kind = 'octal';
    else if (lower.startsWith('0b')) kind = 'binary';
    if (kind !== 'decimal') {
      const digitsOk = kind === 'octal' ? /[0-7_]/ : kind === 'binary' ? /[01_]/ : /[0-9a-f_]/;
      let i = 2;
      while (i < lower.length && digitsOk.test(lower[i])) i++;
      if (i < lower.length && /[0-9]/.test(lower[i])) {
        throw this.error(`invalid digit '${lower[i]}' in ${kind} literal`, t.start + i);
      }
      throw this.error(`invalid ${kind} literal`, t.start + Math.max(i - 1, 0));
    }
    throw this.error('invalid decimal literal', Math.max(t.start + numberLength - 1, t.start));
  }

  private invalidCharacter(t: Token): CompileError {
    const c = this.source.codePoints[t.start];
    if (c === 92) return this.error('unexpected character after line continuation character', t.start + 1);
    if (c < 128 && c >= 32) return this.error('invalid syntax', t.start);
    const hex = c.toString(16).toUpperCase().padStart(4, '0');
    if (c < 32 || (c >= 0x80 && c < 0xa0)) return this.error(`invalid non-printable character U+${hex}`, t.start);
    return this.error(`invalid character '${String.fromCodePoint(c)}' (U+${hex})`, t.start);
  }

  /** When the error thrown was an unclosed bracket at the end of the file: the bracket's line. */
  unclosedBracketLine = 0;
  unclosedBracketIndex = -1;

  private error(message: string, at: number): CompileError {
    return syntaxErrorAt('SyntaxError', message, this.fileName, this.source, at);
  }
}
