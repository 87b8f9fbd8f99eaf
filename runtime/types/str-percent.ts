// printf-style formatting: `fmt % args` for str, with every conversion and CPython's errors.
import { exc, raise } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { PyFloat, PyTuple } from '../core/values.js';
import { callSlot } from '../ops/dispatch.js';
import { ascii, repr, str } from '../ops/repr.js';
import { expDigits, fixedDigits, generalDigits } from './float-digits.js';
import { floatToInt } from './float-convert.js';
import { cpLength } from './str-codepoints.js';
import type { Int } from './int-ops.js';

/** One conversion's flags, width and precision. */
interface Conversion {
  left: boolean;
  zero: boolean;
  plus: boolean;
  space: boolean;
  alternate: boolean;
  width: number;
  precision: number;
}

/** Reads the argument list: one value, a tuple of values, or a mapping for %(name)s. */
class Args {
  private index = 0;
  constructor(private readonly items: unknown[], readonly mapping: unknown) {}
  next(): unknown {
    if (this.index >= this.items.length) raise(exc.TypeError!, 'not enough arguments for format string');
    return this.items[this.index++];
  }
  allUsed(): boolean {
    return this.index >= this.items.length;
  }
}

function isMapping(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  return lookup(typeOf(v), '__getitem__') !== undefined && typeof v !== 'string';
}

function pad(body: string, sign: string, c: Conversion): string {
  const len = sign.length + cpLength(body);
  if (c.width <= len) return sign + body;
  const fill = c.width - len;
  if (c.left) return sign + body + ' '.repeat(fill);
  if (c.zero) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + body;
}

function signOf(negative: boolean, c: Conversion): string {
  return negative ? '-' : c.plus ? '+' : c.space ? ' ' : '';
}

/** The int value of a %d/%x argument (floats truncate for d/i/u only). */
function intArg(v: unknown, conv: string): Int {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return v;
  const decimal = conv === 'd' || conv === 'i' || conv === 'u';
  if (decimal && (typeof v === 'number' || v instanceof PyFloat)) return floatToInt(typeof v === 'number' ? v : v.v);
  const f = v !== null && typeof v === 'object' ? lookup(typeOf(v), decimal ? '__int__' : '__index__') : undefined;
  if (f !== undefined && f !== null) return intArg(callSlot(f, v), conv);
  if (decimal) raise(exc.TypeError!, `%${conv} format: a real number is required, not ${typeOf(v).$name}`);
  raise(exc.TypeError!, `%${conv} format: an integer is required, not ${typeOf(v).$name}`);
}

function formatInt(v: unknown, conv: string, c: Conversion): string {
  const n = intArg(v, conv);
  const negative = n < 0;
  const magnitude = typeof n === 'bigint' ? (negative ? -n : n) : Math.abs(n);
  const radix = conv === 'x' || conv === 'X' ? 16 : conv === 'o' ? 8 : 10;
  let digits = magnitude.toString(radix);
  if (conv === 'X') digits = digits.toUpperCase();
  if (c.precision > digits.length) digits = '0'.repeat(c.precision - digits.length) + digits;
  let prefix = '';
  if (c.alternate && radix !== 10) prefix = conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X';
  return pad(digits, signOf(negative, c) + prefix, c);
}

function floatArg(v: unknown, conv: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.v;
  const f = v !== null && typeof v === 'object' ? lookup(typeOf(v), '__float__') : undefined;
  if (f !== undefined && f !== null) return floatArg(callSlot(f, v), conv);
  raise(exc.TypeError!, `must be real number, not ${typeOf(v).$name}`);
}

function formatFloat(v: unknown, conv: string, c: Conversion): string {
  const x = floatArg(v, conv);
  const negative = x < 0 || Object.is(x, -0);
  const p = c.precision < 0 ? 6 : c.precision;
  const m = Math.abs(x);
  let body: string;
  if (!Number.isFinite(x)) body = x !== x ? 'nan' : 'inf';
  else if (conv === 'f' || conv === 'F') body = fixedDigits(m, p) + (c.alternate && p === 0 ? '.' : '');
  else if (conv === 'e' || conv === 'E') body = expDigits(m, p, conv === 'E', c.alternate);
  else body = generalDigits(m, p === 0 ? 1 : p, conv === 'G', c.alternate, false);
  if (conv === 'F' || conv === 'E' || conv === 'G') body = body.toUpperCase();
  return pad(body, signOf(negative && x === x, c), c);
}

