// Number literal text -> Constant value: ints as bigint, floats as number, imaginary as ImaginaryConstant.
import { ImaginaryConstant } from '../constant.js';

export function parseNumber(text: string): bigint | number | ImaginaryConstant {
  const t = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return new ImaginaryConstant(Number(t.slice(0, -1)));
  if (t.length > 1 && t.charCodeAt(0) === 48) {
    const p = t.charCodeAt(1) | 0x20;
    if (p === 120 || p === 111 || p === 98) return BigInt('0' + String.fromCharCode(p) + t.slice(2));
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0x20;
    if (c === 46 /* . */ || c === 101 /* e */) return Number(t);
  }
  return BigInt(t);
}
