// Decoding backslash escapes in str and bytes literals as CPython does.
import { lookupUnicodeName } from './unicode-names.js';

/** An escape CPython rejects; `offset` is the index of the backslash in the decoded text. */
export class EscapeError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);

/**
 * Decodes the escapes of a non-raw literal body. For bytes, `\u`, `\U` and `\N` are not escapes
 * and the result holds one char per byte.
 */
export function decodeEscapes(text: string, bytes: boolean): string {
  let i = text.indexOf('\\');
  if (i < 0) return text;
  let out = text.slice(0, i);
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) {
      out += '\\';
      i++;
      continue;
    }
    if (e === '\r') {
      i += text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < text.length && j < i + 4 && text[j] >= '0' && text[j] <= '7') v = v * 8 + (text.charCodeAt(j++) - 48);
      out += String.fromCharCode(bytes ? v & 0xff : v);
      i = j;
      continue;
    }
    if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const width = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + width);
      if (digits.length < width || ![...digits].every(isHex)) {
        if (bytes) throw new EscapeError(`(value error) invalid \\x escape at position ${i}`, i);
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        let end = i + 2;
        while (end < text.length && end < i + 2 + width && isHex(text[end])) end++;
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${end - 1}: truncated ${name} escape`, i);
      }
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`, i);
      }
      out += String.fromCodePoint(v);
      i += 2 + width;
      continue;
    }
    if (e === 'N' && !bytes) {
      const close = text.indexOf('}', i + 3);
      const name = text[i + 2] === '{' && close > 0 ? text.slice(i + 3, close) : null;
      const cp = name === null ? undefined : lookupUnicodeName(name);
      if (cp === undefined) {
        const end = name === null ? i + 1 : close;
        const what = name === null ? 'malformed \\N character escape' : 'unknown Unicode character name';
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${end}: ${what}`, i);
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // Unknown escapes stay as written (CPython only warns).
    out += '\\';
    i++;
  }
  return out;
}
