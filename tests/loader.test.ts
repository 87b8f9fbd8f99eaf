// `node --import <package>/register.js` runs fixtures/loader/<case>.py (and <case>.mjs importing it)
// exactly as python3 ran it: stdout, stderr and exit status (expected files by tools/expect.py;
// arguments from <case>.args, standard input from <case>.stdin).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/fixtures.js';

const folder = join(projectRoot, 'fixtures/loader');
const register = join(projectRoot, 'register.js');

/** The cases: the folder's own .py and .mjs files (lib/ and tools/ hold what they use). */
const cases = readdirSync(folder).filter((f) => /\.(py|mjs)$/.test(f)).sort();

/** A case's expected file; an .mjs shares the expectations of the .py it is named after. */
function expected(entry: string, suffix: string): string {
  const text = readFileSync(join(folder, entry.replace(/\.(py|mjs)$/, suffix)), 'utf8');
  return text.replaceAll('{dir}', folder);
}

function stdinOf(entry: string): string {
  const file = join(folder, entry.replace(/\.(py|mjs)$/, '.stdin'));
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function argumentsOf(entry: string): string[] {
  const file = join(folder, entry.replace(/\.(py|mjs)$/, '.args'));
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as string[] : [];
}

describe('node --import pyts/register', () => {
  it('has .py and .mjs cases', () => {
    expect(cases.some((c) => c.endsWith('.py'))).toBe(true);
    expect(cases.some((c) => c.endsWith('.mjs'))).toBe(true);
  });

  for (const entry of cases) {
    it(entry, () => {
      const r = spawnSync(process.execPath, ['--import', register, `fixtures/loader/${entry}`, ...argumentsOf(entry)], {
        cwd: projectRoot,
        input: stdinOf(entry),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
        stdout: expected(entry, '.out'),
        stderr: expected(entry, '.err'),
        status: Number(expected(entry, '.code')),
      });
    });
  }

  it('reports a missing script as python3 does, the interpreter named differently', () => {
    const script = 'fixtures/loader/no_such_script.py';
    const ours = spawnSync(process.execPath, ['--import', register, script], { cwd: projectRoot, encoding: 'utf8' });
    const python = spawnSync('python3', [script], { cwd: projectRoot, encoding: 'utf8' });
    const afterInterpreter = (text: string) => text.slice(text.indexOf(': '));
    expect({ stderr: afterInterpreter(ours.stderr), status: ours.status })
      .toEqual({ stderr: afterInterpreter(python.stderr), status: python.status });
  });
});
