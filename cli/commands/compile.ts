// `pyts compile FILE -o OUT`: one self-contained bundle; a SyntaxError is printed as CPython prints it.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { compileProgram } from '../../src/compile.js';
import { CompileError } from '../../src/diagnostics/diagnostic.js';
import { formatSyntaxError, scriptPathAsShown } from '../../src/diagnostics/format.js';
import { UnsupportedError } from '../../src/lower/index.js';

/** Print why compiling `file` failed; returns the exit status (1, as python3 exits on a SyntaxError). */
export function reportCompileFailure(err: unknown, file: string): number {
  if (err instanceof CompileError) {
    const d = err.diagnostic;
    let source: string | null = null;
    try {
      source = readFileSync(d.span.file || file, 'utf8');
    } catch {
      source = null;
    }
    const shown = scriptPathAsShown(d.span.file || file);
    process.stderr.write(formatSyntaxError({ ...d, span: { ...d.span, file: shown } }, source));
    return 1;
  }
  if (err instanceof UnsupportedError) {
    process.stderr.write(`pyts: ${file}: ${err.message}\n`);
    return 1;
  }
  throw err;
}

interface CompileArgs {
  file: string;
  output?: string;
  sourcemap?: boolean;
}

export const compileCommand: CommandModule<object, CompileArgs> = {
  command: 'compile <file>',
  describe: 'compile a Python program into one JavaScript file that node runs',
  builder: (y) => y
    .positional('file', { type: 'string', demandOption: true, describe: 'the entry .py file' })
    .option('output', { alias: 'o', type: 'string', describe: 'output .js file (default: stdout)' })
    .option('sourcemap', { type: 'boolean', default: false, describe: 'also write OUT.map' }),
  handler: (args) => {
    let bundle;
    try {
      bundle = compileProgram(args.file);
    } catch (err) {
      process.exit(reportCompileFailure(err, args.file));
    }
    if (!args.output) {
      process.stdout.write(bundle.code);
      return;
    }
    writeFileSync(args.output, bundle.code);
    if (args.sourcemap) writeFileSync(`${args.output}.map`, JSON.stringify(bundle.map));
  },
};
