// The str class: str(x), indexing and slicing by code point, and its methods (wired here from
// the str-* helper files).
import { registerBuiltin } from '../core/builtins-registry.js';
import { newStaticMethod } from '../core/descriptors.js';
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { attrKey } from '../core/namespace.js';
import { isInstanceExact, strType, typeChanged, typeOf, type PyType } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { eq, ge, gt, le, lt, ne } from '../ops/compare.js';
import { hash } from '../ops/hash.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { repr, str } from '../ops/repr.js';
import { format } from '../ops/format.js';
import { getitem, setitem } from '../ops/subscript.js';
import { repeatCount } from '../ops/sequence-ops.js';
import { bytesData, makeBytes } from './bytes-core.js';
import { decodeBytes, encodeText } from './codecs.js';
import { newDict, PyDict } from './dict.js';
import { pyIter } from './iter.js';
import { indexToInt } from './int.js';
import { PySlice } from './slice.js';
import { adjustSlice } from './slice-index.js';
import * as C from './str-case.js';
import { cpLength, hasSurrogates, padTo } from './str-codepoints.js';
import { strFormat, strFormatMap } from './str-format.js';
import { percentFormat } from './str-percent.js';
import { constructorArgs } from '../ops/constructor-args.js';
import * as S from './str-search.js';
import { strExpandtabs, strJoin, strRsplit, strSplit, strSplitlines, strStrip } from './str-split.js';

/** s[i] for an int index, counting code points. */
export function strCharAt(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    const j = i < 0 ? i + s.length : i;
    if (j < 0 || j >= s.length) raise(exc.IndexError!, 'string index out of range');
    return s[j]!;
  }
  const chars = Array.from(s);
  const j = i < 0 ? i + chars.length : i;
  if (j < 0 || j >= chars.length) raise(exc.IndexError!, 'string index out of range');
  return chars[j]!;
}

/** s[lo:hi:step] counting code points (nulls for omitted parts). */
export function strSlice(s: string, lo: unknown, hi: unknown, step: unknown): string {
  const surrogates = hasSurrogates(s);
  const chars: ArrayLike<string> = surrogates ? Array.from(s) : s;
  const r = adjustSlice(chars.length, lo, hi, step);
  if (r.step === 1) {
    if (!surrogates) return s.slice(r.start, r.start + r.count);
    return (chars as string[]).slice(r.start, r.start + r.count).join('');
  }
  let out = '';
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out += chars[j];
  return out;
}

export function strGetItem(s: string, k: unknown): string {
  if (typeof k === 'number' && Number.isSafeInteger(k)) return strCharAt(s, k);
  if (k instanceof PySlice) return strSlice(s, k.$start, k.$stop, k.$step);
  if (typeof k === 'boolean' || typeof k === 'bigint' || (k !== null && typeof k === 'object')) {
    const i = indexToIntOrNull(k);
    if (i !== null) {
      if (typeof i === 'bigint') raise(exc.IndexError!, "cannot fit 'int' into an index-sized integer");
      return strCharAt(s, i);
    }
  }
  raise(exc.TypeError!, `string indices must be integers, not '${typeOf(k).$name}'`);
}

function indexToIntOrNull(k: unknown): number | bigint | null {
  try {
    return indexToInt(k);
  } catch (e) {
    if (isInstanceExact(e, exc.TypeError!)) return null;
    throw e;
  }
}

function fillChar(fill: unknown): string {
  const f = fill === undefined || fill === null ? ' ' : S.mustBeStr(fill);
  if (cpLength(f) !== 1) raise(exc.TypeError!, 'The fill character must be exactly one character long');
  return f;
}

function widthOf(w: unknown): number {
  return Number(indexToInt(w));
}

export function strZfill(s: string, width: unknown): string {
  const w = widthOf(width);
  const n = cpLength(s);
  if (n >= w) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - n) + s.slice(sign.length);
}

/** str.center pads the extra character on the right when the padding is odd and the width
 *  even, on the left otherwise (CPython's rule). */
function strCenter(s: string, width: unknown, fill?: unknown): string {
  const f = fillChar(fill);
  const w = widthOf(width);
  const n = cpLength(s);
  if (n >= w) return s;
  const total = w - n;
  const left = (total >> 1) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}

