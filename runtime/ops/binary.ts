// The binary operators of the ABI ($.add ... $.bitAnd): a number fast path first, then the
// numeric tower, builtin sequences, and the dunder protocol with CPython's error texts.
import { exc, raise } from '../core/exceptions.js';
import { PyFloat, PyTuple, tupleFrom } from '../core/values.js';
import { intAdd, intFloorDiv, intLShift, intMod, intMul, intPow, intSub } from '../types/int-ops.js';
import { floatFloorDiv, floatMod, floatTrueDiv } from '../types/float-ops.js';
import { powPositive } from '../types/float-pow.js';
import { makeFloat } from '../core/values.js';
import { percentFormat } from '../types/str-percent.js';
import { binaryDunder, typeName, unsupportedOperands, type BinarySlot } from './dispatch.js';
import { NotImplemented } from './not-implemented.js';
import {
  numAdd, numAnd, numFloorDiv, numLShift, numMod, numMul, numOr, numPow, numRShift, numSub, numTrueDiv, numXor,
} from './numeric.js';
import { repeatCount } from './sequence-ops.js';

const slot = (name: string, symbol: string): BinarySlot => ({ name: `__${name}__`, rname: `__r${name}__`, symbol });

const ADD = slot('add', '+');
const SUB = slot('sub', '-');
const MUL = slot('mul', '*');
const MATMUL = slot('matmul', '@');
const TRUEDIV = slot('truediv', '/');
const FLOORDIV = slot('floordiv', '//');
const MOD = slot('mod', '%');
const POW = slot('pow', '**');
const LSHIFT = slot('lshift', '<<');
const RSHIFT = slot('rshift', '>>');
const AND = slot('and', '&');
const OR = slot('or', '|');
const XOR = slot('xor', '^');

/** The value of an int or float held as a JS number or a float box; undefined for anything else.
 *  The slow paths use it first: a box with a number is the common float case left after the
 *  number-number fast paths. */
function plainNumber(v: unknown): number | undefined {
  return typeof v === 'number' ? v : v instanceof PyFloat ? v.v : undefined;
}

/** After the numbers: the dunders, else CPython's TypeError; `symbol` is the operator as
 *  written (`+` or `+=`). */
function dunderOrError(a: unknown, b: unknown, o: BinarySlot, symbol: string): unknown {
  const r = binaryDunder(a, b, o);
  if (r !== NotImplemented) return r;
  return unsupportedOperands(symbol, a, b);
}

// Each slow path calls its own numeric function, so every call site stays monomorphic.
function subSlow(a: unknown, b: unknown, symbol: string): unknown {
  const x = plainNumber(a), y = plainNumber(b);
  if (x !== undefined && y !== undefined) return makeFloat(x - y);
  const n = numSub(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, SUB, symbol);
}
function divSlow(a: unknown, b: unknown, symbol: string): unknown {
  const x = plainNumber(a), y = plainNumber(b);
  if (x !== undefined && y !== undefined) return makeFloat(floatTrueDiv(x, y));
  const n = numTrueDiv(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, TRUEDIV, symbol);
}
function floorDivSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numFloorDiv(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, FLOORDIV, symbol);
}
function modSlow(a: unknown, b: unknown, symbol: string): unknown {
  if (typeof a === 'string') return percentFormat(a, b);
  const n = numMod(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, MOD, symbol);
}
function powSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numPow(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, POW, symbol);
}
function lShiftSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numLShift(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, LSHIFT, symbol);
}
function rShiftSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numRShift(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, RSHIFT, symbol);
}
function andSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numAnd(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, AND, symbol);
}
function orSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numOr(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, OR, symbol);
}
function xorSlow(a: unknown, b: unknown, symbol: string): unknown {
  const n = numXor(a, b);
  return n !== NotImplemented ? n : dunderOrError(a, b, XOR, symbol);
}

function isList(v: unknown): v is unknown[] {
  return Array.isArray(v) && !(v instanceof PyTuple);
}

function concatError(a: unknown, b: unknown): never {
  const t = typeName(a);
  raise(exc.TypeError!, `can only concatenate ${t} (not "${typeName(b)}") to ${t}`);
}

