// End-to-end: each fixtures/run/**/<case>.py is compiled by the real `pyts compile`, run with node,
// and compared with CPython's stdout (<case>.out), last stderr line (<case>.err) and status (<case>.code).
// A .py file without a .out beside it is a module some case imports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures/run');
const bin = join(root, 'bin/pyts.js');
const work = mkdtempSync(join(tmpdir(), 'pyts-run-test-'));

function casesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) return casesUnder(full);
    return entry.endsWith('.py') && existsSync(full.slice(0, -3) + '.out') ? [full] : [];
  });
}

const readIf = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
const lastLine = (s: string) => s.split('\n').map((l) => l.trimEnd()).filter(Boolean).pop() ?? '';

describe('compiled programs behave as CPython', () => {
  for (const file of casesUnder(fixtures)) {
    const base = file.slice(0, -3);
    it(relative(fixtures, file), () => {
      const out = join(work, relative(fixtures, base).replace(/[\\/]/g, '_') + '.js');
      // Compiled from the case's folder by bare name, as scripts/fixtures/run.py runs python3.
      const compile = spawnSync(process.execPath, [bin, 'compile', basename(file), '-o', out], { cwd: dirname(file), encoding: 'utf8' });
      expect(compile.stderr, 'compile stderr').toBe('');
      expect(compile.status, 'compile status').toBe(0);
      const run = spawnSync(process.execPath, [out], { cwd: dirname(file), encoding: 'utf8', timeout: 30_000 });
      // The expected files write the case's folder as {dir} (scripts/fixtures/run.py).
      const here = (text: string) => text.split(dirname(file)).join('{dir}');
      expect(here(run.stdout)).toBe(readFileSync(base + '.out', 'utf8'));
      const wantErr = readIf(base + '.err');
      const wantCode = readIf(base + '.code');
      expect(run.status, `exit status; stderr: ${run.stderr.slice(-2000)}`).toBe(wantCode === null ? 0 : Number(wantCode.trim()));
      if (wantErr !== null) expect(here(lastLine(run.stderr))).toBe(wantErr.trim());
    }, 60_000);
  }
});

describe('pyts run', () => {
  // `pyts run FILE args...` must behave as `python3 FILE args...` (argv verbatim, exit status forwarded).
  const file = join(fixtures, 'cli/argv_exit.py');
  const args = ['one', '-x', '--flag=2'];
  it('passes arguments and forwards the exit status as python3 does', () => {
    const want = spawnSync('python3', [basename(file), ...args], { cwd: dirname(file), encoding: 'utf8' });
    const got = spawnSync(process.execPath, [bin, 'run', basename(file), ...args], { cwd: dirname(file), encoding: 'utf8' });
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(want.status);
  }, 60_000);
});
