// format(complex, spec): each part by the float rules, as CPython's complex.__format__.
import { exc, raise } from '../core/exceptions.js';
import type { PyComplex } from '../core/values.js';
import { complexRepr } from './complex-ops.js';
import { formatFloatSpec, type FormatSpec } from './format-spec.js';
import { padTo } from './str-codepoints.js';

export function formatComplexSpec(c: PyComplex, spec: FormatSpec): string {
  if (spec.fill === '0' && spec.align === '=') raise(exc.ValueError!, 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') raise(exc.ValueError!, "'=' alignment flag is not allowed in complex format specifier");
  let body: string;
  if (!spec.type && spec.precision < 0) {
    body = complexRepr(c);
  } else {
    const part = { ...spec, width: -1, align: '', fill: ' ', type: spec.type || 'g' };
    const re = formatFloatSpec(c.re, part);
    const im = formatFloatSpec(c.im, { ...part, sign: '+' });
    body = spec.type ? `${re}${im}j` : `(${re}${im}j)`;
  }
  return spec.width < 0 ? body : padTo(body, spec.width, spec.align || '>', spec.fill);
}
