// `\N{NAME}` lookups. Node ships no Unicode name table, so the table comes from the python3 that
// every pyts machine has (CPython's own table): read once per process, on the first `\N{...}`.
import { spawnSync } from 'node:child_process';

/** Prints "NAME<TAB>code point" for every named character. */
const DUMP_TABLE = [
  'import sys, unicodedata',
  'out = []',
  'for cp in range(0x110000):',
  '    name = unicodedata.name(chr(cp), None)',
  '    if name: out.append(f"{name}\\t{cp}")',
  'sys.stdout.write("\\n".join(out))',
].join('\n');

/** Aliases and named sequences are not in the dump; python3 resolves those one at a time. */
const LOOKUP_ONE = 'import sys, unicodedata\ntry:\n print(ord(unicodedata.lookup(sys.argv[1])))\nexcept (KeyError, TypeError):\n print(-1)';

class UnicodeNameTable {
  private table: Map<string, number> | null = null;
  private readonly extra = new Map<string, number | undefined>();

  lookup(name: string): number | undefined {
    const key = name.toUpperCase();
    const found = this.load().get(key);
    if (found !== undefined) return found;
    if (!this.extra.has(key)) this.extra.set(key, lookupOne(key));
    return this.extra.get(key);
  }

  private load(): Map<string, number> {
    if (this.table) return this.table;
    const table = new Map<string, number>();
    const r = spawnSync('python3', ['-c', DUMP_TABLE], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status === 0) {
      for (const line of r.stdout.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) table.set(line.slice(0, tab), Number(line.slice(tab + 1)));
      }
    }
    this.table = table;
    return table;
  }
}

function lookupOne(key: string): number | undefined {
  const r = spawnSync('python3', ['-c', LOOKUP_ONE, key], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const v = Number(r.stdout.trim());
  return Number.isInteger(v) && v >= 0 ? v : undefined;
}

const names = new UnicodeNameTable();

/** The code point named `name` (case-insensitive, aliases included, as CPython accepts it), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  return names.lookup(name);
}
