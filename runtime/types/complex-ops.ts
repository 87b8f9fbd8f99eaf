// Complex arithmetic and repr on (re, im) pairs, with CPython's algorithms and error texts.
import { exc, raise } from '../core/exceptions.js';
import { PyComplex } from '../core/values.js';
import { floatRepr } from './float-digits.js';
import { accurateHypot } from './float-hypot.js';

export function complexAdd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re + b.re, a.im + b.im);
}

export function complexSub(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re - b.re, a.im - b.im);
}

export function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

/** Smith's algorithm, as CPython's _Py_c_quot. */
export function complexDiv(a: PyComplex, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.re), absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) raise(exc.ZeroDivisionError!, 'complex division by zero');
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return new PyComplex(NaN, NaN);
}

function powInt(a: PyComplex, n: number): PyComplex {
  let result = new PyComplex(1, 0);
  let base = a;
  let e = n;
  while (e > 0) {
    if (e & 1) result = complexMul(result, base);
    base = complexMul(base, base);
    e >>= 1;
  }
  return result;
}

export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  if (b.re === 0 && b.im === 0) return new PyComplex(1, 0);
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) raise(exc.ZeroDivisionError!, '0.0 to a negative or complex power');
    return new PyComplex(0, 0);
  }
  let r: PyComplex;
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    r = b.re > 0 ? powInt(a, b.re) : complexDiv(new PyComplex(1, 0), powInt(a, -b.re));
  } else {
    const vabs = accurateHypot([a.re, a.im]);
    let len = Math.pow(vabs, b.re);
    const at = Math.atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= Math.exp(at * b.im);
      phase += b.im * Math.log(vabs);
    }
    r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  }
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) {
    if (Number.isFinite(a.re) && Number.isFinite(a.im) && Number.isFinite(b.re) && Number.isFinite(b.im)) {
      raise(exc.OverflowError!, 'complex exponentiation');
    }
  }
  return r;
}

export function complexAbs(a: PyComplex): number {
  const r = accurateHypot([a.re, a.im]);
  if (!Number.isFinite(r) && Number.isFinite(a.re) && Number.isFinite(a.im)) raise(exc.OverflowError!, 'absolute value too large');
  return r;
}

/** A float part as complex's repr writes it: shortest digits, no forced ".0". */
function part(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function complexRepr(a: PyComplex): string {
  if (a.re === 0 && !Object.is(a.re, -0)) return part(a.im) + 'j';
  const im = part(a.im);
  const sign = im[0] === '-' ? '' : '+';
  return '(' + part(a.re) + sign + im + 'j)';
}
