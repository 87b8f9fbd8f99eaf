// The ES module text that Node's loader gets for a .py file: it runs the compiled bundle, or
// prints why the file does not compile and exits as python3 does.
import { readFileSync } from 'node:fs';
import { compileProgram } from '../compile.js';
import { CompileError } from '../diagnostics/diagnostic.js';
import { formatSyntaxError, scriptPathAsShown } from '../diagnostics/format.js';
import { UnsupportedError } from '../lower/index.js';
import { storeBundle } from './bundle-cache.js';
import { failureModuleSource } from './failure-source.js';

/** A module that runs the bundle stored at `bundleFile` as a CommonJS script (the bundle is a
 *  script: its runtime declares `var $`, which keeps its own scope and line numbers there), and
 *  removes the file when the process exits (tracebacks, printed before that, read it). */
function runBundleSource(bundleFile: string): string {
  const file = JSON.stringify(bundleFile);
  // The bundle starts its program as a microtask; awaiting once lets it run (and flush its
  // output) before a JS importer's next statement, as an import of a module would.
  return `import { createRequire } from 'node:module';\n`
    + `import { rmSync } from 'node:fs';\n`
    + `process.on('exit', () => rmSync(${file}, { force: true }));\n`
    + `createRequire(import.meta.url)(${file});\n`
    + `await null;\n`;
}

/** The path python3 shows for the script it was given: joined to the working directory as typed,
 *  without normalizing (`./app.py` shows as `/cwd/./app.py`). */
/** What python3 prints for a program that does not compile, or null for an error of pyts itself. */
function compileFailureText(err: unknown, file: string): string | null {
  if (err instanceof CompileError) {
    const d = err.diagnostic;
    let source: string | null;
    try {
      source = readFileSync(d.span.file || file, 'utf8');
    } catch {
      source = null;
    }
    const shownFile = d.span.file === file ? scriptPathAsShown(file) : d.span.file;
    return formatSyntaxError({ ...d, span: { ...d.span, file: shownFile } }, source);
  }
  if (err instanceof UnsupportedError) return `pyts: ${file}: ${err.message}\n`;
  return null;
}

/** Compile the program whose entry is `file` (named as the traceback and sys.argv[0] should name it). */
export function pythonModuleSource(file: string): string {
  let code: string;
  try {
    code = compileProgram(file).code;
  } catch (err) {
    const text = compileFailureText(err, file);
    if (text === null) throw err;
    return failureModuleSource(text, 1);
  }
  return runBundleSource(storeBundle(code, file));
}
