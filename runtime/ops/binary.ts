// The binary operators of the ABI ($.add ... $.bitAnd): a number fast path first, then the
// numeric tower, builtin sequences, and the dunder protocol with CPython's error texts.
import { exc, raise } from '../core/exceptions.js';
import { PyFloat, PyTuple, tupleFrom } from '../core/values.js';
import { intAdd, intFloorDiv, intMod, intMul, intPow, intSub } from '../types/int-ops.js';
import { floatFloorDiv, floatMod } from '../types/float-ops.js';
import { makeFloat } from '../core/values.js';
import { percentFormat } from '../types/str-percent.js';
import { binaryDunder, typeName, unsupportedOperands, type BinarySlot } from './dispatch.js';
import { NotImplemented } from './not-implemented.js';
import {
  numAdd, numAnd, numFloorDiv, numLShift, numMod, numMul, numOr, numPow, numRShift, numSub, numTrueDiv, numXor,
} from './numeric.js';
import { repeatCount } from './sequence-ops.js';

/** One binary operator: its numeric implementation and dunder names. */
interface BinaryOp extends BinarySlot {
  readonly numeric: (a: unknown, b: unknown) => unknown;
}

function op(name: string, symbol: string, numeric: (a: unknown, b: unknown) => unknown): BinaryOp {
  return { name: `__${name}__`, rname: `__r${name}__`, symbol, numeric };
}

const ADD = op('add', '+', numAdd);
const SUB = op('sub', '-', numSub);
const MUL = op('mul', '*', numMul);
const MATMUL = op('matmul', '@', () => NotImplemented);
const TRUEDIV = op('truediv', '/', numTrueDiv);
const FLOORDIV = op('floordiv', '//', numFloorDiv);
const MOD = op('mod', '%', numMod);
const POW = op('pow', '**', numPow);
const LSHIFT = op('lshift', '<<', numLShift);
const RSHIFT = op('rshift', '>>', numRShift);
const AND = op('and', '&', numAnd);
const OR = op('or', '|', numOr);
const XOR = op('xor', '^', numXor);

/** Numbers, then user dunders; `symbol` is the operator as written (`+` or `+=`). */
function binarySlow(a: unknown, b: unknown, o: BinaryOp, symbol: string): unknown {
  const n = o.numeric(a, b);
  if (n !== NotImplemented) return n;
  const r = binaryDunder(a, b, o);
  if (r !== NotImplemented) return r;
  return unsupportedOperands(symbol, a, b);
}

function isList(v: unknown): v is unknown[] {
  return Array.isArray(v) && !(v instanceof PyTuple);
}

function concatError(a: unknown, b: unknown): never {
  const t = typeName(a);
  raise(exc.TypeError!, `can only concatenate ${t} (not "${typeName(b)}") to ${t}`);
}

function addSlow(a: unknown, b: unknown, symbol: string): unknown {
  if (isList(a) && isList(b) && a.constructor === Array && b.constructor === Array) return a.concat(b);
  if (a instanceof PyTuple && b instanceof PyTuple && a.constructor === PyTuple && b.constructor === PyTuple) {
    return tupleFrom((a as unknown[]).concat(b as unknown[]));
  }
  const n = numAdd(a, b);
  if (n !== NotImplemented) return n;
  const r = binaryDunder(a, b, ADD);
  if (r !== NotImplemented) return r;
  if (typeof a === 'string') concatError(a, b);
  if (isList(a) && isList(b)) return a.concat(b);
  if (isList(a)) concatError(a, b);
  if (a instanceof PyTuple && b instanceof PyTuple) return tupleFrom((a as unknown[]).concat(b as unknown[]));
  if (a instanceof PyTuple) concatError(a, b);
  return unsupportedOperands(symbol, a, b);
}

function repeatSeq(seq: unknown, count: unknown): unknown {
  const n = repeatCount(count);
  if (n === null) return NotImplemented;
  if (typeof seq === 'string') return n > 0 ? seq.repeat(n) : '';
  const src = seq as unknown[];
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < src.length; j++) out.push(src[j]);
  return seq instanceof PyTuple ? tupleFrom(out) : out;
}

