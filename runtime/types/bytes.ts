// The bytes and bytearray classes: constructors and methods. Text-like methods work on the
// latin-1 view of the bytes (one char per byte) and reuse the str algorithms.
import { registerBuiltin } from '../core/builtins-registry.js';
import { newClassMethod } from '../core/descriptors.js';
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { attrKey } from '../core/namespace.js';
import { typeChanged, typeOf, type PyType } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { repeatCount } from '../ops/sequence-ops.js';
import { hash } from '../ops/hash.js';
import { strCompare } from '../ops/compare.js';
import { bytearrayType, bytesData, bytesRepr, bytesType, makeByteArray, makeBytes, PyByteArray, PyBytes } from './bytes-core.js';
import { decodeBytes, encodeText } from './codecs.js';
import { indexToInt } from './int.js';
import { pyIter, toArray } from './iter.js';
import { PySlice } from './slice.js';
import { adjustSlice } from './slice-index.js';
import * as S from './str-search.js';
import { strSplit, strRsplit, strStrip } from './str-split.js';
import { percentFormat } from './str-percent.js';
import { constructorArgs } from '../ops/constructor-args.js';

type KwargsOf = Parameters<typeof constructorArgs>[4];

type Bytesish = PyBytes | PyByteArray;

function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A result of the same kind as `self` (bytes or bytearray). */
function like(self: Bytesish, data: Uint8Array): Bytesish {
  return self instanceof PyByteArray ? makeByteArray(data) : makeBytes(data);
}

function needBytes(v: unknown): Uint8Array {
  const d = bytesData(v);
  if (d === null) raise(exc.TypeError!, `a bytes-like object is required, not '${typeOf(v).$name}'`);
  return d;
}

/** An argument that may be bytes or (for find/count/in) an int byte value, as latin-1 text. */
function needleText(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(indexToInt(v));
    if (n < 0 || n > 255) raise(exc.ValueError!, 'byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  return latin1(needBytes(v));
}

function affixText(v: unknown): unknown {
  if (v instanceof PyTuple) return tupleFrom(Array.from(v, (x) => latin1(needBytes(x))));
  return latin1(needBytes(v));
}

/** Bytes from the argument of bytes()/bytearray(): an int size, bytes-like, or ints iterable. */
function dataFrom(source: unknown, encoding?: unknown, errors?: unknown): Uint8Array {
  if (typeof source === 'string') {
    if (encoding === undefined || encoding === null) raise(exc.TypeError!, 'string argument without an encoding');
    return encodeText(source, encoding as string, (errors ?? 'strict') as string);
  }
  if (encoding !== undefined && encoding !== null) raise(exc.TypeError!, 'encoding without a string argument');
  if (source === undefined) return new Uint8Array(0);
  if (typeof source === 'number' || typeof source === 'boolean' || typeof source === 'bigint') {
    const n = Number(indexToInt(source));
    if (n < 0) raise(exc.ValueError!, 'negative count');
    return new Uint8Array(n);
  }
  const d = bytesData(source);
  if (d !== null) return d.slice();
  if (source === null) raise(exc.TypeError!, "cannot convert 'NoneType' object to bytes");
  const items = toArray(source);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const b = Number(indexToInt(items[i]));
    if (b < 0 || b > 255) raise(exc.ValueError!, 'bytes must be in range(0, 256)');
    out[i] = b;
  }
  return out;
}

function getItem(self: Bytesish, k: unknown): unknown {
  const d = self.$b;
  if (k instanceof PySlice) {
    const r = adjustSlice(d.length, k.$start, k.$stop, k.$step);
    const out = new Uint8Array(r.count);
    for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = d[j]!;
    return like(self, out);
  }
  const i = Number(indexToInt(k));
  const j = i < 0 ? i + d.length : i;
  if (j < 0 || j >= d.length) raise(exc.IndexError!, `${self instanceof PyByteArray ? 'bytearray' : 'index'} index out of range`);
  return d[j];
}

function byteValue(v: unknown): number {
  const b = Number(indexToInt(v));
  if (b < 0 || b > 255) raise(exc.ValueError!, 'byte must be in range(0, 256)');
  return b;
}

