// Code-point views of JS strings: Python counts characters by code point, JS by UTF-16 unit.
// Strings without surrogates (the common case) take the UTF-16 fast path.

const SURROGATE = /[\ud800-\udfff]/;

// One-entry cache: loops index the same string over and over.
let lastString = '';
let lastHasSurrogates = false;

export function hasSurrogates(s: string): boolean {
  if (s === lastString) return lastHasSurrogates;
  const r = SURROGATE.test(s);
  lastString = s;
  lastHasSurrogates = r;
  return r;
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 offset of code point index `i` (0 <= i <= cpLength(s)). */
export function unitOffset(s: string, i: number): number {
  if (!hasSurrogates(s)) return i;
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c <= 0xdbff && off + 1 < s.length && (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}

/** Code point index of UTF-16 offset `off`. */
export function cpIndex(s: string, off: number): number {
  if (off <= 0 || !hasSurrogates(s)) return off;
  return cpLength(s.slice(0, off));
}

/** Pad `s` to `width` code points: align '<', '>' or '^' with `fill`. */
export function padTo(s: string, width: number, align: string, fill: string): string {
  const n = cpLength(s);
  if (n >= width) return s;
  const total = width - n;
  if (align === '<') return s + fill.repeat(total);
  if (align === '>') return fill.repeat(total) + s;
  const left = total >> 1;
  return fill.repeat(left) + s + fill.repeat(total - left);
}
