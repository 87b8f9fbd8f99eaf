// `pyts parse FILE`: print the file's AST as Python's ast.dump() does, or its SyntaxError as python3 does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { dump } from '../../src/ast/dump.js';
import { CompileError } from '../../src/diagnostics/diagnostic.js';
import { formatSyntaxError } from '../../src/diagnostics/format.js';
import { parseModule } from '../../src/parse/index.js';

interface ParseArgs {
  file: string;
  dump: boolean;
  indent?: number;
  includeAttributes: boolean;
  py311: boolean;
}

/** Words for the read errors a user can fix, as the C library words them. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
};

export const parseCommand: CommandModule<object, ParseArgs> = {
  command: 'parse <file>',
  describe: 'parse a Python file and print its AST (as ast.dump) or its syntax error',
  builder: (yargs: Argv) =>
    yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'the Python file' })
      .option('dump', { type: 'boolean', default: false, describe: 'print the AST as ast.dump() does (the default output)' })
      .option('indent', { type: 'number', describe: 'pretty-print with this many spaces per level (ast.dump indent)' })
      .option('include-attributes', { type: 'boolean', default: false, describe: 'print line and column attributes' })
      .option('py311', { type: 'boolean', default: false, describe: 'leave out fields new in 3.12 (type_params), as python3.11 prints' }) as unknown as Argv<ParseArgs>,
  handler: (args: ArgumentsCamelCase<ParseArgs>) => {
    const file = args.file;
    let source: string;
    try {
      source = decodeSource(readFileSync(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      process.stderr.write(`pyts: cannot read '${file}': ${READ_ERRORS[code] ?? (error as Error).message}\n`);
      process.exit(2);
    }
    if (args.indent !== undefined && (!Number.isInteger(args.indent) || args.indent < 0)) {
      process.stderr.write(`pyts: --indent wants a whole number of spaces, got '${String(args.indent)}'\n`);
      process.exit(2);
    }
    try {
      const tree = parseModule(source, file);
      process.stdout.write(
        dump(tree, { indent: args.indent, includeAttributes: args.includeAttributes, python311: args.py311 }) + '\n',
      );
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      // CPython names the script by its absolute path in a SyntaxError's File line.
      process.stderr.write(formatSyntaxError(error.diagnostic, source, resolve(file)));
      process.exitCode = 1;
    }
  },
};

/** The file's text: UTF-8, Python's default source encoding (TextDecoder drops a byte-order mark). */
function decodeSource(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
