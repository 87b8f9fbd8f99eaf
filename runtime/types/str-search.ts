// Searching in str: find/rfind/index/rindex/count/startswith/endswith/replace/partition, with
// Python's start/end arguments counted in code points.
import { exc, raise } from '../core/exceptions.js';
import { PyTuple, tupleOf } from '../core/values.js';
import { typeOf } from '../core/type.js';
import { cpIndex, cpLength, hasSurrogates, unitOffset } from './str-codepoints.js';
import { indexToInt } from './int.js';

/** Python's start/end bounds (None, negative, out of range) clamped like a slice, as UTF-16
 *  offsets into `s`; null when start is past the end (nothing can match, not even ''). */
export function searchRange(s: string, start: unknown, end: unknown): [number, number] | null {
  const n = cpLength(s);
  let a = start === undefined || start === null ? 0 : Number(indexToInt(start));
  let b = end === undefined || end === null ? n : Number(indexToInt(end));
  if (a < 0) { a += n; if (a < 0) a = 0; }
  if (b < 0) { b += n; if (b < 0) b = 0; } else if (b > n) b = n;
  if (a > n) return null;
  if (!hasSurrogates(s)) return [a, b];
  return [unitOffset(s, a), unitOffset(s, b)];
}

export function mustBeStr(v: unknown): string {
  if (typeof v !== 'string') raise(exc.TypeError!, `must be str, not ${typeOf(v).$name}`);
  return v;
}

/** The left operand of `x in s` for a str `s`. */
export function containsOperand(v: unknown): string {
  if (typeof v !== 'string') raise(exc.TypeError!, `'in <string>' requires string as left operand, not ${typeOf(v).$name}`);
  return v;
}

export function strFind(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = mustBeStr(sub);
  const r = searchRange(s, start, end);
  if (r === null || r[1] - r[0] < needle.length) return -1;
  const i = s.indexOf(needle, r[0]);
  if (i < 0 || i + needle.length > r[1]) return -1;
  return cpIndex(s, i);
}

export function strRfind(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = mustBeStr(sub);
  const r = searchRange(s, start, end);
  if (r === null || r[1] - r[0] < needle.length) return -1;
  const i = s.lastIndexOf(needle, r[1] - needle.length);
  if (i < r[0]) return -1;
  return cpIndex(s, i);
}

export function strIndex(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) raise(exc.ValueError!, 'substring not found');
  return i;
}

export function strRindex(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) raise(exc.ValueError!, 'substring not found');
  return i;
}

export function strCount(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = mustBeStr(sub);
  const r = searchRange(s, start, end);
  if (r === null) return 0;
  const [a, b] = r;
  if (needle.length === 0) return cpLength(s.slice(a, b)) + 1;
  let n = 0;
  for (let i = s.indexOf(needle, a); i >= 0 && i + needle.length <= b; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

function affixes(method: string, prefix: unknown): string[] {
  if (typeof prefix === 'string') return [prefix];
  if (prefix instanceof PyTuple) {
    return Array.from(prefix, (p) => {
      if (typeof p !== 'string') raise(exc.TypeError!, `tuple for ${method} must only contain str, not ${typeOf(p).$name}`);
      return p;
    });
  }
  raise(exc.TypeError!, `${method} first arg must be str or a tuple of str, not ${typeOf(prefix).$name}`);
}

export function strStartsWith(s: string, prefix: unknown, start?: unknown, end?: unknown): boolean {
  const r = searchRange(s, start, end);
  const options = affixes('startswith', prefix);
  if (r === null) return false;
  return options.some((p) => r[1] - r[0] >= p.length && s.startsWith(p, r[0]));
}

export function strEndsWith(s: string, suffix: unknown, start?: unknown, end?: unknown): boolean {
  const r = searchRange(s, start, end);
  const options = affixes('endswith', suffix);
  if (r === null) return false;
  return options.some((p) => r[1] - r[0] >= p.length && s.endsWith(p, r[1]));
}

export function strReplace(s: string, old: unknown, rep: unknown, count?: unknown): string {
  const from = mustBeStr(old), to = mustBeStr(rep);
  let max = count === undefined || count === null ? -1 : Number(indexToInt(count));
  if (max < 0) max = Infinity;
  if (max === Infinity) {
    if (from.length > 0) return s.split(from).join(to);
  }
  if (from.length === 0) {
    const chars = Array.from(s);
    let out = '';
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (done < max) { out += to; done++; }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = '';
  let pos = 0;
  for (let done = 0; done < max; done++) {
    const i = s.indexOf(from, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + to;
    pos = i + from.length;
  }
  return out + s.slice(pos);
}

function emptySeparator(): never {
  raise(exc.ValueError!, 'empty separator');
}

export function strPartition(s: string, sep: unknown): PyTuple {
  const p = mustBeStr(sep);
  if (p === '') emptySeparator();
  const i = s.indexOf(p);
  if (i < 0) return tupleOf(s, '', '');
  return tupleOf(s.slice(0, i), p, s.slice(i + p.length));
}

export function strRpartition(s: string, sep: unknown): PyTuple {
  const p = mustBeStr(sep);
  if (p === '') emptySeparator();
  const i = s.lastIndexOf(p);
  if (i < 0) return tupleOf('', '', s);
  return tupleOf(s.slice(0, i), p, s.slice(i + p.length));
}
