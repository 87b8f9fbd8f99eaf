// Parse tree -> AST for string literals: implicit concatenation, bytes, u-strings and f-strings.
import type { Token } from 'antlr4ng';
import type { TerminalNode } from 'antlr4ng';
import { PythonParser, type StringsContext } from '../../parse/generated/PythonParser.js';
import type * as A from '../index.js';
import { BytesConstant } from '../constant.js';
import type { BuildContext } from './context.js';
import { decodeEscapes, EscapeError } from './escapes.js';
import { scanFString, type FPart, type FField } from '../../parse/fstring-scan.js';

/** One literal token taken apart. */
interface Piece {
  readonly token: Token;
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly fstring: boolean;
  readonly unicode: boolean;
  readonly quote: number;
  readonly triple: boolean;
  /** Code-point range of the text between the quotes. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

function takeApart(c: BuildContext, token: Token): Piece {
  const cps = c.source.codePoints;
  let i = token.start;
  let raw = false, bytes = false, fstring = false;
  // CPython marks kind='u' only for a lowercase `u` prefix.
  const unicode = cps[i] === 117;
  for (;; i++) {
    const ch = cps[i] | 0x20;
    if (ch === 114) raw = true;
    else if (ch === 98) bytes = true;
    else if (ch === 102) fstring = true;
    else if (ch !== 117) break;
  }
  const quote = cps[i];
  const triple = token.stop - i >= 5 && cps[i + 1] === quote && cps[i + 2] === quote;
  const q = triple ? 3 : 1;
  return { token, raw, bytes, fstring, unicode, quote, triple, bodyStart: i + q, bodyEnd: token.stop + 1 - q };
}

const isStringToken = (type: number): boolean => type === PythonParser.STRING || type === PythonParser.FSTRING;

export function buildStrings(c: BuildContext, ctx: StringsContext): A.expr {
  const pieces = (ctx.children as TerminalNode[]).map((t) => takeApart(c, t.symbol));
  const first = pieces[0].token, last = pieces[pieces.length - 1].token;
  const anyBytes = pieces.some((p) => p.bytes);
  if (anyBytes && !pieces.every((p) => p.bytes)) {
    throw c.errorAt('cannot mix bytes and nonbytes literals', c.place({}, first, last));
  }
  if (anyBytes) {
    let text = '';
    for (const p of pieces) text += literalText(c, p, p.bodyStart, p.bodyEnd);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return c.place({ _type: 'Constant', value: new BytesConstant(bytes), kind: null } as A.Constant, first, last);
  }
  if (!pieces.some((p) => p.fstring)) {
    let text = '';
    for (const p of pieces) text += literalText(c, p, p.bodyStart, p.bodyEnd);
    return c.place({ _type: 'Constant', value: text, kind: pieces[0].unicode ? 'u' : null } as A.Constant, first, last);
  }
  const values = new JoinedStrValues(c);
  for (const p of pieces) {
    if (!p.fstring) {
      values.addLiteral(literalText(c, p, p.bodyStart, p.bodyEnd), p.token.start, p.token.stop);
      continue;
    }
    const parts = scanFString(c.source.codePoints, p.bodyStart, p.quote, p.triple, p.raw).parts;
    addParts(c, p, parts, values);
  }
  return c.place({ _type: 'JoinedStr', values: values.finish() } as A.JoinedStr, first, last);
}

/** Accumulates JoinedStr values, merging adjacent literal text into one Constant as CPython does. */
class JoinedStrValues {
  private readonly values: (A.Constant | A.FormattedValue)[] = [];
  private text = '';
  private textStart = -1;
  private textStop = -1;

  constructor(private readonly c: BuildContext) {}

  addLiteral(text: string, start: number, stop: number): void {
    if (text === '') return;
    if (this.textStart < 0) this.textStart = start;
    this.text += text;
    this.textStop = stop;
  }

  addField(v: A.FormattedValue): void {
    this.flush();
    this.values.push(v);
  }

  finish(): (A.Constant | A.FormattedValue)[] {
    this.flush();
    return this.values;
  }

  private flush(): void {
    if (this.textStart < 0) return;
    const node = { _type: 'Constant', value: this.text, kind: null } as A.Constant;
    this.values.push(placeRange(this.c, node, this.textStart, this.textStop));
    this.text = '';
    this.textStart = this.textStop = -1;
  }
}

function placeRange<T extends object>(c: BuildContext, node: T, start: number, stop: number): T & A.Position {
  const n = node as T & A.Position;
  n.lineno = c.line(start);
  n.col_offset = c.col(start);
  n.end_lineno = c.line(stop);
  n.end_col_offset = c.endCol(stop);
  return n;
}

function addParts(c: BuildContext, p: Piece, parts: FPart[], values: JoinedStrValues): void {
  for (const part of parts) {
    if (part.kind === 'literal') {
      values.addLiteral(fstringLiteralText(c, p, part.start, part.end), part.start, part.end - 1);
    } else {
      if (part.debugEnd >= 0) values.addLiteral(c.source.slice(part.exprStart, part.debugEnd), part.exprStart, part.debugEnd - 1);
      values.addField(buildField(c, p, part));
    }
  }
}

function buildField(c: BuildContext, p: Piece, f: FField): A.FormattedValue {
  const exprText = c.source.slice(f.exprStart, f.exprEnd);
  if (exprText.trim() === '') {
    // CPython 3.11 reports f-string errors just past the end of the string.
    const end = p.token.stop + 1;
    throw c.errorAt('f-string: empty expression not allowed', placeRange(c, {}, end, end - 1));
  }
  const value = c.parseSubExpression(exprText, c.line(f.exprStart), c.col(f.exprStart), c.file);
  let conversion = f.conversion;
  if (f.debugEnd >= 0 && conversion < 0 && f.spec === null) conversion = 114;
  let format_spec: A.expr | null = null;
  if (f.spec !== null) {
    const specValues = new JoinedStrValues(c);
    addParts(c, p, f.spec, specValues);
    const spec = { _type: 'JoinedStr', values: specValues.finish() } as A.JoinedStr;
    format_spec = placeRange(c, spec, f.specStart, f.end - 2);
  }
  return placeRange(c, { _type: 'FormattedValue', value, conversion, format_spec } as A.FormattedValue, f.start, f.end - 1);
}

/** The value of literal text in a plain string body. */
function literalText(c: BuildContext, p: Piece, start: number, end: number): string {
  const text = c.source.slice(start, end);
  if (p.bytes) checkBytesAscii(c, p, text);
  if (p.raw) return text;
  return decode(c, p, text);
}

/** The value of a literal run inside an f-string: doubled braces stand for one. */
function fstringLiteralText(c: BuildContext, p: Piece, start: number, end: number): string {
  const text = c.source.slice(start, end).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return p.raw ? text : decode(c, p, text);
}

function decode(c: BuildContext, p: Piece, text: string): string {
  try {
    return decodeEscapes(text, p.bytes);
  } catch (e) {
    if (!(e instanceof EscapeError)) throw e;
    // CPython decodes once the whole literal is parsed: it points at the token after it.
    let next = p.token.tokenIndex + 1;
    while (next < c.tokens.size && isStringToken(c.tokens.get(next).type)) next++;
    const after = c.tokens.get(Math.min(next, c.tokens.size - 1));
    throw c.errorAt(e.message, c.place({}, after, after));
  }
}

function checkBytesAscii(c: BuildContext, p: Piece, text: string): void {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) throw c.errorAt('bytes can only contain ASCII literal characters', c.place({}, p.token, p.token));
  }
}
