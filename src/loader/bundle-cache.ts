// Compiled bundles on disk for the run that loads them, so that Node runs them as files (stack
// frames then name a real file, which the runtime's source map and caret drawing read).
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** One directory per user: the bundles are plain scripts anyone could otherwise swap. */
function bundleDirectory(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = join(tmpdir(), `pyts-loader-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Store `code` (compiled from `pyFile`) as a CommonJS file, sloppy mode as the bundle is written
 *  for, under a name no other run uses; the module that runs it removes it when the process exits. */
export function storeBundle(code: string, pyFile: string): string {
  const file = join(bundleDirectory(), `${basename(pyFile)}.${process.pid}.${randomBytes(6).toString('hex')}.cjs`);
  writeFileSync(file, code, { flag: 'wx' });
  return file;
}
