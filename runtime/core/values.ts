// JS classes for the Python values that need a box or a marker (see docs/runtime-abi.md).

/** A float whose value is a safe integer (1.0, -0.0): boxed so that it stays apart from int. */
export class PyFloat {
  constructor(readonly v: number) {}
}

/** A complex number. */
export class PyComplex {
  constructor(readonly re: number, readonly im: number) {}
}

/** A tuple: a JS array marked as immutable by its class. */
export class PyTuple<T = unknown> extends Array<T> {
  // Array methods that build new arrays (map, filter, slice) give plain arrays, not tuples.
  static override get [Symbol.species]() { return Array; }
}

/** A float as Python sees it: box integral values, keep the rest as plain numbers. */
export function makeFloat(x: number): number | PyFloat {
  return Number.isSafeInteger(x) || Object.is(x, -0) ? new PyFloat(x) : x;
}

/** An int from a bigint: a number while it is safe, else the bigint. */
export function normInt(x: bigint): number | bigint {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** Build a tuple from JS values. */
export function tupleOf<T>(...items: T[]): PyTuple<T> {
  const t = new PyTuple<T>(items.length);
  for (let i = 0; i < items.length; i++) t[i] = items[i]!;
  return t;
}

/** Build a tuple from an array (copied), optionally from index `start`. */
export function tupleFrom<T>(items: ArrayLike<T>, start = 0): PyTuple<T> {
  const n = items.length - start;
  const t = new PyTuple<T>(n > 0 ? n : 0);
  for (let i = 0; i < n; i++) t[i] = items[start + i]!;
  return t;
}
