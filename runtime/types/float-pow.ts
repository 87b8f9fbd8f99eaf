// x ** y for floats, rounded like CPython's libm pow (correctly rounded in practice): exp(y·log x)
// evaluated in double-double arithmetic (about 100 bits) and rounded once. JS's Math.pow is off
// by an ulp for several percent of inputs.

/** A double-double value hi + lo with |lo| <= ulp(hi) / 2. */
interface DD { hi: number; lo: number }

const SPLIT = 134217729; // 2**27 + 1

function dd(hi: number, lo: number): DD {
  const s = hi + lo;
  return { hi: s, lo: lo - (s - hi) };
}

/** Exact a * b as a double-double (Dekker). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return { hi: p, lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

function add(a: DD, b: DD): DD {
  const s = a.hi + b.hi;
  const v = s - a.hi;
  const e = (a.hi - (s - v)) + (b.hi - v);
  return dd(s, e + a.lo + b.lo);
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return dd(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}

function mulNum(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return dd(p.hi, p.lo + a.lo * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = add(a, mulNum(b, -q1));
  const q2 = r.hi / b.hi;
  r = add(r, mulNum(b, -q2));
  const q3 = r.hi / b.hi;
  return add(dd(q1, q2), { hi: q3, lo: 0 });
}

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
