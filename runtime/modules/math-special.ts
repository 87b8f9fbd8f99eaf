// Special functions of the math module that JS lacks: gamma, lgamma (Lanczos), erf and erfc.

// Factorials are exact for small integers, as CPython's gamma returns them.
const FACTORIALS: number[] = [1];
for (let i = 1; i < 23; i++) FACTORIALS.push(FACTORIALS[i - 1]! * i);

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function lanczosSum(x: number): number {
  let a = LANCZOS[0]!;
  const t = x + LANCZOS_G - 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (x + i - 1);
  return a * Math.sqrt(2 * Math.PI) * Math.pow(t, (x - 0.5) / 2);
}

export function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity || (x <= 0 && Number.isInteger(x))) return NaN;
  if (Number.isInteger(x) && x <= 23) return FACTORIALS[x - 1]!;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (x > 171.7) return Infinity;
  const t = x + LANCZOS_G - 0.5;
  // Split the power in two so that large x does not overflow before the exponential shrinks it.
  const half = lanczosSum(x);
  return half * Math.pow(t, (x - 0.5) / 2) * Math.exp(-t);
}

export function lgamma(x: number): number {
  if (x !== x) return x;
  if (!Number.isFinite(x)) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  let a = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (x + i - 1);
  const t = x + LANCZOS_G - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + Math.log(a) + (x - 0.5) * Math.log(t) - t;
}

const SQRT_PI = Math.sqrt(Math.PI);

/** erf by its Taylor series (small |x|). */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 100; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / SQRT_PI) * sum;
}

/** erfc by its continued fraction (large |x|, x > 0). */
function erfcContFrac(x: number): number {
  if (x > 27) return 0;
  const x2 = x * x;
  let f = 0;
  for (let n = 60; n >= 1; n--) f = (n / 2) / (x + f);
  return Math.exp(-x2) / (SQRT_PI * (x + f));
}

export function erf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2.5) return erfSeries(x);
  const r = 1 - erfcContFrac(a);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2.5) return 1 - erfSeries(x);
  const r = erfcContFrac(a);
  return x < 0 ? 2 - r : r;
}
