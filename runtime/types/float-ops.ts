// Python float arithmetic on JS numbers where it differs from JS: %, //, divmod, ** and their errors.
import { exc, raise } from '../core/exceptions.js';
import { powPositive } from './float-pow.js';

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) raise(exc.ZeroDivisionError!, 'float division by zero');
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) raise(exc.ZeroDivisionError!, 'float modulo');
  let r = a % b;
  if (r !== 0) {
    if ((b < 0) !== (r < 0)) r += b;
  } else {
    r = b < 0 ? -0 : 0;
  }
  return r;
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raise(exc.ZeroDivisionError!, 'float floor division by zero');
  return floorDivCore(a, b);
}

/** CPython's float_floor_div / float_divmod quotient (b already non-zero). */
function floorDivCore(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && (b < 0) !== (mod < 0)) div -= 1;
  if (div === 0) return Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  let floored = Math.floor(div);
  if (div - floored > 0.5) floored += 1;
  return floored;
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raise(exc.ZeroDivisionError!, 'float divmod()');
  return [floorDivCore(a, b), floatMod(a, b)];
}

/** Result of float ** float: a number, or null when CPython would give a complex (negative
 *  base, non-integral exponent). */
export function floatPow(a: number, b: number): number | null {
  if (b === 0) return 1;
  if (a === 1) return 1;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0) {
    if (b < 0) raise(exc.ZeroDivisionError!, '0.0 cannot be raised to a negative power');
    return Number.isInteger(b) && b % 2 !== 0 ? a : 0;
  }
  if (!Number.isFinite(b)) {
    const m = Math.abs(a);
    if (m === 1) return 1;
    return (m > 1) === (b > 0) ? Infinity : 0;
  }
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(a)) return null;
  if (!Number.isFinite(a)) return Math.pow(a, b);
  const m = powPositive(Math.abs(a), b);
  if (m === null) raise(exc.OverflowError!, "(34, 'Numerical result out of range')");
  // A negative base has an integral exponent here: odd ones keep the sign.
  return a < 0 && Math.abs(b % 2) === 1 ? -m : m;
}

/** Round-half-even of a float to an integral float (Python's round(x) before int conversion). */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
