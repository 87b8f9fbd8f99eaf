// repr(v), str(v) and ascii(v) for every value as JS strings: the builtin representations
// directly by JS type, everything else through the class's __repr__ / __str__.
import { exc, raise } from '../core/exceptions.js';
import { lookup, objectType, typeOf } from '../core/type.js';
import { PyComplex, PyFloat, PyTuple } from '../core/values.js';
import { complexRepr } from '../types/complex-ops.js';
import { floatRepr } from '../types/float-digits.js';
import { asciiEscape, strAscii, strRepr } from '../types/str-repr.js';
import { callSlot } from './dispatch.js';

/** Identity numbers for default reprs (`<X object at 0x...>`), stable per object. */
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** A stable id for an object (used by id() and the default repr and hash). */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(o, id);
  }
  return id;
}

function checkedString(r: unknown, method: string): string {
  if (typeof r !== 'string') raise(exc.TypeError!, `${method} returned non-string (type ${typeOf(r).$name})`);
  return r;
}

/** The repr of objects whose class offers no __repr__ (before the object model provides one). */
function fallbackRepr(v: unknown): string {
  if (Array.isArray(v)) {
    const items = v.map((x) => repr(x)).join(', ');
    if (v instanceof PyTuple) return v.length === 1 ? `(${items},)` : `(${items})`;
    return `[${items}]`;
  }
  const t = typeOf(v);
  const prefix = t.$module === 'builtins' ? '' : t.$module + '.';
  return `<${prefix}${t.$qualname} object at 0x${objectId(v as object).toString(16)}>`;
}

function reprSlow(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyComplex) return complexRepr(v);
  const f = lookup(typeOf(v), '__repr__');
  if (f === undefined || f === null) return fallbackRepr(v);
  return checkedString(callSlot(f, v), '__repr__');
}

/** repr(v) as a JS string. */
export function repr(v: unknown): string {
  switch (typeof v) {
    case 'string': return strRepr(v);
    case 'number': return Number.isSafeInteger(v) ? String(v) : floatRepr(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    default: return reprSlow(v);
  }
}

function strSlow(v: unknown): string {
  if (v === null || v === undefined || v instanceof PyFloat || v instanceof PyComplex) return reprSlow(v);
  const t = typeOf(v);
  const f = lookup(t, '__str__');
  if (f === undefined || f === null || f === lookup(objectType, '__str__')) return reprSlow(v);
  return checkedString(callSlot(f, v), '__str__');
}

/** str(v) as a JS string. */
export function str(v: unknown): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isSafeInteger(v) ? String(v) : floatRepr(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    default: return strSlow(v);
  }
}

/** ascii(v) as a JS string. */
export function ascii(v: unknown): string {
  return typeof v === 'string' ? strAscii(v) : asciiEscape(repr(v));
}
