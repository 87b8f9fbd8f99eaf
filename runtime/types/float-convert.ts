// Conversions between text, floats and ints: float(str), int(str, base), int(float).
import { exc, raise } from '../core/exceptions.js';
import { normInt } from '../core/values.js';
import { strRepr } from './str-repr.js';
import type { Int } from './int-ops.js';

/** int(x) for a float: truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): Int {
  if (x !== x) raise(exc.ValueError!, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(exc.OverflowError!, 'cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** Unicode decimal digits (any script) become ASCII, as CPython accepts them in numbers. */
function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    // Decimal digits come in runs of ten starting at a code point whose value is 0.
    for (let zero = c; zero > c - 10; zero--) {
      if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return String((c - zero) % 10);
    }
    return String(c % 10);
  });
}

const FLOAT_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?)$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str, or ValueError "could not convert string to float: 's'". */
export function parseFloatText(s: string): number {
  const t = asciiDigits(s).trim();
  const special = SPECIAL.exec(t);
  if (special) {
    const neg = special[1] === '-';
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return neg ? -Infinity : Infinity;
  }
  if (!FLOAT_TEXT.test(t)) raise(exc.ValueError!, `could not convert string to float: ${strRepr(s)}`);
  return Number(t.replace(/_/g, ''));
}

const DIGIT_VALUE = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
};

function invalidLiteral(s: string, base: number): never {
  raise(exc.ValueError!, `invalid literal for int() with base ${base}: ${strRepr(s)}`);
}

/** int(s, base) for a str: sign, prefixes (0x 0o 0b, required to match for base 0), `_` between
 *  digits, surrounding whitespace. */
export function parseIntText(s: string, base: number): Int {
  if (base !== 0 && (base < 2 || base > 36)) raise(exc.ValueError!, 'int() base must be >= 2 and <= 36, or 0');
  let t = asciiDigits(s).trim();
  let negative = false;
  if (t[0] === '+' || t[0] === '-') { negative = t[0] === '-'; t = t.slice(1); }
  let b = base;
  const p = t.slice(0, 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  if (prefixBase && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    t = t.slice(2);
    if (t[0] === '_') t = t.slice(1);
  } else if (b === 0) {
    b = 10;
    // Base 0 forbids leading zeros in a non-zero decimal number (like Python source).
    if (/^0[0-9_]*$/.test(t) && /[1-9]/.test(t)) invalidLiteral(s, base);
  }
  if (t === '' || t[0] === '_' || t[t.length - 1] === '_' || t.includes('__')) invalidLiteral(s, base);
  const digits = t.replace(/_/g, '');
  for (let i = 0; i < digits.length; i++) {
    if (DIGIT_VALUE(digits.charCodeAt(i)) >= b) invalidLiteral(s, base);
  }
  let value: bigint | number;
  if (b === 10) {
    value = digits.length <= 15 ? Number(digits) : BigInt(digits);
  } else if (b === 16 || b === 8 || b === 2) {
    value = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits);
  } else {
    let acc = 0n;
    const big = BigInt(b);
    for (let i = 0; i < digits.length; i++) acc = acc * big + BigInt(DIGIT_VALUE(digits.charCodeAt(i)));
    value = acc;
  }
  if (typeof value === 'number') return negative ? (value === 0 ? 0 : -value) : value;
  return normInt(negative ? -value : value);
}
