// Unit tests of the runtime's str and bytes (imported from source): each line of
// fixtures/runtime/strings/*.txt is a Python expression whose repr (or exception) must match CPython's.
import { describe, expect, it } from 'vitest';
import { oracleCases, runtimeResult } from './runtime-oracle.js';

describe('strings behave as CPython', () => {
  for (const c of oracleCases('strings')) {
    it(`${c.file}:${c.line} ${c.expr}`, () => {
      expect(runtimeResult(c.expr)).toBe(c.expected);
    });
  }
});
