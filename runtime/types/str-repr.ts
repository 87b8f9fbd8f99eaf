// repr() and ascii() of str: CPython's quote choice and escapes for non-printable characters.

// Python's non-printable characters: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE = /[\\'"\x00-\x1f\x7f-\uffff]/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** The escape of code point `c` by width: \xNN, \uNNNN or \UNNNNNNNN. */
function escapeCodePoint(c: number): string {
  if (c < 0x100) return '\\x' + hex(c, 2);
  if (c < 0x10000) return '\\u' + hex(c, 4);
  return '\\U' + hex(c, 8);
}

function quoteFor(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

function escapeBody(s: string, quote: string, asciiOnly: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += escapeCodePoint(c);
    else if (c < 0x7f) out += ch;
    else if (asciiOnly || NON_PRINTABLE.test(ch)) out += escapeCodePoint(c);
    else out += ch;
  }
  return out;
}

/** repr(s) for a str. */
export function strRepr(s: string): string {
  const q = quoteFor(s);
  if (!NEEDS_ESCAPE.test(s)) return q + s + q;
  return q + escapeBody(s, q, false) + q;
}

/** ascii(s) for a str. */
export function strAscii(s: string): string {
  const q = quoteFor(s);
  return q + escapeBody(s, q, true) + q;
}

/** Escape the non-ASCII characters of text that is already a repr (ascii() of other objects). */
export function asciiEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : escapeCodePoint(c);
  }
  return out;
}

/** Is every character printable (str.isprintable)? */
export function isPrintable(s: string): boolean {
  for (const ch of s) {
    if (ch !== ' ' && NON_PRINTABLE.test(ch)) return false;
  }
  return true;
}
