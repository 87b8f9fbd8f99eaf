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

/** Everything after `run <file>` on the command line, untouched. */
function programArguments(file: string): string[] {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('run');
  const fileAt = argv.indexOf(file, at + 1);
  return fileAt < 0 ? [] : argv.slice(fileAt + 1);
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <file> [args..]',
  describe: 'compile and run a Python program (sys.argv is [file, args...])',
  builder: (y) => y
    .positional('file', { type: 'string', demandOption: true, describe: 'the entry .py file' })
    .positional('args', { type: 'string', array: true, describe: 'arguments for the program' })
    .strict(false),
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
    // The bundle makes sys.argv [entry file, ...arguments after the bundle path]. The program's
    // arguments are taken verbatim from the command line (yargs would parse `-x` as its own).
    const programArgs = programArguments(args.file);
    const r = spawnSync(process.execPath, [out, ...programArgs], { stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
    if (r.signal) process.kill(process.pid, r.signal);
    process.exit(r.status ?? 1);
  },
};
