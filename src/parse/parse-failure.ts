// Turning an ANTLR parse failure into the SyntaxError CPython reports for the same input.
import { Token, type RecognitionException, type CommonTokenStream } from 'antlr4ng';
import { PythonLexer } from './generated/PythonLexer.js';
import type { SourceText } from './source-text.js';
import type { CompileError } from '../diagnostics/diagnostic.js';
import { syntaxErrorAt } from './syntax-error.js';

/** Keywords opening compound statements, and how CPython names them in "expected an indented block". */
const BLOCK_OPENERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition', match: "'match' statement",
  case: "'case' statement",
};

export function describeParseFailure(e: RecognitionException, tokens: CommonTokenStream, text: SourceText, file: string): CompileError {
  const bad = e.offendingToken ?? tokens.LT(1)!;
  const at = (t: Token): number => t.start;
  const prev = previousToken(tokens, bad);
  if (bad.type === PythonLexer.INDENT) {
    if (prev && prev.type === PythonLexer.NEWLINE) {
      return syntaxErrorAt('IndentationError', 'unexpected indent', file, text, lineStartOf(text, at(bad)), at(bad));
    }
  }
  if (prev && prev.type === PythonLexer.NEWLINE && bad.type !== PythonLexer.INDENT) {
    const colon = previousToken(tokens, prev);
    if (colon && colon.type === PythonLexer.COLON) {
      const opener = statementOpener(tokens, colon);
      if (opener) {
        const what = BLOCK_OPENERS[opener.text!] ?? `'${opener.text}' statement`;
        return syntaxErrorAt('IndentationError', `expected an indented block after ${what} on line ${text.lineOf[opener.start]}`,
          file, text, at(bad));
      }
    }
  }
  if (bad.type === Token.EOF) return syntaxErrorAt('SyntaxError', 'invalid syntax', file, text, text.length);
  return syntaxErrorAt('SyntaxError', 'invalid syntax', file, text, at(bad), bad.stop + 1);
}

function previousToken(tokens: CommonTokenStream, t: Token): Token | null {
  for (let i = t.tokenIndex - 1; i >= 0; i--) {
    const p = tokens.get(i);
    if (p.type !== PythonLexer.DEDENT) return p;
  }
  return null;
}

/** The keyword that starts the logical line ending with `colon`. */
function statementOpener(tokens: CommonTokenStream, colon: Token): Token | null {
  let first: Token | null = null;
  for (let i = colon.tokenIndex; i >= 0; i--) {
    const t = tokens.get(i);
    if (t.type === PythonLexer.NEWLINE || t.type === PythonLexer.INDENT || t.type === PythonLexer.DEDENT) break;
    first = t;
  }
  if (!first) return null;
  if (first.type === PythonLexer.ASYNC) return tokens.get(first.tokenIndex + 1);
  return first;
}

function lineStartOf(text: SourceText, index: number): number {
  return text.lineStarts[text.lineOf[index] - 1] ?? index;
}
