// Compiled bundles on disk, named by a hash of their text, so that Node can run them as files
// (stack frames then name a real file, which the runtime's source map and caret drawing read).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One directory per user: the bundles are plain scripts anyone could otherwise swap. */
function cacheDirectory(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = join(tmpdir(), `pyts-loader-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Store `code` as a CommonJS file (sloppy mode, as the bundle is written for) and return its path.
 *  Content-addressed, so concurrent runs of the same program never see a half-written file. */
export function storeBundle(code: string): string {
  const name = createHash('sha256').update(code).digest('hex').slice(0, 32);
  const file = join(cacheDirectory(), `${name}.cjs`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, file);
  return file;
}