function strTranslate(s: string, table: unknown): string {
  let out = '';
  for (const ch of s) {
    let v: unknown;
    try {
      v = getitem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (isInstanceExact(e, exc.LookupError!)) { out += ch; continue; }
      throw e;
    }
    if (v === null) continue;
    if (typeof v === 'string') out += v;
    else if (typeof v === 'number' && Number.isSafeInteger(v)) {
      if (v < 0 || v > 0x10ffff) raise(exc.ValueError!, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    } else raise(exc.TypeError!, 'character mapping must return integer, None or str');
  }
  return out;
}

function strMaketrans(x: unknown, y?: unknown, z?: unknown): PyDict {
  const d = newDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) raise(exc.TypeError!, 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of (x as PyDict).$entryIter()) {
      if (typeof k === 'string') {
        if (cpLength(k) !== 1) raise(exc.ValueError!, 'string keys in translate table must be of length 1');
        setitem(d, k.codePointAt(0)!, v);
      } else setitem(d, k, v);
    }
    return d;
  }
  const from = Array.from(S.mustBeStr(x)), to = Array.from(S.mustBeStr(y));
  if (from.length !== to.length) raise(exc.ValueError!, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < from.length; i++) setitem(d, from[i]!.codePointAt(0)!, to[i]!.codePointAt(0)!);
  if (z !== undefined) for (const ch of S.mustBeStr(z)) setitem(d, ch.codePointAt(0)!, null);
  return d;
}

function newStr(cls: PyType, obj?: unknown, encoding?: unknown, errors?: unknown): unknown {
  let value: string;
  if (obj === undefined) value = '';
  else if (encoding === undefined && errors === undefined) value = str(obj);
  else {
    const data = bytesData(obj);
    if (data === null) raise(exc.TypeError!, `decoding to str: need a bytes-like object, ${typeOf(obj).$name} found`);
    value = decodeBytes(data, (encoding ?? 'utf-8') as string, (errors ?? 'strict') as string);
  }
  if (cls === strType) return value;
  const inst = new cls.$ctor();
  inst.$v = value;
  return inst;
}

/** The str value of a str or of an instance of a str subclass (`$v`), else null. */
export function strValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  const inner = v !== null && typeof v === 'object' ? (v as { $v?: unknown }).$v : undefined;
  return typeof inner === 'string' ? inner : null;
}

const strOnly = (f: (a: string, b: string) => unknown) => (a: string, b: unknown) => {
  const other = strValue(b);
  return other === null ? NotImplemented : f(a, other);
};

type Method = (...args: any[]) => unknown;

/** Methods receive `self` as a JS string even when it is an instance of a str subclass. */
function withStrSelf(methods: Record<string, Method>): Record<string, Method> {
  const out: Record<string, Method> = {};
  for (const [sig, impl] of Object.entries(methods)) {
    out[sig] = sig.startsWith('__new__(') ? impl
      : (self: unknown, a?: unknown, b?: unknown, c?: unknown, d?: unknown) =>
        impl(typeof self === 'string' ? self : (self as { $v: string }).$v, a, b, c, d);
  }
  return out;
}

