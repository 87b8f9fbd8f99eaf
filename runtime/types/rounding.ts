// round() for ints and floats: round-half-even, with and without ndigits, as CPython.
import { makeFloat, normInt } from '../core/values.js';
import { roundFloatTo } from './float-digits.js';
import { floatToInt } from './float-convert.js';
import { roundHalfEven } from './float-ops.js';
import { toBig, type Int } from './int-ops.js';

/** round(int, ndigits): unchanged for ndigits >= 0, else to a multiple of 10**-ndigits. */
export function roundInt(v: Int, ndigits: Int): Int {
  if (ndigits >= 0) return v;
  const x = toBig(v);
  const unit = 10n ** -toBig(ndigits);
  let q = x / unit;
  let r = x % unit;
  if (r < 0n) { r += unit; q -= 1n; }
  const twice = 2n * r;
  if (twice > unit || (twice === unit && (q & 1n) === 1n)) q += 1n;
  return normInt(q * unit);
}

/** round(x) for a float: the nearest int, ties to even. */
export function roundFloatToInt(x: number): Int {
  return floatToInt(Number.isFinite(x) ? roundHalfEven(x) : x);
}

/** round(x, ndigits) for a float: a float. */
export function roundFloatDigits(x: number, ndigits: Int): unknown {
  if (!Number.isFinite(x) || x === 0) return makeFloat(x);
  const n = typeof ndigits === 'bigint' ? (ndigits > 0n ? 400 : -400) : ndigits;
  const r = roundFloatTo(x, n);
  return makeFloat(r);
}
