// Splits an f-string body into literal runs and replacement fields (PEP 701 nesting), by code-point index.

/** A run of literal text, still escaped as written (`{{` and `}}` included). */
export interface FLiteral {
  readonly kind: 'literal';
  readonly start: number;
  readonly end: number;
}

/** One `{expression=!c:spec}` field. */
export interface FField {
  readonly kind: 'field';
  /** Index of `{` and just after `}`. */
  readonly start: number;
  readonly end: number;
  readonly exprStart: number;
  readonly exprEnd: number;
  /** End of the `x=` text a self-documenting field repeats, or -1. */
  readonly debugEnd: number;
  /** 's', 'r', 'a' as a code point, or -1. */
  readonly conversion: number;
  /** Index just after `!c`, for error positions. */
  readonly conversionEnd: number;
  /** The format spec's parts, or null without `:`. */
  readonly spec: FPart[] | null;
  readonly specStart: number;
}

export type FPart = FLiteral | FField;

/** A problem found while scanning; `at` is the code-point index CPython points to. */
export class FStringScanError extends Error {
  constructor(message: string, readonly at: number, readonly kind: 'unterminated' | 'other') {
    super(message);
  }
}

const BACKSLASH = 92, LBRACE = 123, RBRACE = 125, NL = 10, CR = 13;
const isQuote = (c: number): boolean => c === 39 || c === 34;
const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;

/** The result of scanning one f-string: its parts and the index just past its closing quote. */
export interface FStringScan {
  readonly parts: FPart[];
  readonly end: number;
}

/**
 * Scans an f-string whose body starts at `pos` (just after the opening quote). CPython tokenizes
 * the whole nested structure, so a quote inside a field opens a nested string even when it is the
 * same quote as the enclosing one.
 */
export function scanFString(cps: Uint32Array, pos: number, quote: number, triple: boolean, raw: boolean): FStringScan {
  const parts: FPart[] = [];
  const end = scanLiteralRuns(cps, pos, parts, { quote, triple, raw, inSpec: false });
  return { parts, end };
}

interface Mode {
  readonly quote: number;
  readonly triple: boolean;
  readonly raw: boolean;
  /** Scanning a format spec: a lone `}` ends it instead of being an error. */
  readonly inSpec: boolean;
}

function atClosingQuote(cps: Uint32Array, i: number, m: Mode): boolean {
  return cps[i] === m.quote && (!m.triple || (cps[i + 1] === m.quote && cps[i + 2] === m.quote));
}

/** Literal runs and fields until the closing quote (returns the index after it) or, in a spec, the `}`. */
function scanLiteralRuns(cps: Uint32Array, pos: number, parts: FPart[], m: Mode): number {
  let i = pos;
  let runStart = i;
  const n = cps.length;
  const flush = (to: number): void => {
    if (to > runStart) parts.push({ kind: 'literal', start: runStart, end: to });
  };
  for (;;) {
    if (i >= n) throw new FStringScanError('unterminated', pos, 'unterminated');
    const c = cps[i];
    if (!m.inSpec && atClosingQuote(cps, i, m)) {
      flush(i);
      return i + (m.triple ? 3 : 1);
    }
    if (m.inSpec && m.quote === c && atClosingQuote(cps, i, m)) {
      throw new FStringScanError("f-string: expecting '}'", i, 'other');
    }
    if (c === BACKSLASH) {
      const d = cps[i + 1];
      if (d === 78 /* N */ && cps[i + 2] === LBRACE && !m.raw) {
        // `\N{NAME}` names a character: its braces do not open a field.
        i += 3;
        while (i < n && cps[i] !== RBRACE && cps[i] !== m.quote) i++;
        if (cps[i] === RBRACE) i++;
        continue;
      }
      i += d === LBRACE || d === RBRACE ? 1 : d === CR && cps[i + 2] === NL ? 3 : 2;
      continue;
    }
    if ((c === NL || c === CR) && !m.triple) throw new FStringScanError('unterminated', pos, 'unterminated');
    if (c === LBRACE) {
      if (cps[i + 1] === LBRACE && !m.inSpec) {
        i += 2;
        continue;
      }
      flush(i);
      const field = scanField(cps, i, m);
      parts.push(field);
      i = field.end;
      runStart = i;
      continue;
    }
    if (c === RBRACE) {
      if (m.inSpec) {
        flush(i);
        return i;
      }
      if (cps[i + 1] === RBRACE) {
        i += 2;
        continue;
      }
      throw new FStringScanError("f-string: single '}' is not allowed", i, 'other');
    }
    i++;
  }
}

