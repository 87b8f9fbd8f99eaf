// `\N{NAME}` lookups. Node ships no Unicode name table, so names are resolved by the python3
// that every pyts machine has (the same table CPython uses, aliases included), once per name.
import { spawnSync } from 'node:child_process';

const cache = new Map<string, number | undefined>();

const LOOKUP = 'import sys, unicodedata\ntry:\n print(ord(unicodedata.lookup(sys.argv[1])))\nexcept KeyError:\n print(-1)';

/** The code point named `name` (case-insensitive, as CPython accepts it), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const key = name.toUpperCase();
  if (cache.has(key)) return cache.get(key);
  let cp: number | undefined;
  const r = spawnSync('python3', ['-c', LOOKUP, key], { encoding: 'utf8' });
  if (r.status === 0) {
    const v = Number(r.stdout.trim());
    cp = Number.isInteger(v) && v >= 0 ? v : undefined;
  }
  cache.set(key, cp);
  return cp;
}
