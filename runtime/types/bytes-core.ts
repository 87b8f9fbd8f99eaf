// bytes and bytearray values: a Uint8Array in `$b` (bytearray replaces it when it grows), the
// literal helper compiled code calls, and their repr.
import { newBuiltinType, objectType } from '../core/type.js';

const EMPTY = new Uint8Array(0);

/** An immutable bytes value. */
export class PyBytes {
  $b: Uint8Array = EMPTY;
}

/** A mutable bytearray. */
export class PyByteArray {
  $b: Uint8Array = EMPTY;
}

export const bytesType = newBuiltinType('bytes', objectType, 'builtins', PyBytes);
export const bytearrayType = newBuiltinType('bytearray', objectType, 'builtins', PyByteArray);

export function makeBytes(data: Uint8Array): PyBytes {
  const b = new PyBytes();
  b.$b = data;
  return b;
}

export function makeByteArray(data: Uint8Array): PyByteArray {
  const b = new PyByteArray();
  b.$b = data;
  return b;
}

/** A bytes literal: each char code (0..255) of `s` is one byte. */
export function bytesLiteral(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return makeBytes(out);
}

/** The bytes of a bytes-like value (bytes, bytearray), or null. */
export function bytesData(v: unknown): Uint8Array | null {
  return v instanceof PyBytes || v instanceof PyByteArray ? v.$b : null;
}

/** The repr of the bytes in `data`: b'...' with CPython's quote choice and escapes. */
export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 39) hasSingle = true;
    else if (data[i] === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 92) out += '\\\\';
    else if (c === quote.charCodeAt(0)) out += '\\' + quote;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
