// Unit tests of the runtime's numbers and operators (imported from source): each line of
// fixtures/runtime/numbers/*.txt is a Python expression whose repr (or exception) must match CPython's.
import { describe, expect, it } from 'vitest';
import { oracleCases, runtimeResult } from './runtime-oracle.js';

describe('numbers behave as CPython', () => {
  for (const c of oracleCases('numbers')) {
    it(`${c.file}:${c.line} ${c.expr}`, () => {
      expect(runtimeResult(c.expr)).toBe(c.expected);
    });
  }
});
