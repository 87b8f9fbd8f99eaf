// Splitting, joining and stripping str: split/rsplit/splitlines/join/strip family/expandtabs,
// with Python's whitespace and line-boundary sets.
import { exc, raise } from '../core/exceptions.js';
import { typeOf } from '../core/type.js';
import { asArray } from './iter.js';
import { indexToInt } from './int.js';

/** Python's whitespace (str.isspace), which differs from JS `\s`. */
const WHITESPACE_CLASS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS_CHAR = new RegExp(`^[${WHITESPACE_CLASS}]$`);
const TRAILING_WS = new RegExp(`[${WHITESPACE_CLASS}]+$`);

export function isSpaceChar(ch: string): boolean {
  return WS_CHAR.test(ch);
}

/** Is UTF-16 unit `c` Python whitespace? ASCII by table, the rest by the regex. */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return isSpaceChar(String.fromCharCode(c));
}

function sepArg(sep: unknown): string {
  if (typeof sep !== 'string') raise(exc.TypeError!, `must be str or None, not ${typeOf(sep).$name}`);
  return sep;
}

function maxSplit(v: unknown): number {
  if (v === undefined) return -1;
  return Number(indexToInt(v));
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (max >= 0 && out.length >= max) {
      out.push(s.slice(i));
      break;
    }
    const start = i;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

export function strSplit(s: string, sep?: unknown, maxsplit?: unknown): string[] {
  const max = maxSplit(maxsplit);
  if (sep === undefined || sep === null) return splitWhitespace(s, max);
  const p = sepArg(sep);
  if (p === '') raise(exc.ValueError!, 'empty separator');
  if (max < 0) return s.split(p);
  const out: string[] = [];
  let pos = 0;
  while (out.length < max) {
    const i = s.indexOf(p, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + p.length;
  }
  out.push(s.slice(pos));
  return out;
}

export function strRsplit(s: string, sep?: unknown, maxsplit?: unknown): string[] {
  const max = maxSplit(maxsplit);
  if (max < 0) return strSplit(s, sep, maxsplit);
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let rest = s.replace(TRAILING_WS, '');
    while (rest.length > 0) {
      if (out.length >= max) { out.push(rest); break; }
      let i = rest.length - 1;
      while (i >= 0 && !isSpaceChar(rest[i]!)) i--;
      if (i < 0) { out.push(rest); break; }
      out.push(rest.slice(i + 1));
      rest = rest.slice(0, i + 1).replace(TRAILING_WS, '');
    }
    return out.reverse();
  }
  const p = sepArg(sep);
  if (p === '') raise(exc.ValueError!, 'empty separator');
  const out: string[] = [];
  let end = s.length;
  while (out.length < max) {
    const i = s.lastIndexOf(p, end - p.length);
    if (i < 0 || end - p.length < 0) break;
    out.push(s.slice(i + p.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function strSplitlines(s: string, keepends?: unknown): string[] {
  const keep = keepends === true || (typeof keepends === 'number' && keepends !== 0);
  const out: string[] = [];
  let pos = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    out.push(s.slice(pos, keep ? m.index + m[0].length : m.index));
    pos = m.index + m[0].length;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

export function strJoin(sep: string, items: unknown): string {
  const a = asArray(items);
  for (let i = 0; i < a.length; i++) {
    if (typeof a[i] !== 'string') return joinSlow(sep, a);
  }
  return Array.prototype.join.call(a, sep);
}

/** join when some item is not a JS string: instances of str subclasses give their value. */
function joinSlow(sep: string, a: ArrayLike<unknown>): string {
  const parts: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    const s = typeof v === 'string' ? v : v !== null && typeof v === 'object' ? (v as { $v?: unknown }).$v : undefined;
    if (typeof s !== 'string') raise(exc.TypeError!, `sequence item ${i}: expected str instance, ${typeOf(v).$name} found`);
    parts.push(s);
  }
  return parts.join(sep);
}

function charSet(chars: unknown): Set<string> | null {
  if (chars === undefined || chars === null) return null;
  if (typeof chars !== 'string') raise(exc.TypeError!, 'strip arg must be None or str');
  return new Set(Array.from(chars));
}

export function strStrip(s: string, chars?: unknown, left = true, right = true): string {
  if (chars !== undefined && chars !== null && typeof chars !== 'string') raise(exc.TypeError!, 'strip arg must be None or str');
  if (chars === undefined || chars === null) {
    let a = 0, b = s.length;
    if (left) while (a < b && isSpaceUnit(s.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceUnit(s.charCodeAt(b - 1))) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  if (!/[\ud800-\udfff]/.test(chars as string)) {
    // Without surrogates in `chars`, no half of a pair in `s` can match: scan UTF-16 units.
    const set = chars as string;
    let a = 0, b = s.length;
    if (left) while (a < b && set.indexOf(s[a]!) >= 0) a++;
    if (right) while (b > a && set.indexOf(s[b - 1]!) >= 0) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  const cs = Array.from(s);
  let a = 0, b = cs.length;
  const set = charSet(chars)!;
  if (left) while (a < b && set.has(cs[a]!)) a++;
  if (right) while (b > a && set.has(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
}

export function strExpandtabs(s: string, tabsize?: unknown): string {
  const size = tabsize === undefined ? 8 : Number(indexToInt(tabsize));
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (size > 0) {
        const n = size - (col % size);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}
