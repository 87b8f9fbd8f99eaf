// Double-double arithmetic (a value as hi + lo, about 106 bits): the exact product and sum that
// the accurately rounded float functions (pow, hypot) are built from.

/** A double-double value hi + lo with |lo| <= ulp(hi) / 2. */
export interface DD { hi: number; lo: number }

const SPLIT = 134217729; // 2**27 + 1, Dekker's splitter

/** Renormalise hi + lo. */
export function dd(hi: number, lo: number): DD {
  const s = hi + lo;
  return { hi: s, lo: lo - (s - hi) };
}

/** Exact a * b as a double-double (Dekker's product). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return { hi: p, lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

export function ddAdd(a: DD, b: DD): DD {
  const s = a.hi + b.hi;
  const v = s - a.hi;
  const e = (a.hi - (s - v)) + (b.hi - v);
  return dd(s, e + a.lo + b.lo);
}

export function ddMul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return dd(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}

export function ddMulNum(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return dd(p.hi, p.lo + a.lo * b);
}

export function ddDiv(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = ddAdd(a, ddMulNum(b, -q1));
  const q2 = r.hi / b.hi;
  r = ddAdd(r, ddMulNum(b, -q2));
  const q3 = r.hi / b.hi;
  return ddAdd(dd(q1, q2), { hi: q3, lo: 0 });
}
