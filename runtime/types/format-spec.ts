// The format-spec mini-language (format(v, spec), f-strings, str.format) for int, float and str.
import { exc, raise } from '../core/exceptions.js';
import { expDigits, fixedDigits, floatRepr, generalDigits } from './float-digits.js';
import { cpLength, padTo } from './str-codepoints.js';
import type { Int } from './int-ops.js';

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

const ALIGNS = '<>=^';

function invalid(): never {
  raise(exc.ValueError!, 'Invalid format specifier');
}

// Programs format with a handful of specs over and over: parse each once.
const parsed = new Map<string, FormatSpec>();

/** The parsed spec (shared: callers copy before changing it). */
export function parseSpec(spec: string): FormatSpec {
  const hit = parsed.get(spec);
  if (hit !== undefined) return hit;
  const r = parseSpecText(spec);
  if (parsed.size < 1000) parsed.set(spec, r);
  return r;
}

function parseSpecText(spec: string): FormatSpec {
  const out: FormatSpec = { fill: ' ', align: '', sign: '', noNegZero: false, alternate: false, width: -1, grouping: '', precision: -1, type: '' };
  const chars = Array.from(spec);
  let i = 0;
  let explicitFill = false;
  if (chars.length >= 2 && ALIGNS.includes(chars[1]!)) {
    out.fill = chars[0]!; out.align = chars[1]!; i = 2;
    explicitFill = true;
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0]!)) {
    out.align = chars[0]!; i = 1;
  }
  if (chars[i] === '+' || chars[i] === '-' || chars[i] === ' ') out.sign = chars[i++]!;
  if (chars[i] === 'z') { out.noNegZero = true; i++; }
  if (chars[i] === '#') { out.alternate = true; i++; }
  if (chars[i] === '0') {
    // The 0 flag pads with zeros unless a fill is given, after the sign unless aligned.
    if (!explicitFill) out.fill = '0';
    if (!out.align) out.align = '=';
    i++;
  }
  let w = '';
  while (i < chars.length && chars[i]! >= '0' && chars[i]! <= '9') w += chars[i++];
  if (w) out.width = Number(w);
  if (chars[i] === ',' || chars[i] === '_') {
    out.grouping = chars[i++]!;
    if (chars[i] === ',' || chars[i] === '_') raise(exc.ValueError!, 'Cannot specify both \',\' and \'_\'.');
  }
  if (chars[i] === '.') {
    i++;
    let p = '';
    while (i < chars.length && chars[i]! >= '0' && chars[i]! <= '9') p += chars[i++];
    if (!p) raise(exc.ValueError!, 'Format specifier missing precision');
    out.precision = Number(p);
  }
  if (i < chars.length - 1) invalid();
  if (i < chars.length) out.type = chars[i]!;
  // ',' groups only decimal presentations; '_' also groups b, o, x and X by four.
  const groupable = out.grouping === ',' ? 'deEfFgG%' : 'deEfFgG%boxX';
  if (out.grouping && out.type && !groupable.includes(out.type)) {
    raise(exc.ValueError!, `Cannot specify '${out.grouping}' with '${out.type}'.`);
  }
  return out;
}

function unknownCode(type: string, typeName: string): never {
  raise(exc.ValueError!, `Unknown format code '${type}' for object of type '${typeName}'`);
}

/** Insert `sep` every `every` digits from the right. */
function group(digits: string, sep: string, every: number): string {
  if (digits.length <= every) return digits;
  let out = '';
  let first = digits.length % every;
  if (first === 0) first = every;
  out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += every) out += sep + digits.slice(i, i + every);
  return out;
}

/** Lay out sign + prefix + number body by the spec's width, fill and alignment (and grouping of
 *  the integer part, which with zero padding extends into the padding as CPython does). */
function layout(sign: string, prefix: string, intPart: string, rest: string, spec: FormatSpec, defaultAlign: string, every: number): string {
  const sep = spec.grouping;
  let grouped = sep ? group(intPart, sep, every) : intPart;
  const align = spec.align || defaultAlign;
  if (align === '=' && spec.fill === '0' && sep && spec.width > 0) {
    let digits = intPart;
    while (sign.length + prefix.length + grouped.length + cpLength(rest) < spec.width) {
      digits = '0' + digits;
      grouped = group(digits, sep, every);
    }
  }
  const body = grouped + rest;
  const head = sign + prefix;
  if (spec.width < 0) return head + body;
  if (align === '=') {
    const pad = spec.width - cpLength(head) - cpLength(body);
    return pad > 0 ? head + spec.fill.repeat(pad) + body : head + body;
  }
  return padTo(head + body, spec.width, align, spec.fill);
}

