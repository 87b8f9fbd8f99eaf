// format(value, spec): builtin numbers and str by the format-spec mini-language, other objects
// through their class's __format__ (f-strings and str.format end here).
import { exc, raise } from '../core/exceptions.js';
import { lookup, objectType, typeOf } from '../core/type.js';
import { PyComplex, PyFloat } from '../core/values.js';
import { formatFloatSpec, formatIntSpec, formatStrSpec, parseSpec } from '../types/format-spec.js';
import { formatComplexSpec } from '../types/complex-format.js';
import { callSlot } from './dispatch.js';
import { ascii, repr, str } from './repr.js';

/** format(v, spec) as a JS string. */
export function format(v: unknown, spec: string = ''): string {
  switch (typeof v) {
    case 'string': return spec === '' ? v : formatStrSpec(v, parseSpec(spec));
    case 'number':
      if (spec === '') return str(v);
      return Number.isSafeInteger(v) ? formatIntSpec(v, parseSpec(spec)) : formatFloatSpec(v, parseSpec(spec));
    case 'bigint': return spec === '' ? v.toString() : formatIntSpec(v, parseSpec(spec));
    case 'boolean': return spec === '' ? str(v) : formatIntSpec(v ? 1 : 0, parseSpec(spec), 'bool');
    default: break;
  }
  if (v instanceof PyFloat) return spec === '' ? str(v) : formatFloatSpec(v.v, parseSpec(spec));
  if (v instanceof PyComplex) return spec === '' ? str(v) : formatComplexSpec(v, parseSpec(spec));
  const t = typeOf(v);
  const f = lookup(t, '__format__');
  if (f === undefined || f === null || f === lookup(objectType, '__format__')) {
    if (spec !== '') raise(exc.TypeError!, `unsupported format string passed to ${t.$name}.__format__`);
    return str(v);
  }
  const r = callSlot(f, v, spec);
  if (typeof r !== 'string') raise(exc.TypeError!, `__format__ must return a str, not ${typeOf(r).$name}`);
  return r;
}

/** An f-string field `{value!conv:spec}`: `conversion` is -1 (none) or the code of s, r, a. */
export function formatValue(v: unknown, conversion: number, spec: string): string {
  let x = v;
  if (conversion === 115) x = str(v);
  else if (conversion === 114) x = repr(v);
  else if (conversion === 97) x = ascii(v);
  if (spec === '' && typeof x === 'string') return x;
  return format(x, spec);
}
