// The error for Python the compiler cannot lower (reported with the Python position, never silently wrong).
import type { Position } from '../ast/index.js';

export class UnsupportedError extends Error {
  constructor(readonly position: Position, what: string) {
    super(`line ${position.lineno}: ${what}`);
  }
}

export function unsupported(position: Position, what: string): never {
  throw new UnsupportedError(position, what);
}
