// Case mapping and character classes of str: upper/lower/casefold/title/capitalize/swapcase
// and the is* predicates, on Unicode properties (JS regex) with Python's definitions.
import { isPrintable } from './str-repr.js';
import { isSpaceChar } from './str-split.js';

const CASED = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const TITLE = /\p{Lt}/u;
const ALPHA = /^\p{L}+$/u;
const DECIMAL = /^\p{Nd}+$/u;
// Numeric_Type=Digit characters beyond Nd (superscripts, circled and dingbat digits, ...).
const DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]/u;
// Han characters with a numeric value count as numeric in Python.
const NUMERIC_HAN = /[〇一二三四五六七八九十百千万億兆零壹貳參肆伍陸柒捌玖拾佰仟萬]/u;
const NUMERIC = /\p{N}/u;
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** Titlecase of one character: the digraphs have their own form; multi-letter uppercase forms
 *  (ß -> Ss) keep only the first letter upper. */
const TITLE_DIGRAPHS: Record<string, string> = {
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ',
};

function titleChar(ch: string): string {
  const d = TITLE_DIGRAPHS[ch];
  if (d !== undefined) return d;
  const u = ch.toUpperCase();
  if (u.length <= 2 && Array.from(u).length === 1) return u;
  const first = String.fromCodePoint(u.codePointAt(0)!);
  return first + u.slice(first.length).toLowerCase();
}

/** Lowercase of chars[i]; capital sigma becomes final sigma at the end of a word. */
function lowerInContext(chars: string[], i: number): string {
  const ch = chars[i]!;
  if (ch === 'Σ' && i > 0 && isCased(chars[i - 1]!) && !(i + 1 < chars.length && isCased(chars[i + 1]!))) return 'ς';
  return ch.toLowerCase();
}

export function isCased(ch: string): boolean {
  return CASED.test(ch);
}

export function strUpper(s: string): string {
  return s.toUpperCase();
}

export function strLower(s: string): string {
  return s.toLowerCase();
}

/** Full case folding: upper then lower per character covers ß, ﬁ, final sigma; the dotless
 *  i is the exception that stays. */
export function strCasefold(s: string): string {
  let out = '';
  for (const ch of s) out += ch === 'ı' ? ch : ch.toUpperCase().toLowerCase();
  return out;
}

export function strTitle(s: string): string {
  const chars = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += prevCased ? lowerInContext(chars, i) : titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}

export function strCapitalize(s: string): string {
  const chars = Array.from(s);
  if (chars.length === 0) return s;
  return titleChar(chars[0]!) + chars.slice(1).join('').toLowerCase();
}

export function strSwapcase(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (UPPER.test(ch)) {
      out += lowerInContext(chars, i);
    } else if (LOWER.test(ch)) {
      out += ch.toUpperCase();
    } else {
      out += ch;
    }
  }
  return out;
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

function every(s: string, test: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

const isDecimalChar = (ch: string): boolean => DECIMAL.test(ch);
const isDigitChar = (ch: string): boolean => DECIMAL.test(ch) || DIGIT_EXTRA.test(ch);
const isNumericChar = (ch: string): boolean => NUMERIC.test(ch) || NUMERIC_HAN.test(ch);
const isAlphaChar = (ch: string): boolean => ALPHA.test(ch);

export const strIsdecimal = (s: string): boolean => every(s, isDecimalChar);
export const strIsdigit = (s: string): boolean => every(s, isDigitChar);
export const strIsnumeric = (s: string): boolean => every(s, isNumericChar);
export const strIsalpha = (s: string): boolean => every(s, isAlphaChar);
export const strIsalnum = (s: string): boolean => every(s, (ch) => isAlphaChar(ch) || isNumericChar(ch));
export const strIsspace = (s: string): boolean => every(s, isSpaceChar);
export const strIsidentifier = (s: string): boolean => IDENTIFIER.test(s);
export const strIsprintable = (s: string): boolean => isPrintable(s);
export const strIsascii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
