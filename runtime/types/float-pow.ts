// x ** y for floats, rounded like CPython's libm pow (correctly rounded in practice): exp(y·log x)
// evaluated in double-double arithmetic (about 100 bits) and rounded once. JS's Math.pow is off
// by an ulp for several percent of inputs.
import { ddAdd as add, ddDiv as div, ddMul as mul, ddMulNum as mulNum, type DD } from './float-dd.js';

const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };
const SQRT2 = Math.SQRT2;

// 1/(2i+1) as double-doubles for the atanh series.
const ODD_INVERSES: DD[] = [];
// |f| <= 0.172, so f**40 / 41 is below 2**-106: twenty terms are enough.
for (let i = 0; i < 20; i++) ODD_INVERSES.push(div({ hi: 1, lo: 0 }, { hi: 2 * i + 1, lo: 0 }));

/** log(x) for finite x > 0: x = m·2**k, log m = 2·atanh((m-1)/(m+1)) by its series. */
function ddLog(x: number): DD {
  let k = Math.floor(Math.log2(x));
  let m = x * 2 ** -Math.trunc(k / 2) * 2 ** -(k - Math.trunc(k / 2));
  // Math.log2 may be off by one near powers of two: bring m into [sqrt(1/2), sqrt(2)).
  while (m >= SQRT2) { m /= 2; k++; }
  while (m < SQRT2 / 2) { m *= 2; k--; }
  const f = div({ hi: m - 1, lo: 0 }, add({ hi: m, lo: 0 }, { hi: 1, lo: 0 }));
  const f2 = mul(f, f);
  let acc = ODD_INVERSES[ODD_INVERSES.length - 1]!;
  for (let i = ODD_INVERSES.length - 2; i >= 0; i--) acc = add(mul(acc, f2), ODD_INVERSES[i]!);
  const logM = mulNum(mul(f, acc), 2);
  return add(mulNum(LN2, k), logM);
}

// 1/k! as double-doubles for the exp series.
const INV_FACTORIALS: DD[] = [{ hi: 1, lo: 0 }];
// |r/256| < 0.0014, so its 12th power over 12! is far below 2**-106.
for (let k = 1; k < 12; k++) INV_FACTORIALS.push(div(INV_FACTORIALS[k - 1]!, { hi: k, lo: 0 }));

/** exp(v) as [mantissa, power of two]: v = n·ln2 + r, exp(r/256) by its series, squared 8 times. */
function ddExp(v: DD): [number, number] {
  const n = Math.round(v.hi / LN2.hi);
  const r = add(v, mulNum(LN2, -n));
  const small = { hi: r.hi / 256, lo: r.lo / 256 };
  let acc = INV_FACTORIALS[INV_FACTORIALS.length - 1]!;
  for (let k = INV_FACTORIALS.length - 2; k >= 0; k--) acc = add(mul(acc, small), INV_FACTORIALS[k]!);
  for (let i = 0; i < 8; i++) acc = mul(acc, acc);
  return [acc.hi + acc.lo, n];
}

/** Scale m by 2**n in steps, so that neither factor overflows; a subnormal result rounds once. */
function scale(m: number, n: number): number {
  if (n > 1000) return m * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return m * 2 ** (n + 1000) * 2 ** -1000;
  return m * 2 ** n;
}

/** a ** b for finite a > 0 and finite b, or null when the result overflows. */
export function powPositive(a: number, b: number): number | null {
  if (b === 0.5) return Math.sqrt(a);
  if (b === 1) return a;
  // Exactly rounded already; only an overflow needs reporting.
  if (b === 2 || b === -1) {
    const r = b === 2 ? a * a : 1 / a;
    return r < Infinity ? r : null;
  }
  const exponent = mulNum(ddLog(a), b);
  if (exponent.hi > 709.8) return null;
  if (exponent.hi < -745.2) return 0;
  const [m, n] = ddExp(exponent);
  const r = scale(m, n);
  return Number.isFinite(r) ? r : null;
}
