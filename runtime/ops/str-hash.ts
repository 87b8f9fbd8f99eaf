// hash(str) as CPython 3.11 computes it with PYTHONHASHSEED=0: SipHash-1-3 with a zero key over
// the string's internal bytes (1, 2 or 4 bytes per character, little-endian). Matching it keeps
// the iteration order of sets of strings identical to CPython's. 64-bit words are (hi, lo) pairs
// of uint32 so that no BigInt is made per round.

// The state v0..v3 as hi/lo halves.
let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

/** x += y for the 64-bit pair in (h, l): returns the new low half; the high half is in `carryHi`. */
let carryHi = 0;
function add64(xh: number, xl: number, yh: number, yl: number): number {
  const l = (xl + yl) >>> 0;
  carryHi = (xh + yh + (l < xl ? 1 : 0)) >>> 0;
  return l;
}

let rotHi = 0;
/** Rotate (h, l) left by n (0 < n < 32): returns the low half; the high half is in `rotHi`. */
function rotl(h: number, l: number, n: number): number {
  rotHi = ((h << n) | (l >>> (32 - n))) >>> 0;
  return ((l << n) | (h >>> (32 - n))) >>> 0;
}

function sipRound(): void {
  v0l = add64(v0h, v0l, v1h, v1l); v0h = carryHi;
  v1l = rotl(v1h, v1l, 13); v1h = rotHi;
  v1h = (v1h ^ v0h) >>> 0; v1l = (v1l ^ v0l) >>> 0;
  [v0h, v0l] = [v0l, v0h];
  v2l = add64(v2h, v2l, v3h, v3l); v2h = carryHi;
  v3l = rotl(v3h, v3l, 16); v3h = rotHi;
  v3h = (v3h ^ v2h) >>> 0; v3l = (v3l ^ v2l) >>> 0;
  v0l = add64(v0h, v0l, v3h, v3l); v0h = carryHi;
  v3l = rotl(v3h, v3l, 21); v3h = rotHi;
  v3h = (v3h ^ v0h) >>> 0; v3l = (v3l ^ v0l) >>> 0;
  v2l = add64(v2h, v2l, v1h, v1l); v2h = carryHi;
  v1l = rotl(v1h, v1l, 17); v1h = rotHi;
  v1h = (v1h ^ v2h) >>> 0; v1l = (v1l ^ v2l) >>> 0;
  [v2h, v2l] = [v2l, v2h];
}

function absorb(mh: number, ml: number): void {
  v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
  sipRound();
  v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
}

/** The bytes CPython hashes for `s`: its code points at the narrowest width that holds them. */
function internalBytes(s: string): Uint8Array {
  let max = 0;
  const cps: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    cps.push(c);
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    for (let b = 0; b < width; b++) out[i * width + b] = (c >>> (8 * b)) & 0xff;
  }
  return out;
}

const word = (d: Uint8Array, i: number): number => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;

/** SipHash-1-3 with a zero key; the result as a signed 64-bit value in a bigint. */
function siphash13(data: Uint8Array): bigint {
  // "somepseudorandomlygeneratedbytes" xor a zero key.
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  const n = data.length;
  const full = n - (n % 8);
  for (let i = 0; i < full; i += 8) absorb(word(data, i + 4), word(data, i));
  // The last word: the remaining bytes, with the length in the top byte.
  const tail = new Uint8Array(8);
  tail.set(data.subarray(full));
  tail[7] = n & 0xff;
  absorb(word(tail, 4), word(tail, 0));
  v2l = (v2l ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const h = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const l = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return BigInt.asIntN(64, (BigInt(h) << 32n) | BigInt(l));
}

// Strings are often hashed again (set rebuilds, repeated keys): remember recent results.
const cache = new Map<string, number | bigint>();

/** hash(s) for a str, as a Python int. */
export function strHash(s: string): number | bigint {
  if (s.length === 0) return 0;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let h: bigint = siphash13(internalBytes(s));
  if (h === -1n) h = -2n;
  const r = h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  if (cache.size > 10000) cache.clear();
  cache.set(s, r);
  return r;
}
