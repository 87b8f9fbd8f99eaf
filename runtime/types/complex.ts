// The complex class: complex(real, imag), complex(str), and its methods and attributes.
import { registerBuiltin } from '../core/builtins-registry.js';
import { defineGetSet } from '../core/descriptors.js';
import { exc, raise } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { complexType, lookup, typeOf, type PyType } from '../core/type.js';
import { makeFloat, PyComplex } from '../core/values.js';
import { callSlot } from '../ops/dispatch.js';
import { asComplex, KIND_NONE, numKind } from '../ops/numeric.js';
import { complexAbs } from './complex-ops.js';
import { parseFloatText } from './float-convert.js';
import { toFloat } from './float.js';
import { defineNumberMethods } from './number-methods.js';
import { constructorArgs } from '../ops/constructor-args.js';
import type { PyDict } from './dict.js';

const COMPLEX_TEXT = /^([+-]?(?:\d[\d_]*\.?[\d_]*(?:e[+-]?\d+)?|\.\d[\d_]*(?:e[+-]?\d+)?|inf(?:inity)?|nan))?(?:([+-](?:\d[\d_]*\.?[\d_]*(?:e[+-]?\d+)?|\.\d[\d_]*(?:e[+-]?\d+)?|inf(?:inity)?|nan)?)j)?$/i;

function malformed(): never {
  raise(exc.ValueError!, 'complex() arg is a malformed string');
}

function parseComplexText(text: string): PyComplex {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  // A lone imaginary part ("2j", "-j") has no separate real part.
  const lone = /^([+-]?(?:\d[\d_]*\.?[\d_]*(?:e[+-]?\d+)?|\.\d[\d_]*(?:e[+-]?\d+)?|inf(?:inity)?|nan)?)j$/i.exec(s);
  if (lone) {
    const p = lone[1]!;
    const im = p === '' || p === '+' ? 1 : p === '-' ? -1 : parseFloatText(p);
    return new PyComplex(0, im);
  }
  const m = COMPLEX_TEXT.exec(s);
  if (!m || s === '') malformed();
  const re = m[1] ? parseFloatText(m[1]) : 0;
  let im = 0;
  if (m[2] !== undefined) im = m[2] === '+' ? 1 : m[2] === '-' ? -1 : parseFloatText(m[2]);
  return new PyComplex(re, im);
}

/** One argument of complex(): a number, or an object with __complex__ / __float__ / __index__. */
function complexArg(v: unknown): PyComplex {
  if (numKind(v) !== KIND_NONE) return asComplex(v);
  const f = v === null ? undefined : lookup(typeOf(v), '__complex__');
  if (f !== undefined && f !== null) {
    const r = callSlot(f, v);
    if (!(r instanceof PyComplex)) raise(exc.TypeError!, `__complex__ returned non-complex (type ${typeOf(r).$name})`);
    return r;
  }
  return new PyComplex(toFloat(v), 0);
}

function newComplex(cls: PyType, real?: unknown, imag?: unknown): unknown {
  let value: PyComplex;
  if (typeof real === 'string') {
    if (imag !== undefined) raise(exc.TypeError!, "complex() can't take second arg if first is a string");
    value = parseComplexText(real);
  } else {
    if (typeof imag === 'string') raise(exc.TypeError!, "complex() second arg can't be a string");
    const a = real === undefined ? new PyComplex(0, 0) : complexArg(real);
    const b = imag === undefined ? new PyComplex(0, 0) : complexArg(imag);
    value = new PyComplex(a.re - b.im, a.im + b.re);
  }
  if (cls === complexType) return value;
  const inst = new cls.$ctor();
  inst.$v = value;
  return inst;
}

defineNumberMethods(complexType, 3, false);
defineMethods(complexType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: unknown[], kwargs: PyDict) => {
    const [real, imag] = constructorArgs('complex', ['real', 'imag'], 'takes', args, kwargs);
    return newComplex(cls, real, imag);
  },
  '__neg__(self, /)': (a: unknown) => { const c = asComplex(a); return new PyComplex(-c.re, -c.im); },
  '__pos__(self, /)': (a: unknown) => asComplex(a),
  '__abs__(self, /)': (a: unknown) => makeFloat(complexAbs(asComplex(a))),
  '__bool__(self, /)': (a: unknown) => { const c = asComplex(a); return c.re !== 0 || c.im !== 0; },
  'conjugate(self, /)': (a: unknown) => { const c = asComplex(a); return new PyComplex(c.re, -c.im); },
});
defineGetSet(complexType, 'real', (a: unknown) => makeFloat(asComplex(a).re));
defineGetSet(complexType, 'imag', (a: unknown) => makeFloat(asComplex(a).im));
registerBuiltin('complex', complexType);