/** One replacement field starting at its `{`. */
function scanField(cps: Uint32Array, open: number, m: Mode): FField {
  const n = cps.length;
  const exprStart = open + 1;
  let i = exprStart;
  let depth = 0;
  let exprEnd = -1;
  let debugEnd = -1;
  for (;;) {
    if (i >= n) throw new FStringScanError('unterminated', open, 'unterminated');
    const c = cps[i];
    // PEP 701: a quote inside a field always opens a nested string, even the enclosing quote.
    if (isQuote(c)) {
      i = skipNestedStringInField(cps, i, '', m);
      continue;
    }
    if (isNameChar(c)) {
      const s = i;
      while (i < n && isNameChar(cps[i])) i++;
      if (i < n && isQuote(cps[i]) && i - s <= 2) {
        const prefix = String.fromCodePoint(...cps.subarray(s, i)).toLowerCase();
        if (/^(r|u|b|br|rb|f|fr|rf)$/.test(prefix)) i = skipNestedStringInField(cps, i, prefix, m);
      }
      continue;
    }
    if (c === 35 /* # */) {
      while (i < n && cps[i] !== NL && cps[i] !== CR) i++;
      continue;
    }
    if (c === 40 || c === 91 || c === LBRACE) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (c === RBRACE) {
      if (depth > 0) depth--;
      else {
        if (exprEnd < 0) exprEnd = i;
        return finishField(open, exprStart, exprEnd, debugEnd, -1, i, null, -1, i + 1);
      }
    } else if (depth === 0 && c === 61 /* = */ && exprEnd < 0) {
      const prev = cps[i - 1], next = cps[i + 1];
      if (next !== 61 && prev !== 61 && prev !== 33 && prev !== 60 && prev !== 62) {
        exprEnd = i;
        i++;
        while (i < n && (cps[i] === 32 || cps[i] === 9 || cps[i] === NL || cps[i] === CR)) i++;
        debugEnd = i;
        continue;
      }
    } else if (depth === 0 && c === 33 /* ! */ && cps[i + 1] !== 61) {
      if (exprEnd < 0) exprEnd = i;
      return scanConversion(cps, open, exprStart, exprEnd, debugEnd, i, m);
    } else if (depth === 0 && c === 58 /* : */) {
      if (exprEnd < 0) exprEnd = i;
      return scanSpec(cps, open, exprStart, exprEnd, debugEnd, -1, i, i, m);
    }
    i++;
  }
}

function scanConversion(cps: Uint32Array, open: number, exprStart: number, exprEnd: number,
  debugEnd: number, bang: number, m: Mode): FField {
  const conv = cps[bang + 1];
  if (conv === undefined || !isNameChar(conv)) {
    throw new FStringScanError("f-string: invalid conversion character: expected 's', 'r', or 'a'", bang + 1, 'other');
  }
  let i = bang + 1;
  while (i < cps.length && isNameChar(cps[i])) i++;
  if (i - bang - 1 !== 1 || (conv !== 115 && conv !== 114 && conv !== 97)) {
    throw new FStringScanError("f-string: invalid conversion character: expected 's', 'r', or 'a'", bang + 1, 'other');
  }
  if (cps[i] === RBRACE) return finishField(open, exprStart, exprEnd, debugEnd, conv, i, null, -1, i + 1);
  if (cps[i] === 58) return scanSpec(cps, open, exprStart, exprEnd, debugEnd, conv, i, i, m);
  throw new FStringScanError("f-string: expecting '}'", i, 'other');
}

function scanSpec(cps: Uint32Array, open: number, exprStart: number, exprEnd: number, debugEnd: number,
  conv: number, convEnd: number, colon: number, m: Mode): FField {
  const spec: FPart[] = [];
  const close = scanLiteralRuns(cps, colon + 1, spec, { ...m, inSpec: true });
  return finishField(open, exprStart, exprEnd, debugEnd, conv, convEnd, spec, colon + 1, close + 1);
}

function finishField(start: number, exprStart: number, exprEnd: number, debugEnd: number, conversion: number,
  conversionEnd: number, spec: FPart[] | null, specStart: number, end: number): FField {
  return { kind: 'field', start, end, exprStart, exprEnd, debugEnd, conversion, conversionEnd, spec, specStart };
}

/**
 * A nested string that reuses the enclosing quote and never closes is, as before PEP 701, the
 * end of the enclosing string with a field left open.
 */
function skipNestedStringInField(cps: Uint32Array, q: number, prefix: string, m: Mode): number {
  try {
    return skipNestedString(cps, q, prefix);
  } catch (e) {
    if (e instanceof FStringScanError && e.kind === 'unterminated' && cps[q] === m.quote) {
      throw new FStringScanError("f-string: expecting '}'", q, 'other');
    }
    throw e;
  }
}

/**
 * Where the string token ends as CPython 3.11 reads it (the first unescaped closing quote, with no
 * nesting): 3.11 reports f-string errors there. -1 if it never closes.
 */
export function legacyStringEnd(cps: Uint32Array, bodyStart: number, quote: number, triple: boolean): number {
  for (let i = bodyStart; i < cps.length; i++) {
    const c = cps[i];
    if (c === BACKSLASH) i++;
    else if (c === quote && (!triple || (cps[i + 1] === quote && cps[i + 2] === quote))) return i + (triple ? 3 : 1);
    else if ((c === NL || c === CR) && !triple) return -1;
  }
  return -1;
}

/** Skips a string literal nested in a field (`prefix` already consumed); returns the index after it. */
function skipNestedString(cps: Uint32Array, q: number, prefix: string): number {
  const quote = cps[q];
  const triple = cps[q + 1] === quote && cps[q + 2] === quote;
  const body = q + (triple ? 3 : 1);
  const raw = prefix.includes('r');
  if (prefix.includes('f')) return scanFString(cps, body, quote, triple, raw).end;
  let i = body;
  for (;;) {
    if (i >= cps.length) throw new FStringScanError('unterminated', q, 'unterminated');
    const c = cps[i];
    if (c === BACKSLASH) {
      i += 2;
      continue;
    }
    if (c === quote && (!triple || (cps[i + 1] === quote && cps[i + 2] === quote))) return i + (triple ? 3 : 1);
    if ((c === NL || c === CR) && !triple) throw new FStringScanError('unterminated', q, 'unterminated');
    i++;
  }
}
