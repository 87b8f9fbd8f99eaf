// `pyts run FILE [args...]`: compile to a temporary bundle, run it with node, forward the exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { compileProgram } from '../../src/compile.js';
import { reportCompileFailure } from './compile.js';

interface RunArgs {
  file: string;
  args?: string[];
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <file> [args..]',
  describe: 'compile and run a Python program (sys.argv is [file, args...])',
  builder: (y) => y
    .positional('file', { type: 'string', demandOption: true, describe: 'the entry .py file' })
    .positional('args', { type: 'string', array: true, describe: 'arguments for the program' })
    .parserConfiguration({ 'unknown-options-as-args': true, 'halt-at-non-option': true }),
  handler: (args) => {
    let code: string;
    try {
      code = compileProgram(args.file).code;
    } catch (err) {
      process.exit(reportCompileFailure(err, args.file));
    }
    const dir = mkdtempSync(join(tmpdir(), 'pyts-run-'));
    const out = join(dir, 'main.js');
    writeFileSync(out, code);
    // The bundle makes sys.argv [entry file, ...arguments after the bundle path].
    const programArgs = (args.args ?? []).map(String);
    const r = spawnSync(process.execPath, [out, ...programArgs], { stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
    if (r.signal) process.kill(process.pid, r.signal);
    process.exit(r.status ?? 1);
  },
};