function signFor(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** format(int, spec) with the spec parsed. */
export function formatIntSpec(v: Int, spec: FormatSpec, typeName = 'int'): string {
  const t = spec.type;
  if ('eEfFgG%'.includes(t) && t) return formatFloatSpec(Number(v), spec);
  if (spec.precision >= 0) raise(exc.ValueError!, 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) raise(exc.ValueError!, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (spec.sign) raise(exc.ValueError!, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) raise(exc.ValueError!, "Alternate form (#) not allowed with integer format specifier 'c'");
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) raise(exc.OverflowError!, '%c arg not in range(0x110000)');
    return layout('', '', String.fromCodePoint(n), '', { ...spec, grouping: '' }, '<', 3);
  }
  let radix = 10, prefix = '', every = 3;
  switch (t) {
    case '': case 'd': case 'n': break;
    case 'b': radix = 2; prefix = '0b'; every = 4; break;
    case 'o': radix = 8; prefix = '0o'; every = 4; break;
    case 'x': radix = 16; prefix = '0x'; every = 4; break;
    case 'X': radix = 16; prefix = '0X'; every = 4; break;
    default: unknownCode(t, typeName);
  }
  const negative = v < 0;
  const magnitude = typeof v === 'bigint' ? (negative ? -v : v) : Math.abs(v);
  let digits = magnitude.toString(radix);
  if (t === 'X') digits = digits.toUpperCase();
  return layout(signFor(negative, spec), spec.alternate ? prefix : '', digits, '', spec, '>', every);
}

/** The digits of a finite |x| for a float presentation type (without sign). */
function floatBody(x: number, t: string, spec: FormatSpec): string {
  const p = spec.precision;
  switch (t) {
    case 'f': case 'F': case '%': {
      const s = fixedDigits(x, p < 0 ? 6 : p);
      return spec.alternate && !s.includes('.') ? s + '.' : s;
    }
    case 'e': case 'E': return expDigits(x, p < 0 ? 6 : p, t === 'E', spec.alternate);
    case 'g': case 'G': case 'n': return generalDigits(x, p < 0 ? 6 : p === 0 ? 1 : p, t === 'G', spec.alternate, false);
    default: {
      if (p < 0) {
        const r = floatRepr(x);
        const body = r.startsWith('-') ? r.slice(1) : r;
        // '#' keeps the point even when repr's exponent form has none ('1.e+22').
        return spec.alternate && !body.includes('.') ? body.replace(/e/, '.e') : body;
      }
      return generalDigits(x, p === 0 ? 1 : p, false, spec.alternate, true);
    }
  }
}

/** format(float, spec) with the spec parsed. */
export function formatFloatSpec(x: number, spec: FormatSpec): string {
  const t = spec.type;
  if (t && !'eEfFgGn%'.includes(t)) unknownCode(t, 'float');
  const value = t === '%' ? x * 100 : x;
  let negative = value < 0 || Object.is(value, -0);
  let body: string;
  if (!Number.isFinite(value)) {
    body = value !== value ? 'nan' : 'inf';
    negative = value === -Infinity;
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
  } else {
    body = floatBody(Math.abs(value), t, spec);
    if (negative && spec.noNegZero && /^[0.]*$/.test(body.replace(/e.*$/i, ''))) negative = false;
  }
  if (t === '%') body += '%';
  const dot = body.search(/[.eE%]/);
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const rest = dot < 0 ? '' : body.slice(dot);
  const grouped = /^\d+$/.test(intPart) ? spec : { ...spec, grouping: '' };
  return layout(signFor(negative, spec), '', intPart, rest, grouped, '>', 3);
}

/** format(str, spec) with the spec parsed. */
export function formatStrSpec(s: string, spec: FormatSpec): string {
  if (spec.type && spec.type !== 's') unknownCode(spec.type, 'str');
  if (spec.sign) raise(exc.ValueError!, 'Sign not allowed in string format specifier');
  if (spec.alternate) raise(exc.ValueError!, 'Alternate form (#) not allowed in string format specifier');
  if (spec.noNegZero) raise(exc.ValueError!, 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.align === '=') raise(exc.ValueError!, "'=' alignment not allowed in string format specifier");
  let text = s;
  if (spec.precision >= 0 && cpLength(text) > spec.precision) text = Array.from(text).slice(0, spec.precision).join('');
  if (spec.width < 0) return text;
  return padTo(text, spec.width, spec.align || '<', spec.fill);
}