function isSequence(v: unknown): boolean {
  return typeof v === 'string' || Array.isArray(v);
}

function mulSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numMul(a, b);
  if (n !== NotImplemented) return n;
  const r = binaryDunder(a, b, MUL);
  if (r !== NotImplemented) return r;
  if (isSequence(a)) {
    const s = repeatSeq(a, b);
    if (s !== NotImplemented) return s;
    raise(exc.TypeError!, `can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  if (isSequence(b)) {
    const s = repeatSeq(b, a);
    if (s !== NotImplemented) return s;
    raise(exc.TypeError!, `can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  return unsupportedOperands(symbol, a, b);
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r : new PyFloat(r);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intAdd(a, b);
    return r;
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return addSlow(a, b, '+');
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r : new PyFloat(r);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intSub(a, b);
    return r;
  }
  return binarySlow(a, b, SUB, '-');
}

export function mult(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r + 0 : new PyFloat(r);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intMul(a, b);
    return r;
  }
  return mulSlow(a, b, '*');
}

export function matMult(a: unknown, b: unknown): unknown {
  return binarySlow(a, b, MATMUL, '@');
}

export function div(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) {
      raise(exc.ZeroDivisionError!, Number.isSafeInteger(a) && Number.isSafeInteger(b) ? 'division by zero' : 'float division by zero');
    }
    const r = a / b;
    return Number.isSafeInteger(r) || r === 0 ? new PyFloat(r) : r;
  }
  return binarySlow(a, b, TRUEDIV, '/');
}

export function floorDiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intFloorDiv(a, b);
    return makeFloat(floatFloorDiv(a, b));
  }
  return binarySlow(a, b, FLOORDIV, '//');
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intMod(a, b);
    return makeFloat(floatMod(a, b));
  }
  if (typeof a === 'string') return percentFormat(a, b);
  return binarySlow(a, b, MOD, '%');
}

export function pow(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b) && b >= 0) {
    return intPow(a, b);
  }
  return binarySlow(a, b, POW, '**');
}

function bothInt32(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b;
}

export function lShift(a: unknown, b: unknown): unknown {
  return binarySlow(a, b, LSHIFT, '<<');
}

export function rShift(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b) && (b as number) >= 0 && (b as number) < 32) return (a as number) >> (b as number);
  return binarySlow(a, b, RSHIFT, '>>');
}

export function bitAnd(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) & (b as number);
  return binarySlow(a, b, AND, '&');
}

export function bitOr(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) | (b as number);
  return binarySlow(a, b, OR, '|');
}

export function bitXor(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) ^ (b as number);
  return binarySlow(a, b, XOR, '^');
}

/** The slow paths for the in-place operators, which fall back to the binary ones. */
export const binarySlowPaths = {
  add: (a: unknown, b: unknown) => addSlow(a, b, '+='),
  sub: (a: unknown, b: unknown) => binarySlow(a, b, SUB, '-='),
  mult: (a: unknown, b: unknown) => mulSlow(a, b, '*='),
  matMult: (a: unknown, b: unknown) => binarySlow(a, b, MATMUL, '@='),
  div: (a: unknown, b: unknown) => binarySlow(a, b, TRUEDIV, '/='),
  floorDiv: (a: unknown, b: unknown) => binarySlow(a, b, FLOORDIV, '//='),
  mod: (a: unknown, b: unknown) => (typeof a === 'string' ? percentFormat(a, b) : binarySlow(a, b, MOD, '%=')),
  pow: (a: unknown, b: unknown) => binarySlow(a, b, POW, '**='),
  lShift: (a: unknown, b: unknown) => binarySlow(a, b, LSHIFT, '<<='),
  rShift: (a: unknown, b: unknown) => binarySlow(a, b, RSHIFT, '>>='),
  bitAnd: (a: unknown, b: unknown) => binarySlow(a, b, AND, '&='),
  bitOr: (a: unknown, b: unknown) => binarySlow(a, b, OR, '|='),
  bitXor: (a: unknown, b: unknown) => binarySlow(a, b, XOR, '^='),
};
