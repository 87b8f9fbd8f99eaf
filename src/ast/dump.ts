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

/**
 * Inclusive [first, last] pairs of code points that Node's newer Unicode assigns but python3
 * 3.11 (Unicode 14) does not, so its repr() escapes them. Printed by scripts/dev/unicode-printable-gaps.mjs.
 */
const NEWER_THAN_PYTHON: readonly number[] = [
  0x88f, 0x88f, 0x897, 0x897, 0xc5c, 0xc5c, 0xcdc, 0xcdc, 0xcf3, 0xcf3, 0xece, 0xece,
  0x1acf, 0x1add, 0x1ae0, 0x1aeb, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a, 0x20c1, 0x20c1,
  0x2427, 0x2429, 0x2b96, 0x2b96, 0x2ffc, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0x31ef, 0xa7cb, 0xa7cf,
  0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7dc, 0xa7f1, 0xa7f1, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91,
  0xfdc8, 0xfdce, 0x105c0, 0x105f3, 0x10940, 0x10959, 0x10d40, 0x10d65, 0x10d69, 0x10d85, 0x10d8e, 0x10d8f,
  0x10ec2, 0x10ec7, 0x10ed0, 0x10ed8, 0x10efa, 0x10eff, 0x1123f, 0x11241, 0x11380, 0x11389, 0x1138b, 0x1138b,
  0x1138e, 0x1138e, 0x11390, 0x113b5, 0x113b7, 0x113c0, 0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca,
  0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2, 0x116d0, 0x116e3, 0x11b00, 0x11b09, 0x11b60, 0x11b67,
  0x11bc0, 0x11be1, 0x11bf0, 0x11bf9, 0x11db0, 0x11ddb, 0x11de0, 0x11de9, 0x11f00, 0x11f10, 0x11f12, 0x11f3a,
  0x11f3e, 0x11f5a, 0x1342f, 0x1342f, 0x13440, 0x13455, 0x13460, 0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79,
  0x16ea0, 0x16eb8, 0x16ebb, 0x16ed3, 0x16ff2, 0x16ff6, 0x187f8, 0x187ff, 0x18cff, 0x18cff, 0x18d09, 0x18d1e,
  0x18d80, 0x18df2, 0x1b132, 0x1b132, 0x1b155, 0x1b155, 0x1cc00, 0x1ccfc, 0x1cd00, 0x1ceb3, 0x1ceba, 0x1ced0,
  0x1cee0, 0x1cef0, 0x1d2c0, 0x1d2d3, 0x1df25, 0x1df2a, 0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e4d0, 0x1e4f9,
  0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1e6c0, 0x1e6de, 0x1e6e0, 0x1e6f5, 0x1e6fe, 0x1e6ff, 0x1f6d8, 0x1f6d8,
  0x1f6dc, 0x1f6dc, 0x1f774, 0x1f77f, 0x1f7d9, 0x1f7d9, 0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1f8d0, 0x1f8d8,
  0x1fa54, 0x1fa57, 0x1fa75, 0x1fa77, 0x1fa87, 0x1fa8a, 0x1fa8e, 0x1fa8f, 0x1faad, 0x1faaf, 0x1fabb, 0x1fabf,
  0x1fac6, 0x1fac6, 0x1fac8, 0x1fac8, 0x1facd, 0x1facf, 0x1fada, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae8, 0x1faea,
  0x1faef, 0x1faef, 0x1faf7, 0x1faf8, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1fbfa, 0x2b739, 0x2b73f, 0x2cea2, 0x2cead,
  0x2ebf0, 0x2ee5d, 0x31350, 0x33479,
];

function isNewerThanPython(code: number): boolean {
  for (let i = 0; i < NEWER_THAN_PYTHON.length; i += 2) {
    if (code < NEWER_THAN_PYTHON[i]) return false;
    if (code <= NEWER_THAN_PYTHON[i + 1]) return true;
  }
  return false;
}
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
    else if (NOT_PRINTABLE.test(char) || isNewerThanPython(code)) out += escapeCodePoint(code);
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
