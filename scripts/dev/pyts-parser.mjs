// pyts's parser and dump, loaded from the built dist/, as parity and bench-parse use them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function load(relative) {
  const file = path.join(root, 'dist', relative);
  if (!existsSync(file)) {
    process.stderr.write(`missing ${path.relative(root, file)}: run npm run build first\n`);
    process.exit(2);
  }
  return import(pathToFileURL(file).href);
}

const { parseModule } = await load('src/parse/index.js');
const { dump } = await load('src/ast/dump.js');
const { CompileError } = await load('src/diagnostics/diagnostic.js');
const { formatSyntaxError } = await load('src/diagnostics/format.js');

export { CompileError, parseModule };

/** The dump scripts/dev/ast_compare.py's comparable_dump prints on CPython's side. */
const COMPARABLE = { includeAttributes: true, indent: 1, python311: true, omitFStringPositions: true };

/**
 * Parses `text` with pyts: `{ dump }` (as COMPARABLE prints it), `{ error: { msg, lineno } }` for a
 * CompileError, or `{ crash }` for anything else thrown.
 */
export function parseForParity(text, file) {
  let tree;
  try {
    tree = parseModule(text, file);
  } catch (error) {
    if (error instanceof CompileError) {
      const { kind, message, span } = error.diagnostic;
      return { error: { type: kind, msg: message, lineno: span.lineno } };
    }
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  return { dump: dump(tree, COMPARABLE) };
}

/**
 * What pyts prints for `text` as the file `file`: `{ stderr }` with the SyntaxError report,
 * `{ valid: true }` when it parses, or `{ crash }`.
 */
export function syntaxErrorReport(text, file) {
  try {
    parseModule(text, file);
    return { valid: true };
  } catch (error) {
    if (error instanceof CompileError) return { stderr: formatSyntaxError(error.diagnostic, text, file) };
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
