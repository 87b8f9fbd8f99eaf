// The arithmetic and comparison dunders shared by int, float and complex (`(7).__add__(2)`,
// `float.__radd__`, user subclasses calling super()), built from the operator helpers.
import { defineMethods } from '../core/function.js';
import type { PyType } from '../core/type.js';
import { eq, ge, gt, le, lt, ne } from '../ops/compare.js';
import { hash } from '../ops/hash.js';
import { NotImplemented } from '../ops/not-implemented.js';
import {
  KIND_INT, numberValue, numAdd, numAnd, numDivmod, numFloorDiv, valueKind, numLShift, numMod, numMul, numOr, numPow, numPowMod,
  numRShift, numSub, numTrueDiv, numXor,
} from '../ops/numeric.js';
import { repr } from '../ops/repr.js';
import { format } from '../ops/format.js';

type Binary = (a: unknown, b: unknown) => unknown;

/** Give `t` its binary dunders: `maxKind` is the widest operand kind it accepts (int 1, float
 *  2, complex 3); other operands get NotImplemented so the reflected method can run. */
export function defineNumberMethods(t: PyType, maxKind: number, withBitwise: boolean): void {
  const ok = (v: unknown): boolean => {
    const k = valueKind(v);
    return k !== 0 && k <= maxKind;
  };
  const val = numberValue;
  const methods: Record<string, (...args: any[]) => unknown> = {};
  const pair = (name: string, f: Binary) => {
    methods[`__${name}__(self, other, /)`] = (a: unknown, b: unknown) => (ok(b) ? f(val(a), val(b)) : NotImplemented);
    methods[`__r${name}__(self, other, /)`] = (a: unknown, b: unknown) => (ok(b) ? f(val(b), val(a)) : NotImplemented);
  };
  pair('add', numAdd);
  pair('sub', numSub);
  pair('mul', numMul);
  pair('truediv', numTrueDiv);
  if (maxKind < 3) {
    pair('floordiv', numFloorDiv);
    pair('mod', numMod);
    pair('divmod', numDivmod);
  }
  if (withBitwise) {
    pair('lshift', numLShift);
    pair('rshift', numRShift);
    pair('and', numAnd);
    pair('or', numOr);
    pair('xor', numXor);
  }
  methods['__pow__(self, other, mod=None, /)'] = (a: unknown, b: unknown, m?: unknown) => {
    if (!ok(b)) return NotImplemented;
    if (m !== undefined && m !== null) return valueKind(m) === KIND_INT && maxKind === KIND_INT ? numPowMod(val(a), val(b), val(m)) : NotImplemented;
    return numPow(val(a), val(b));
  };
  methods['__rpow__(self, other, mod=None, /)'] = (a: unknown, b: unknown) => (ok(b) ? numPow(val(b), val(a)) : NotImplemented);
  const cmp = (name: string, f: Binary) => {
    methods[`__${name}__(self, other, /)`] = (a: unknown, b: unknown) => (ok(b) ? f(val(a), val(b)) : NotImplemented);
  };
  cmp('eq', eq);
  cmp('ne', ne);
  if (maxKind < 3) {
    cmp('lt', lt);
    cmp('le', le);
    cmp('gt', gt);
    cmp('ge', ge);
  }
  methods['__hash__(self, /)'] = (a: unknown) => hash(numberValue(a));
  methods['__repr__(self, /)'] = (a: unknown) => repr(numberValue(a));
  methods['__format__(self, format_spec, /)'] = (a: unknown, spec: unknown) => format(numberValue(a), spec as string);
  defineMethods(t, methods);
}