function addSlow(a: unknown, b: unknown, symbol: string): unknown {
  const x = plainNumber(a), y = plainNumber(b);
  if (x !== undefined && y !== undefined) return makeFloat(x + y);
  const n = numAdd(a, b);
  if (n !== NotImplemented) return n;
  if (isList(a) && isList(b) && a.constructor === Array && b.constructor === Array) return a.concat(b);
  if (a instanceof PyTuple && b instanceof PyTuple && a.constructor === PyTuple && b.constructor === PyTuple) {
    return tupleFrom((a as unknown[]).concat(b as unknown[]));
  }
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
  const len = src.length;
  // Filled by push so the array stays packed (V8 keeps `new Array(k)` holey forever).
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < len; j++) out.push(src[j]);
  return seq instanceof PyTuple ? tupleFrom(out) : out;
}

function isExactSequence(v: unknown): boolean {
  if (typeof v === 'string') return true;
  return typeof v === 'object' && v !== null && (v.constructor === Array || v.constructor === PyTuple);
}

function isSequence(v: unknown): boolean {
  return typeof v === 'string' || Array.isArray(v);
}

function mulSlow(a: unknown, b: unknown, symbol: string): unknown {
  const x = plainNumber(a), y = plainNumber(b);
  if (x !== undefined && y !== undefined) return makeFloat(x * y);
  // str, list and tuple (exactly) times an int: the common repetitions, without dispatch.
  if (typeof b === 'number' && Number.isSafeInteger(b) && isExactSequence(a)) return repeatSeq(a, b);
  if (typeof a === 'number' && Number.isSafeInteger(a) && isExactSequence(b)) return repeatSeq(b, a);
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
  return subSlow(a, b, '-');
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
  return dunderOrError(a, b, MATMUL, '@');
}

export function div(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) {
      raise(exc.ZeroDivisionError!, Number.isSafeInteger(a) && Number.isSafeInteger(b) ? 'division by zero' : 'float division by zero');
    }
    const r = a / b;
    return Number.isSafeInteger(r) || r === 0 ? new PyFloat(r) : r;
  }
  return divSlow(a, b, '/');
}

export function floorDiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      if (b !== 0) {
        const r = a % b;
        const q = (a - r) / b;
        return r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q + 0;
      }
      return intFloorDiv(a, b);
    }
    return makeFloat(floatFloorDiv(a, b));
  }
  return floorDivSlow(a, b, '//');
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && b !== 0) {
      const r = a % b;
      return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
    }
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intMod(a, b);
    return makeFloat(floatMod(a, b));
  }
  return modSlow(a, b, '%');
}

export function pow(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      if (b >= 0) return intPow(a, b);
    } else if (a > 0 && a < Infinity && b === b && b > -Infinity && b < Infinity) {
      // A positive base never gives a complex result; an overflow must raise instead.
      const r = powPositive(a, b);
      if (r !== null) return Number.isSafeInteger(r) ? new PyFloat(r) : r;
    }
  }
  return powSlow(a, b, '**');
}

function bothInt32(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b;
}

export function lShift(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b)) return intLShift(a, b);
  return lShiftSlow(a, b, '<<');
}

export function rShift(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b) && (b as number) >= 0 && (b as number) < 32) return (a as number) >> (b as number);
  return rShiftSlow(a, b, '>>');
}

export function bitAnd(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) & (b as number);
  return andSlow(a, b, '&');
}

export function bitOr(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) | (b as number);
  return orSlow(a, b, '|');
}

export function bitXor(a: unknown, b: unknown): unknown {
  if (bothInt32(a, b)) return (a as number) ^ (b as number);
  return xorSlow(a, b, '^');
}

/** The slow paths for the in-place operators, which fall back to the binary ones. */
export const binarySlowPaths = {
  add: (a: unknown, b: unknown) => addSlow(a, b, '+='),
  sub: (a: unknown, b: unknown) => subSlow(a, b, '-='),
  mult: (a: unknown, b: unknown) => mulSlow(a, b, '*='),
  matMult: (a: unknown, b: unknown) => dunderOrError(a, b, MATMUL, '@='),
  div: (a: unknown, b: unknown) => divSlow(a, b, '/='),
  floorDiv: (a: unknown, b: unknown) => floorDivSlow(a, b, '//='),
  mod: (a: unknown, b: unknown) => modSlow(a, b, '%='),
  pow: (a: unknown, b: unknown) => powSlow(a, b, '**='),
  lShift: (a: unknown, b: unknown) => lShiftSlow(a, b, '<<='),
  rShift: (a: unknown, b: unknown) => rShiftSlow(a, b, '>>='),
  bitAnd: (a: unknown, b: unknown) => andSlow(a, b, '&='),
  bitOr: (a: unknown, b: unknown) => orSlow(a, b, '|='),
  bitXor: (a: unknown, b: unknown) => xorSlow(a, b, '^='),
};
