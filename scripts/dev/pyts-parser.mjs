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
const { walk } = await load('src/ast/walk.js');
const { CompileError } = await load('src/diagnostics/diagnostic.js');

export { CompileError, parseModule };

const POSITIONS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** Drops the positions of nodes inside f-strings, where 3.11 and 3.12 place them differently. */
function forgetFStringPositions(tree) {
  walk(tree, (node) => {
    if (node._type !== 'JoinedStr') return true;
    walk(node, (inner) => {
      if (inner !== node) for (const key of POSITIONS) if (key in inner) inner[key] = null;
    });
    return false;
  });
}

/**
 * Parses `text` with pyts: `{ dump }` (ast.dump with attributes, indent 1, 3.11 fields, f-string
 * inner positions dropped, as cpython-worker.py prints), `{ error: { msg, lineno } }` for a
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
  forgetFStringPositions(tree);
  return { dump: dump(tree, { includeAttributes: true, indent: 1, python311: true }) };
}
