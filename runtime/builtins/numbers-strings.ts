// Builtin functions over numbers and strings (abs, round, divmod, pow, hash, repr, ascii,
// format, chr, ord, bin, hex, oct), and the loading of the number, str and bytes classes.
import { registerBuiltin } from '../core/builtins-registry.js';
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { lookup, typeOf } from '../core/type.js';
import { PyComplex } from '../core/values.js';
import { binaryDunder, callSlot } from '../ops/dispatch.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { numDivmod, numKind, numPowMod } from '../ops/numeric.js';
import { pow } from '../ops/binary.js';
import { abs } from '../ops/unary.js';
import { hash } from '../ops/hash.js';
import { ascii, repr } from '../ops/repr.js';
import { format } from '../ops/format.js';
import { bytesData } from '../types/bytes-core.js';
import { indexToInt } from '../types/int.js';
import { cpLength } from '../types/str-codepoints.js';
import '../types/bool.js';
import '../types/float.js';
import '../types/complex.js';
import '../types/str.js';
import '../types/bytes.js';
import '../modules/math.js';

const DIVMOD = { name: '__divmod__', rname: '__rdivmod__', symbol: 'divmod()' };

function divmod(a: unknown, b: unknown): unknown {
  const r = numDivmod(a, b);
  if (r !== NotImplemented) return r;
  const d = binaryDunder(a, b, DIVMOD);
  if (d !== NotImplemented) return d;
  raise(exc.TypeError!, `unsupported operand type(s) for divmod(): '${typeOf(a).$name}' and '${typeOf(b).$name}'`);
}

function pow3(base: unknown, exp: unknown, mod?: unknown): unknown {
  if (mod === undefined || mod === null) return pow(base, exp);
  if (base instanceof PyComplex || exp instanceof PyComplex || mod instanceof PyComplex) raise(exc.ValueError!, 'complex modulo');
  // Builtin numbers: ints only (numPowMod raises CPython's TypeError for floats).
  if (numKind(base) !== 0 && numKind(exp) !== 0 && numKind(mod) !== 0) return numPowMod(base, exp, mod);
  const f = lookup(typeOf(base), '__pow__');
  if (f !== undefined && f !== null) {
    const r = callSlot(f, base, exp, mod);
    if (r !== NotImplemented) return r;
  }
  raise(exc.TypeError!, `unsupported operand type(s) for ** or pow(): '${typeOf(base).$name}', '${typeOf(exp).$name}', '${typeOf(mod).$name}'`);
}

function round(x: unknown, ndigits?: unknown): unknown {
  const f = lookup(typeOf(x), '__round__');
  if (f === undefined || f === null) raise(exc.TypeError!, `type ${typeOf(x).$name} doesn't define __round__ method`);
  return ndigits === undefined || ndigits === null ? callSlot(f, x) : callSlot(f, x, ndigits);
}

function chr(i: unknown): string {
  const n = indexToInt(i);
  if (n < 0 || n > 0x10ffff) raise(exc.ValueError!, 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function ord(c: unknown): number {
  if (typeof c === 'string') {
    const n = cpLength(c);
    if (n !== 1) raise(exc.TypeError!, `ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  const d = bytesData(c);
  if (d !== null) {
    if (d.length !== 1) raise(exc.TypeError!, `ord() expected a character, but string of length ${d.length} found`);
    return d[0]!;
  }
  raise(exc.TypeError!, `ord() expected string of length 1, but ${typeOf(c).$name} found`);
}

/** bin/oct/hex: the int (via __index__) in base 2, 8 or 16 with its prefix. */
function radixText(prefix: string, radix: number) {
  return (v: unknown): string => {
    const n = indexToInt(v);
    const negative = n < 0;
    const digits = (negative ? -BigInt(n) : BigInt(n)).toString(radix);
    return (negative ? '-' : '') + prefix + digits;
  };
}

function formatBuiltin(v: unknown, spec?: unknown): string {
  if (spec !== undefined && typeof spec !== 'string') raise(exc.TypeError!, `format() argument 2 must be str, not ${typeOf(spec).$name}`);
  return format(v, spec ?? '');
}

const functions: Record<string, (...args: any[]) => unknown> = {
  'abs(x, /)': abs,
  'round(number, ndigits=None)': round,
  'divmod(x, y, /)': divmod,
  'pow(base, exp, mod=None)': pow3,
  'hash(obj, /)': hash,
  'repr(obj, /)': repr,
  'ascii(obj, /)': ascii,
  "format(value, format_spec='', /)": formatBuiltin,
  'chr(i, /)': chr,
  'ord(c, /)': ord,
  'bin(number, /)': radixText('0b', 2),
  'oct(number, /)': radixText('0o', 8),
  'hex(number, /)': radixText('0x', 16),
};
for (const [sig, impl] of Object.entries(functions)) {
  const f = builtinFunction(sig, impl);
  registerBuiltin(f.$name, f);
}
