// ast.dump(): the text CPython 3.11's `ast.dump` prints for a tree, including Python reprs of constants.
import { BytesConstant, ELLIPSIS, ImaginaryConstant, type ConstantValue } from './constant.js';
import { ENUM_TYPES, NODE_SPECS, type FieldSpec, type Node } from './generated/nodes.js';

export interface DumpOptions {
  /** Pretty-print: a number of spaces or the string used for each level (like ast.dump's indent). */
  readonly indent?: number | string | null;
  /** Also print lineno, col_offset, end_lineno, end_col_offset (ast.dump's include_attributes). */
  readonly includeAttributes?: boolean;
  /** Print `name=` before fields (ast.dump's annotate_fields, on by default). */
  readonly annotateFields?: boolean;
  /** Leave out fields that only exist since 3.12 (type_params), to compare with a 3.11 dump. */
  readonly python311?: boolean;
  /**
   * Leave out the positions of nodes inside f-strings (the JoinedStr keeps its own): 3.12 gives
   * them their own spans where 3.11 reuses the string's, so only the rest compares across versions.
   */
  readonly omitFStringPositions?: boolean;
}

/** Fields added in Python 3.12; a 3.11 dump has no such field at all. */
const FIELDS_SINCE_312: ReadonlySet<string> = new Set(['type_params']);

/** Prints `node` exactly as CPython 3.11's `ast.dump(node, ...)` would. */
export function dump(node: Node, options: DumpOptions = {}): string {
  const indent = options.indent;
  const unit = indent === undefined || indent === null ? null : typeof indent === 'number' ? ' '.repeat(indent) : indent;
  return new Dumper(
    unit,
    options.includeAttributes ?? false,
    options.annotateFields ?? true,
    options.python311 ?? false,
    options.omitFStringPositions ?? false,
  ).node(node, 0);
}

const POSITION_KEYS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

class Dumper {
  /**
   * Whether the text last returned is "simple" in ast.dump's sense (a scalar, an empty list or a
   * node without fields): a node whose parts are all simple and at most three stays on one line.
   */
  private simple = true;
  /** How many JoinedStr nodes enclose the node being printed. */
  private fstringDepth = 0;

  constructor(
    private readonly unit: string | null,
    private readonly includeAttributes: boolean,
    private readonly annotateFields: boolean,
    private readonly python311: boolean,
    private readonly omitFStringPositions: boolean,
  ) {}

  node(node: Node, outerLevel: number): string {
    const level = outerLevel + 1;
    const showPositions = this.includeAttributes && !(this.omitFStringPositions && this.fstringDepth > 0);
    const isFString = node._type === 'JoinedStr';
    if (isFString) this.fstringDepth++;
    const spec = NODE_SPECS[node._type];
    const record = node as unknown as Record<string, unknown>;
    const parts: string[] = [];
    let allSimple = true;
    // Once a field is left out, positions no longer identify fields, so the rest get names.
    let named = this.annotateFields;
    for (const field of spec.fields) {
      if (this.python311 && FIELDS_SINCE_312.has(field.name)) continue;
      const value = record[field.name];
      if ((value === null || value === undefined) && field.kind === 'opt') {
        named = true;
        continue;
      }
      const text = this.field(field, value, level);
      allSimple &&= this.simple;
      parts.push(named ? `${field.name}=${text}` : text);
    }
    if (isFString) this.fstringDepth--;
    if (showPositions && spec.positioned) {
      for (const key of POSITION_KEYS) {
        const value = record[key];
        if (value === null || value === undefined) continue;
        parts.push(`${key}=${String(value)}`);
      }
    }
    if (allSimple && parts.length <= 3) {
      this.simple = parts.length === 0;
      return `${node._type}(${parts.join(', ')})`;
    }
    this.simple = false;
    if (this.unit === null) return `${node._type}(${parts.join(', ')})`;
    const newline = '\n' + this.unit.repeat(level);
    return `${node._type}(${newline}${parts.join(',' + newline)})`;
  }

  private field(field: FieldSpec, value: unknown, level: number): string {
    if (Array.isArray(value)) return this.list(field, value, level);
    return this.scalar(field, value, level);
  }

  private list(field: FieldSpec, items: readonly unknown[], outerLevel: number): string {
    const level = outerLevel + 1;
    if (items.length === 0) {
      this.simple = true;
      return '[]';
    }
    const texts = items.map((item) => this.scalar(field, item, level));
    this.simple = false;
    if (this.unit === null) return `[${texts.join(', ')}]`;
    const newline = '\n' + this.unit.repeat(level);
    return `[${newline}${texts.join(',' + newline)}]`;
  }

  private scalar(field: FieldSpec, value: unknown, level: number): string {
    if (value === null || value === undefined) {
      this.simple = true;
      return 'None';
    }
    if (field.type === 'constant') {
      this.simple = true;
      return constantRepr(value as ConstantValue);
    }
    if (ENUM_TYPES.has(field.type)) {
      this.simple = true;
      return `${String(value)}()`;
    }
    if (typeof value === 'object') return this.node(value as Node, level);
    this.simple = true;
    return typeof value === 'string' ? strRepr(value) : String(value);
  }
}

/** Python's repr() of a constant's value. */
export function constantRepr(value: ConstantValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === ELLIPSIS) return 'Ellipsis';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return floatRepr(value);
  if (typeof value === 'string') return strRepr(value);
  if (value instanceof ImaginaryConstant) return `${floatDigits(value.imag)}j`;
  if (value instanceof BytesConstant) return bytesRepr(value.bytes);
  throw new TypeError(`not a constant: ${String(value)}`);
}

/** Python's repr() of a float: shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16. */
export function floatRepr(value: number): string {
  const digits = floatDigits(value);
  return /^-?\d+$/.test(digits) ? `${digits}.0` : digits;
}

/** A float as Python's 'r' format writes it (repr without the forced `.0`), as complex repr uses. */
function floatDigits(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without a digit count gives the shortest digits that round-trip.
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
  const exponent = Number(exponentText);
  const significant = mantissa.replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${significant}`;
  if (significant.length <= exponent + 1) return `${sign}${significant}${'0'.repeat(exponent + 1 - significant.length)}`;
  return `${sign}${significant.slice(0, exponent + 1)}.${significant.slice(exponent + 1)}`;
}

/** Characters Python's str.isprintable() rejects (space aside): they are escaped by repr(). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** Python's repr() of a str (quote choice and escapes as CPython writes them). */
export function strRepr(text: string): string {
  if (PLAIN_ASCII.test(text)) return `'${text}'`;
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') out += '\\' + char;
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + hex(code, 2);
    else if (code < 0x7f) out += char;
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) out += escapeCodePoint(code);
    else out += char;
  }
  return out + quote;
}

function escapeCodePoint(code: number): string {
  if (code <= 0xff) return '\\x' + hex(code, 2);
  if (code <= 0xffff) return '\\u' + hex(code, 4);
  return '\\U' + hex(code, 8);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** Python's repr() of a bytes object. */
export function bytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  const quoteCode = quote.charCodeAt(0);
  let out = 'b' + quote;
  for (const byte of bytes) {
    if (byte === quoteCode || byte === 0x5c) out += '\\' + String.fromCharCode(byte);
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + hex(byte, 2);
    else out += String.fromCharCode(byte);
  }
  return out + quote;
}
