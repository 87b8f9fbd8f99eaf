// Containers at the runtime level: CPython's set iteration order (fixtures/runtime-containers/
// set-order.json, written by python3 with make_set_order.py beside it), and dict key equality.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as $ from '../runtime/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const setCases: { ops: string[]; expected: number[] }[] =
  JSON.parse(readFileSync(join(root, 'fixtures/runtime-containers/set-order.json'), 'utf8'));

describe('sets iterate in CPython order', () => {
  setCases.forEach((c, i) => {
    it(`case ${i} (${c.ops.length} operations)`, () => {
      const s = new $.PySet();
      for (const op of c.ops) {
        if (op === 'pop') {
          if (s.$size) s.$t.pop();
        } else if (op[0] === '+') s.$add(Number(op.slice(1)));
        else s.$discard(Number(op.slice(1)));
      }
      expect([...s.$keys()]).toEqual(c.expected);
    });
  });
});

describe('dict keys use Python equality', () => {
  it('1, 1.0 and True are one key, first spelling kept', () => {
    const d = $.makeDict([1, 'int', new $.PyFloat(1), 'float', true, 'bool']);
    expect(d.$size).toBe(1);
    expect([...d.$keyIter()]).toEqual([1]);
    expect(d.$get(true)).toBe('bool');
  });
  it('equal tuples find the same entry', () => {
    const d = $.makeDict([$.tupleOf(1, 2), 'a']);
    expect(d.$get($.tupleOf(1, 2))).toBe('a');
    expect(d.$get($.tupleOf(2, 1))).toBeUndefined();
  });
  it('a deleted key re-inserted goes last', () => {
    const d = $.makeDict(['z', 1, 'a', 2]);
    d.$pop('z');
    d.$set('z', 3);
    expect([...d.$keyIter()]).toEqual(['a', 'z']);
  });
});