defineMethods(strType, withStrSelf({
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: unknown[], kwargs: PyDict) => {
    const [o, enc, err] = constructorArgs('str', ['object', 'encoding', 'errors'], 'takes', args, kwargs);
    return newStr(cls, o, enc, err);
  },
  '__len__(self, /)': (s: string) => cpLength(s),
  '__getitem__(self, key, /)': strGetItem,
  '__contains__(self, key, /)': (s: string, k: unknown) => s.includes(S.containsOperand(k)),
  '__iter__(self, /)': (s: string) => pyIter(Array.from(s)),
  '__add__(self, value, /)': strOnly((a, b) => a + b),
  '__mul__(self, value, /)': (s: string, n: unknown) => { const c = repeatCount(n); return c === null ? NotImplemented : s.repeat(Math.max(c, 0)); },
  '__rmul__(self, value, /)': (s: string, n: unknown) => { const c = repeatCount(n); return c === null ? NotImplemented : s.repeat(Math.max(c, 0)); },
  '__mod__(self, value, /)': (s: string, v: unknown) => percentFormat(s, v),
  '__rmod__(self, value, /)': () => NotImplemented,
  '__eq__(self, value, /)': strOnly((a, b) => eq(a, b)),
  '__ne__(self, value, /)': strOnly((a, b) => ne(a, b)),
  '__lt__(self, value, /)': strOnly((a, b) => lt(a, b)),
  '__le__(self, value, /)': strOnly((a, b) => le(a, b)),
  '__gt__(self, value, /)': strOnly((a, b) => gt(a, b)),
  '__ge__(self, value, /)': strOnly((a, b) => ge(a, b)),
  '__hash__(self, /)': (s: string) => hash(s),
  '__repr__(self, /)': (s: string) => repr(s),
  '__str__(self, /)': (s: string) => s,
  '__format__(self, format_spec, /)': (s: string, spec: unknown) => format(s, S.mustBeStr(spec)),
  '__getnewargs__(self, /)': (s: string) => { const t = new PyTuple(1); t[0] = s; return t; },
  'find(self, sub, start=None, end=None, /)': S.strFind,
  'rfind(self, sub, start=None, end=None, /)': S.strRfind,
  'index(self, sub, start=None, end=None, /)': S.strIndex,
  'rindex(self, sub, start=None, end=None, /)': S.strRindex,
  'count(self, sub, start=None, end=None, /)': S.strCount,
  'startswith(self, prefix, start=None, end=None, /)': S.strStartsWith,
  'endswith(self, suffix, start=None, end=None, /)': S.strEndsWith,
  'replace(self, old, new, count=-1, /)': S.strReplace,
  'partition(self, sep, /)': S.strPartition,
  'rpartition(self, sep, /)': S.strRpartition,
  'split(self, /, sep=None, maxsplit=-1)': strSplit,
  'rsplit(self, /, sep=None, maxsplit=-1)': strRsplit,
  'splitlines(self, /, keepends=False)': strSplitlines,
  'join(self, iterable, /)': strJoin,
  'strip(self, chars=None, /)': (s: string, c?: unknown) => strStrip(s, c, true, true),
  'lstrip(self, chars=None, /)': (s: string, c?: unknown) => strStrip(s, c, true, false),
  'rstrip(self, chars=None, /)': (s: string, c?: unknown) => strStrip(s, c, false, true),
  'expandtabs(self, /, tabsize=8)': strExpandtabs,
  'upper(self, /)': C.strUpper,
  'lower(self, /)': C.strLower,
  'casefold(self, /)': C.strCasefold,
  'title(self, /)': C.strTitle,
  'capitalize(self, /)': C.strCapitalize,
  'swapcase(self, /)': C.strSwapcase,
  'isupper(self, /)': C.strIsupper,
  'islower(self, /)': C.strIslower,
  'istitle(self, /)': C.strIstitle,
  'isdigit(self, /)': C.strIsdigit,
  'isdecimal(self, /)': C.strIsdecimal,
  'isnumeric(self, /)': C.strIsnumeric,
  'isalpha(self, /)': C.strIsalpha,
  'isalnum(self, /)': C.strIsalnum,
  'isspace(self, /)': C.strIsspace,
  'isidentifier(self, /)': C.strIsidentifier,
  'isprintable(self, /)': C.strIsprintable,
  'isascii(self, /)': C.strIsascii,
  'center(self, width, fillchar=None, /)': strCenter,
  'ljust(self, width, fillchar=None, /)': (s: string, w: unknown, f?: unknown) => padTo(s, widthOf(w), '<', fillChar(f)),
  'rjust(self, width, fillchar=None, /)': (s: string, w: unknown, f?: unknown) => padTo(s, widthOf(w), '>', fillChar(f)),
  'zfill(self, width, /)': strZfill,
  'removeprefix(self, prefix, /)': (s: string, p: unknown) => (s.startsWith(S.mustBeStr(p)) ? s.slice((p as string).length) : s),
  'removesuffix(self, suffix, /)': (s: string, p: unknown) => {
    const x = S.mustBeStr(p);
    return x !== '' && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  },
  'translate(self, table, /)': strTranslate,
  "encode(self, /, encoding='utf-8', errors='strict')": (s: string, e?: unknown, err?: unknown) =>
    makeBytes(encodeText(s, (e ?? 'utf-8') as string, (err ?? 'strict') as string)),
  'format(self, /, *args, **kwargs)': (s: string, args: unknown[], kwargs: unknown) => strFormat(s, args, kwargs),
  'format_map(self, mapping, /)': strFormatMap,
}));
strType.$dict[attrKey('maketrans')] = newStaticMethod(builtinFunction('maketrans(x, y=None, z=None, /)',
  (x: unknown, y?: unknown, z?: unknown) => strMaketrans(x, y === null ? undefined : y, z === null ? undefined : z), 'str.maketrans'));
typeChanged(strType);
registerBuiltin('str', strType);
