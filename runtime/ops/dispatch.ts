// The dunder protocol behind the operators: binary slots with their reflected forms (the
// subclass-first rule, NotImplemented), and calling a slot found on a class.
import { exc, raise } from '../core/exceptions.js';
import { isSubtype, lookup, typeOf } from '../core/type.js';
import { NotImplemented } from './not-implemented.js';

/** Call a special method found on a class with its instance first. Slots are Python functions or
 *  builtin methods (plain JS functions) in practice. */
export function callSlot(slot: unknown, self: unknown, ...args: unknown[]): unknown {
  if (typeof slot === 'function') return slot(self, ...args);
  if (slot === null) raise(exc.TypeError!, `'NoneType' object is not callable`);
  const get = lookup(typeOf(slot), '__get__');
  if (typeof get === 'function') {
    const bound = get(slot, self, typeOf(self));
    if (typeof bound === 'function') return bound(...args);
    const callFn = lookup(typeOf(bound), '__call__');
    if (typeof callFn === 'function') return callFn(bound, ...args);
  }
  const callFn = lookup(typeOf(slot), '__call__');
  if (typeof callFn === 'function') return callFn(slot, self, ...args);
  raise(exc.TypeError!, `'${typeOf(slot).$name}' object is not callable`);
}

/** A binary operator: its dunder names and symbol for error messages. */
export interface BinarySlot {
  readonly name: string;
  readonly rname: string;
  readonly symbol: string;
}

/** CPython's binary_op1: a.__op__(b), then b.__rop__(a), with b first when type(b) is a proper
 *  subclass of type(a) that overrides __rop__. Returns NotImplemented when neither applies. */
export function binaryDunder(a: unknown, b: unknown, slot: BinarySlot): unknown {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = lookup(ta, slot.name);
  let fb: unknown = ta === tb ? undefined : lookup(tb, slot.rname);
  if (fb !== undefined && fb !== null && isSubtype(tb, ta) && fb !== lookup(ta, slot.rname)) {
    const r = callSlot(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== null) {
    const r = callSlot(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== null) {
    const r = callSlot(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function typeName(v: unknown): string {
  return typeOf(v).$name;
}

export function unsupportedOperands(symbol: string, a: unknown, b: unknown): never {
  raise(exc.TypeError!, `unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}
