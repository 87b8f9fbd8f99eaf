// str.encode / bytes.decode for the common codecs (utf-8, ascii, latin-1, utf-16, utf-32) with
// the error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace.
import { exc, raise } from '../core/exceptions.js';
import { strAscii } from './str-repr.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, Codec> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
  'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', l1: 'latin-1', latin: 'latin-1',
  'utf-16': 'utf-16', utf16: 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be',
  'utf-32': 'utf-32', utf32: 'utf-32', 'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le', 'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
};

function codecOf(encoding: string): Codec {
  const c = ALIASES[encoding.toLowerCase().replace(/_/g, '-').trim()];
  if (c === undefined) raise(exc.LookupError!, `unknown encoding: ${encoding}`);
  return c;
}

function encodeError(codec: string, ch: string, pos: number, reason: string): never {
  const t = exc.UnicodeEncodeError ?? exc.ValueError!;
  raise(t, `'${codec}' codec can't encode character ${strAscii(ch)} in position ${pos}: ${reason}`);
}

function decodeError(codec: string, byte: number, pos: number, reason: string): never {
  const t = exc.UnicodeDecodeError ?? exc.ValueError!;
  raise(t, `'${codec}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${pos}: ${reason}`);
}

function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** The replacement an error handler gives for an unencodable character, as text. */
function replacementText(errors: string, c: number, codecQuestionMark: boolean): string | null {
  switch (errors) {
    case 'ignore': return '';
    case 'replace': return codecQuestionMark ? '?' : '\ufffd';
    case 'backslashreplace':
      return c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    case 'xmlcharrefreplace': return `&#${c};`;
    default: return null;
  }
}

/** str.encode(encoding, errors). */
export function encodeText(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const codec = codecOf(encoding);
  const out: number[] = [];
  let pos = 0;
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(s, codec);
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (c < limit && !surrogate) {
      if (codec === 'utf-8') pushUtf8(out, c); else out.push(c);
    } else {
      const rep = replacementText(errors, c, true);
      if (rep === null) encodeError(codec, ch, pos, surrogate && codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`);
      for (let i = 0; i < rep.length; i++) out.push(rep.charCodeAt(i));
    }
    pos++;
  }
  return Uint8Array.from(out);
}

function encodeWide(s: string, codec: Codec): Uint8Array {
  const wide32 = codec.startsWith('utf-32');
  const big = codec.endsWith('-be');
  const units: number[] = [];
  if (codec === 'utf-16' || codec === 'utf-32') units.push(0xfeff);
  if (wide32) for (const ch of s) units.push(ch.codePointAt(0)!);
  else for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  const size = wide32 ? 4 : 2;
  const out = new Uint8Array(units.length * size);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => (wide32 ? view.setUint32(i * 4, u, !big) : view.setUint16(i * 2, u, !big)));
  return out;
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  const codec = codecOf(encoding);
  if (codec === 'latin-1') {
    let s = '';
    for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]!);
    return s;
  }
  if (codec === 'ascii') {
    let s = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      if (b < 0x80) s += String.fromCharCode(b);
      else if (errors === 'strict') decodeError('ascii', b, i, 'ordinal not in range(128)');
      else s += errors === 'ignore' ? '' : errors === 'replace' ? '\ufffd' : '\\x' + b.toString(16).padStart(2, '0');
    }
    return s;
  }
  if (codec === 'utf-8') return decodeUtf8(data, errors);
  return decodeWide(data, codec);
}

function decodeUtf8(data: Uint8Array, errors: string): string {
  let s = '';
  let i = 0;
  const n = data.length;
  const bad = (pos: number, reason: string, skip: number): void => {
    if (errors === 'strict') decodeError('utf-8', data[pos]!, pos, reason);
    if (errors === 'replace') s += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = 0; k < skip; k++) s += '\\x' + data[pos + k]!.toString(16).padStart(2, '0');
    i = pos + skip;
  };
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) { s += String.fromCharCode(b); i++; continue; }
    let need: number, min: number, c: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; c = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; c = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; c = b & 0x07; min = 0x10000; }
    else { bad(i, 'invalid start byte', 1); continue; }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) break;
      const cb = data[i + j]!;
      if ((cb & 0xc0) !== 0x80) break;
      c = (c << 6) | (cb & 0x3f);
      if (j === 1 && ((need === 2 && c < (min >> 6)) || (need === 3 && (c < 0x10 || c > 0x10f)) || (need === 2 && c >= 0x360 && c <= 0x37f))) break;
    }
    if (j <= need) {
      if (i + j >= n) bad(i, 'unexpected end of data', j);
      else bad(i, 'invalid continuation byte', j);
      continue;
    }
    s += String.fromCodePoint(c);
    i += need + 1;
  }
  return s;
}

function decodeWide(data: Uint8Array, codec: Codec): string {
  const wide32 = codec.startsWith('utf-32');
  const size = wide32 ? 4 : 2;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let little = !codec.endsWith('-be');
  let start = 0;
  if (codec === 'utf-16' || codec === 'utf-32') {
    const bom = data.length >= size ? (wide32 ? view.getUint32(0, true) : view.getUint16(0, true)) : 0;
    if (bom === 0xfeff) start = size;
    else if ((wide32 && bom === 0xfffe0000) || (!wide32 && bom === 0xfffe)) { start = size; little = false; }
  }
  let s = '';
  for (let i = start; i + size <= data.length; i += size) {
    const u = wide32 ? view.getUint32(i, little) : view.getUint16(i, little);
    s += wide32 ? String.fromCodePoint(u) : String.fromCharCode(u);
  }
  return s;
}
