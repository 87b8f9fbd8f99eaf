// The compiler pipeline as one straight line: parse -> analyze -> lower -> emit/bundle.
import { readFileSync } from 'node:fs';
import { parseModule } from './parse/index.js';
import { analyze } from './analyze/index.js';
import { lowerModule, type ModuleInfo } from './lower/index.js';
import { writeBundle, type Bundle, type LoweredModule } from './bundle/writer.js';

export interface CompileOptions {
  /** Extra module search directories (PYTHONPATH), searched after the entry's directory. */
  readonly pythonPath?: readonly string[];
}

/** The name the entry module is registered under; `$.runMain` runs it as `__main__`. */
export const ENTRY_MODULE = '__main__';

/** One module: parse, analyze, lower to its `$.defineModule(...)` statement. */
export function compileModule(source: string, info: ModuleInfo): LoweredModule {
  const module = parseModule(source, info.file);
  const table = analyze(module, info.file);
  return { statement: lowerModule(module, table, info), file: info.file, source };
}

/** Compile a program (the entry file and the modules it imports) into one runnable bundle. */
export function compileProgram(entryFile: string, _options: CompileOptions = {}): Bundle {
  const source = readFileSync(entryFile, 'utf8');
  const entry = compileModule(source, { name: ENTRY_MODULE, file: entryFile, isPackage: false });
  return writeBundle([entry], ENTRY_MODULE);
}