function formatChar(v: unknown, c: Conversion): string {
  let ch: string;
  if (typeof v === 'string') {
    if (cpLength(v) !== 1) raise(exc.TypeError!, '%c requires int or char');
    ch = v;
  } else if (typeof v === 'number' && Number.isSafeInteger(v) || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) raise(exc.OverflowError!, '%c arg not in range(0x110000)');
    ch = String.fromCodePoint(n);
  } else {
    raise(exc.TypeError!, '%c requires int or char');
  }
  return pad(ch, '', { ...c, zero: false });
}

function formatText(text: string, c: Conversion): string {
  const t = c.precision >= 0 && cpLength(text) > c.precision ? Array.from(text).slice(0, c.precision).join('') : text;
  return pad(t, '', { ...c, zero: false });
}

function starArg(args: Args): number {
  const v = args.next();
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  raise(exc.TypeError!, '* wants int');
}

function mappingItem(mapping: unknown, key: string): unknown {
  if (mapping === undefined) raise(exc.TypeError!, 'format requires a mapping');
  return callSlot(lookup(typeOf(mapping), '__getitem__'), mapping, key);
}

/** `fmt % values` for a str `fmt`. */
export function percentFormat(fmt: string, values: unknown): string {
  const tupleArgs = values instanceof PyTuple;
  const mapping = !tupleArgs && isMapping(values) ? values : undefined;
  const args = new Args(tupleArgs ? Array.from(values as unknown[]) : [values], mapping);
  let out = '';
  let i = 0;
  let usedMapping = false;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    let keyed: unknown = undefined;
    let hasKey = false;
    if (fmt[i] === '(') {
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; j++; }
      if (depth > 0) raise(exc.ValueError!, 'incomplete format key');
      keyed = mappingItem(mapping, fmt.slice(i + 1, j - 1));
      hasKey = true;
      usedMapping = true;
      i = j;
    }
    const c: Conversion = { left: false, zero: false, plus: false, space: false, alternate: false, width: -1, precision: -1 };
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === '-') c.left = true;
      else if (f === '0') c.zero = true;
      else if (f === '+') c.plus = true;
      else if (f === ' ') c.space = true;
      else if (f === '#') c.alternate = true;
      else break;
    }
    if (fmt[i] === '*') {
      c.width = starArg(args); i++;
      if (c.width < 0) { c.left = true; c.width = -c.width; }
    } else {
      let w = '';
      while (i < n && fmt[i]! >= '0' && fmt[i]! <= '9') w += fmt[i++];
      if (w) c.width = Number(w);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') { c.precision = starArg(args); i++; } else {
        let p = '';
        while (i < n && fmt[i]! >= '0' && fmt[i]! <= '9') p += fmt[i++];
        c.precision = p ? Number(p) : 0;
      }
    }
    while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L') i++;
    if (i >= n) raise(exc.ValueError!, 'incomplete format');
    const conv = fmt[i]!;
    i++;
    if (conv === '%') { out += '%'; continue; }
    const v = hasKey ? keyed : args.next();
    switch (conv) {
      case 's': out += formatText(str(v), c); break;
      case 'r': out += formatText(repr(v), c); break;
      case 'a': out += formatText(ascii(v), c); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': out += formatInt(v, conv, c); break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': out += formatFloat(v, conv, c); break;
      case 'c': out += formatChar(v, c); break;
      default: {
        const code = conv.codePointAt(0)!;
        raise(exc.ValueError!, `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${i - 1}`);
      }
    }
  }
  if (!usedMapping && mapping === undefined && !args.allUsed()) {
    raise(exc.TypeError!, 'not all arguments converted during string formatting');
  }
  return out;
}
