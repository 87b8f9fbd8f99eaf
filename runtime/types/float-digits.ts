// Decimal text of floats: repr (shortest round-trip, CPython's layout) and correctly rounded
// fixed/exponent/general forms with round-half-even on the exact binary value.

/** repr(float) as CPython prints it. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Between 1e-4 and 1e16 JS writes the same shortest digits in the same fixed layout, except
  // that an integral value has no ".0".
  const m = x < 0 ? -x : x;
  if (m >= 1e-4 && m < 1e16) {
    const s = String(x);
    if (s.indexOf('.') >= 0) return s;
  }
  // toExponential() without an argument gives the shortest digits that round-trip.
  const s = x.toExponential();
  const ePos = s.indexOf('e');
  const negative = s.charCodeAt(0) === 45;
  const mantissa = s.slice(negative ? 1 : 0, ePos);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const exp = Number(s.slice(ePos + 1));
  const sign = negative ? '-' : '';
  // repr switches to exponent notation below 1e-4 and from 1e16.
  if (exp >= -4 && exp < 16) return sign + placePoint(digits, exp, true);
  const rest = digits.length > 1 ? '.' + digits.slice(1) : '';
  return sign + digits[0] + rest + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

/** Digits `d` (first digit at 10**exp) written in fixed notation; `forceFraction` adds ".0". */
function placePoint(d: string, exp: number, forceFraction: boolean): string {
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + d;
  if (d.length <= exp + 1) {
    const whole = d + '0'.repeat(exp + 1 - d.length);
    return forceFraction ? whole + '.0' : whole;
  }
  return d.slice(0, exp + 1) + '.' + d.slice(exp + 1);
}

/** The exact value of finite |x| as `digits * 10**pow10` (digits a bigint). */
export function exactDecimal(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else { mantissa |= 1n << 52n; e2 = biased - 1075; }
  if (e2 >= 0) return [mantissa << BigInt(e2), 0];
  return [mantissa * 5n ** BigInt(-e2), e2];
}

const TEN = 10n;

/** |x| rounded half-even to `places` decimals, as an integer count of 10**-places. */
function roundedScaled(x: number, places: number): bigint {
  const [d, p] = exactDecimal(x);
  const shift = p + places;
  if (shift >= 0) return d * TEN ** BigInt(shift);
  const div = TEN ** BigInt(-shift);
  let q = d / div;
  const twice = (d % div) * 2n;
  if (twice > div || (twice === div && (q & 1n) === 1n)) q += 1n;
  return q;
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Fixed notation of |x| with `places` decimals (no sign; x finite). */
export function fixedDigits(x: number, places: number): string {
  // toFixed is exact except on exact ties, which it rounds up where Python rounds to even. A tie
  // is exactly representable after scaling, so a scaled value that is not a half-integer rules
  // it out (below 2**52, where halves are representable).
  if (places <= 20 && x < 1e21) {
    const scaled = x * 10 ** places;
    if (scaled < 4503599627370496 && !(Number.isInteger(scaled * 2) && !Number.isInteger(scaled))) return x.toFixed(places);
  }
  const n = roundedScaled(x, places).toString();
  if (places === 0) return n;
  const padded = n.padStart(places + 1, '0');
  return padded.slice(0, -places) + '.' + padded.slice(-places);
}

/** |x| rounded to `sig` significant digits: [digits, decimal exponent of the first digit]. */
export function significantDigits(x: number, sig: number): [string, number] {
  if (x === 0) return ['0'.repeat(sig), 0];
  const [d, p] = exactDecimal(x);
  let exp = d.toString().length - 1 + p;
  let n = roundedScaled(x, sig - 1 - exp).toString();
  if (n.length > sig) { n = n.slice(0, sig); exp += 1; }
  return [n, exp];
}

/** Exponent notation of |x| with `places` digits after the point. */
export function expDigits(x: number, places: number, upper: boolean, alternate = false): string {
  const [d, exp] = significantDigits(x, places + 1);
  const point = places > 0 || alternate ? '.' : '';
  return d[0] + point + d.slice(1) + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

/** The 'g' presentation of |x| with precision `prec` (>= 1). `alternate` keeps trailing zeros;
 *  `reprStyle` is the no-type form: fixed notation keeps at least one fractional digit. */
export function generalDigits(x: number, prec: number, upper: boolean, alternate: boolean, reprStyle: boolean): string {
  const [d, exp] = significantDigits(x, prec);
  let out: string;
  // The no-type form keeps a digit after the point, so it switches to exponent one digit earlier.
  if (exp >= -4 && exp < (reprStyle ? prec - 1 : prec)) {
    out = placePoint(d, exp, false);
    if (!alternate && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
    if (reprStyle && !out.includes('.')) out += '.0';
    else if (alternate && !out.includes('.')) out += '.';
    return out;
  }
  let mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
  if (!alternate && mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
  else if (alternate && !mant.includes('.')) mant += '.';
  return mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

/** Python's float.__round__(ndigits) for finite x. */
export function roundFloatTo(x: number, ndigits: number): number {
  if (ndigits > 330) return x;
  if (ndigits < -330) return 0 * x;
  const neg = signOf(x);
  if (ndigits >= 0) {
    const n = roundedScaled(x, ndigits);
    const r = Number(n.toString() + 'e-' + ndigits);
    return neg ? -r : r;
  }
  const n = roundedScaled(x, ndigits);
  const r = Number(n.toString() + 'e' + -ndigits);
  return neg ? -r : r;
}

