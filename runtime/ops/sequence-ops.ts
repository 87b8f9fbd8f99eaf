// Helpers for the operators on builtin sequences: the repeat count of `seq * n`.
import { exc, raise } from '../core/exceptions.js';
import { lookup, typeOf } from '../core/type.js';
import { callSlot } from './dispatch.js';

/** The count of a repetition as a JS number, or null when `v` is not an integer (no __index__). */
export function repeatCount(v: unknown): number | null {
  switch (typeof v) {
    case 'number': return Number.isSafeInteger(v) ? v : null;
    case 'boolean': return v ? 1 : 0;
    case 'bigint':
      if (v < 0n) return 0;
      raise(exc.OverflowError!, "cannot fit 'int' into an index-sized integer");
    case 'object': {
      if (v === null) return null;
      const f = lookup(typeOf(v), '__index__');
      if (f === undefined) return null;
      return repeatCount(callSlot(f, v));
    }
    default: return null;
  }
}
