// The values a Constant node (and MatchSingleton) can hold, kept apart as Python keeps them.

/** The `...` literal. */
export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

/** An imaginary literal such as `2j`: its imaginary part. */
export class ImaginaryConstant {
  constructor(readonly imag: number) {}
}

/** A bytes literal: its bytes. */
export class BytesConstant {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * Python ints are `bigint` here (never `number`), floats are `number`: `1` and `1.0` stay apart.
 * `None` is `null`.
 */
export type ConstantValue = null | boolean | bigint | number | string | ImaginaryConstant | BytesConstant | typeof ELLIPSIS;
