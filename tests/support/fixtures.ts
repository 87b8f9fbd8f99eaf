// Fixture discovery for data-driven tests: the cases of fixtures/<kind>/** and their expected files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;

export interface FixtureCase {
  /** Path of the case relative to fixtures/<kind>, e.g. `fstrings/basic.py`. */
  readonly name: string;
  /** Absolute path of the .py file. */
  readonly path: string;
  /** The case's file name, as CPython's messages name it. */
  readonly fileName: string;
  /** The folders between fixtures/<kind> and the case. */
  readonly folders: readonly string[];
  /** The text of `<case>.<extension>` beside the case, or null when there is none. */
  expected(extension: string): string | null;
  /** The case's source text. */
  source(): string;
}

/** Every `.py` case under fixtures/<kind>, sorted by path. */
export function fixtureCases(kind: string): FixtureCase[] {
  const base = join(projectRoot, 'fixtures', kind);
  if (!existsSync(base)) return [];
  return pythonFilesUnder(base).map((path) => {
    const name = relative(base, path);
    return {
      name,
      path,
      fileName: basename(path),
      folders: name.split(sep).slice(0, -1),
      expected(extension: string): string | null {
        const expectedPath = path.replace(/\.py$/, `.${extension}`);
        return existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
      },
      source(): string {
        // As python3 reads source: UTF-8, a byte-order mark dropped (TextDecoder's default).
        return new TextDecoder('utf-8').decode(readFileSync(path));
      },
    };
  });
}

function pythonFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return pythonFilesUnder(path);
      return entry.endsWith('.py') ? [path] : [];
    });
}