/** `ba[lo:hi:step] = value` (deletion is assignment of b''), with list-like size rules. */
function setSlice(s: PyByteArray, k: PySlice, value: unknown): void {
  const data = dataFrom(value);
  const r = adjustSlice(s.$b.length, k.$start, k.$stop, k.$step);
  if (r.step === 1) {
    const stop = Math.max(r.start, r.stop);
    s.$b = Uint8Array.from([...s.$b.subarray(0, r.start), ...data, ...s.$b.subarray(stop)]);
    return;
  }
  if (data.length === 0 && r.count > 0) {
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
    s.$b = Uint8Array.from([...s.$b].filter((_, i) => !drop.has(i)));
    return;
  }
  if (data.length !== r.count) {
    raise(exc.ValueError!, `attempt to assign bytes of size ${data.length} to extended slice of size ${r.count}`);
  }
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) s.$b[j] = data[i]!;
}

function hexOf(d: Uint8Array, sep?: unknown): string {
  const parts = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  return sep === undefined || sep === null ? parts.join('') : parts.join(typeof sep === 'string' ? sep : latin1(needBytes(sep)));
}

function fromHex(s: unknown): Uint8Array {
  if (typeof s !== 'string') raise(exc.TypeError!, `fromhex() argument must be str, not ${typeOf(s).$name}`);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ') { i++; continue; }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) raise(exc.ValueError!, `non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

const text = (self: Bytesish): string => latin1(self.$b);
const wrap = (self: Bytesish, s: string): Bytesish => like(self, fromLatin1(s));

function compare(a: Bytesish, b: unknown, test: (c: number) => boolean): unknown {
  const d = bytesData(b);
  return d === null ? NotImplemented : test(strCompare(latin1(a.$b), latin1(d)));
}

const sharedMethods: Record<string, (...args: any[]) => unknown> = {
  '__len__(self, /)': (s: Bytesish) => s.$b.length,
  '__getitem__(self, key, /)': getItem,
  '__iter__(self, /)': (s: Bytesish) => pyIter(Array.from(s.$b)),
  '__contains__(self, key, /)': (s: Bytesish, k: unknown) => text(s).includes(needleText(k)),
  '__add__(self, value, /)': (s: Bytesish, o: unknown) => {
    const d = bytesData(o);
    if (d === null) return NotImplemented;
    const out = new Uint8Array(s.$b.length + d.length);
    out.set(s.$b);
    out.set(d, s.$b.length);
    return like(s, out);
  },
  '__mul__(self, value, /)': (s: Bytesish, n: unknown) => {
    const c = repeatCount(n);
    return c === null ? NotImplemented : wrap(s, text(s).repeat(Math.max(c, 0)));
  },
  '__rmul__(self, value, /)': (s: Bytesish, n: unknown) => {
    const c = repeatCount(n);
    return c === null ? NotImplemented : wrap(s, text(s).repeat(Math.max(c, 0)));
  },
  '__mod__(self, value, /)': (s: Bytesish, v: unknown) => wrap(s, percentFormat(text(s), v)),
  '__eq__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c === 0),
  '__ne__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c !== 0),
  '__lt__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c < 0),
  '__le__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c <= 0),
  '__gt__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c > 0),
  '__ge__(self, value, /)': (a: Bytesish, b: unknown) => compare(a, b, (c) => c >= 0),
  "decode(self, /, encoding='utf-8', errors='strict')": (s: Bytesish, e?: unknown, err?: unknown) =>
    decodeBytes(s.$b, (e ?? 'utf-8') as string, (err ?? 'strict') as string),
  'hex(self, /, sep=None)': (s: Bytesish, sep?: unknown) => hexOf(s.$b, sep),
  'find(self, sub, start=None, end=None, /)': (s: Bytesish, sub: unknown, a?: unknown, b?: unknown) => S.strFind(text(s), needleText(sub), a, b),
  'rfind(self, sub, start=None, end=None, /)': (s: Bytesish, sub: unknown, a?: unknown, b?: unknown) => S.strRfind(text(s), needleText(sub), a, b),
  'index(self, sub, start=None, end=None, /)': (s: Bytesish, sub: unknown, a?: unknown, b?: unknown) => S.strIndex(text(s), needleText(sub), a, b),
  'count(self, sub, start=None, end=None, /)': (s: Bytesish, sub: unknown, a?: unknown, b?: unknown) => S.strCount(text(s), needleText(sub), a, b),
  'startswith(self, prefix, start=None, end=None, /)': (s: Bytesish, p: unknown, a?: unknown, b?: unknown) => S.strStartsWith(text(s), affixText(p), a, b),
  'endswith(self, suffix, start=None, end=None, /)': (s: Bytesish, p: unknown, a?: unknown, b?: unknown) => S.strEndsWith(text(s), affixText(p), a, b),
  'replace(self, old, new, count=-1, /)': (s: Bytesish, o: unknown, n: unknown, c?: unknown) =>
    wrap(s, S.strReplace(text(s), latin1(needBytes(o)), latin1(needBytes(n)), c)),
  'split(self, /, sep=None, maxsplit=-1)': (s: Bytesish, sep?: unknown, m?: unknown) =>
    strSplit(text(s), sep === undefined || sep === null ? sep : latin1(needBytes(sep)), m).map((p) => wrap(s, p)),
  'rsplit(self, /, sep=None, maxsplit=-1)': (s: Bytesish, sep?: unknown, m?: unknown) =>
    strRsplit(text(s), sep === undefined || sep === null ? sep : latin1(needBytes(sep)), m).map((p) => wrap(s, p)),
  'strip(self, bytes=None, /)': (s: Bytesish, c?: unknown) => wrap(s, strStrip(text(s), c == null ? c : latin1(needBytes(c)), true, true)),
  'lstrip(self, bytes=None, /)': (s: Bytesish, c?: unknown) => wrap(s, strStrip(text(s), c == null ? c : latin1(needBytes(c)), true, false)),
  'rstrip(self, bytes=None, /)': (s: Bytesish, c?: unknown) => wrap(s, strStrip(text(s), c == null ? c : latin1(needBytes(c)), false, true)),
  'join(self, iterable_of_bytes, /)': (s: Bytesish, items: unknown) => {
    const parts = toArray(items).map((x, i) => {
      const d = bytesData(x);
      if (d === null) raise(exc.TypeError!, `sequence item ${i}: expected a bytes-like object, ${typeOf(x).$name} found`);
      return latin1(d);
    });
    return wrap(s, parts.join(text(s)));
  },
  'upper(self, /)': (s: Bytesish) => wrap(s, text(s).replace(/[a-z]+/g, (m) => m.toUpperCase())),
  'lower(self, /)': (s: Bytesish) => wrap(s, text(s).replace(/[A-Z]+/g, (m) => m.toLowerCase())),
  'isdigit(self, /)': (s: Bytesish) => /^[0-9]+$/.test(text(s)),
  'isalpha(self, /)': (s: Bytesish) => /^[a-zA-Z]+$/.test(text(s)),
  'isalnum(self, /)': (s: Bytesish) => /^[a-zA-Z0-9]+$/.test(text(s)),
  'isspace(self, /)': (s: Bytesish) => /^[ \t\n\r\x0b\x0c]+$/.test(text(s)),
  'isupper(self, /)': (s: Bytesish) => /[A-Z]/.test(text(s)) && !/[a-z]/.test(text(s)),
  'islower(self, /)': (s: Bytesish) => /[a-z]/.test(text(s)) && !/[A-Z]/.test(text(s)),
};

function newBytes(cls: PyType, source?: unknown, encoding?: unknown, errors?: unknown): unknown {
  const data = dataFrom(source, encoding, errors);
  if (cls === bytesType) return makeBytes(data);
  const inst = new cls.$ctor() as PyBytes;
  inst.$b = data;
  return inst;
}

defineMethods(bytesType, {
  ...sharedMethods,
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: unknown[], kwargs: KwargsOf) => {
    const [source, enc, err] = constructorArgs('bytes', ['source', 'encoding', 'errors'], 'takes', args, kwargs);
    return newBytes(cls, source, enc, err);
  },
  '__hash__(self, /)': (s: PyBytes) => hash(latin1(s.$b)),
  '__repr__(self, /)': (s: PyBytes) => bytesRepr(s.$b),
  '__str__(self, /)': (s: PyBytes) => bytesRepr(s.$b),
});

