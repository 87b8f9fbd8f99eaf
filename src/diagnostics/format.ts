// Prints a CompileError's diagnostic as CPython 3.11 prints an uncaught SyntaxError for `python3 file.py`.
import { isAbsolute } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

/*
 * What CPython prints is decided in two steps, reproduced here:
 *  1. the parser stores a 1-based `offset`/`end_offset` on the exception. Errors found by the
 *     tokenizer count characters; errors found by the parser count UTF-8 bytes, unless the file
 *     declares its encoding (then they count characters too).
 *  2. the printer strips the line's leading whitespace, draws `offset - 1` spaces (clipped to the
 *     line's length in bytes) and `end_offset - offset` carets (at least one). IndentationError
 *     and TabError always get a single caret; a span running onto a later line is drawn to the
 *     end of its first line; an offset left of the stripped text draws no caret line at all.
 *
 * The diagnostic's span holds CPython's location as 0-based UTF-8 byte columns (col_offset is
 * CPython's `offset - 1`; a negative col_offset means CPython reports offset 0, no caret).
 */

/**
 * Messages CPython's tokenizer raises with a column it counts in characters (measured on
 * python3 3.11: the same error after `é=1;` moves 4 columns, not 5). The tokenizer's other
 * errors (leading zeros, a character after a line continuation) give byte columns.
 */
const TOKENIZER_MESSAGES: readonly RegExp[] = [
  /^invalid character /,
  /^invalid non-printable character /,
  /^unterminated (triple-quoted )?string literal /,
  /^invalid (decimal|hexadecimal|octal|binary) literal$/,
  /^invalid digit '.' in (octal|binary) literal$/,
  /^unmatched '.'$/,
  /^closing parenthesis /,
  /^too many nested parentheses$/,
];

/** The encoding declaration PEP 263 allows on the first or second line. */
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;

const utf8 = new TextEncoder();

/** A source line as CPython's SyntaxError.text holds it. */
interface ErrorLine {
  /** The line without its line break. */
  readonly body: string;
  /** Whether SyntaxError.text ends with "\n" (it counts in the caret limit). */
  readonly newline: boolean;
}

/**
 * The text CPython writes to stderr for this diagnostic when running `python3 <file>`: the
 * `  File "...", line N` line, the source line and caret line (when CPython shows them), and
 * `Kind: message`, each ending with a newline. `source` is the file's text (null if unknown).
 */
export function formatSyntaxError(diagnostic: Diagnostic, source: string | null, filename = diagnostic.span.file): string {
  const { kind, message, span } = diagnostic;
  let out = `  File "${filename}", line ${span.lineno}\n`;
  const lines = source === null ? null : splitLines(source);
  const raw = lines !== null && span.lineno >= 1 && span.lineno <= lines.length ? lines[span.lineno - 1] : null;
  if (raw !== null) {
    const fromTokenizer = isTokenizerMessage(message);
    // CPython prints the line as a C string: a NUL byte ends it.
    const nul = raw.body.indexOf('\0');
    const body = nul < 0 ? raw.body : raw.body.slice(0, nul);
    // The tokenizer hands over its line without the line break; the parser re-reads the whole line.
    const line: ErrorLine = { body, newline: raw.newline && !fromTokenizer && nul < 0 };
    const countsCharacters = fromTokenizer || hasCodingCookie(lines!);
    const { offset, endOffset } = cpythonOffsets(diagnostic, line, lines!, countsCharacters);
    out += errorText(line, offset, endOffset);
  }
  out += message === '' ? `${kind}\n` : `${kind}: ${message}\n`;
  return out;
}

/**
 * Whether CPython's SyntaxError.offset counts characters (true) or UTF-8 bytes (false) for this
 * message in this source: characters for tokenizer errors and in files declaring their encoding.
 */
export function offsetCountsCharacters(message: string, source: string): boolean {
  return isTokenizerMessage(message) || hasCodingCookie(splitLines(source).slice(0, 2));
}

function isTokenizerMessage(message: string): boolean {
  return TOKENIZER_MESSAGES.some((pattern) => pattern.test(message));
}

/** Splits like Python's universal newlines: \r\n, \r and \n all end a line. */
function splitLines(source: string): ErrorLine[] {
  const lines: ErrorLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match; (match = breaks.exec(source)); ) {
    lines.push({ body: source.slice(start, match.index), newline: true });
    start = match.index + match[0].length;
  }
  if (start < source.length) lines.push({ body: source.slice(start), newline: false });
  return lines;
}

function hasCodingCookie(lines: readonly ErrorLine[]): boolean {
  if (lines.length > 0 && CODING_COOKIE.test(lines[0].body)) return true;
  // The second line counts only when the first is blank or a comment.
  return lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0].body) && CODING_COOKIE.test(lines[1].body);
}

/** CPython's 1-based SyntaxError.offset and end_offset for this diagnostic. */
function cpythonOffsets(
  diagnostic: Diagnostic,
  line: ErrorLine,
  lines: readonly ErrorLine[],
  countsCharacters: boolean,
): { offset: number; endOffset: number } {
  const { kind, message, span } = diagnostic;
  const lineSize = byteLength(line.body) + (line.newline ? 1 : 0);
  // These locations are fixed by how CPython raises them, whatever token the parser blames.
  if (kind === 'TabError' || message === 'unexpected indent') return { offset: 0, endOffset: -1 };
  if (message === 'unindent does not match any outer indentation level') {
    return { offset: byteLength(line.body) + 1, endOffset: -1 };
  }
  const column = (text: string, byteColumn: number): number =>
    byteColumn < 0 ? 0 : (countsCharacters ? charactersInBytes(text, byteColumn) : byteColumn) + 1;
  const offset = column(line.body, span.col_offset);
  if (kind !== 'SyntaxError') return { offset, endOffset: -1 };
  let endOffset: number;
  if (span.end_lineno > span.lineno) endOffset = lineSize;
  else {
    const endLine = lines[span.end_lineno - 1] ?? line;
    endOffset = column(endLine.body, span.end_col_offset);
  }
  return { offset, endOffset: Math.min(endOffset, lineSize + 1) };
}

/** The source line and caret line as CPython's printer draws them. */
function errorText(line: ErrorLine, offset: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  const leading = /^[ \t\f]*/.exec(line.body)![0].length;
  const text = line.body.slice(leading);
  let column = offset - 1 - leading;
  // CPython clips against the stripped line's length in bytes, whatever unit the offset counts.
  column = Math.min(column, byteLength(text));
  let out = `    ${text}\n`;
  if (column >= 0) out += `    ${' '.repeat(column)}${'^'.repeat(carets)}\n`;
  return out;
}

function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** How many characters (code points) of `text` fit in its first `bytes` UTF-8 bytes. */
function charactersInBytes(text: string, bytes: number): number {
  let used = 0;
  let characters = 0;
  for (const char of text) {
    if (used >= bytes) break;
    used += utf8.encode(char).length;
    characters++;
  }
  return characters + Math.max(0, bytes - used);
}

/** The path CPython prints for a script given on the command line: absolute, joined to the
 *  working directory without normalising (`./x.py` stays `/cwd/./x.py`). */
export function scriptPathAsShown(file: string): string {
  return isAbsolute(file) ? file : `${process.cwd()}/${file}`;
}