defineMethods(bytearrayType, {
  ...sharedMethods,
  '__new__(cls, *args, **kwargs)': (cls: PyType) => new cls.$ctor(),
  '__init__(self, source=None, encoding=None, errors=None)': (self: PyByteArray, source?: unknown, enc?: unknown, err?: unknown) => {
    self.$b = dataFrom(source, enc, err);
    return null;
  },
  '__repr__(self, /)': (s: PyByteArray) => `${typeOf(s).$name}(${bytesRepr(s.$b)})`,
  '__str__(self, /)': (s: PyByteArray) => `${typeOf(s).$name}(${bytesRepr(s.$b)})`,
  '__setitem__(self, key, value, /)': (s: PyByteArray, k: unknown, v: unknown) => {
    if (k instanceof PySlice) {
      setSlice(s, k, v);
      return null;
    }
    const i = Number(indexToInt(k));
    const j = i < 0 ? i + s.$b.length : i;
    if (j < 0 || j >= s.$b.length) raise(exc.IndexError!, 'bytearray index out of range');
    const b = Number(indexToInt(v));
    if (b < 0 || b > 255) raise(exc.ValueError!, 'byte must be in range(0, 256)');
    s.$b[j] = b;
    return null;
  },
  '__delitem__(self, key, /)': (s: PyByteArray, k: unknown) => {
    if (k instanceof PySlice) setSlice(s, k, makeBytes(new Uint8Array(0)));
    else {
      const i = Number(indexToInt(k));
      const j = i < 0 ? i + s.$b.length : i;
      if (j < 0 || j >= s.$b.length) raise(exc.IndexError!, 'bytearray index out of range');
      s.$b = Uint8Array.from([...s.$b.subarray(0, j), ...s.$b.subarray(j + 1)]);
    }
    return null;
  },
  'pop(self, index=-1, /)': (s: PyByteArray, index?: unknown) => {
    if (s.$b.length === 0) raise(exc.IndexError!, 'pop from empty bytearray');
    const i = index === undefined ? -1 : Number(indexToInt(index));
    const j = i < 0 ? i + s.$b.length : i;
    if (j < 0 || j >= s.$b.length) raise(exc.IndexError!, 'pop index out of range');
    const v = s.$b[j]!;
    s.$b = Uint8Array.from([...s.$b.subarray(0, j), ...s.$b.subarray(j + 1)]);
    return v;
  },
  'insert(self, index, item, /)': (s: PyByteArray, index: unknown, v: unknown) => {
    const n = s.$b.length;
    let i = Number(indexToInt(index));
    if (i < 0) i = Math.max(0, i + n); else if (i > n) i = n;
    s.$b = Uint8Array.from([...s.$b.subarray(0, i), byteValue(v), ...s.$b.subarray(i)]);
    return null;
  },
  'reverse(self, /)': (s: PyByteArray) => { s.$b.reverse(); return null; },
  'clear(self, /)': (s: PyByteArray) => { s.$b = new Uint8Array(0); return null; },
  'copy(self, /)': (s: PyByteArray) => makeByteArray(s.$b.slice()),
  'append(self, item, /)': (s: PyByteArray, v: unknown) => {
    const b = Number(indexToInt(v));
    if (b < 0 || b > 255) raise(exc.ValueError!, 'byte must be in range(0, 256)');
    const out = new Uint8Array(s.$b.length + 1);
    out.set(s.$b);
    out[s.$b.length] = b;
    s.$b = out;
    return null;
  },
  'extend(self, iterable_of_ints, /)': (s: PyByteArray, items: unknown) => {
    const more = dataFrom(items);
    const out = new Uint8Array(s.$b.length + more.length);
    out.set(s.$b);
    out.set(more, s.$b.length);
    s.$b = out;
    return null;
  },
});
bytearrayType.$dict.__hash__ = null;
for (const t of [bytesType, bytearrayType]) {
  t.$dict[attrKey('fromhex')] = newClassMethod(builtinFunction('fromhex(cls, string, /)',
    (cls: PyType, s: unknown) => (cls === bytearrayType ? makeByteArray(fromHex(s)) : makeBytes(fromHex(s))), `${t.$name}.fromhex`));
  typeChanged(t);
  registerBuiltin(t.$name, t);
}
